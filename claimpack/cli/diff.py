"""`claimpack diff OLD NEW [--format text|json] [--exit-code]`."""

from __future__ import annotations

import sys

import click

from claimpack.cli.say import say
from claimpack.version import diff
from claimpack.version.render import render_json, render_text


@click.command("diff")
@click.argument("old")
@click.argument("new", default="datapackage")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
@click.option("--exit-code", is_flag=True, help="Exit 1 when the packages differ (like git diff --exit-code).")
def command(old: str, new: str, fmt: str, exit_code: bool) -> None:
    """Compare two packages (folders, datapackage.json, zips or git:REV) and name the bump due."""
    result = diff(old, new)
    if fmt == "json":
        click.echo(render_json(result), nl=False)
    else:
        say(render_text(result), nl=False)
    if exit_code and result.changed:
        sys.exit(1)
