"""Consistency rules on tiny frames, the registry's documentation, and the seed's findings."""

from __future__ import annotations

from typing import Any

import pytest

from claimpack.resources import load_schema
from claimpack.validation import RULES, Suite, run_rules, validate
from claimpack.validation.context import Context
from claimpack.validation.package import read_table
from claimpack.write import render_csv

A = "000_ce1b982170328aa1"
CLAIM = {
    "statement_id": "t:s0.1",
    "article_id": "t",
    "paragraph": 0,
    "text": "x",
    "char_start": 0,
    "char_end": 1,
    "value": None,
    "value_low": None,
    "value_high": None,
    "qualifier": "exact",
    "unit": "people",
    "subject": "personer",
    "event": "evakuert",
    "part_of": None,
    "relative_to": None,
    "factor": None,
    "source_id": None,
    "unconfirmed": False,
    "evidence": None,
}


def frame(resource: str, rows: list[dict[str, Any]]) -> Any:
    return read_table(render_csv(resource, rows), load_schema(f"{resource}.schema.json"))


def claims_context(*claims: dict[str, Any]) -> Context:
    rows = [{**CLAIM, "claim_id": f"t:c{i}", "char_start": i, "char_end": i + 1, **c} for i, c in enumerate(claims)]
    sources = sorted({r["source_id"] for r in rows if r["source_id"]})
    source_rows = [
        {"source_id": s, "article_id": "t", "name": s, "kind": "organization", "role": None, "affiliation_id": None}
        for s in sources
    ]
    frames = {"claims": frame("claims", rows), "sources": frame("sources", source_rows)}
    return Context.from_frames(frames, {"t": "x" * 100}, Suite())


def found(context: Context, rule: str) -> list[tuple[str | None, tuple[str, ...]]]:
    report = run_rules(context, "t", rules=[rule])
    return [(f.location.key, f.related) for f in report.findings]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ({"value": 3000}, {"value": 6400}, True),
        ({"value": 3000}, {"value": 3040, "qualifier": "approx"}, False),
        ({"value": 50000, "qualifier": "more_than"}, {"value": 60000}, False),
        ({"value": 50000, "qualifier": "more_than"}, {"value": 40000}, True),
        ({"value": 100, "qualifier": "at_most"}, {"value": 120}, True),
        ({"value": 3000}, {"value": 3100}, False),  # «3.000» may be rounded: ± 150, the exact tolerance
        # an exact figure is as precise as it is written: «412» is 411.5 to 412.5, so 412 and 398
        # deltakere disagree (both inside ± 5 % of each other), as do «41,6» and «42,3 millioner»
        ({"value": 412}, {"value": 398}, True),
        ({"value": 42}, {"value": 38}, True),
        ({"value": 41_600_000}, {"value": 42_300_000}, True),
        ({"value": 78.4}, {"value": 78.44}, False),  # 78,4 prosent allows 78.35 to 78.45
        ({"value": 1_200_000}, {"value": 1_215_000}, False),  # «1,2 millioner» ± 50 000
        ({"value_low": 2000, "value_high": 9999, "qualifier": "vague"}, {"value": 3000}, False),
        ({"value_low": 10, "value_high": 20, "qualifier": "range"}, {"value": 40}, True),
        # a close cue puts the figure just under or over its number, at the approx tolerance:
        # «nær 120» is 108 to 120, «under 120» anything up to it
        ({"value": 120, "qualifier": "less_than", "text": "nær 120"}, {"value": 85}, True),
        ({"value": 120, "qualifier": "less_than", "text": "under 120"}, {"value": 85}, False),
        ({"value": 90, "qualifier": "less_than", "text": "Nesten\u00a090"}, {"value": 85}, False),
        ({"value": 260, "qualifier": "more_than", "text": "drøyt 260"}, {"value": 320}, True),
        ({"value": 260, "qualifier": "more_than", "text": "over 260"}, {"value": 320}, False),
    ],
)
def test_conflicting_count_reads_qualifiers(a: dict[str, Any], b: dict[str, Any], conflict: bool) -> None:
    context = claims_context({**a, "source_id": "t:a"}, {**b, "source_id": "t:b"})
    assert found(context, "conflicting-count") == ([("t:c0", ("t:c1",))] if conflict else [])


def test_a_close_figure_is_described_as_just_under_or_over_its_number() -> None:
    context = claims_context(
        {"value": 120, "qualifier": "less_than", "text": "nær 120", "source_id": "t:a"},
        {"value": 260, "qualifier": "more_than", "text": "drøyt 260", "source_id": "t:b"},
    )
    (finding,) = run_rules(context, "t", rules=["conflicting-count"]).findings
    assert "«nær 120» (just under 120)" in finding.message and "«drøyt 260» (just over 260)" in finding.message


def test_conflicting_count_needs_two_sources_and_the_same_quantity() -> None:
    same_source = claims_context({"value": 3000, "source_id": "t:a"}, {"value": 6400, "source_id": "t:a"})
    other_event = claims_context(
        {"value": 3000, "source_id": "t:a"}, {"value": 50000, "source_id": "t:b", "event": "igjen"}
    )
    narrator = claims_context({"value": 3000}, {"value": 6400, "source_id": "t:b"})
    for context in (same_source, other_event, narrator):
        assert found(context, "conflicting-count") == []


def test_counts_with_no_unit_are_one_quantity_by_their_subject() -> None:
    # «rundt 22.000 søkere» against «over 29.000 søkere»: a count has no unit, its subject says what
    no_unit = {"unit": None, "subject": "søker", "event": "kvalifiserte"}
    context = claims_context(
        {**no_unit, "value": 22000, "source_id": "t:a"}, {**no_unit, "value": 29000, "source_id": "t:b"}
    )
    assert found(context, "conflicting-count") == [("t:c0", ("t:c1",))]
    other_unit = claims_context({**no_unit, "value": 22000, "source_id": "t:a"}, {"value": 29000, "source_id": "t:b"})
    assert found(other_unit, "conflicting-count") == []


def test_a_part_is_not_compared_with_its_whole() -> None:
    context = claims_context(
        {"value": 6400, "source_id": "t:a"}, {"value": 3000, "source_id": "t:b", "part_of": "t:c0"}
    )
    assert found(context, "conflicting-count") == []


def test_tolerance_comes_from_the_suite() -> None:
    context = claims_context({"value": 3000, "source_id": "t:a"}, {"value": 3100, "source_id": "t:b"})
    context.suite.tolerance["exact"] = 0.0
    assert found(context, "conflicting-count") == [("t:c0", ("t:c1",))]


def test_relative_claim_mismatch() -> None:
    wrong = claims_context(
        {"value": 3000, "source_id": "t:a"},
        {"value": 9000, "qualifier": "relative", "relative_to": "t:c0", "factor": 2, "source_id": "t:b"},
    )
    assert found(wrong, "relative-claim-mismatch") == [("t:c1", ("t:c0",))]
    against_absolute = claims_context(
        {"value": 3000, "source_id": "t:a"},
        {"value": 6000, "qualifier": "relative", "relative_to": "t:c0", "factor": 2, "source_id": "t:b"},
        {"value": 9000, "qualifier": "approx", "source_id": "t:c"},
    )
    assert found(against_absolute, "relative-claim-mismatch") == [("t:c1", ("t:c2",))]
    # «halvparten av oppdragene» counts a part of the missions, not all of them: no other figure of
    # the missions contradicts it
    share = claims_context(
        {"value": 9214, "source_id": "t:a"},
        {"value": 4607, "qualifier": "relative", "relative_to": "t:c0", "part_of": "t:c0", "factor": 0.5},
        {"value": 305, "source_id": "t:a"},
    )
    assert found(share, "relative-claim-mismatch") == []


@pytest.mark.parametrize(
    ("text", "mismatch"),
    [
        ("dobbelt så høyt", True),  # 280 ± the approx tolerance against 318
        ("mer enn dobbelt så høyt", False),  # over 280: 318 fits
        ("nesten dobbelt så høyt", True),  # just under 280
        ("minst dobbelt så høyt", False),
    ],
)
def test_a_relative_figures_cue_says_which_side_of_its_value_it_lies(text: str, mismatch: bool) -> None:
    """'Trygg Hjemme oppgir 140. Kommunen hevder at tallet er mer enn dobbelt så høyt: 318': a
    relative figure keeps its qualifier in its text only, and is read as it says."""
    context = claims_context(
        {"value": 140, "source_id": "t:a"},
        {"value": 280, "qualifier": "relative", "relative_to": "t:c0", "factor": 2, "source_id": "t:b", "text": text},
        {"value": 318, "source_id": "t:b"},
    )
    assert found(context, "relative-claim-mismatch") == ([("t:c1", ("t:c2",))] if mismatch else [])


def test_a_relative_figure_far_from_another_is_about_something_else() -> None:
    # «dobbelt så mange» as last July's 14 dead is 28; this year's 64 dead is another count (RELATIVE_APART)
    far = claims_context(
        {"value": 14, "source_id": "t:a"},
        {"value": 28, "qualifier": "relative", "relative_to": "t:c0", "factor": 2, "source_id": "t:b"},
        {"value": 64, "source_id": "t:c"},
    )
    assert found(far, "relative-claim-mismatch") == []


def test_a_comparison_naming_no_event_is_held_against_another_source() -> None:
    # «dobbelt så mange søknader som i fjor» (2 × 260 = 520) against Husbanken's 410 søknader: one
    # count of one noun, of one size, by two sources; the speaker's own figures are not compared
    eventless = {"subject": "søknad", "event": None, "unit": None}
    figures = (
        {**eventless, "value": 260, "source_id": "t:a"},
        {**eventless, "value": 520, "qualifier": "relative", "relative_to": "t:c0", "factor": 2, "source_id": "t:a"},
    )
    by_another = claims_context(*figures, {**eventless, "value": 410, "source_id": "t:b"})
    assert found(by_another, "relative-claim-mismatch") == [("t:c1", ("t:c2",))]
    by_itself = claims_context(*figures, {**eventless, "value": 410, "source_id": "t:a"})
    assert found(by_itself, "relative-claim-mismatch") == []
    # a share («halvparten») counts a part, and a figure 1.5 times off counts something else
    share = {**figures[1], "value": 130, "factor": 0.5}
    assert (
        found(
            claims_context(figures[0], share, {**eventless, "value": 180, "source_id": "t:b"}),
            "relative-claim-mismatch",
        )
        == []
    )
    assert (
        found(claims_context(*figures, {**eventless, "value": 300, "source_id": "t:b"}), "relative-claim-mismatch")
        == []
    )


def test_a_comparison_is_held_against_the_figure_it_restates() -> None:
    # «Ifølge forbundet deltok 7.400 løpere. Det er dobbelt så mange som i 2016, da 2.450 løp»: one
    # source, no event, 1.5 times apart, yet twice 2.450 is not the 7.400 the comparison restates
    eventless = {"subject": "løper", "event": None, "unit": None, "source_id": "t:a"}
    count = {**eventless, "value": 7400}
    comparison = {**eventless, "value": 4900, "qualifier": "relative", "factor": 2}
    base = {**eventless, "value": 2450}
    restated = claims_context(count, {**comparison, "relative_to": "t:c2"}, base)
    assert found(restated, "relative-claim-mismatch") == [("t:c1", ("t:c0",))]
    # with another figure between them, the comparison restates that one, not the 7.400
    between = claims_context(count, {"value": 31, "subject": "klubb"}, {**comparison, "relative_to": "t:c3"}, base)
    assert found(between, "relative-claim-mismatch") == []


def test_a_part_is_held_against_its_whole_only_as_a_count_of_one_unit() -> None:
    # «Om lag 26 prosent» of the young against «snaut 18 prosent» of all: a group's share may be larger
    shares = claims_context(
        {"value": 18, "unit": "percent"}, {"value": 26, "unit": "percent", "part_of": "t:c0", "subject": "unge"}
    )
    assert found(shares, "part-exceeds-whole") == []
    other_unit = claims_context({"value": 40, "unit": "NOK"}, {"value": 55, "part_of": "t:c0"})
    assert found(other_unit, "part-exceeds-whole") == []
    # «61» as a part of «fire» is a misread link, not a part larger than its whole (FAR_APART)
    far = claims_context({"value": 4}, {"value": 61, "part_of": "t:c0", "subject": "gårdsbutikker"})
    assert found(far, "part-exceeds-whole") == []
    near = claims_context({"value": 23}, {"value": 26, "part_of": "t:c0", "subject": "skadde"})
    assert found(near, "part-exceeds-whole") == [("t:c1", ("t:c0",))]


def test_part_exceeds_whole_alone_and_in_sum() -> None:
    alone = claims_context({"value": 6400}, {"value": 7000, "part_of": "t:c0", "subject": "opprørere"})
    assert found(alone, "part-exceeds-whole") == [("t:c1", ("t:c0",))]
    summed = claims_context(
        {"value": 100},
        {"value": 60, "part_of": "t:c0", "subject": "a"},
        {"value": 50, "part_of": "t:c0", "subject": "b"},
    )
    assert found(summed, "part-exceeds-whole") == [("t:c0", ("t:c1", "t:c2"))]
    # a share looks at the whole from another side than the count beside it: no term of the sum
    shared = claims_context(
        {"value": 23},
        {"value": 17, "part_of": "t:c0", "subject": "menn"},
        {"value": 11.5, "qualifier": "relative", "part_of": "t:c0", "relative_to": "t:c0", "factor": 0.5},
    )
    assert found(shared, "part-exceeds-whole") == []


def test_duplicate_claim_same_span() -> None:
    context = claims_context({"value": 3}, {"value": 3, "char_start": 0, "char_end": 1})
    assert found(context, "duplicate-claim") == [("t:c1", ("t:c0",))]


def test_unattributed_and_unconfirmed() -> None:
    context = claims_context({"value": 3}, {"value": 4, "source_id": "t:a", "unconfirmed": True})
    assert found(context, "unattributed-figure") == [("t:c0", ())]
    assert found(context, "unconfirmed-figure") == [("t:c1", ())]


def test_numbers_are_not_truncated() -> None:
    claims = frame("claims", [{**CLAIM, "claim_id": "t:c0", "value": 2.5}])
    assert claims["value"].iloc[0] == 2.5


def test_every_rule_is_documented() -> None:
    assert len(RULES) >= 20
    for rule in RULES.values():
        assert rule.id == rule.id.lower() and " " not in rule.id
        assert rule.title and len(rule.description) > 40, rule.id
        assert rule.severity in ("error", "warning", "info")


def test_seed_findings() -> None:
    """The issue's facts: the Red Cross / ministry conflict, the narrator's «Flere tusen», the
    unconfirmed 6.400; and not 3.000 vs «rundt 3.000», not the 50.000 remaining, not «fem årene»."""
    report = validate("datapackage")
    by_rule = {(f.rule, f.location.key, f.related) for f in report.findings}
    assert ("conflicting-count", f"{A}:c0.2", (f"{A}:c1.2",)) in by_rule
    assert ("unattributed-figure", f"{A}:c0.1", ()) in by_rule
    assert ("unconfirmed-figure", f"{A}:c1.2", ()) in by_rule
    conflicts = [f for f in report.findings if f.rule in ("conflicting-count", "relative-claim-mismatch")]
    involved = {k for f in conflicts for k in (f.location.key, *f.related)}
    assert not involved & {f"{A}:c3.1", f"{A}:c2.1"}
    assert not any("fem" in f.message for f in report.findings)
    assert report.valid


def test_readme_documents_every_rule() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    missing = [rule for rule in RULES if f"`{rule}`" not in readme]
    assert not missing, f"document these rules in README.md: {missing}"


def test_a_missing_column_skips_the_rules_that_need_it(tmp_path: Any) -> None:
    from validate_helpers import copy_package, read_rows, write_rows

    package = copy_package(tmp_path)
    rows = read_rows(package, "claims")
    for row in rows:
        row.pop("subject")
    write_rows(package, "claims", rows)
    report = validate(package)
    assert "table-schema" in {f.rule for f in report.findings}
    assert ("conflicting-count", "column ['subject'] is missing") in report.skipped


def test_a_share_needs_no_event_nor_do_counts_of_one_size() -> None:
    """A share names its quantity by its subject; counts with no event only when they are of one
    size (SAME_SIZE): «rundt 300» and «420» plasser are one quantity, «40» and «10» are not."""
    share = {"unit": "percent", "subject": "deltakelsen", "event": None}
    shares = claims_context({**share, "value": 71, "source_id": "t:a"}, {**share, "value": 54, "source_id": "t:b"})
    assert found(shares, "conflicting-count") == [("t:c0", ("t:c1",))]
    count = {"event": None}
    counts = claims_context({**count, "value": 40, "source_id": "t:a"}, {**count, "value": 10, "source_id": "t:b"})
    assert found(counts, "conflicting-count") == []
    near = claims_context(
        {**count, "value": 300, "qualifier": "approx", "source_id": "t:a"}, {**count, "value": 420, "source_id": "t:b"}
    )
    assert found(near, "conflicting-count") == [("t:c0", ("t:c1",))]
    ranged = claims_context(
        {**count, "value": 300, "source_id": "t:a"},
        {**count, "value_low": 500, "value_high": 700, "qualifier": "range", "source_id": "t:b"},
    )
    assert found(ranged, "conflicting-count") == []  # 600 in the middle: twice 300


def test_figures_far_apart_count_different_things() -> None:
    """Two sources' figures for one quantity more than FAR_APART (4) apart count different things:
    «To» drept on one road against «27» in the county is no conflict, «20» against «27» is, and a
    zero has no ratio, so «0» against «5» is compared as before."""
    killed = {"subject": "person", "event": "drept", "unit": "people"}

    def pair(a: float, b: float) -> list[tuple[str | None, tuple[str, ...]]]:
        context = claims_context({**killed, "value": a, "source_id": "t:a"}, {**killed, "value": b, "source_id": "t:b"})
        return found(context, "conflicting-count")

    assert pair(2, 27) == []
    assert pair(27, 2) == []
    assert pair(20, 27) == [("t:c0", ("t:c1",))]
    assert pair(7, 27) == [("t:c0", ("t:c1",))]  # 3.9 apart: still one quantity
    assert pair(0, 5) == [("t:c0", ("t:c1",))]


def _statement(number: int, paragraph: int, kind: str, speaker: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "statement_id": f"t:s{paragraph}.{number}",
        "article_id": "t",
        "paragraph": paragraph,
        "kind": kind,
        "text": extra.pop("text", "– Sitat."),
        "char_start": paragraph * 10 + number,
        "char_end": paragraph * 10 + number + 1,
        "speaker_id": speaker,
        "mention_id": None,
        "cue": None,
        "attribution": extra.pop("attribution", "explicit" if speaker else "none"),
        "evidence": "cue-after" if speaker else None,
    }


def quotes_context(*rows: dict[str, Any]) -> Context:
    return Context.from_frames({"statements": frame("statements", list(rows))}, {"t": "x" * 200}, Suite())


def test_quote_without_speaker_once_per_quote() -> None:
    context = quotes_context(
        _statement(1, 3, "direct_quote", None),
        _statement(2, 3, "direct_quote", None),
        _statement(1, 4, "narration", None),
    )
    assert found(context, "quote-without-speaker") == [("t:s3.1", ("t:s3.2",))]


@pytest.mark.parametrize(
    "named",
    [
        _statement(2, 3, "indirect", "t:x"),  # the same paragraph names a speaker
        _statement(1, 4, "indirect", "t:x", text="Det sier Kari Holm til NTB."),  # the next one points back
        _statement(1, 4, "direct_quote", "t:x"),  # the quote goes on and names its speaker
    ],
)
def test_quote_without_speaker_not_when_the_text_names_one(named: dict[str, Any]) -> None:
    assert found(quotes_context(_statement(1, 3, "direct_quote", None), named), "quote-without-speaker") == []


def test_quote_without_speaker_a_continued_quote_names_nobody_new() -> None:
    following = _statement(1, 4, "direct_quote", "t:x", attribution="continuation")
    context = quotes_context(_statement(1, 3, "direct_quote", None), following)
    assert found(context, "quote-without-speaker") == [("t:s3.1", ())]
