"""Noun phrases that name sources: canonical name, kind, role and affiliation."""

from __future__ import annotations

import pytest

from claimpack.extract.phrases import PhraseParser
from claimpack.segment.tokens import tokenize


def parse(text: str, at_start: bool = False):  # type: ignore[no-untyped-def]
    tokens = tokenize(text)
    return PhraseParser(text, 0, tokens, {0} if at_start else set()).parse(0, speaker=True)


@pytest.mark.parametrize(
    ("text", "at_start", "kind", "name", "source_kind", "role", "affiliation"),
    [
        (
            "innsatsleder Marte Rognstad i Innlandet politidistrikt til NTB.",
            False,
            "name",
            "Marte Rognstad",
            "person",
            "innsatsleder",
            "Innlandet politidistrikt",
        ),
        (
            "Marianne Gasser, sjef for Røde Kors' operasjoner i Syria, til BBC",
            False,
            "name",
            "Marianne Gasser",
            "person",
            "sjef for Røde Kors' operasjoner i Syria",
            "Røde Kors",
        ),
        (
            "UNHCRs talsperson i regionen, Jonas Eriksen, til NTB.",
            False,
            "name",
            "Jonas Eriksen",
            "person",
            "UNHCRs talsperson i regionen",
            "UNHCR",
        ),
        (
            "FNs spesialutsending til Syria, Staffan de Mistura, advarer",
            True,
            "name",
            "Staffan de Mistura",
            "person",
            "FNs spesialutsending til Syria",
            "FN",
        ),
        ("FNs flyktningorganisasjon UNHCR anslår", True, "name", "UNHCR", "organization", None, "FN"),
        (
            "Innenriksdepartementet i Merkand opplyser",
            True,
            "name",
            "Innenriksdepartementet i Merkand",
            "government",
            None,
            None,
        ),
        ("Opposisjonen i Taloria nekter", True, "group", "opposisjonen", "organization", None, None),
        ("Greske myndigheter opplyser", True, "group", "greske myndigheter", "government", None, None),
        ("den sentrale valgkommisjonen fikk", False, "group", "den sentrale valgkommisjonen", "government", None, None),
        ("den statlige TV-kanalen er", False, "group", "den statlige TV-kanalen", "media", None, None),
        ("gresk TV melder", False, "group", "gresk TV", "media", None, None),
        ("En kilde i UD sier", True, "anonymous", "en kilde i UD", "anonymous", None, None),
        ("en av observatørene til NRK.", False, "anonymous", "en av observatørene", "anonymous", None, None),
        ("Valgobservatører fra OSSE anslår", True, "name", "OSSE", "organization", "valgobservatører", None),
        ("nettselskapet Elvia.", False, "name", "Elvia", "organization", None, None),
        ("Østre Agder brannvesen til NTB.", False, "name", "Østre Agder brannvesen", "government", None, None),
        ("Meteorologisk institutt har", True, "name", "Meteorologisk institutt", "government", None, None),
        ("pensjonist Knut Haugen (74) på Nedre Sel.", False, "name", "Knut Haugen", "person", "pensjonist", None),
        ("Brann-trener Mads Eikrem mener", True, "name", "Mads Eikrem", "person", "Brann-trener", "Brann"),
        # a body's name of several words runs into the role compound
        (
            "NHO Reiseliv-sjef Kristin Krohn Devold sier",
            True,
            "name",
            "Kristin Krohn Devold",
            "person",
            "NHO Reiseliv-sjef",
            "NHO Reiseliv",
        ),
        (
            "Telenor Norge-direktør Kari Lund sier",
            True,
            "name",
            "Kari Lund",
            "person",
            "Telenor Norge-direktør",
            "Telenor Norge",
        ),
        ("Utenriksministeren oppfordrer", True, "role", "utenriksministeren", None, None, None),
        ("Klubben opplyser", True, "group", "klubben", "organization", None, None),
        ("Russland hevder", True, "name", "Russland", "country", None, None),
        ("hun", False, "pronoun", "hun", None, None, None),
        (
            "En erfaren sykepleier i Bodø, som",
            True,
            "anonymous",
            "en erfaren sykepleier i Bodø",
            "anonymous",
            None,
            None,
        ),
        ("en kilde i byen Narvik sier", False, "anonymous", "en kilde i byen Narvik", "anonymous", None, None),
        (
            "en kilde i ledelsen i Bodø kommune",
            False,
            "anonymous",
            "en kilde i ledelsen i Bodø kommune",
            "anonymous",
            None,
            None,
        ),
        ("en passasjer om bord sier", False, "anonymous", "en passasjer om bord", "anonymous", None, None),
        (
            "en kilde med kjennskap til saken sier",
            False,
            "anonymous",
            "en kilde med kjennskap til saken",
            "anonymous",
            None,
            None,
        ),
        (
            "Statens institutt for folkehelse sier",
            True,
            "name",
            "Statens institutt for folkehelse",
            "government",
            None,
            None,
        ),
        ("Norges Skiforbund opplyser", True, "name", "Norges Skiforbund", "organization", None, None),
        ("Sveriges Skolverk opplyser", True, "name", "Sveriges Skolverk", "organization", None, None),
        (
            "Norges Handikap- og Pensjonistforbund mener",
            True,
            "name",
            "Norges Handikap- og Pensjonistforbund",
            "organization",
            None,
            None,
        ),
        ("Gulljentene, Brynes supporterklubb, mener", True, "name", "Gulljentene", "organization", None, None),
        # nobody's surname is a country
        ("Sjømat Norge opplyser", True, "name", "Sjømat Norge", "organization", None, None),
        # 'og' inside a body's name that opens with an adjective; not between two people
        ("Samisk Rein og Fjell hevder", True, "name", "Samisk Rein og Fjell", "organization", None, None),
        ("Per Olsen og Kari Nordmann sier", True, "name", "Per Olsen", "person", None, None),
        # a genitive description followed by the body's acronym
        (
            "Fylkets regionale beredskapssenter, FRB2, bekrefter",
            True,
            "name",
            "Fylkets regionale beredskapssenter",
            "organization",
            None,
            None,
        ),
        # a place ending in s before a bare type noun is a name, not a genitive
        (
            "ordfører Lise Dahl i Lindesnes kommune",
            False,
            "name",
            "Lise Dahl",
            "person",
            "ordfører",
            "Lindesnes kommune",
        ),
        (
            "en sykepleier ved et sykehjem i Oslo sentrum, som ikke vil stå fram, sier",
            False,
            "anonymous",
            "en sykepleier ved et sykehjem i Oslo sentrum",
            "anonymous",
            None,
            None,
        ),
        # any person noun is an unnamed source when the clause says so; without it, nobody
        (
            "En pendler i Lofoten, som ikke vil stå fram med navn, sier",
            True,
            "anonymous",
            "en pendler i Lofoten",
            "anonymous",
            None,
            None,
        ),
    ],
)
def test_phrases(
    text: str, at_start: bool, kind: str, name: str, source_kind: str | None, role: str | None, affiliation: str | None
) -> None:
    phrase = parse(text, at_start)
    assert phrase is not None
    got = (
        phrase.kind,
        phrase.name,
        phrase.source_kind,
        phrase.role,
        phrase.affiliation.name if phrase.affiliation else None,
    )
    assert got == (kind, name, source_kind, role, affiliation)


@pytest.mark.parametrize("text", ["Det bekrefter", "Fredag formiddag kom", "Tallet er", "Evakueringen av"])
def test_not_phrases(text: str) -> None:
    """Words that open a sentence are not names just because they are capitalised."""
    assert parse(text, at_start=True) is None


def test_a_place_ordbank_lists_opens_a_name_and_describes_nothing() -> None:
    phrase = parse("Rana Metall vil bygge ut fabrikken.", True)
    assert phrase is not None and phrase.name == "Rana Metall"


def test_alias_and_gender() -> None:
    phrase = parse("Folkehelseinstituttet (FHI) opplyser", at_start=True)
    assert phrase is not None and phrase.alias == "FHI"
    assert parse("Statsminister Marit Kvalheim sier", at_start=True).gender == "f"  # type: ignore[union-attr]


def test_a_person_noun_is_a_source_only_before_a_report_or_an_anonymity_clause() -> None:
    """'En pendler i Lofoten sier': the subject of a reporting verb (as the gold files read 'en
    fisker i Henningsvær forteller'); before any other verb, no source."""
    phrase = parse("En pendler i Lofoten sier", at_start=True)
    assert phrase is not None and phrase.name == "en pendler i Lofoten"
    assert parse("En pendler i Lofoten kjører", at_start=True) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Vestfold og Telemark varsler", "Vestfold og Telemark"),
        ("Sogn og Fjordane anslår", "Sogn og Fjordane"),
        ("Oslo og Kripos opplyser", "Oslo"),  # a body of its own after 'og'
        ("Bergen og NAV opplyser", "Bergen"),  # an acronym
        ("Oslo og Kari Holm sier", "Oslo"),  # a person
        ("Oslo og Helse Vest sier", "Oslo"),  # a name that goes on
        ("Gjøvik, Ålesund og Trondheim mener", "Gjøvik, Ålesund og Trondheim"),  # a list ends on 'og'
        ("Gjøvik, Ålesund, Molde mener", "Gjøvik"),  # no 'og': no list of places
        ("Oslo, Bergen og Kari Holm sier", "Oslo"),  # a person ends no list
    ],
)
def test_two_places_joined_by_og_are_one_place(text: str, place: str) -> None:
    tokens = tokenize(text)
    end = PhraseParser(text, 0, tokens, set()).place_run(0)
    assert text[: tokens[end - 1].end] == place


def test_a_noun_after_a_name_and_a_verb_before_it_is_an_object() -> None:
    text = "Nå krever Redningsselskapet tiltak."
    tokens = tokenize(text, 0)
    phrase = PhraseParser(text, 0, tokens, {0}, frozenset()).parse(2, speaker=True)
    assert phrase is not None and phrase.name == "Redningsselskapet"
    text = "Ingen ble skadd, anslår Grenland brann og redning."  # closing a quote: the field is the name's
    tokens = tokenize(text, 0)
    phrase = PhraseParser(text, 0, tokens, {0}, frozenset()).parse(5, speaker=True)
    assert phrase is not None and phrase.name == "Grenland brann og redning"


@pytest.mark.parametrize(
    ("text", "at", "name"),
    [
        ("Rundt 300 hektar er svidd av, ifølge Haugaland brann og redning.", 8, "Haugaland brann og redning"),
        ("Ifølge Grenland brann og redning har 40 hus brent.", 1, "Grenland brann og redning"),
        ("Ifølge Kari Berg har 40 hus brent.", 1, "Kari Berg"),  # a person's name takes no field
    ],
)
def test_ifolge_makes_the_nouns_after_a_name_the_bodys(text: str, at: int, name: str) -> None:
    tokens = tokenize(text, 0)
    phrase = PhraseParser(text, 0, tokens, {0}, frozenset()).parse(at, speaker=True)
    assert phrase is not None and phrase.name == name


@pytest.mark.parametrize(
    ("text", "at", "name"),
    [
        ("Det opplyser Nidaros bispedømme til NTB.", 2, "Nidaros bispedømme"),  # 'Nidaros' owns nothing
        ("Det opplyser Nidaros bispedømme.", 2, "Nidaros bispedømme"),
        ("Det krever Oslo kommune penger til NTB.", 2, "Oslo kommune"),  # its type noun closes a name
        ("Søndre Frogn vel sier at mange har klaget.", 0, "Søndre Frogn vel"),  # 'vel': a noun and an adverb
        ("Lesja sau og geit mener staten må betale.", 0, "Lesja sau og geit"),  # 'sau': a noun and a verb
    ],
)
def test_nouns_after_a_name_are_the_bodys_before_its_verb_or_after_det_and_the_verb(
    text: str, at: int, name: str
) -> None:
    tokens = tokenize(text, 0)
    phrase = PhraseParser(text, 0, tokens, {0}, frozenset()).parse(at, speaker=True)
    assert phrase is not None and phrase.name == name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Helse Nord-Trøndelag opplyser at 90 senger flyttes.", "organization"),  # 'helse' is only a noun
        ("Innovasjon Norge opplyser at 90 søkte.", "organization"),
        ("Bjørn Lie opplyser at 90 søkte.", "person"),  # 'bjørn' is a noun and a first name
    ],
)
def test_a_name_opening_on_a_common_noun_is_a_bodys(text: str, kind: str) -> None:
    tokens = tokenize(text, 0)
    phrase = PhraseParser(text, 0, tokens, {0}, frozenset()).parse(0, speaker=True)
    assert phrase is not None and phrase.source_kind == kind


def test_a_place_after_a_described_company_is_where_it_is_not_its_name() -> None:
    """'Rederiet Nordvestfangst i Ålesund' is Nordvestfangst, as 'Nordvestfangst i Ålesund' is: the
    noun before the name says what it is; only a name's own type takes the place ('Havnevesenet i
    Narvik')."""
    assert parse("Rederiet Nordvestfangst i Ålesund har kjøpt en kvote.", at_start=True).name == "Nordvestfangst"
    assert parse("Havnevesenet i Narvik har kjøpt en kvote.", at_start=True).name == "Havnevesenet i Narvik"
