"""The columnar rules (DuckDB, claimpack/scale/rules_*.py) report exactly the findings of the
pandas rules, in the same order, word for word: on a synthetic corpus, on every gold corpus under
tests/data/, and on copies of the gold package perturbed at random (figures, qualifiers, parts,
references, spans, speakers, credits, dates, seeds) so that every rule fires."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from validate_helpers import read_rows, write_rows

from claimpack.building import build
from claimpack.scale.rules import CHECKS
from claimpack.synth import synthesize
from claimpack.validation import runner, validate
from claimpack.validation.context import Context
from claimpack.validation.report import Report


def both(package: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Report, Report]:
    """The package validated with the columnar rules, then with the pandas rules (same structure engine)."""
    columnar = validate(package, engine="duckdb")
    with monkeypatch.context() as patch:
        patch.setattr(runner, "columnar", lambda name: None)
        pandas = validate(package, engine="duckdb")
    assert columnar.rules_engine == "duckdb" and pandas.rules_engine == "pandas"
    return columnar, pandas


def assert_same(package: Path, monkeypatch: pytest.MonkeyPatch) -> Report:
    columnar, pandas = both(package, monkeypatch)
    assert [f.to_dict() for f in columnar.findings] == [f.to_dict() for f in pandas.findings]
    assert (columnar.rules, columnar.skipped, columnar.stats["findings"]) == (
        pandas.rules,
        pandas.skipped,
        pandas.stats["findings"],
    )
    return columnar


@pytest.fixture
def gold(gold_package: Path) -> Path:
    return gold_package


def test_gold_corpora(gold: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = assert_same(gold, monkeypatch)
    assert report.findings, "the gold package should have findings to compare"


def test_a_clean_package_is_never_read_by_pandas(gold: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule runs in DuckDB, the first in report order too (evidence-fields sorts before the
    structure checks, which load the package): pandas never reads a table of a clean package."""

    def table(context: Context, resource: str) -> None:
        raise AssertionError(f"pandas read {resource}")

    monkeypatch.setattr(Context, "table", table)
    report = validate(gold, engine="duckdb")
    assert report.rules_engine == "duckdb" and report.findings


def test_synthetic_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a seed folder whose paths run past 120 characters: findings name them as short ones
    seeds = "seeds-" + "x" * 120
    synthesize(60, 3, tmp_path / seeds)
    build(tmp_path / seeds, tmp_path / "datapackage", workers=2)
    # from a folder above the package, findings name each seed by its path from there
    monkeypatch.chdir(tmp_path.parent)
    report = assert_same(tmp_path / "datapackage", monkeypatch)
    assert any(f.location.path and f.location.path.startswith(f"{tmp_path.name}/{seeds}/") for f in report.findings)


def perturb(package: Path, rng: random.Random) -> None:
    """Schema-valid edits (enums, foreign keys and minimums kept) that trip every rule somewhere."""
    articles = read_rows(package, "articles")
    sources = read_rows(package, "sources")
    by_article: dict[str, list[str]] = {}
    for source in sources:
        by_article.setdefault(source["article_id"], []).append(source["source_id"])
    claims = read_rows(package, "claims")
    ids = {}
    for claim in claims:
        ids.setdefault(claim["article_id"], []).append(claim["claim_id"])
    qualifiers = ["exact", "approx", "more_than", "less_than", "at_least", "at_most", "range", "vague", "relative"]
    for claim in claims:
        roll = rng.random()
        same = ids[claim["article_id"]]
        if roll < 0.3:
            claim["subject"], claim["event"], claim["unit"] = (
                rng.choice(["hus", "folk"]),
                rng.choice(["", "død"]),
                "people",
            )
            claim["value"] = str(rng.choice([10, 12, 50, 100, 1000.5, 0]))
            claim["source_id"] = rng.choice([*by_article.get(claim["article_id"], []), ""])
        if roll < 0.15:
            claim["unit"] = rng.choice(["percent", "people"])
            claim["event"] = ""
        if 0.3 <= roll < 0.45:
            claim["qualifier"] = rng.choice(qualifiers)
            claim["value_low"], claim["value_high"] = rng.choice([("", ""), ("5", "9"), ("9", "5"), ("3", "")])
        if 0.45 <= roll < 0.55:
            claim["part_of"] = rng.choice(same)
        if 0.55 <= roll < 0.65:
            claim["qualifier"], claim["factor"] = "relative", rng.choice(["2", "0.5", ""])
            claim["relative_to"] = rng.choice([*same, ""])
            claim["value"] = rng.choice(["", "7", "200"])
        if 0.65 <= roll < 0.72:
            other = rng.choice([c for c in claims if c["article_id"] == claim["article_id"]])
            claim["char_start"], claim["char_end"] = other["char_start"], other["char_end"]
        if 0.72 <= roll < 0.78:
            start = int(claim["char_start"])
            # char_end's minimum is 1: a claim opening its article (start 0) keeps the edit schema-valid
            claim["char_end"] = str(rng.choice([max(start, 1), start + 1, start + 10**6]))
        if 0.78 <= roll < 0.85:
            claim["unconfirmed"] = "true"
            claim["text"] = rng.choice(["«x»", 'a,b "c"', "line\nbreak", claim["text"] + " "])
    write_rows(package, "claims", claims)
    statements = read_rows(package, "statements")
    for statement in statements:
        if rng.random() < 0.2:
            statement["speaker_id"], statement["mention_id"] = "", ""
            statement["kind"] = rng.choice(["direct_quote", "indirect", "mixed", "narration"])
        if rng.random() < 0.05:
            statement["text"] = "Det sier noen."
    write_rows(package, "statements", statements)
    images = read_rows(package, "images")
    for image in images:
        if rng.random() < 0.4:
            image["photographer"], image["agency"] = "", ""
    write_rows(package, "images", images)
    dates = read_rows(package, "dates")
    for date in dates:
        date["date"] = rng.choice(["2016-06-01", "2016-05-29", "2015-01-01", ""])
        date["relation"] = rng.choice(["past", "same_day", "future"])
    write_rows(package, "dates", dates)
    for article in rng.sample(articles, 3):
        article["published"] = rng.choice(["", "2016-05-30"])
    write_rows(package, "articles", articles)
    sources.append({**sources[0], "source_id": sources[0]["source_id"] + "-unused", "affiliation_id": ""})
    write_rows(package, "sources", sources)
    seeds = sorted((package.parent / "seeds").glob("*.txt"))
    edited, removed = rng.sample(seeds, 2)
    edited.write_text("x" + edited.read_text("utf-8"), "utf-8")
    removed.unlink()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_perturbed_gold_packages(gold: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    shutil.copytree(gold, tmp_path / "datapackage")
    shutil.copytree(gold.parent / "seeds", tmp_path / "seeds")
    perturb(tmp_path / "datapackage", random.Random(seed))
    report = assert_same(tmp_path / "datapackage", monkeypatch)
    fired = {f.rule for f in report.findings}
    assert set(CHECKS) <= fired, f"rules that never fired: {sorted(set(CHECKS) - fired)}"


def test_a_broken_package_runs_the_pandas_rules(gold: Path, tmp_path: Path) -> None:
    shutil.copytree(gold, tmp_path / "datapackage")
    shutil.copytree(gold.parent / "seeds", tmp_path / "seeds")
    claims = read_rows(tmp_path / "datapackage", "claims")
    claims[0]["value"] = "many"
    write_rows(tmp_path / "datapackage", "claims", claims)
    report = validate(tmp_path / "datapackage", engine="duckdb")
    assert any(f.rule == "table-schema" for f in report.findings)
    assert report.rules_engine == "pandas"


def test_both_engines_read_the_seed_digests_the_descriptor_records(
    gold: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The descriptor's own sha256 and byte count win over articles.csv's, in either case of hex,
    under both engines (one shared reading, write/descriptor.recorded_seeds)."""
    shutil.copytree(gold, tmp_path / "datapackage")
    shutil.copytree(gold.parent / "seeds", tmp_path / "seeds")
    descriptor_path = tmp_path / "datapackage" / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text("utf-8"))
    wrong_size, upper, wrong_digest = descriptor["sources"][:3]
    wrong_size["claimpack:bytes"] += 1
    upper["claimpack:sha256"] = upper["claimpack:sha256"].upper()
    wrong_digest["claimpack:sha256"] = "0" * 64
    descriptor_path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2), "utf-8")
    report = assert_same(tmp_path / "datapackage", monkeypatch)
    codes = {f.location.key: f.code for f in report.findings if f.rule == "seed-file"}
    assert codes == {wrong_size["path"]: "bytes", wrong_digest["path"]: "sha256"}


def test_both_engines_read_a_figures_last_written_digit_alike() -> None:
    """The exact interval's rounding (intervals.last_place) is computed by numpy for pandas and by
    SQL for DuckDB; both must give the same place for every figure, decimals and zeros included."""
    import duckdb
    import numpy as np

    from claimpack.scale.rules_claims import _last_place
    from claimpack.validation.intervals import last_place

    values = [412, 398, 3000, 3040, 41_600_000, 78.4, 0.6, 12.25, 1.38, 0, -250, 4.5, 1e15, 2.5e16, 1e-7, 0.0019]
    values += [1000, 999.5, float("inf"), 1e-6, 123456789012.5]  # a power of ten, a half, no finite place
    expected = last_place(np.array(values, dtype="float64"))
    rows = duckdb.sql(f"SELECT {_last_place('v')} FROM unnest(?::DOUBLE[]) AS t(v)", params=[values]).fetchall()
    got = [row[0] for row in rows]
    assert [None if np.isnan(e) else e for e in expected] == got
    assert list(expected[:3]) == [1.0, 1.0, 1000.0]


def test_both_engines_pass_over_the_interviewers_question(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'– Hva skyldes veksten?' with no speaker is the interviewer's question, no unattributed
    quote; '– Vi har aldri sett noe lignende.' with no speaker is one, under both engines."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "intervju.txt").write_text(
        "Eksporten økte med 12 prosent i fjor.\n\n"
        "– Hva skyldes veksten?\n\n"
        "Ifølge Sjømatrådet steg prisene.\n\n"
        "Salget gikk også opp i Asia.\n\n"
        "– Vi har aldri sett noe lignende.\n\n"
        "Markedet i USA falt.\n",
        "utf-8",
    )
    meta = {"language": "nb", "published": "2025-02-03", "title": None, "publisher": None, "url": None, "authors": None}
    (seeds / "intervju.meta.json").write_text(json.dumps(meta), "utf-8")
    build(seeds, tmp_path / "datapackage")
    report = assert_same(tmp_path / "datapackage", monkeypatch)
    quotes = [f.message for f in report.findings if f.rule == "quote-without-speaker"]
    assert quotes == ["direct_quote «– Vi har aldri sett noe lignende.» has no speaker in this or the next paragraph"]


def test_both_engines_hold_a_comparison_against_the_figure_it_restates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'det ble spilt for 38 millioner kroner …, nesten dobbelt så mye som i fjor' restates the 38
    millioner, whatever words name the two: twice last year's 24 millioner is not 38, under both
    engines; 'mer enn dobbelt så mye' of 17 millioner is 38."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = (
        "Norsk Rikstoto melder at det ble spilt for 38 millioner kroner på Derby-dagen, "
        "{cue} dobbelt så mye som i fjor.\n\n"
        "Ifølge selskapet ble det omsatt for {base} millioner kroner på Derby-dagen i fjor.\n"
    )
    meta = {"language": "nb", "published": "2025-06-30", "title": None, "publisher": None, "url": None, "authors": None}
    for name, cue, base in (("derby", "nesten", 24), ("derby2", "mer enn", 17)):
        (seeds / f"{name}.txt").write_text(text.format(cue=cue, base=base), "utf-8")
        (seeds / f"{name}.meta.json").write_text(json.dumps(meta), "utf-8")
    build(seeds, tmp_path / "datapackage")
    report = assert_same(tmp_path / "datapackage", monkeypatch)
    found = [(f.rule, f.code) for f in report.findings if f.rule == "relative-claim-mismatch"]
    assert found == [("relative-claim-mismatch", "absolute")]
    assert all("derby2" not in str(f.location) for f in report.findings if f.rule == "relative-claim-mismatch")
