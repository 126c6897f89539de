"""Text for a person on stdout, in a module of its own: `claimpack build` prints with it without
importing the validation stack (pandas, pandera) that the shared options need."""

from __future__ import annotations

import click

from claimpack.safety.messages import printable


def say(text: object = "", nl: bool = True) -> None:
    """Print text for a person: names, versions, keys and cells come from packages and gold files
    other people made, so control characters are shown as escapes, never sent to the terminal
    (click strips only CSI sequences, and only when stdout is not a terminal)."""
    click.echo(printable(str(text)), nl=nl)
