"""The scorer, and the accuracy the extractor must keep on the dev corpus and the seed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from claimpack import evaluate
from claimpack.cli import main
from claimpack.evaluate.gold import load_gold
from claimpack.evaluate.score import ArticleScore, score_article
from claimpack.pipeline import extract_article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
HOLDOUT = ROOT / "tests" / "data" / "holdout"
HOLDOUT2 = ROOT / "tests" / "data" / "holdout2"
HOLDOUT3 = ROOT / "tests" / "data" / "holdout3"


def test_dev_corpus_and_seed_meet_the_bar() -> None:
    total = evaluate([CORPUS], ROOT / "seeds").total()
    assert total.claims.f1 >= 0.95, total.errors
    assert total.attributions.value >= 0.90, total.errors
    assert total.images.value == 1.0 and total.weekdays.value == 1.0


@pytest.mark.skipif(not any(HOLDOUT.glob("*.gold.yaml")), reason="no held-out gold files")
def test_held_out_articles_do_not_regress() -> None:
    """Annotated after the rules were written (claim F1 0.848, attribution 0.820 when first measured);
    general fixes for the errors they showed raised that to 0.935 / 0.951, so they are no longer
    unseen: this is a regression floor, and `tests/data/holdout2/` is the next unseen estimate."""
    total = evaluate([HOLDOUT]).total()
    assert total.claims.f1 >= 0.90, total.errors
    assert total.attributions.value >= 0.90, total.errors
    third = evaluate([HOLDOUT3]).total()  # never tuned on: claim F1 0.896, attribution 0.937
    assert third.claims.f1 >= 0.85, third.errors
    assert third.attributions.value >= 0.90, third.errors
    second = evaluate([HOLDOUT2]).total()  # first measured at F1 0.566, attribution 0.635
    assert second.claims.f1 >= 0.87, second.errors
    assert second.attributions.value >= 0.90, second.errors


def _score(tmp_path: Path, text: str, gold: dict) -> tuple[list[str], ArticleScore]:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    base = {
        "article": {"language": "nb", "published": "2024-05-29", "title": None},
        "claims": [],
        "not_claims": [],
        "attributions": [],
        "images": [],
        "expected_findings": [],
    }
    (tmp_path / "a.gold.yaml").write_text(yaml.safe_dump({**base, **gold}, allow_unicode=True), "utf-8")
    loaded = load_gold(tmp_path / "a.gold.yaml", tmp_path)
    score = score_article(loaded, extract_article(loaded.seed()))
    return score.errors, score


def test_a_wrong_source_is_counted_wrong(tmp_path: Path) -> None:
    text = "Politiet sier at 12 personer er skadd.\n"
    claim = {
        "id": "C1",
        "para": 0,
        "text": "12",
        "value": 12,
        "qualifier": "exact",
        "unit": "people",
        "counted": "people",
        "event": "injured",
        "source": "Brannvesenet",
    }
    errors, score = _score(tmp_path, text, {"claims": [claim]})
    assert (score.claims.correct, score.claims.predicted, score.claims.gold) == (0, 1, 1)
    assert score.claim_spans.correct == 1
    assert any("source 'politiet' != 'Brannvesenet'" in e for e in errors)


def test_a_missed_and_an_extra_claim(tmp_path: Path) -> None:
    text = "Politiet sier at 12 personer er skadd.\n"
    claim = {
        "id": "C1",
        "para": 0,
        "text": "40",
        "value": 40,
        "qualifier": "exact",
        "unit": "people",
        "counted": "people",
        "event": "injured",
        "source": "Politiet",
    }
    errors, score = _score(tmp_path, text, {"claims": [claim]})
    assert (score.claims.precision, score.claims.recall) == (0.0, 0.0)
    assert any(e.startswith("claim missed") for e in errors) and any(e.startswith("claim extra") for e in errors)


def test_an_attribution_in_another_block_does_not_count(tmp_path: Path) -> None:
    text = "Politiet sier at veien er stengt.\n\nDet regner.\n"
    gold = {"attributions": [{"para": 1, "speaker": "Politiet", "cue": "sier", "kind": "indirect", "via": "explicit"}]}
    _, score = _score(tmp_path, text, gold)
    assert (score.attributions.correct, score.attributions.total) == (0, 1)


def test_cli_fails_below_the_minimum(tmp_path: Path) -> None:
    shutil.copy(CORPUS / "01-flom-otta.txt", tmp_path)
    gold = yaml.safe_load((CORPUS / "01-flom-otta.gold.yaml").read_text("utf-8"))
    exact = next(c for c in gold["claims"] if c["qualifier"] == "exact")
    exact["value"] = 123456789  # a gold value the extractor cannot match
    (tmp_path / "01-flom-otta.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), "utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["evaluate", str(tmp_path), "--min-claim-f1", "0.5"]).exit_code == 0
    result = runner.invoke(main, ["evaluate", str(tmp_path), "--min-claim-f1", "1.0", "-v"])
    assert result.exit_code == 1
    assert "claim wrong" in result.stdout


def test_cli_rejects_a_gold_file_that_fails_its_schema(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Tekst.\n", "utf-8")
    (tmp_path / "x.gold.yaml").write_text("article: {}\nclaims: nope\n", "utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2 and "fails its schema" in result.stderr
