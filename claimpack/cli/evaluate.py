"""`claimpack evaluate [GOLD ...]`: score extraction against gold annotations."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimpack.cli.say import say
from claimpack.evaluation import evaluate
from claimpack.evaluation.agreement import agreement
from claimpack.evaluation.score import ArticleScore
from claimpack.safety.messages import json_text


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
@click.option("--findings", is_flag=True, help="Also score the consistency rules against expected_findings.")
@click.option(
    "--against",
    type=click.Path(path_type=Path),
    default=None,
    help="Score the gold files of the same names in this folder (a second annotation of the same texts) "
    "instead of the extractor: how far two annotators agree.",
)
@click.option("--min-claim-f1", type=float, default=None, help="Exit 1 when claim F1 is below this.")
@click.option("--min-attribution", type=float, default=None, help="Exit 1 when attribution accuracy is below this.")
def command(
    gold: tuple[Path, ...],
    seeds_dir: Path,
    fmt: str,
    verbose: bool,
    findings: bool,
    against: Path | None,
    min_claim_f1: float | None,
    min_attribution: float | None,
) -> None:
    """Score extraction against GOLD files or folders of '*.gold.yaml' (default: tests/data/corpus)."""
    if against is not None and findings:
        raise click.UsageError("--findings scores the extractor; it does not go with --against")
    paths: list[Path | str] = list(gold) or [Path("tests/data/corpus")]
    result = agreement(paths, against, seeds_dir) if against is not None else evaluate(paths, seeds_dir)
    total = result.total()
    if fmt == "json":
        data = result.to_dict()
        if findings:
            data.update(_findings_json(list(gold) or [Path("tests/data/corpus")], seeds_dir))
        click.echo(json_text(data, indent=2))
    else:
        click.echo(f"{'article':30} {'claims P':>8} {'R':>5} {'F1':>6} {'attrib.':>8} {'images':>7} {'weekdays':>8}")
        for score in [*result.articles, total]:
            say(_line(score))
        if verbose:
            for score in result.articles:
                for error in score.errors:
                    say(f"{score.name}: {error}")
    if findings and fmt != "json":
        _print_findings(list(gold) or [Path("tests/data/corpus")], seeds_dir, verbose)
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


def _findings_json(gold: list[Path], seeds_dir: Path) -> dict[str, object]:
    from claimpack.evaluation.findings import evaluate_findings

    return {
        "findings": evaluate_findings(list(gold), seeds_dir).to_dict(),
        "findings_on_gold_claims": evaluate_findings(list(gold), seeds_dir, on="gold").to_dict(),
    }


def _print_findings(gold: list[Path], seeds_dir: Path, verbose: bool) -> None:
    from claimpack.evaluation.findings import evaluate_findings, summary

    score = evaluate_findings(list(gold), seeds_dir)
    alone = evaluate_findings(list(gold), seeds_dir, on="gold")
    click.echo()
    say(summary(score))
    rules = alone.total()
    click.echo(f"rules alone, on the gold claims: P {rules.precision:.3f} R {rules.recall:.3f}")
    if verbose:
        for line in score.errors:
            say(line)
