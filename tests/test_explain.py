"""`claimpack explain ROW_ID`: why a claim or statement says what it says, from the package alone
(its evidence column, the statement, cue, mention and corrections); bad input is one line, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from validate_helpers import copy_package, read_rows, set_cells

from claimpack import build
from claimpack.cli import main
from claimpack.model import EVIDENCE
from claimpack.reporting.explain import explain

A = "000_ce1b982170328aa1"
PACKAGE = Path("datapackage")


def lines(row_id: str, package: Path = PACKAGE) -> dict[str, str]:
    return dict(explain(package, row_id).lines)


def test_a_claim_names_its_source_rule_cue_and_sentence() -> None:
    found = lines(f"{A}:c0.2")
    assert found["value"] == "3000" and found["qualifier"] == "exact"
    assert found["source"].startswith("Røde Kors (organization)")
    assert found["why"] == "cue-before: " + EVIDENCE["cue-before"]
    assert found["cue"] == "«bekreftet»"
    assert found["named as"] == "«Røde Kors» (explicit) in paragraph 0"
    assert found["sentence"] == "Røde Kors har bekreftet at [3.000] er evakuert"


def test_a_narrators_figure_has_no_rule() -> None:
    found = lines(f"{A}:c0.1")
    assert found["source"] == "none: the narrator states the figure"
    assert "why" not in found and "cue" not in found
    assert found["sentence"].startswith("[Flere tusen] mennesker")


def test_a_relative_claim_shows_what_it_refers_to() -> None:
    found = lines(f"{A}:c0.3")
    assert found["relative_to"] == f"{A}:c0.2 «3.000»"
    assert found["factor"] == "2"


def test_a_quote_names_its_speaker_through_the_pronoun() -> None:
    found = lines(f"{A}:s10.1")
    assert found["kind"] == "direct_quote"
    assert found["speaker"].startswith("John Kerry (person, utenriksminister)")
    assert found["why"].startswith("cue-after: ")
    assert found["named as"] == "«han» (pronoun) in paragraph 10"


def test_every_rule_in_the_seed_package_is_explained() -> None:
    recorded = {r["evidence"] for name in ("claims", "statements") for r in read_rows(PACKAGE, name)} - {""}
    assert recorded and recorded <= set(EVIDENCE)
    for row in read_rows(PACKAGE, "claims"):
        if row["source_id"]:
            assert "not a rule claimpack knows" not in lines(row["claim_id"])["why"]


def test_a_correction_is_shown(seed_copy: Path, tmp_path: Path) -> None:
    (seed_copy / f"{A}.corrections.yaml").write_text(
        f"corrections:\n  - id: fix-1\n    row: {A}:c0.3\n    expect: dobbelt så høyt\n"
        "    set: {source: Røde Kors}\n    reason: the ministry said so\n    by: Kari\n    date: 2026-12-01\n",
        "utf-8",
    )
    out = tmp_path / "datapackage"
    build(seed_copy, out)
    found = lines(f"{A}:c0.3", out)
    assert found["source"].startswith("Røde Kors")
    assert found["why"] == "corrected: " + EVIDENCE["corrected"]
    assert found["corrected"] == f"source_id: {A}:russland → {A}:rode-kors (the ministry said so; Kari)"


def test_json_output_has_the_same_lines() -> None:
    result = CliRunner().invoke(main, ["explain", f"{A}:c0.2", "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["kind"] == "claim" and data["id"] == f"{A}:c0.2"
    assert [(d["label"], d["text"]) for d in data["lines"]] == explain(PACKAGE, f"{A}:c0.2").lines


@pytest.mark.parametrize("row_id", ["nope", f"{A}:c99.9", ""])
def test_an_unknown_row_is_one_line_and_exit_2(row_id: str) -> None:
    result = CliRunner().invoke(main, ["explain", row_id])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "no claim or statement" in result.output


def test_a_tampered_package_is_refused(tmp_path: Path) -> None:
    package = copy_package(tmp_path)
    set_cells(package, "claims", ":c0.2", value="9000")
    csv = package / "data" / "claims.csv"
    csv.write_bytes(csv.read_bytes() + b"\n")  # bytes no longer match the descriptor
    result = CliRunner().invoke(main, ["explain", f"{A}:c0.2", str(package)])
    assert result.exit_code == 2 and "claims.csv" in result.output and "Traceback" not in result.output
