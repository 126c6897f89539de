"""`claimpack validate [PACKAGE] [--format …] [--output FILE|-] [--fail-on …] [--suite FILE]`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimpack.cli import options
from claimpack.validation import Suite, validate
from claimpack.validation.engines import engine_names
from claimpack.validation.render import RENDERERS
from claimpack.write.atomic import write_file

DEFAULT_SUITE = Path("validate/suite.yaml")


@click.command("validate")
@click.argument("package", default="datapackage", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(list(RENDERERS)), default="text", show_default=True, help="Report format."
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
    type=click.Choice(["error", "warning", "info", "never"]),
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
@click.option(
    "--engine",
    type=click.Choice(engine_names()),
    default="frictionless",
    show_default=True,
    help="Structural engine: frictionless (the reference), duckdb (columnar, for large packages) or dask.",
)
@options.allow_remote
def command(
    package: Path,
    fmt: str,
    output: Path,
    fail_on: str | None,
    suite_path: Path | None,
    engine: str,
    allow_remote: bool,
) -> None:
    """Check PACKAGE (a folder, its descriptor or a zip; default: datapackage/) and report the findings.

    Exit 0 when nothing reaches --fail-on, 1 when something does, 2 for unusable input."""
    if suite_path is None and DEFAULT_SUITE.is_file():
        suite_path = DEFAULT_SUITE
    suite = Suite.load(suite_path) if suite_path else Suite()
    level = fail_on or suite.fail_on
    report = validate(package, suite, engine=engine, allow_remote=allow_remote)
    text = RENDERERS[fmt](report, level)
    if str(output) == "-":
        click.echo(text, nl=False)
    else:
        write_file(output, text.encode("utf-8"))
        click.echo(f"{output}: {report.stats['findings']} findings", err=True)
    if report.failed(level):
        sys.exit(1)
