"""`claimpack report [PACKAGE] --out DIR [--suite FILE]`."""

from __future__ import annotations

from pathlib import Path

import click

from claimpack.reporting import report
from claimpack.validation import Suite

DEFAULT_SUITE = Path("validate/suite.yaml")


@click.command("report")
@click.argument("package", default="datapackage", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    default="report",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder for the site: new, empty, or an earlier report (replaced whole).",
)
@click.option(
    "--suite",
    "suite_path",
    type=click.Path(path_type=Path),
    default=None,
    help=f"Suite whose reviews and severities the findings follow (default: {DEFAULT_SUITE} when it exists).",
)
def command(package: Path, out: Path, suite_path: Path | None) -> None:
    """Write a static review site of PACKAGE (default: datapackage/): each article with its claims,
    quotes and sources highlighted, its findings in the margin and its conflicting figures as a chart.
    Open DIR/index.html in a browser; it needs no server and no network."""
    if suite_path is None and DEFAULT_SUITE.is_file():
        suite_path = DEFAULT_SUITE
    site = report(package, out, Suite.load(suite_path) if suite_path else None)
    click.echo(f"{site.out}/index.html: {site.pages} article pages (package {site.version})")
