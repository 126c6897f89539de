"""`claimpack evaluate [GOLD ...]`: score extraction against gold annotations."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from claimpack.evaluate import evaluate
from claimpack.evaluate.score import ArticleScore


@click.command("evaluate")
@click.argument("gold", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--seeds",
    "seeds_dir",
    default="seeds",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Where to find the text of a gold file that has none beside it.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
@click.option("-v", "--verbose", is_flag=True, help="List every miss, wrong value and extra row.")
@click.option("--min-claim-f1", type=float, default=None, help="Exit 1 when claim F1 is below this.")
@click.option("--min-attribution", type=float, default=None, help="Exit 1 when attribution accuracy is below this.")
def command(
    gold: tuple[Path, ...],
    seeds_dir: Path,
    fmt: str,
    verbose: bool,
    min_claim_f1: float | None,
    min_attribution: float | None,
) -> None:
    """Score extraction against GOLD files or folders of '*.gold.yaml' (default: tests/data/corpus)."""
    result = evaluate(list(gold) or [Path("tests/data/corpus")], seeds_dir)
    total = result.total()
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(f"{'article':30} {'claims P':>8} {'R':>5} {'F1':>6} {'attrib.':>8} {'images':>7} {'weekdays':>8}")
        for score in [*result.articles, total]:
            click.echo(_line(score))
        if verbose:
            for score in result.articles:
                for error in score.errors:
                    click.echo(f"{score.name}: {error}")
    failed = (min_claim_f1 is not None and total.claims.f1 < min_claim_f1) or (
        min_attribution is not None and total.attributions.value < min_attribution
    )
    if failed:
        click.echo("claimpack: evaluation below the required minimum", err=True)
        sys.exit(1)


def _line(score: ArticleScore) -> str:
    return (
        f"{score.name[:30]:30} {score.claims.precision:8.3f} {score.claims.recall:5.3f} "
        f"{score.claims.f1:6.3f} {score.attributions.value:8.3f} {score.images.value:7.3f} "
        f"{score.weekdays.value:8.3f}"
    )
