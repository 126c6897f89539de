"""Corrections that persist: seeds/<id>.corrections.yaml applied after extraction, their provenance
in the package, `claimpack correct`, stale entries stopping the build, and the whole editorial loop
on an unseen article (correct, rebuild, validate, diff, go stale)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimpack import build, diff, evaluate, validate
from claimpack.cli import main
from claimpack.errors import ClaimpackError
from claimpack.version.render import render_text

ROOT = Path(__file__).resolve().parent.parent
A = "000_ce1b982170328aa1"
UNSEEN = ROOT / "tests" / "data" / "holdout11" / "131-budsjettstrid-sandnes.txt"
B = "131-budsjettstrid-sandnes"
LEAD = "Flere tusen mennesker er brakt ut fra det østlige Aleppo i Syria det siste døgnet."


def cli(*args: str, cwd: Path) -> Result:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args))
    finally:
        os.chdir(old)


def rows(package: Path, resource: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((package / "data" / f"{resource}.csv").read_text("utf-8"))))


def by_id(package: Path, resource: str, key: str) -> dict[str, dict[str, str]]:
    return {row[key]: row for row in rows(package, resource)}


def write(seeds: Path, text: str, article: str = A) -> Path:
    path = seeds / f"{article}.corrections.yaml"
    path.write_text(text, "utf-8")
    return path


SET_SOURCE = f"""corrections:
  - id: fix-1
    row: {A}:c0.3
    expect: dobbelt så høyt
    set: {{source: Røde Kors}}
    reason: a test says so
    by: Kari
    date: 2026-12-01
"""


def test_a_set_changes_the_cell_and_records_it(seed_copy: Path, tmp_path: Path) -> None:
    write(seed_copy, SET_SOURCE)
    out = tmp_path / "datapackage"
    build(seed_copy, out)
    assert by_id(out, "claims", "claim_id")[f"{A}:c0.3"]["source_id"] == f"{A}:rode-kors"
    assert rows(out, "corrections") == [
        {
            "correction_id": f"{A}:fix-1",
            "article_id": A,
            "action": "set",
            "resource": "claims",
            "row_id": f"{A}:c0.3",
            "claim_id": f"{A}:c0.3",
            "statement_id": "",
            "field": "source_id",
            "extracted": f"{A}:russland",
            "corrected": f"{A}:rode-kors",
            "reason": "a test says so",
            "by": "Kari",
            "date": "2026-12-01",
        }
    ]
    assert validate(out).projection() == validate(ROOT / "datapackage").projection() or validate(out).valid


def test_the_package_is_valid_with_every_kind_of_correction(seed_copy: Path, tmp_path: Path) -> None:
    text = (seed_copy / f"{A}.txt").read_text("utf-8")
    start = text.index("Tyrkia")
    fem = text.index("fem årene")
    write(
        seed_copy,
        SET_SOURCE
        + f"""  - id: not-a-claim
    row: {A}:c0.1
    expect: Flere tusen
    delete: true
    reason: the lead sums up
  - id: speaker
    row: {A}:s9.1
    expect: "{text[1236:1371]}"
    set: {{speaker: John Kerry, kind: indirect}}
    reason: he is the one who speaks
  - id: turkey
    add: attribution
    row: {A}:s15.1
    span: [{start}, {start + 6}]
    expect: Tyrkia
    source_kind: country
    reason: Tyrkia negotiated it
  - id: years
    add: claim
    span: [{fem}, {fem + 3}]
    expect: fem
    set: {{value: 5, qualifier: exact, unit: years}}
    reason: a duration is a figure here
""",
    )
    out = tmp_path / "datapackage"
    build(seed_copy, out)
    report = validate(out)
    assert report.valid, [f.message for f in report.failing("error")]
    claims = by_id(out, "claims", "claim_id")
    assert f"{A}:c0.1" not in claims
    added = claims[f"{A}:c11.years"]
    assert (added["text"], added["value"], added["source_id"]) == ("fem", "5", f"{A}:john-kerry")
    statements = by_id(out, "statements", "statement_id")
    assert statements[f"{A}:s9.1"]["speaker_id"] == f"{A}:john-kerry"
    assert statements[f"{A}:s15.1"]["mention_id"] == f"{A}:m15.turkey"
    # a person, not a rule, linked these: their evidence says so
    assert {statements[f"{A}:s{k}"]["evidence"] for k in ("9.1", "15.1")} == {"corrected"}
    assert added["evidence"] == claims[f"{A}:c0.3"]["evidence"] == "corrected"
    assert by_id(out, "sources", "source_id")[f"{A}:tyrkia"]["kind"] == "country"
    fields = [(r["correction_id"].split(":")[1], r["action"], r["field"]) for r in rows(out, "corrections")]
    assert ("not-a-claim", "delete", "claim_id") in fields and ("years", "add", "claim_id") in fields
    assert ("speaker", "set", "kind") in fields and ("turkey", "add", "source_id") in fields


def test_the_readme_example_builds(seed_copy: Path, tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("**Corrections** live beside the seed") :]
    example = section[section.index("```yaml\n") + 8 : section.index("\n```", section.index("```yaml"))]
    write(seed_copy, example + "\n")
    out = tmp_path / "datapackage"
    build(seed_copy, out)
    assert validate(out).valid
    assert {r["correction_id"].split(":")[1] for r in rows(out, "corrections")} == {"fix-1", "fix-2", "fix-3", "fix-4"}


def test_no_corrections_file_changes_nothing_but_the_empty_table(seed_copy: Path, tmp_path: Path) -> None:
    build(seed_copy, tmp_path / "plain")
    write(seed_copy, "# nothing yet\ncorrections: []\n")
    build(seed_copy, tmp_path / "empty")
    for name in ("articles", "sources", "mentions", "statements", "claims", "images", "dates", "corrections"):
        path = f"data/{name}.csv"
        assert (tmp_path / "plain" / path).read_bytes() == (tmp_path / "empty" / path).read_bytes()
        assert (tmp_path / "plain" / path).read_bytes() == (ROOT / "datapackage" / path).read_bytes()
    assert rows(tmp_path / "plain", "corrections") == []


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (f"row: {A}:c0.3\n    expect: dobbelt så stort\n    set: {{unit: x}}", "now reads «dobbelt så høyt»"),
        (f"row: {A}:c9.9\n    expect: x\n    set: {{unit: x}}", f"row {A}:c9.9 is not in what claimpack extracts"),
        (f"row: {A}:c0.3\n    expect: dobbelt så høyt\n    set: {{source: Nobody}}", "no source named «Nobody»"),
        (f"row: {A}:c0.3\n    expect: dobbelt så høyt\n    set: {{speaker: FN}}", "'speaker' is not a field a claim"),
        (f"row: {A}:c1.2\n    expect: '6.400'\n    delete: true", f"claim {A}:c1.1 refers to it (part_of)"),
        (f"row: {A}:s0.1\n    expect: {LEAD}\n    delete: true", "only a claim can be deleted"),
        ("add: claim\n    span: [0, 5]\n    expect: Flere\n    set: {unit: people}", "needs set.qualifier"),
        (
            "add: claim\n    span: [0, 5]\n    expect: Flore\n    set: {qualifier: vague}",
            "span [0, 5] now reads «Flere»",
        ),
        (
            "add: claim\n    span: [110, 115]\n    expect: '3.000'\n    set: {qualifier: exact}",
            f"claim {A}:c0.2 already covers «3.000»",
        ),
        (
            f"row: {A}:c0.3\n    expect: dobbelt så høyt\n    delete: true\n    set: {{unit: x}}",
            "fails corrections-file",
        ),
    ],
)
def test_an_entry_that_does_not_fit_stops_the_build(seed_copy: Path, tmp_path: Path, entry: str, words: str) -> None:
    write(seed_copy, f"corrections:\n  - id: bad\n    {entry}\n    reason: r\n")
    out = tmp_path / "datapackage"
    shutil.copytree(ROOT / "datapackage", out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(ClaimpackError) as raised:
        build(seed_copy, out)
    assert words in str(raised.value)
    assert "corrections-file" in words or "correction bad:" in str(raised.value)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before  # nothing written


def test_an_entry_after_its_row_was_deleted_names_the_deletion(seed_copy: Path, tmp_path: Path) -> None:
    delete = f"  - {{id: gone, row: {A}:c0.1, expect: Flere tusen, delete: true, reason: r}}\n"
    later = f"  - {{id: late, row: {A}:c0.1, expect: Flere tusen, set: {{unit: x}}, reason: r}}\n"
    write(seed_copy, "corrections:\n" + delete + later)
    with pytest.raises(ClaimpackError, match=f"correction late: row {A}:c0.1 was deleted by correction gone$"):
        build(seed_copy, tmp_path / "datapackage")


def test_a_corrections_file_without_its_seed_is_an_error(seed_copy: Path, tmp_path: Path) -> None:
    write(seed_copy, SET_SOURCE, article="gone")
    with pytest.raises(ClaimpackError, match=r"without a seed: gone\.txt is missing"):
        build(seed_copy, tmp_path / "datapackage")


def test_the_cache_keys_on_the_corrections_file(seed_copy: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "datapackage", tmp_path / "cache"
    assert build(seed_copy, out, cache_dir=cache).cached == 0
    assert build(seed_copy, out, cache_dir=cache).cached == 1
    write(seed_copy, SET_SOURCE)
    result = build(seed_copy, out, cache_dir=cache)
    assert result.cached == 0 and result.rows["corrections"] == 1
    assert by_id(out, "claims", "claim_id")[f"{A}:c0.3"]["source_id"] == f"{A}:rode-kors"
    assert build(seed_copy, out, cache_dir=cache).cached == 1


def test_evaluate_scores_raw_extraction(tmp_path: Path) -> None:
    """A wrong 'correction' beside the seed and beside the gold text moves no accuracy figure."""
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "corpus" / f"{A}.gold.yaml", gold)
    shutil.copy(ROOT / "seeds" / f"{A}.txt", gold)
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    before = evaluate([gold], seeds).to_dict()
    wrong = SET_SOURCE.replace("Røde Kors", "FN") + f"  - id: gone\n    row: {A}:c0.2\n    expect: '3.000'\n"
    for folder in (gold, seeds):
        write(folder, wrong + "    delete: true\n    reason: wrong on purpose\n")
    assert evaluate([gold], seeds).to_dict() == before
    assert before["total"]["claims"]["f1"] == 1.0


# -- the editorial loop on an unseen article --------------------------------------------------


@pytest.fixture
def unseen(tmp_path: Path) -> Path:
    """A repository with one held-out article that claimpack gets partly wrong."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(UNSEEN, seeds / f"{B}.txt")
    meta = {"language": "nb", "published": "2025-11-19", "title": None, "publisher": None, "url": None, "authors": None}
    (seeds / f"{B}.meta.json").write_text(json.dumps(meta), "utf-8")
    return tmp_path


def test_correction_round_trip(unseen: Path) -> None:
    package = unseen / "datapackage"
    assert cli("build", "-q", cwd=unseen).exit_code == 0
    shutil.copytree(package, unseen / "before")
    claims = by_id(package, "claims", "claim_id")
    # «som kommunedirektøren har anslått til 4,5 millioner kroner»: Grude's estimate, not KrF's
    assert claims[f"{B}:c10.1"]["text"] == "4,5 millioner kroner"
    assert claims[f"{B}:c10.1"]["source_id"] == f"{B}:krf", "the extractor learnt this one: pick another error"
    # «Den samlede driftsrammen er på 4,2 mrd. kroner.»: the narrator's, not Grude's
    assert claims[f"{B}:c0.2"]["source_id"] == f"{B}:tone-elisabeth-grude"
    findings_before = validate(package).projection()

    fixed = cli(
        "correct", f"{B}:c10.1", "--set", "source=Tone Elisabeth Grude", "--reason", "kommunedirektøren anslo det",
        "--by", "Kari Vaktsjef", cwd=unseen,
    )  # fmt: skip
    assert fixed.exit_code == 0, fixed.output
    assert f"set claims c10.1 source_id: {B}:krf -> {B}:tone-elisabeth-grude" in fixed.output
    narrator = cli("correct", f"{B}:c0.2", "--set", "source=null", "--reason", "the article says it", cwd=unseen)
    assert narrator.exit_code == 0, narrator.output
    corrections = unseen / "seeds" / f"{B}.corrections.yaml"
    assert corrections.read_text("utf-8").count("- id: fix-") == 2

    rebuilt = cli("build", "-q", cwd=unseen)
    assert rebuilt.exit_code == 0, rebuilt.output
    claims = by_id(package, "claims", "claim_id")
    assert claims[f"{B}:c10.1"]["source_id"] == f"{B}:tone-elisabeth-grude"
    assert claims[f"{B}:c0.2"]["source_id"] == ""
    provenance = [
        (r["correction_id"], r["row_id"], r["extracted"], r["corrected"]) for r in rows(package, "corrections")
    ]
    assert provenance == [
        (f"{B}:fix-1", f"{B}:c10.1", f"{B}:krf", f"{B}:tone-elisabeth-grude"),
        (f"{B}:fix-2", f"{B}:c0.2", f"{B}:tone-elisabeth-grude", ""),
    ]

    report = validate(package)
    assert report.valid  # foreign keys of the corrections table resolve
    appeared = set(report.projection()) - set(findings_before)
    assert appeared == {("unattributed-figure", f"{B}:c0.2", "source_id")}

    changes = diff(unseen / "before", package)
    assert changes.required_bump == "patch"
    assert [(c.key, [x.field for x in c.cells]) for c in changes.rows if c.table == "claims"] == [
        (f"{B}:c0.2", ["source_id", "evidence"]),  # a person, not a rule, gave the source: evidence says so
        (f"{B}:c10.1", ["source_id", "evidence"]),
    ]
    assert [c.kind for c in changes.corrections] == ["added", "added"]
    text = render_text(changes)
    assert "data corrections: 2 added, 0 removed, 0 changed [patch]" in text
    assert f"+ fix-1: set claims {B}:c10.1 source_id: '{B}:krf' -> '{B}:tone-elisabeth-grude'" in text

    seed = unseen / "seeds" / f"{B}.txt"
    seed.write_text(seed.read_text("utf-8").replace("4,5 millioner kroner", "4,7 millioner kroner"), "utf-8")
    built = {p: p.read_bytes() for p in package.rglob("*") if p.is_file()}
    stale = cli("build", "-q", cwd=unseen)
    assert stale.exit_code == 2
    lines = stale.stderr.strip().splitlines()
    assert len(lines) == 1 and "correction fix-1" in lines[0] and "«4,7 millioner kroner»" in lines[0], lines
    assert {p: p.read_bytes() for p in package.rglob("*") if p.is_file()} == built


def test_correct_refuses_what_would_not_build_and_leaves_the_file(unseen: Path) -> None:
    path = unseen / "seeds" / f"{B}.corrections.yaml"
    path.write_text(
        "# kept\ncorrections:\n- id: fix-1\n  row: x\n  expect: y\n  set: {unit: z}\n  reason: r\n", "utf-8"
    )
    before = path.read_bytes()
    result = cli("correct", f"{B}:c10.1", "--set", "source=Nobody", "--reason", "r", cwd=unseen)
    assert result.exit_code == 2 and path.read_bytes() == before  # the file's first entry is stale already
    path.write_text("# kept\ncorrections:\n", "utf-8")
    bad = cli("correct", f"{B}:c10.1", "--set", "source=Nobody", "--reason", "r", cwd=unseen)
    assert bad.exit_code == 2 and "no source named «Nobody»" in bad.stderr
    assert path.read_text("utf-8") == "# kept\ncorrections:\n"
    good = cli("correct", f"{B}:c10.1", "--set", "value=4600000", "--reason", "r", cwd=unseen)
    assert good.exit_code == 0, good.output
    assert path.read_text("utf-8").startswith("# kept\ncorrections:\n  - id: fix-1\n")
    again = cli("correct", f"{B}:c10.1", "--delete", "--reason", "not a claim after all", cwd=unseen)
    assert again.exit_code == 0 and "- id: fix-2" in path.read_text("utf-8")
    assert [e["id"] for e in __import__("yaml").safe_load(path.read_text("utf-8"))["corrections"]] == ["fix-1", "fix-2"]


def test_correct_adds_a_claim_and_an_attribution(seed_copy: Path) -> None:
    repo = seed_copy.parent
    claim = cli(
        "correct", A, "--add", "claim", "--span", "1645:1648", "--set", "value=5", "--set", "qualifier=exact",
        "--set", "unit=years", "--reason", "a duration", cwd=repo,
    )  # fmt: skip
    assert claim.exit_code == 0, claim.output
    assert f"add claims c11.fix-1 claim_id: null -> {A}:c11.fix-1" in claim.output
    speaker = [A + ":s15.1", "--add", "attribution", "--span", "1976:1982", "--reason", "r"]
    lacking = cli("correct", *speaker, cwd=repo)
    assert lacking.exit_code == 2 and "give its source_kind" in lacking.stderr
    added = cli("correct", *speaker, "--source-kind", "country", cwd=repo)
    assert added.exit_code == 0, added.output
    assert f"set statements s15.1 speaker_id: null -> {A}:tyrkia" in added.output
    assert cli("build", "-q", cwd=repo).exit_code == 0
    package = repo / "datapackage"
    assert by_id(package, "claims", "claim_id")[f"{A}:c11.fix-1"]["text"] == "fem"
    assert by_id(package, "statements", "statement_id")[f"{A}:s15.1"]["speaker_id"] == f"{A}:tyrkia"
    assert by_id(package, "sources", "source_id")[f"{A}:tyrkia"]["kind"] == "country"
