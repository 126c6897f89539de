"""`claimpack build [SEEDS_DIR] [--out DIR] [--check]`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimpack.build import build
from claimpack.read import MAX_BYTES


@click.command("build")
@click.argument("seeds_dir", default="seeds", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    default="datapackage",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Package folder to write.",
)
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when the package on disk is stale.")
@click.option("--max-bytes", default=MAX_BYTES, show_default=True, help="Refuse seeds larger than this.")
def command(seeds_dir: Path, out: Path, check: bool, max_bytes: int) -> None:
    """Extract every seed in SEEDS_DIR (default: seeds/) into the data package."""
    result = build(seeds_dir, out, check=check, max_bytes=max_bytes)
    rows = ", ".join(f"{count} {name}" for name, count in result.rows.items())
    if check:
        if result.stale:
            click.echo(f"{out} is stale; run 'claimpack build' ({', '.join(result.stale)} would change)", err=True)
            sys.exit(1)
        click.echo(f"{out} is up to date ({result.articles} articles: {rows})")
        return
    state = "updated" if result.stale else "unchanged"
    click.echo(f"{out} {state}: {result.articles} articles, {rows}")
