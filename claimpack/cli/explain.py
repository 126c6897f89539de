"""`claimpack explain ROW_ID [PACKAGE] [--format text|json]`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from claimpack.cli.say import say
from claimpack.reporting.explain import explain


@click.command("explain")
@click.argument("row_id")
@click.argument("package", default="datapackage", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
def command(row_id: str, package: Path, fmt: str) -> None:
    """Say why a claim or statement of PACKAGE (default: datapackage/) says what it says: its
    fields, its source or speaker, the rule that linked them, the cue and mention, and corrections."""
    found = explain(package, row_id)
    if fmt == "json":
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
    else:
        say(found.text(), nl=False)
