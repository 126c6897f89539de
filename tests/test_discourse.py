"""Speakers across sentences (claimpack/resolve/discourse.py): one test per rule, on new text."""

from __future__ import annotations

import pytest

from tests.conftest import claim_sources, extract, speakers


def test_det_opplyser_points_back_to_the_sentences_before_it() -> None:
    text = (
        "Fiskebåtrederiet Havbris fikk et overskudd på 44 millioner kroner i fjor, mot 12 millioner året før. "
        "Det opplyser rederiet i en børsmelding.\n"
    )
    assert claim_sources(extract(text)) == [("44 millioner kroner", "Havbris"), ("12 millioner", "Havbris")]


def test_det_sier_opening_a_paragraph_names_the_paragraph_before() -> None:
    text = "Brannvesenet fikk 31 meldinger om pipebrann i helgen.\n\nDet opplyser Brannvesenet Sør til NTB.\n"
    assert claim_sources(extract(text)) == [("31", "Brannvesenet Sør")]


def test_det_points_back_only_over_statements_with_no_speaker() -> None:
    text = "Politiet anslår at 200 var til stede. Arrangøren talte 500 deltakere. Det opplyser festivalen til NRK.\n"
    assert claim_sources(extract(text)) == [("200", "politiet"), ("500", "festivalen")]


def test_a_report_carries_on_in_its_paragraph() -> None:
    text = (
        "Elbilene tar over norske veier.\n\n"
        "Ifølge Statistisk sentralbyrå ble det solgt 41 200 elbiler i fjor. Det er 3 100 flere enn året før, "
        "og andelen nådde 82 prosent.\n\n"
        "Salget av dieselbiler falt til 2 300.\n"
    )
    assert claim_sources(extract(text)) == [
        ("41 200", "Statistisk sentralbyrå"),
        ("3 100", "Statistisk sentralbyrå"),
        ("82 prosent", "Statistisk sentralbyrå"),
        ("2 300", None),  # a new paragraph with no source is the narrator's
    ]


@pytest.mark.parametrize(
    "comparison",
    [
        "Høgskolen i Molde fikk til sammenligning 31 millioner kroner.",
        "Til sammenligning fikk Høgskolen i Molde 31 millioner kroner.",
    ],
)
def test_a_figure_set_beside_the_report_for_comparison_is_the_narrators(comparison: str) -> None:
    """'til sammenligning': the reporter brings in a figure of another thing beside the report's."""
    text = f"Nord universitet fikk 52 millioner kroner, skriver Avisa Nordland.\n\n{comparison}\n"
    assert claim_sources(extract(text)) == [("52 millioner kroner", "Avisa Nordland"), ("31 millioner kroner", None)]


def test_a_sentence_that_ranks_the_figure_before_gives_it_its_source() -> None:
    """'Dette er det høyeste … ifølge SSB' with a figure of its own: SSB gave the figure it ranks."""
    text = (
        "I mai var det 3,1 millioner overnattinger på hotellene i landet. Dette er det høyeste maitallet "
        "som er målt, og 2,4 prosent mer enn i fjor, ifølge SSB.\n"
    )
    assert claim_sources(extract(text)) == [("3,1 millioner", "SSB"), ("2,4 prosent", "SSB")]


def test_dermed_opens_the_reporters_own_reckoning() -> None:
    """'Dermed …': what follows from the figures given, worked out by the reporter, as 'Med andre ord'."""
    text = (
        "Forbundet opplyser at 640 er i streik, og at 310 til tas ut fredag. Dermed vil nesten 1.000 være i streik.\n"
    )
    assert claim_sources(extract(text)) == [("640", "forbundet"), ("310", "forbundet"), ("nesten 1.000", None)]


def test_a_sentence_with_a_time_of_its_own_is_the_narrators() -> None:
    text = "Forbundet opplyser at 900 er i streik nå. Da streiken startet i mai, ble 400 tatt ut.\n"
    assert claim_sources(extract(text)) == [("900", "forbundet"), ("400", None)]


def test_a_sentence_on_what_another_public_body_did_is_the_narrators() -> None:
    text = (
        "Politiet opplyser at 14 personer er evakuert fra boligfeltet. Politiet har også stengt 3 veier. "
        "Forsvaret har sendt to helikoptre til området.\n\n"
        "Mattilsynet opplyser at 40 dyr er flyttet. Etaten har kontrollert 12 gårder i kommunen.\n"
    )
    assert claim_sources(extract(text)) == [
        ("14", "politiet"),
        ("3", "politiet"),  # the source itself goes on
        ("to", None),  # what Forsvaret did, in the narrator's words
        ("40", "Mattilsynet"),
        ("12", "Mattilsynet"),  # 'Etaten' is Mattilsynet
    ]


@pytest.mark.parametrize(
    ("second", "source"),
    [
        # another person, named by a role alone, did it: the narrator tells of it
        ("Aktor hadde lagt ned påstand om inndragning av 1,6 millioner kroner.", None),
        ("Ordføreren har satt av 2 millioner kroner til saken.", None),
        # the court itself goes on
        ("Retten la vekt på at 1,6 millioner kroner var betalt tilbake.", "tingretten"),
    ],
)
def test_a_sentence_on_what_a_role_did_is_the_narrators(second: str, source: str | None) -> None:
    text = f"Ifølge tingretten må mannen tåle inndragning av 1,2 millioner kroner. {second}\n"
    assert claim_sources(extract(text))[1][1] == source


def test_a_report_goes_on_past_the_narrators_remark_on_it() -> None:
    text = (
        "Det er registrert 41 tilfeller av kikhoste i Bodø, opplyser Folkehelseinstituttet. "
        "Det er det høyeste tallet på ti år. Tolv av de smittede er spedbarn.\n\n"
        "Ambulansetjenesten fikk 900 oppdrag i fjor, opplyser Helse Nord.\n\n"
        "Samtidig blir det færre leger. Kommunen har 14 ledige stillinger.\n"
    )
    assert claim_sources(extract(text)) == [
        ("41", "Folkehelseinstituttet"),
        ("Tolv", "Folkehelseinstituttet"),  # past 'Det er …', a remark on the report
        ("900", "Helse Nord"),
        ("14", None),  # 'Samtidig blir det færre leger' opens a matter of its own
    ]


def test_a_quote_does_not_carry_on_into_narration() -> None:
    text = "– Vi har fått 60 nye medlemmer, sier leder Ida Berg. Klubben har nå 800 medlemmer.\n"
    assert claim_sources(extract(text))[1] == ("800", None)


@pytest.mark.parametrize(
    "opening",
    [
        "Det er 1 400 flere enn i fjor.",
        "Det tilsvarer 1 400 flere enn i fjor.",
        "Av dem var 1 400 elbiler.",
        "Av bilene var 1 400 elbiler.",
        "Halvparten av dem, 1 400, var elbiler.",
        "Blant dem var 1 400 elbiler.",
    ],
)
def test_a_paragraph_that_opens_on_the_figures_before_carries_their_source(opening: str) -> None:
    text = (
        "Bilsalget tok seg opp i vår.\n\n"  # a lead with no report: the rule below is the one at work
        f"Ifølge Opplysningsrådet for veitrafikken ble det registrert 2 800 nye biler i mars.\n\n{opening}\n"
    )
    assert claim_sources(extract(text))[-1][1] == "Opplysningsrådet for veitrafikken"


def test_a_paragraph_that_says_what_there_is_does_not_open_on_the_figures_before() -> None:
    text = (
        "Bilsalget tok seg opp i vår.\n\n"
        "Ifølge Opplysningsrådet for veitrafikken ble det registrert 2 800 nye biler i mars.\n\n"
        "Det er rundt 180 000 elbiler i Norge.\n"
    )
    assert claim_sources(extract(text))[-1] == ("rundt 180 000", None)


def test_a_paragraph_that_opens_on_something_else_is_the_narrators() -> None:
    text = (
        "Bilsalget tok seg opp i vår.\n\n"
        "Ifølge Opplysningsrådet for veitrafikken ble det registrert 2 800 nye biler i mars.\n\n"
        "Bilene i Oslo kjørte i snitt 1 400 mil.\n\n"
        "Ingeniørene fikk nye maskiner.\n\n"
        "Av dem var 30 nye.\n"
    )
    assert claim_sources(extract(text))[1:] == [("1 400 mil", None), ("30", None)]


def test_a_sentence_that_opens_on_the_figure_before_gives_it_its_source() -> None:
    text = (
        "Til sammen 92 mennesker omkom i trafikken i fjor. Det er 18 færre enn året før, opplyser Statens vegvesen.\n"
    )
    assert claim_sources(extract(text)) == [("92", "Statens vegvesen"), ("18", "Statens vegvesen")]


def test_a_source_named_at_the_end_of_a_paragraph_gave_its_figures_before() -> None:
    text = (
        "Partiet går fram på ny måling.\n\n"
        "Byrået intervjuet 1 002 personer i mai. Feilmarginen er 3,1 prosentpoeng, opplyser Norfakta.\n\n"
        "Oppslutningen var 12 prosent i mars. Resten er usikre, ifølge Norfakta.\n"
    )
    assert claim_sources(extract(text)) == [
        ("1 002", "Norfakta"),
        ("3,1 prosentpoeng", "Norfakta"),
        ("12 prosent", None),  # 'ifølge X' at the end covers its own sentence only
    ]


def test_the_paragraph_after_a_reported_lead_is_the_narrators_unless_it_goes_on_with_it() -> None:
    lead = "Kystverket fjernet 212 tonn marint avfall fra strendene i Nordland i fjor, opplyser etaten.\n\n"
    text = lead + "Plasten utgjorde 71 prosent av avfallet, og frivillige samlet inn 38 tonn.\n"
    # no source named: the narrator's, as the dev corpus reads it (a source is not guessed)
    assert claim_sources(extract(text)) == [("212 tonn", "Kystverket"), ("71 prosent", None), ("38 tonn", None)]
    opens_on = lead + "Av avfallet var 71 prosent plast.\n\nI tillegg samlet frivillige inn 38 tonn.\n"
    assert claim_sources(extract(opens_on))[1] == ("71 prosent", "Kystverket")  # 'Av avfallet …': its figures
    adds = lead + "I tillegg samlet frivillige inn 38 tonn.\n"
    assert claim_sources(extract(adds))[1] == ("38 tonn", "Kystverket")  # 'I tillegg …' adds to the report
    counted = "Skolene er stengt.\n\nDet er registrert 41 tilfeller, opplyser FHI.\n\nTolv av tilfellene er spedbarn.\n"
    assert claim_sources(extract(counted))[1] == ("Tolv", "FHI")  # counts out of what the report counted


def test_the_paragraph_after_a_lead_keeps_its_own_time_and_its_own_source() -> None:
    text = (
        "Kystverket fjernet 212 tonn marint avfall fra strendene i Nordland i fjor, opplyser etaten.\n\n"
        "Da ryddeaksjonen startet i 2019, ble det fjernet 90 tonn.\n"
    )
    assert claim_sources(extract(text))[1:] == [("90 tonn", None)]
    quoted = "– Vi fant 212 tonn avfall, sier Kari Lie.\n\nFiskerne leverte 14 tonn garn.\n"
    assert claim_sources(extract(quoted))[1:] == [("14 tonn", None)]  # a quote does not carry into narration


def test_the_paragraph_after_a_lead_that_only_takes_a_stance_is_the_narrators() -> None:
    text = (
        "Bystyret i Gjøvik vedtok onsdag å stenge bassenget i Hunndalen. Svømmeklubben varsler protester.\n\n"
        "Det tilsvarer 38.000 besøk i året.\n"
    )
    assert claim_sources(extract(text)) == [("38.000", None)]  # a stance has no report to go on with
    reported = text.replace("varsler protester", "mener at 40.000 bruker bassenget")
    assert claim_sources(extract(reported))[1] == ("38.000", "Svømmeklubben")


def test_an_interviewers_question_between_quotes_is_the_reporters() -> None:
    text = (
        "– Vi har 40 ansatte nå, sier daglig leder Kari Holm.\n\n"
        "– Men har dere ikke sagt opp 12 i år?\n\n"
        "– Jo, og vi må kutte 5 til.\n"
    )
    article = extract(text)
    assert claim_sources(article) == [("40", "Kari Holm"), ("12", None), ("5", "Kari Holm")]
    assert speakers(article) == {0: {"Kari Holm"}, 2: {"Kari Holm"}}
    # a speaker's own question, with nothing quoted after it, stays the speaker's
    asked = "– Vi har 40 ansatte nå, sier daglig leder Kari Holm.\n\n– Hvem skal betale for 12 nye?\n"
    assert claim_sources(extract(asked)) == [("40", "Kari Holm"), ("12", "Kari Holm")]


def test_det_sa_corrects_a_quote_carried_on_from_the_paragraph_before() -> None:
    text = (
        "– Dette er det største beslaget noensinne, sa politimester Per Hansen til NTB.\n\n"
        "– Vi fant over 1000 kilo kokain i containeren.\n\n"
        "Det sa Grete Metlid i Oslo-politiet torsdag.\n"
    )
    assert claim_sources(extract(text)) == [("over 1000 kilo", "Grete Metlid")]


def test_a_request_gives_no_figures_to_the_next_sentence() -> None:
    text = "Politiet ber bilister unngå området. Veien er stengt på en strekning på tre kilometer.\n"
    assert claim_sources(extract(text)) == [("tre kilometer", None)]


def test_the_paragraph_after_a_lead_goes_on_with_its_report_past_a_sentence_with_no_figures() -> None:
    text = (
        "Ledigheten falt til 2,1 prosent i mars, ifølge Nav. Det er det laveste nivået siden 2008.\n\n"
        "Det tilsvarer 61.000 helt ledige.\n"
    )
    assert claim_sources(extract(text)) == [("2,1 prosent", "Nav"), ("61.000", "Nav")]


def test_a_judgement_closing_a_paragraph_claims_no_figure_before_it() -> None:
    text = "I mai ble 9.000 bilister tatt i fartskontroll. Det er for mange, mener Kari Holm i politiet.\n"
    assert claim_sources(extract(text)) == [("9.000", None)]


def test_a_closing_source_that_gives_a_figure_of_its_own_gave_those_before() -> None:
    text = "Byrået intervjuet 801 personer. Feilmarginen er 3,5 prosentpoeng, mener Respons Analyse.\n"
    assert claim_sources(extract(text)) == [("801", "Respons Analyse"), ("3,5 prosentpoeng", "Respons Analyse")]


def test_a_paragraph_that_adds_to_the_report_before_it_is_its_sources() -> None:
    text = (
        "Retten i Oslo behandler saken.\n\n"
        "Ifølge tiltalen skal mannen ha unndratt 22 millioner kroner i skatt.\n\n"
        "I tillegg er han tiltalt for å ha lurt to banker for 16,6 millioner kroner.\n"
    )
    assert claim_sources(extract(text)) == [
        ("22 millioner kroner", "tiltalen"),
        ("to", "tiltalen"),
        ("16,6 millioner kroner", "tiltalen"),
    ]


def test_a_quote_cut_into_paragraphs_is_the_speaker_named_in_the_next() -> None:
    text = (
        "– Trygghet og tillit henger tett sammen. Vi jobber godt.\n\n"
        "– Dette er en positiv utvikling, sier politimester Arne Hammer.\n"
    )
    assert speakers(extract(text)) == {0: {"Arne Hammer"}, 1: {"Arne Hammer"}}
    # a quote paragraph before narration, or before a quote with no speaker, keeps none
    lone = "– Dette er galt.\n\nSaken er ikke avgjort ennå.\n"
    assert speakers(extract(lone)) == {}
    # an interviewer's question is not the answer's speaker's
    asked = "– Det har vært en tøff sesong?\n\n– Ja, 40 druknet i år, forklarer Solfrid Bøe.\n"
    assert speakers(extract(asked)) == {1: {"Solfrid Bøe"}}


def test_a_paragraph_that_says_with_the_reports_verb_what_it_says_of_others_goes_on_with_it() -> None:
    text = (
        "Høyre går fram i Bergen.\n\n"
        "Ifølge en ny måling Norstat har gjort for NRK, får Høyre 26,4 prosent.\n\n"
        "Arbeiderpartiet får 19,8 prosent, mens Fremskrittspartiet får 15,2 prosent.\n\n"
        "SV får 9,1 prosent, Rødt 7,0 og MDG 6,2 prosent.\n\n"
        "Høyre er fortsatt største parti med 26,1 prosent.\n"
    )
    assert claim_sources(extract(text)) == [
        ("26,4 prosent", "Norstat"),
        ("19,8 prosent", "Norstat"),
        ("15,2 prosent", "Norstat"),
        ("9,1 prosent", "Norstat"),
        ("7,0", "Norstat"),
        ("6,2 prosent", "Norstat"),
        ("26,1 prosent", None),  # no verb of the report's: the narrator's
    ]
    # the same word as a noun in the report is no verb of it
    other = (
        "Høyre går fram i Bergen.\n\n"
        "Departementet opplyser at det vurderer ordningen med statlig kjøp av flyruter.\n\n"
        "Staten kjøper i dag flytjenester på 30 ruter.\n"
    )
    assert claim_sources(extract(other)) == [("30", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph that counts out of what the report before counted
        (
            "Asylsøkerne blir færre.\n\n"
            "I år er det registrert 2 880 asylsøknader, opplyser UDI.\n\n"
            "Ukrainere er den største gruppen: 1 940 av søknadene kom fra Ukraina.\n",
            [("2 880", "UDI"), ("1 940", "UDI")],
        ),
        # one that opens among those the report counted
        (
            "Streiken trappes opp.\n\n"
            "Ifølge forbundet er 8.400 medlemmer i streik.\n\n"
            "Blant de hardest rammede er Nav, der rundt 2.300 er i streik.\n",
            [("8.400", "forbundet"), ("rundt 2.300", "forbundet")],
        ),
        # a count out of something the report did not count is the narrator's
        (
            "Asylsøkerne blir færre.\n\n"
            "I år er det registrert 2 880 asylsøknader, opplyser UDI.\n\n"
            "Kommunen har 40 plasser, og 12 av plassene står tomme.\n",
            [("2 880", "UDI"), ("40", None), ("12", None)],
        ),
    ],
)
def test_a_paragraph_that_counts_out_of_the_report_before_goes_on_with_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert claim_sources(extract(text)) == expected


def test_a_sentence_ranking_the_figure_before_gives_it_its_ifolge() -> None:
    """'Det er det høyeste antallet som er registrert, ifølge FHI.' ranks the figure before it and
    names who counted it; 'Det er alvorlig, ifølge FHI' only judges it."""
    ranked = "Agder har hatt 58 tilfeller av TBE i år. Det er det høyeste antallet som er registrert, ifølge FHI.\n"
    judged = "Agder har hatt 58 tilfeller av TBE i år. Det er alvorlig, ifølge FHI.\n"
    assert claim_sources(extract(ranked)) == [("58", "FHI")]
    assert claim_sources(extract(judged)) == [("58", None)]


def test_a_sentence_on_what_another_source_has_is_the_narrators() -> None:
    """'Matnær har i dag 212 butikker' after Distriktssenteret's report on shops: Matnær, a source
    of its own, is the subject, so the sentence is the narrator's, though it counts shops too."""
    text = (
        "Kjeden Matnær skal åpne 18 nye butikker, opplyser Matnær.\n\n"
        "Distriktssenteret anslår at minst 40 bygder i dag er helt uten dagligvarebutikk.\n\n"
        "Matnær har i dag 212 butikker, de fleste i Nord-Norge.\n"
    )
    assert claim_sources(extract(text)) == [("18", "Matnær"), ("minst 40", "Distriktssenteret"), ("212", None)]


def test_a_report_goes_on_past_a_remark_on_most_of_its_count() -> None:
    """'De fleste ble pågrepet for narkotika.' speaks of the 23 just counted, with no figure; the
    paragraph's 'I tillegg …' then adds to the report."""
    text = (
        "Politiet pågrep 23 personer i helgen, opplyser innsatsleder Kari Eide.\n\n"
        "De fleste ble pågrepet for narkotika. I tillegg ble fem personer anmeldt for vold.\n"
    )
    assert claim_sources(extract(text)) == [("23", "Kari Eide"), ("fem", "Kari Eide")]


def test_a_list_announced_with_a_colon_carries_its_source() -> None:
    """'Fiskeridirektøren opplyser at kvotene blir som følger:' and then a paragraph per item, each
    opening on its figure: the items are the director's, up to the first paragraph that is not one."""
    text = (
        "Fiskeridirektøren opplyser at kvotene for trålerne blir som følger:\n\n"
        "1 462 tonn i fisket etter torsk.\n\n"
        "536 tonn i fisket etter hyse.\n\n"
        "Fisket starter i januar.\n\n"
        "40 båter deltar.\n"
    )
    assert claim_sources(extract(text)) == [
        ("1 462 tonn", "fiskeridirektøren"),
        ("536 tonn", "fiskeridirektøren"),
        ("40", None),
    ]


def test_a_paragraph_opening_on_a_number_after_a_report_is_no_list_item() -> None:
    """Without the colon there is no list: the paragraph after a report is the narrator's."""
    text = "Fiskeridirektøren opplyser at kvoten blir 1 462 tonn.\n\n536 tonn går til kystflåten.\n"
    assert claim_sources(extract(text)) == [("1 462 tonn", "fiskeridirektøren"), ("536 tonn", None)]


def test_a_paragraph_that_brings_in_a_named_person_is_the_narrators() -> None:
    """'Blant de fornærmede er Randi Sæther (58), som betalte 640.000 kroner …' after the
    prosecutor's report: the narrator tells of a new person, the prosecutor's figures stop."""
    text = (
        "Mannen må betale 7,9 millioner kroner i erstatning, opplyser statsadvokat Siri Kvam.\n\n"
        "Blant de fornærmede er Randi Sæther (58) fra Heimdal, som betalte 640.000 kroner for et tilbygg.\n"
    )
    sources = {c.text: c.source_id for c in extract(text).claims}
    assert sources["640.000 kroner"] is None and sources["7,9 millioner kroner"] is not None


def test_the_one_person_the_paragraph_before_brought_in_speaks_next() -> None:
    """'Blant de fornærmede er Randi Sæther (58) …' / '– …, sier hun.': she, not the prosecutor
    who spoke before her; with two people in that paragraph the pronoun keeps its old reading."""
    text = (
        "Mannen må betale erstatning, opplyser statsadvokat Siri Kvam.\n\n"
        "Blant de fornærmede er Randi Sæther (58) fra Heimdal.\n\n"
        "– Pengene ser vi nok aldri igjen, sier hun.\n"
    )
    assert speakers(extract(text))[2] == {"Randi Sæther"}
    two = text.replace("fra Heimdal.", "fra Heimdal, som møtte Kari Lund i retten.")
    assert speakers(extract(two))[2] == {"Siri Kvam"}
    # a photographer credited in a caption is brought in by nobody
    caption = (
        "– Vi fikk stengt av etter tre timer, sier driftssjef Kari Holter i Drammen kommune.\n\n"
        "VANN I GATA: Vannet fosset opp. Foto: Hanne Kristine Riise / NRK\n\n"
        "Hun anslår at reparasjonen vil koste 3 millioner kroner.\n"
    )
    assert claim_sources(extract(caption)) == [("3 millioner kroner", "Kari Holter")]


def test_a_paragraph_according_to_unnamed_information_goes_on_with_no_report() -> None:
    """'Ifølge ubekreftede opplysninger har minst tre …' names a source of its own, if nobody: the
    report before it does not carry on."""
    text = (
        "Helse Førde har i dag ni psykologer. Det bekrefter Hovland overfor NRK.\n\n"
        "Ifølge ubekreftede opplysninger har minst tre av psykologene gått over til private klinikker.\n"
    )
    assert claim_sources(extract(text)) == [("ni", "Hovland"), ("minst tre", None)]


def test_the_reporters_reckoning_from_a_report_is_the_narrators() -> None:
    """'Med andre ord har rundt 20 prosent …' after a source's figure: the reporter's inference."""
    text = (
        "I går sa Rachel Nordtømme at nærmere 70 prosent av passene var solgt. "
        "Med andre ord har rundt 20 prosent blitt solgt de to siste ukene.\n"
    )
    assert claim_sources(extract(text)) == [("nærmere 70 prosent", "Rachel Nordtømme"), ("rundt 20 prosent", None)]


def test_a_cue_after_a_fronted_clause_reports_what_follows_it() -> None:
    """'I en sak som ble lagt ut onsdag, anslår eiendomsavdelingen at prisen havner på …': the
    comma before the cue closes a fronted clause, not what was said, so the figure in the sentence
    before stays the narrator's; '…, opplyser Respons Analyse.' still gives the paragraph's."""
    text = (
        "Opprinnelig var anlegget budsjettert til 14 millioner kroner. I en sak som ble lagt ut onsdag, anslår "
        "eiendomsavdelingen i Haugesund kommune at prisen havner på mellom 19 og 21 millioner kroner.\n"
    )
    assert claim_sources(extract(text))[0] == ("14 millioner kroner", None)
    text = "Byrået intervjuet 801 personer i mai. Feilmarginen er 3,5 prosentpoeng, opplyser Respons Analyse.\n"
    assert claim_sources(extract(text))[0] == ("801", "Respons Analyse")


def test_a_body_that_is_the_subject_after_a_fronted_adverbial_is_what_a_role_noun_means() -> None:
    """'Aldri før har Redningsselskapet hatt …': after a fronted adverbial the subject stands right
    after the verb, so 'organisasjonens statistikk' in the next paragraph is its."""
    text = (
        "Aldri før har Redningsselskapet hatt så mange oppdrag som i sommer.\n\n"
        "Ifølge organisasjonens statistikk økte antall oppdrag med 17 prosent, eller 510 oppdrag.\n"
    )
    assert claim_sources(extract(text)) == [("17 prosent", "Redningsselskapet"), ("510", "Redningsselskapet")]


def test_a_report_goes_on_past_a_line_of_it_with_no_figure() -> None:
    """'I somatisk sektor økte ventetiden med én dag.' says, with the report's verb, one more line
    of it ('én dag' is no figure): the figures after it are still the report's."""
    text = (
        "Tallene fra Helsedirektoratet viser at ventetidene økte fra 57,6 til 58,3 dager. "
        "I somatisk sektor økte ventetiden med én dag. "
        "Innen psykisk helsevern er ventetiden redusert med fire dager.\n"
    )
    assert claim_sources(extract(text))[-1] == ("fire dager", "Helsedirektoratet")
