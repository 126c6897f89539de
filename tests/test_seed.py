"""The seed article: the facts the project exists to state, and a golden snapshot of its package.

The snapshot is a readable projection (one line per row) so a review sees what changed in words.
Refresh it after an intended extractor change with `CLAIMPACK_UPDATE_GOLDEN=1 pytest tests/test_seed.py`
and read the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimpack.model import ArticleTables
from claimpack.pipeline import extract_article
from claimpack.read import read_seed

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "000_ce1b982170328aa1.txt"
SHARED_SEED = ROOT.parent / "shared" / "seeds" / SEED_PATH.name
GOLDEN = ROOT / "tests" / "data" / "golden" / "seed.txt"


@pytest.fixture(scope="module")
def tables() -> ArticleTables:
    return extract_article(read_seed(SEED_PATH, ROOT))


def _names(tables: ArticleTables) -> dict[str | None, str | None]:
    return {None: None} | {s.source_id: s.name for s in tables.sources}


def _claims(tables: ArticleTables) -> dict[str, tuple]:
    """claim text -> (value, qualifier, subject, event, source name, unconfirmed)."""
    names = _names(tables)
    return {
        c.text: (c.value, c.qualifier, c.subject, c.event, names[c.source_id], c.unconfirmed) for c in tables.claims
    }


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="../shared/seeds is not beside the checkout")
def test_seed_is_byte_identical_to_the_shared_copy() -> None:
    assert SEED_PATH.read_bytes() == SHARED_SEED.read_bytes()


def test_metadata_is_known_or_null(tables: ArticleTables) -> None:
    article = tables.article
    assert (article.language, str(article.published)) == ("nb", "2016-12-16")
    assert (article.title, article.publisher, article.url, article.authors) == (None, None, None, None)


def test_red_cross_confirms_3000_and_russia_says_twice_that(tables: ArticleTables) -> None:
    by_id = {c.claim_id: c for c in tables.claims}
    names = _names(tables)
    red_cross = next(c for c in tables.claims if names[c.source_id] == "Røde Kors")
    assert (red_cross.value, red_cross.qualifier, red_cross.event) == (3000, "exact", "evakuert")
    russia = next(c for c in tables.claims if names[c.source_id] == "Russland")
    assert (russia.qualifier, russia.factor, russia.value) == ("relative", 2, 6000)
    assert by_id[russia.relative_to] is red_cross


def test_ministry_says_3000_of_6400_are_rebels_unconfirmed(tables: ArticleTables) -> None:
    names = _names(tables)
    ministry = [c for c in tables.claims if names[c.source_id] == "det russiske forsvarsdepartementet"]
    part, whole = ministry
    assert (part.value, part.subject, whole.value, whole.event) == (3000, "opprører", 6400, "evakuert")
    assert part.part_of == whole.claim_id
    assert part.unconfirmed and whole.unconfirmed


def test_un_estimates_over_50000_civilians_remain(tables: ArticleTables) -> None:
    assert _claims(tables)["over 50.000"] == (50000, "more_than", "sivile", "igjen", "FN", False)


def test_gasser_says_around_3000_civilians_and_40_wounded(tables: ArticleTables) -> None:
    claims = _claims(tables)
    assert claims["Rundt 3.000"][:2] == (3000, "approx") and claims["Rundt 3.000"][4] == "Marianne Gasser"
    assert claims["40"][0] == 40 and claims["40"][2] == "sårede" and claims["40"][4] == "Marianne Gasser"
    gasser = next(s for s in tables.sources if s.name == "Marianne Gasser")
    assert gasser.role == "sjef for Røde Kors' operasjoner i Syria"
    assert _names(tables)[gasser.affiliation_id] == "Røde Kors"


def test_narrator_gives_flere_tusen_without_source(tables: ArticleTables) -> None:
    claim = _claims(tables)["Flere tusen"]
    assert claim[1] == "vague" and claim[4] is None
    vague = next(c for c in tables.claims if c.text == "Flere tusen")
    assert (vague.value, vague.value_low, vague.value_high) == (None, 2000, 9999)


def test_no_duration_is_a_count(tables: ArticleTables) -> None:
    assert not any("fem" in c.text for c in tables.claims)


def test_two_photos_with_credits(tables: ArticleTables) -> None:
    credits = [(i.label, i.photographer, i.agency) for i in tables.images]
    assert credits == [("KAN TA DAGER", "Omar Sanadiki", "Reuters"), ("VENTER", "Omar Haj Kadour", "AFP")]


def test_every_quote_has_a_speaker(tables: ArticleTables) -> None:
    names = _names(tables)
    quotes = {s.paragraph: names[s.speaker_id] for s in tables.statements if s.kind == "direct_quote"}
    assert quotes == {3: "Marianne Gasser", 10: "John Kerry", 11: "John Kerry"}
    headings = [s for s in tables.statements if s.kind == "heading"]
    assert [h.speaker_id for h in headings] == [None, None]


def test_weekdays_resolve_from_publication(tables: ArticleTables) -> None:
    assert {d.text.lower(): str(d.date) for d in tables.dates} == {"torsdag": "2016-12-15", "fredag": "2016-12-16"}


def _snapshot(tables: ArticleTables) -> str:
    names = _names(tables)
    lines = [f"article {tables.article.article_id} {tables.article.language} {tables.article.published}"]
    lines += [f"source {s.name!r} {s.kind} role={s.role!r} of={names.get(s.affiliation_id)!r}" for s in tables.sources]
    lines += [
        f"statement p{s.paragraph} {s.kind} {s.attribution} cue={s.cue!r} speaker={names[s.speaker_id]!r} "
        f"[{s.char_start}:{s.char_end}]"
        for s in tables.statements
    ]
    lines += [
        f"claim {c.claim_id.split(':')[1]} {c.text!r} value={c.value} [{c.value_low}, {c.value_high}] "
        f"{c.qualifier} unit={c.unit} subject={c.subject!r} event={c.event!r} source={names[c.source_id]!r} "
        f"part_of={c.part_of and c.part_of.split(':')[1]} relative_to={c.relative_to and c.relative_to.split(':')[1]} "
        f"factor={c.factor} unconfirmed={c.unconfirmed} [{c.char_start}:{c.char_end}]"
        for c in tables.claims
    ]
    lines += [
        f"image p{i.paragraph} {i.label!r} {i.photographer!r} {i.agency!r} caption={i.caption!r}" for i in tables.images
    ]
    lines += [f"date p{d.paragraph} {d.text!r} {d.date} {d.relation}" for d in tables.dates]
    return "\n".join(lines) + "\n"


def test_golden_snapshot(tables: ArticleTables) -> None:
    actual = _snapshot(tables)
    if os.environ.get("CLAIMPACK_UPDATE_GOLDEN"):
        GOLDEN.write_text(actual, "utf-8")
    assert actual == GOLDEN.read_text("utf-8"), "extraction changed; see the module docstring"
