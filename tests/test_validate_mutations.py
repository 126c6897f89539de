"""The mutation table: each corruption of a copy of the seed's package is caught by the intended
rule and by nothing else (new findings are those whose fingerprint the clean copy lacks)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from validate_helpers import copy_package, descriptor, edit_rows, set_cells, write_descriptor

from claimpack.validation import RULES, Report, validate

A = "000_ce1b982170328aa1"
SEED = Path("seeds") / f"{A}.txt"


def _descriptor_edit(change: Callable[[dict], None]) -> Callable[[Path], None]:
    def mutate(package: Path) -> None:
        data = descriptor(package)
        change(data)
        write_descriptor(package, data)

    return mutate


def _duplicate_row(resource: str, suffix: str, new_key: str | None = None) -> Callable[[Path], None]:
    def mutate(package: Path) -> None:
        def edit(rows: list[dict[str, str]]) -> None:
            row = dict(next(r for r in rows if next(iter(r.values())).endswith(suffix)))
            if new_key:
                row[next(iter(row))] = f"{A}:{new_key}"
            rows.append(row)

        edit_rows(package, resource, edit)

    return mutate


def _edit_seed(package: Path) -> None:
    seed = package.parent / SEED
    text = seed.read_text(encoding="utf-8")
    assert text[82] == " "  # between two statements: inside no span
    seed.write_text(text[:82] + "_" + text[83:], encoding="utf-8")


def _shift_mention(package: Path) -> None:
    row = next(r for r in _rows(package, "mentions") if r["mention_id"].endswith(":m6.1"))
    set_cells(
        package, "mentions", ":m6.1", char_start=str(int(row["char_start"]) + 1), char_end=str(int(row["char_end"]) + 1)
    )


def _rows(package: Path, resource: str) -> list[dict[str, str]]:
    from validate_helpers import read_rows

    return read_rows(package, resource)


def _add_source(package: Path) -> None:
    def edit(rows: list[dict[str, str]]) -> None:
        rows.append({**rows[0], "source_id": f"{A}:nobody", "name": "Nobody", "role": "", "affiliation_id": ""})

    edit_rows(package, "sources", edit)


MUTATIONS: dict[str, tuple[Callable[[Path], None], str]] = {
    "broken foreign key": (lambda p: set_cells(p, "claims", ":c3.2", source_id=f"{A}:nobody"), "foreign-key"),
    "broken self foreign key": (lambda p: set_cells(p, "claims", ":c1.1", part_of=f"{A}:c9.9"), "foreign-key"),
    "duplicate primary key": (lambda p: set_cells(p, "dates", ":d5.1", date_id=f"{A}:d3.1"), "primary-key"),
    "unknown qualifier": (lambda p: set_cells(p, "claims", ":c3.2", qualifier="roughly"), "table-schema"),
    "paragraph not an integer": (lambda p: set_cells(p, "dates", ":d9.1", paragraph="nine"), "table-schema"),
    "wrong hash": (
        _descriptor_edit(lambda d: d["resources"][6].update(hash="sha256:" + "0" * 64)),
        "resource-integrity",
    ),
    "wrong bytes": (_descriptor_edit(lambda d: d["resources"][0].update(bytes=1)), "resource-integrity"),
    "version not semver": (_descriptor_edit(lambda d: d.update(version="1.0")), "descriptor-profile"),
    "created missing": (_descriptor_edit(lambda d: d.pop("created")), "descriptor-profile"),
    "licenses empty": (_descriptor_edit(lambda d: d.update(licenses=[])), "descriptor-profile"),
    "edited seed byte": (_edit_seed, "seed-file"),
    "seed missing": (lambda p: (p.parent / SEED).unlink(), "seed-file"),
    "shifted offset": (_shift_mention, "span-text"),
    "reversed span": (lambda p: set_cells(p, "dates", ":d9.1", char_start="1370", char_end="1363"), "span-offsets"),
    "swapped value bounds": (
        lambda p: set_cells(p, "claims", ":c0.1", value_low="9999", value_high="2000"),
        "value-bounds",
    ),
    "relative without factor": (lambda p: set_cells(p, "claims", ":c0.3", factor=""), "qualifier-fields"),
    "vague with a single value": (lambda p: set_cells(p, "claims", ":c0.1", value="5000"), "qualifier-fields"),
    "removed photographer and agency": (
        lambda p: set_cells(p, "images", ":i7", photographer="", agency=""),
        "image-without-credit",
    ),
    "part larger than whole": (lambda p: set_cells(p, "claims", ":c1.1", value="7000"), "part-exceeds-whole"),
    "date after publication": (lambda p: set_cells(p, "dates", ":d3.1", date="2016-12-22"), "date-after-publication"),
    "source dropped from a figure": (
        lambda p: set_cells(p, "claims", ":c3.2", source_id="", evidence=""),
        "unattributed-figure",
    ),
    "figure marked unconfirmed": (lambda p: set_cells(p, "claims", ":c2.1", unconfirmed="true"), "unconfirmed-figure"),
    "sources disagree": (
        # a figure within FAR_APART of FN's «over 50.000» sivile igjen: the 40 wounded are too far off to be one count
        lambda p: set_cells(p, "claims", ":c3.1", subject="sivile", event="igjen", value="20000"),
        "conflicting-count",
    ),
    "relative value off": (lambda p: set_cells(p, "claims", ":c0.3", value="9000"), "relative-claim-mismatch"),
    "quote loses its speaker": (
        lambda p: set_cells(p, "statements", ":s10.1", speaker_id="", mention_id="", attribution="none", evidence=""),
        "quote-without-speaker",
    ),
    "source nobody can explain": (lambda p: set_cells(p, "claims", ":c3.2", evidence=""), "evidence-fields"),
    "speaker given no evidence": (lambda p: set_cells(p, "statements", ":s10.1", evidence=""), "evidence-fields"),
    "claim extracted twice": (_duplicate_row("claims", ":c3.2", "c3.9"), "duplicate-claim"),
    "source nobody refers to": (_add_source, "unused-source"),
}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return validate(copy_package(tmp_path_factory.mktemp("clean")))


# A rule a copy of the package cannot show alone, and where it is tested instead.
WITHOUT_MUTATION = {"unreleased-change": "compares with the release records in validate/ (test_version_guard.py)"}


def test_every_rule_has_its_own_mutation() -> None:
    assert {rule for _, rule in MUTATIONS.values()} | set(WITHOUT_MUTATION) == set(RULES)
    assert not {rule for _, rule in MUTATIONS.values()} & set(WITHOUT_MUTATION)


def test_the_clean_copy_has_no_errors(baseline: Report) -> None:
    assert baseline.valid
    assert not baseline.skipped


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_mutation_is_caught_by_its_rule_only(name: str, tmp_path: Path, baseline: Report) -> None:
    mutate, rule = MUTATIONS[name]
    package = copy_package(tmp_path)
    mutate(package)
    report = validate(package)
    known = {f.fingerprint for f in baseline.findings}
    new = [f for f in report.findings if f.fingerprint not in known]
    assert {f.rule for f in new} == {rule}, [(f.rule, f.location.key, f.message) for f in new]
