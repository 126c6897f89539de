"""The scorer, and the accuracy the extractor must keep on the dev corpus and the seed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from claimpack import evaluate
from claimpack.cli import main
from claimpack.evaluation.gold import load_gold
from claimpack.evaluation.score import ArticleScore, score_article
from claimpack.pipeline import extract_article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
HOLDOUT = ROOT / "tests" / "data" / "holdout"
HOLDOUT2 = ROOT / "tests" / "data" / "holdout2"
HOLDOUT3 = ROOT / "tests" / "data" / "holdout3"
HOLDOUT4 = ROOT / "tests" / "data" / "holdout4"
HOLDOUT5 = ROOT / "tests" / "data" / "holdout5"


def test_dev_corpus_and_seed_meet_the_bar() -> None:
    total = evaluate([CORPUS], ROOT / "seeds").total()
    assert total.claims.f1 >= 0.95, total.errors
    assert total.attributions.value >= 0.90, total.errors
    assert total.images.value == 1.0 and total.weekdays.value == 1.0


@pytest.mark.skipif(not any(HOLDOUT.glob("*.gold.yaml")), reason="no held-out gold files")
def test_held_out_articles_do_not_regress() -> None:
    """Regression floors. Each held-out set was scored once before any rule was changed for it
    (claim F1 / attribution: 0.848 / 0.820, 0.566 / 0.635, 0.896 / 0.937, 0.634 / 0.730, 0.809 /
    0.814), then its errors were fixed with general rules, so none of them is unseen any more
    (README, Accuracy)."""
    floors = {
        HOLDOUT: (0.95, 0.95),
        # holdout2 and holdout5 give the paragraph after a reported lead to the narrator; the
        # sets written since give it to the lead's source, which discourse.py now follows
        # (docs/gold_conventions.py counts both): their floors fell from 0.93 and 0.94
        HOLDOUT2: (0.87, 0.95),
        HOLDOUT3: (0.90, 0.95),
        HOLDOUT4: (0.86, 0.88),
        HOLDOUT5: (0.90, 0.95),
    }
    for folder, (claim_f1, attribution) in floors.items():
        total = evaluate([folder]).total()
        assert total.claims.f1 >= claim_f1, (folder.name, total.errors)
        assert total.attributions.value >= attribution, (folder.name, total.errors)


FLOORS = ROOT / "tests" / "data" / "accuracy_floors.tsv"
# every gold set but the sealed one, which is never tuned against
FLOOR_SETS = ["corpus", *sorted(p.name for p in (ROOT / "tests" / "data").glob("holdout*") if p.is_dir())]


def _per_article() -> dict[str, tuple[float, float]]:
    scores = {}
    for name in FLOOR_SETS:
        for article in evaluate([ROOT / "tests" / "data" / name], ROOT / "seeds").articles:
            scores[f"{name}/{article.name}"] = (round(article.claims.f1, 3), round(article.attributions.value, 3))
    return scores


def test_no_article_loses_accuracy() -> None:
    """Per-article floors at the scores of the last change (tests/data/accuracy_floors.tsv; rewrite
    with CLAIMPACK_UPDATE_FLOORS=1 after an improvement, and read the diff): one claim or one
    speaker lost in any article fails, where a set's total would hide it."""
    scores = _per_article()
    if os.environ.get("CLAIMPACK_UPDATE_FLOORS"):
        lines = [f"{key}\t{f1:.3f}\t{attribution:.3f}" for key, (f1, attribution) in sorted(scores.items())]
        FLOORS.write_text("article\tclaim_f1\tattribution\n" + "\n".join(lines) + "\n", "utf-8")
    floors = {
        key: (float(f1), float(attribution))
        for key, f1, attribution in (line.split("\t") for line in FLOORS.read_text("utf-8").splitlines()[1:])
    }
    assert set(scores) == set(floors), "articles added or removed: rewrite the floors"
    worse = {key: (scores[key], floor) for key, floor in floors.items() if scores[key] < floor}
    assert not worse, worse


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


ROWS_OF_GOLD_SETS = """
import sys
from dataclasses import astuple
from pathlib import Path
from claimpack.evaluation.gold import load_gold
from claimpack.pipeline import extract_article
for folder in sys.argv[1:]:
    for gold in sorted(Path(folder).glob("*.gold.yaml")):
        tables = extract_article(load_gold(gold, Path("seeds")).seed())
        for row in [*tables.claims, *tables.statements, *tables.sources]:
            print(astuple(row))
"""


def test_extraction_does_not_depend_on_the_hash_seed() -> None:
    # A tie broken by set order once gave the subject 'middel' or 'midlen' depending on PYTHONHASHSEED
    sets = [str(Path(__file__).parent / "data" / name) for name in ("holdout8", "holdout13")]

    def rows(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", ROWS_OF_GOLD_SETS, *sets]
        return subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout

    first = rows("0")
    assert first and first == rows("5")
