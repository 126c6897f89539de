"""A body's own publication gives the figures its text names no source for (resolve/publisher.py);
a newsroom's narrator stays a narrator."""

from __future__ import annotations

import pytest

from claimpack.model import ArticleTables
from claimpack.pipeline import extract_article
from claimpack.resolve.publisher import publishing_body
from tests.conftest import claim_sources, make_seed


@pytest.mark.parametrize(
    ("publisher", "expected"),
    [
        ("Statistisk sentralbyrå (SSB)", ("Statistisk sentralbyrå", "government")),  # the lexicon's kind
        ("SSB", ("SSB", "government")),
        ("Beiarn kommune", ("Beiarn kommune", "government")),  # a type noun in small letters
        ("Finnmark politidistrikt", ("Finnmark politidistrikt", "government")),
        ("Politiet", ("Politiet", "government")),  # a type noun in the definite form
        ("Sykehuset Telemark", ("Sykehuset Telemark", "organization")),
        ("Landbruksdirektoratet", ("Landbruksdirektoratet", "government")),
        ("Tromsø Havn", ("Tromsø Havn", "government")),  # a place and the type noun
        ("Moss Avis", None),  # a place and a newspaper's type noun
        # newsrooms, and names nothing says are bodies
        ("NRK", None),
        ("NRK Troms", None),
        ("Folkebladet", None),
        ("Dagens Næringsliv", None),
        ("Khrono", None),
        ("Politiforum", None),  # a magazine's title: the type noun's bare form
        ("Arbeidets Rett", None),
        ("", None),
        (None, None),
    ],
)
def test_which_publishers_are_bodies(publisher: str | None, expected: tuple[str, str] | None) -> None:
    assert publishing_body(publisher) == expected


TEXT = (
    "Ca 33 prosent av innbyggerne har fått første dose.\n\n"
    "– Vi er godt i rute, sier kommuneoverlege Kari Lund, som anslår at 400 får dosen neste uke.\n"
)


def _extract(publisher: str | None) -> ArticleTables:
    seed = make_seed(TEXT)
    seed.meta["publisher"] = publisher
    return extract_article(seed)


def test_a_bodys_own_page_gives_its_unsourced_figures() -> None:
    tables = _extract("Beiarn kommune")
    assert claim_sources(tables) == [("Ca 33 prosent", "Beiarn kommune"), ("400", "Kari Lund")]
    assert tables.claims[0].evidence == "publisher"
    assert tables.claims[1].evidence != "publisher"
    [body] = [s for s in tables.sources if s.name == "Beiarn kommune"]
    assert body.kind == "government"


def test_a_newsrooms_narrator_gives_nothing() -> None:
    tables = _extract("NRK")
    assert claim_sources(tables) == [("Ca 33 prosent", None), ("400", "Kari Lund")]
    assert tables.claims[0].evidence is None
