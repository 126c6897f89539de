"""`claimpack validate [PACKAGE] [--format …] [--output FILE|-] [--fail-on …] [--suite FILE]`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import get_args

import click

from claimpack.cli import options
from claimpack.cli.progress import steps
from claimpack.validation import Suite
from claimpack.validation.finding import FailOn
from claimpack.validation.render import WRITERS, TextWriter
from claimpack.validation.runner import validation

DEFAULT_SUITE = Path("validate/suite.yaml")


@click.command("validate")
@click.argument("package", default="datapackage", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(list(WRITERS)), default="text", show_default=True, help="Report format."
)
@click.option(
    "--output",
    "-o",
    default="-",
    show_default=True,
    type=click.Path(path_type=Path, allow_dash=True),
    help="Write the report here; '-' is stdout.",
)
@click.option(
    "--fail-on",
    type=click.Choice(get_args(FailOn)),
    default=None,
    help="Exit 1 when an unreviewed finding is at least this severe (default: the suite's, else error).",
)
@click.option(
    "--suite",
    "suite_path",
    type=click.Path(path_type=Path),
    default=None,
    help=f"Suite file (default: {DEFAULT_SUITE} when it exists).",
)
@options.engine
@options.max_per_rule
@options.quiet
@options.allow_remote
def command(
    package: Path,
    fmt: str,
    output: Path,
    fail_on: FailOn | None,
    suite_path: Path | None,
    engine: str,
    max_per_rule: int,
    quiet: bool,
    allow_remote: bool,
) -> None:
    """Check PACKAGE (a folder, its descriptor or a zip; default: datapackage/) and report the findings.

    Exit 0 when nothing reaches --fail-on, 1 when something does, 2 for unusable input."""
    if suite_path is None and DEFAULT_SUITE.is_file():
        suite_path = DEFAULT_SUITE
    suite = Suite.load(suite_path) if suite_path else Suite()
    level = fail_on or suite.fail_on
    writer = TextWriter(max_per_rule) if fmt == "text" else WRITERS[fmt]
    with (
        steps("Validating", quiet) as progress,
        validation(package, suite, engine=engine, allow_remote=allow_remote, progress=progress) as (report, found),
        options.output_stream(output) as out,
    ):
        writer(report, found, level, out)
    if str(output) != "-":
        click.echo(f"{output}: {report.stats['findings']} findings", err=True)
    if report.failed(level):
        sys.exit(1)
