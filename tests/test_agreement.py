"""`claimpack evaluate --against`: a second annotation of the same texts scored like the extractor."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from claimpack.cli import main
from claimpack.evaluation.agreement import agreement, gold_tables
from claimpack.evaluation.gold import load_gold

DATA = Path(__file__).resolve().parent / "data"
ARTICLE = "01-flom-otta"


def _second(tmp_path: Path, change: dict[str, object] | None = None, claim: int = 0) -> Path:
    """A second annotation of the dev article: the first one, with `change` applied to one claim."""
    gold = yaml.safe_load((DATA / "corpus" / f"{ARTICLE}.gold.yaml").read_text("utf-8"))
    gold["claims"][claim].update(change or {})
    folder = tmp_path / "second"
    folder.mkdir()
    (folder / f"{ARTICLE}.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), "utf-8")
    return folder


def test_an_annotation_agrees_with_itself(tmp_path: Path) -> None:
    total = agreement([DATA / "corpus" / f"{ARTICLE}.gold.yaml"], _second(tmp_path)).total()
    assert total.claims.f1 == 1.0 and total.attributions.value == 1.0 and total.images.value == 1.0
    assert total.claims.gold > 5 and not total.errors


def test_another_source_or_qualifier_is_a_disagreement(tmp_path: Path) -> None:
    folder = _second(tmp_path, {"source": "Someone Else", "qualifier": "approx"})
    score = agreement([DATA / "corpus" / f"{ARTICLE}.gold.yaml"], folder).articles[0]
    assert score.claims.correct == score.claims.gold - 1
    assert any("source 'Someone Else'" in e and "qualifier approx" in e for e in score.errors), score.errors


def test_the_rows_of_an_annotation_stand_where_its_text_says() -> None:
    gold = load_gold(DATA / "corpus" / f"{ARTICLE}.gold.yaml", DATA / "corpus")
    tables = gold_tables(gold)
    text = gold.seed().text
    assert [c.text for c in tables.claims] == [c["text"] for c in gold.data["claims"]]
    assert all(text[c.char_start : c.char_end] == c.text for c in tables.claims)
    named = {s.name for s in tables.sources}
    assert named == {c["source"] for c in gold.data["claims"] if c.get("source")} | {
        a["speaker"] for a in gold.data["attributions"] if a.get("speaker")
    }


def test_the_committed_second_annotations_agree_closely_but_not_fully() -> None:
    # tests/data/second: held-out sets annotated again by helpers who saw neither the first
    # annotation nor the rules; their disagreements are real (e.g. «nær» as less_than or approx)
    names = sorted(p.name for p in (DATA / "second").iterdir() if p.is_dir())
    assert len(names) == 10, names
    for name in names:
        total = agreement([DATA / name], DATA / "second" / name).total()
        assert 0.75 <= total.claims.f1 < 1.0, (name, total.claims)
        assert total.attributions.value >= 0.9, (name, total.attributions)


def test_cli_against(tmp_path: Path) -> None:
    first = tmp_path / "first"
    first.mkdir()
    for suffix in (".txt", ".gold.yaml"):
        shutil.copy(DATA / "corpus" / f"{ARTICLE}{suffix}", first)
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", str(first), "--against", str(_second(tmp_path)), "-v"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].split()[1:4] == ["1.000", "1.000", "1.000"]


def test_cli_against_a_folder_without_the_article_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["evaluate", str(DATA / "corpus"), "--against", str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "no second annotation" in result.stderr


def test_cli_against_another_text_is_refused(tmp_path: Path) -> None:
    folder = _second(tmp_path)
    (folder / f"{ARTICLE}.txt").write_text("En annen tekst.\n", "utf-8")
    result = CliRunner().invoke(
        main, ["evaluate", str(DATA / "corpus" / f"{ARTICLE}.gold.yaml"), "--against", str(folder)]
    )
    assert result.exit_code == 2 and "annotates another text" in result.stderr


def test_cli_against_does_not_score_findings(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", "--against", str(tmp_path), "--findings"])
    assert result.exit_code == 2 and "--against" in result.stderr
