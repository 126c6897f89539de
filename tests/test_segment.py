"""Blocks and sentences keep every offset into the seed."""

from __future__ import annotations

import pytest

from claimpack.segment import split_blocks, split_sentences, tokenize

ARTICLE = (
    "Første avsnitt her. Andre setning.\n\n"
    "– Barbarisk brutalitet\n\n"
    "KAN TA DAGER: Ambulanser kjører. Foto: Omar Sanadiki , Reuters\n\n\n\n"
    "STREIKEVAKT: Ansatte demonstrerte fredag.\n\n"
    "Kjøres ut av byen\n\n"
    "– Det er kaos. Folk ropte, sier hun.\n"
)


def test_blocks_kinds_and_offsets() -> None:
    blocks = split_blocks(ARTICLE)
    assert [b.kind for b in blocks] == ["paragraph", "heading", "caption", "caption", "heading", "paragraph"]
    assert [b.index for b in blocks] == list(range(6))
    for block in blocks:
        assert ARTICLE[block.start : block.end] == block.text


def test_several_blank_lines_are_one_separator() -> None:
    assert len(split_blocks("a b c.\n\n\n\n\nd e f.\n")) == 2


def test_whitespace_only_lines_separate_blocks() -> None:
    assert len(split_blocks("Første avsnitt.\n   \nAndre avsnitt.")) == 2


def test_dash_quote_block() -> None:
    blocks = split_blocks(ARTICLE)
    assert blocks[5].is_dash_quote and not blocks[1].is_dash_quote  # a heading is never a quote


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Det koster ca. 1,1 millioner. Han sier nei.", 2),
        ("Streiken startet 3. mars. Da ble 1.300 tatt ut.", 2),
        ("Han sa: «Vi kommer. Vi blir.» Så gikk han.", 2),
        ("– Vi har evakuert 340 personer. Alt skjedde fort, sier X.", 2),
        ("Ifølge f.eks. NRK er det slik. Dette er nytt.", 2),
        ("Konflikten har pågått siden 2019. FN anslår mye.", 2),
        ("Sjefen J. Hansen sier nei.", 1),
    ],
)
def test_sentences(text: str, count: int) -> None:
    [block] = split_blocks(text)
    sentences = split_sentences(block)
    assert len(sentences) == count
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_tokens_keep_compounds_and_genitives() -> None:
    words = [t.text for t in tokenize("Røde Kors' folk i Øst-Aleppo: 3.000 og 1,5 al-Assad")]
    assert words == ["Røde", "Kors'", "folk", "i", "Øst-Aleppo", ":", "3.000", "og", "1,5", "al-Assad"]


def test_sites_and_codes_are_one_token() -> None:
    words = [t.text for t in tokenize("Ifølge Finn.no og NC3 er E18 stengt.")]
    assert words == ["Ifølge", "Finn.no", "og", "NC3", "er", "E18", "stengt", "."]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hun understreker at skolen trenger 14 nye lærere", "paragraph"),  # a sentence whose full stop was lost
        ("Slik svarer kommunen", "heading"),
        ("Dette sier de at de vil gjøre", "heading"),  # 'sier' then 'de', not 'at'
        ("• 536 tonn i fisket etter hyse nord for 62°N", "paragraph"),  # a list item, no heading
        ("– 536 tonn i fisket etter hyse", "paragraph"),
        ("– Vi er glade", "heading"),  # a quote as a heading: a dash before words, not a number
    ],
)
def test_a_reporting_verb_and_its_at_clause_make_no_heading(text: str, kind: str) -> None:
    assert [b.kind for b in split_blocks(text + "\n")] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("TRAVELT: En pleier på vei inn til en beboer ved et sykehjem.", "caption"),  # no credit, one sentence
        ("I KØ: Bilene sto stille i to timer. Foto: Kari Holm / NTB", "caption"),  # credited
        # a section's kicker before a paragraph of several sentences
        ("HAVBRUK: Eksporten økte med 9 prosent i fjor, ifølge sjømatrådet. Laksen sto for det meste.", "paragraph"),
        # several sentences that only say what the picture shows: a caption with no credit
        ("UTSATT: Sau på sommerbeite i Lesja. Jerven har slått hardt til i området.", "caption"),
        ("VENTER PÅ GIVERE: Tomme stoler ved St. Olavs hospital mandag.", "caption"),
    ],
)
def test_a_label_before_several_sentences_with_no_credit_is_a_kicker(text: str, kind: str) -> None:
    assert [b.kind for b in split_blocks(text + "\n")] == [kind]


def test_only_the_opening_block_has_a_dateline() -> None:
    """'BARDUFOSS: Antall passasjerer …' opens a story; the same shape further down is a caption
    with no credit ('GULLJUBEL: …', a word no dictionary knows)."""
    text = (
        "BARDUFOSS: Antall passasjerer økte med 7,6 prosent i fjor, ifølge Avinor.\n\n"
        "GULLJUBEL: Laget feiret med publikum etter finalen søndag.\n"
    )
    assert [b.kind for b in split_blocks(text)] == ["paragraph", "caption"]


@pytest.mark.parametrize(
    ("word", "acronym"),
    [
        ("FN", True),
        ("NRKs", True),
        ("UiA", True),
        ("HiOA", True),
        ("Nifu", False),
        ("Oslo", False),
        ("McDonalds", False),
    ],
)
def test_acronyms_include_short_mixed_case_ones(word: str, acronym: bool) -> None:
    assert tokenize(word)[0].is_acronym is acronym


def test_a_line_that_opens_with_a_dash_opens_a_sentence() -> None:
    """'- 40 nye plasser' / '- 12 millioner kroner': each item of a list is a sentence of its own."""
    block = split_blocks("- 40 nye plasser i barnehagene\n- 12 millioner kroner til skolene\n")[0]
    assert [s.text for s in split_sentences(block)] == [
        "- 40 nye plasser i barnehagene",
        "- 12 millioner kroner til skolene",
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a dateline opens the text, or the paragraph after the title line
        ("GRONG: Det endte som en stor sak, skriver avisa.\n", ["paragraph"]),
        ("Fant 5,5 kilo\n\nGRONG: Det endte som en stor sak, skriver avisa.\n", ["heading", "paragraph"]),
        # but later in the text such a label is a caption's
        ("Første avsnitt her. Andre setning.\n\nGRONG: Det endte som en stor sak.\n", ["paragraph", "caption"]),
        # after a title and a lead, a place's name opens the body as its dateline
        (
            "Brannvesenet rykket ut\n\nEtaten hadde 14.000 oppdrag i fjor.\n\nOSLO: De rykker ut til mange oppdrag.\n",
            ["heading", "paragraph", "paragraph"],
        ),
        # a title may be a long quote with no full stop, read as a paragraph
        (
            "– Jobben vår er å redde liv og verdier, uansett hva det måtte være\n\n"
            "Etaten hadde 14.000 oppdrag i fjor.\n\nOSLO: De rykker ut.\n",
            ["paragraph", "paragraph", "paragraph"],
        ),
        # a word no dictionary knows there is still a caption's label
        (
            "Brannvesenet rykket ut\n\nEtaten hadde 14.000 oppdrag i fjor.\n\nGULLJUBEL: Laget feiret.\n",
            ["heading", "paragraph", "caption"],
        ),
    ],
)
def test_a_dateline_after_the_title_line(text: str, kinds: list[str]) -> None:
    assert [b.kind for b in split_blocks(text)] == kinds


def test_pr_before_a_date_ends_no_sentence() -> None:
    """'pr. 1. april' (per): the stop after 'pr' is an abbreviation's."""
    [block] = split_blocks("Det vil si at folketallet i Norge pr. 1. april var 5 302 778. Det er mye.")
    assert len(split_sentences(block)) == 2
