"""Options several commands share, defined once (as sqlite-utils does with its output options)."""

from __future__ import annotations

import click

from claimpack.safety.messages import printable

allow_remote = click.option(
    "--allow-remote",
    is_flag=True,
    help="Fetch resources, schemas and profiles the descriptor names by URL (refused by default: offline).",
)


def say(text: object = "", nl: bool = True) -> None:
    """Print text for a person: names, versions, keys and cells come from packages and gold files
    other people made, so control characters are shown as escapes, never sent to the terminal
    (click strips only CSI sequences, and only when stdout is not a terminal)."""
    click.echo(printable(str(text)), nl=nl)
