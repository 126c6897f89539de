"""`claimpack rules [--format text|json]`: every validation rule with its documentation."""

from __future__ import annotations

import textwrap

import click

from claimpack.safety.messages import json_text
from claimpack.validation import RULES


@click.command("rules")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
def command(fmt: str) -> None:
    """List the validation rules: id, layer, default severity, title and description."""
    if fmt == "json":
        click.echo(json_text([rule.to_dict() for rule in RULES.values()], indent=2))
        return
    for rule in RULES.values():
        click.echo(f"{rule.id}  ({rule.layer}, {rule.severity})  {rule.title}")
        click.echo(textwrap.fill(rule.description, width=96, initial_indent="    ", subsequent_indent="    "))
        click.echo()
