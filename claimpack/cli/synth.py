"""`claimpack synth --articles N --seed S --out DIR`."""

from __future__ import annotations

from pathlib import Path

import click

from claimpack.synth import synthesize


@click.command("synth")
@click.option("--articles", type=click.IntRange(min=1), required=True, help="How many articles to write.")
@click.option("--seed", type=int, default=0, show_default=True, help="Corpus seed: same seed, same bytes.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), required=True, help="Folder for the seeds.")
def command(articles: int, seed: int, out: Path) -> None:
    """Write N synthetic Norwegian news articles with sidecars (for benchmarks and scale tests)."""
    synthesize(articles, seed, out)
    click.echo(f"{out}: {articles} synthetic article{'s' if articles != 1 else ''} (seed {seed})")
