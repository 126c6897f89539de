"""Options several commands share, defined once (as sqlite-utils does with its output options)."""

from __future__ import annotations

import click

allow_remote = click.option(
    "--allow-remote",
    is_flag=True,
    help="Fetch resources, schemas and profiles the descriptor names by URL (refused by default: offline).",
)
