"""Options several commands share, defined once (as sqlite-utils does with its output options)."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from claimpack.validation.engines import AUTO, engine_names
from claimpack.validation.render.text import LIMIT
from claimpack.write.atomic import open_file

allow_remote = click.option(
    "--allow-remote",
    is_flag=True,
    help="Fetch resources, schemas and profiles the descriptor names by URL (refused by default: offline).",
)

quiet = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")

engine = click.option(
    "--engine",
    type=click.Choice(engine_names()),
    default=AUTO,
    show_default=True,
    help="Structural engine: auto (duckdb for a claimpack package when the scale extra is installed, else "
    "frictionless), frictionless (the reference), duckdb (columnar, rules included) or dask.",
)

max_per_rule = click.option(
    "--max-per-rule",
    type=click.IntRange(min=0),
    default=LIMIT,
    show_default=True,
    help="Text format: findings shown per rule (0: all); the rest are counted.",
)


@contextmanager
def output_stream(output: Path) -> Iterator[TextIO]:
    """stdout ('-'), or a file that appears whole when the report is done (and not at all on failure)."""
    if str(output) == "-":
        yield sys.stdout
        return
    with open_file(output) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        yield out
        out.flush()
        out.detach()
