"""Who said it: each attribution rule on a small article, resolved end to end."""

from __future__ import annotations

import pytest

from claimpack.extract.phrases import PhraseParser
from claimpack.lexicons import lexicon
from claimpack.segment.tokens import tokenize
from tests.conftest import claim_sources, extract, speakers


def kinds(text: str) -> list[tuple[int, str, str | None, str]]:
    tables = extract(text)
    names = {s.source_id: s.name for s in tables.sources}
    return [(s.paragraph, s.kind, names.get(s.speaker_id or ""), s.attribution) for s in tables.statements]


def test_dash_quote_with_speaker_after() -> None:
    text = "– Vi har evakuert 340 personer. Alt skjedde fort, sier innsatsleder Marte Rognstad i politiet.\n"
    assert kinds(text) == [(0, "direct_quote", "Marte Rognstad", "explicit")] * 2


def test_quote_continues_in_next_paragraph_but_not_across_a_heading() -> None:
    text = (
        "– Vinden har snudd, sier vaktleder Jørgen Tveit.\n\n"
        "– Vi blir her hele natten.\n\n"
        "Stengt vei\n\n"
        "– Det var helt kaos da vi kom fram.\n"
    )
    assert kinds(text) == [
        (0, "direct_quote", "Jørgen Tveit", "explicit"),
        (1, "direct_quote", "Jørgen Tveit", "continuation"),
        (2, "heading", None, "none"),
        (3, "direct_quote", None, "none"),
    ]


def test_a_paragraph_quoted_whole_in_guillemets_goes_on_from_the_one_that_introduces_it() -> None:
    text = (
        "Slik beskriver Meteorologisk institutt situasjonen:\n\n"
        "«Det ventes 40 millimeter nedbør i løpet av natten. Ta inn løse gjenstander.»\n\n"
        "«Snøkaos»\n\n"
        "Det kom 30 centimeter snø.\n"
    )
    assert kinds(text) == [
        (0, "indirect", "Meteorologisk institutt", "explicit"),
        (1, "direct_quote", "Meteorologisk institutt", "continuation"),
        (2, "narration", None, "none"),  # a title in guillemets is no sentence: nobody says it
        (3, "narration", None, "none"),
    ]


def test_a_quote_over_several_paragraphs_is_marked_only_where_it_opens_and_closes() -> None:
    text = (
        "Det kommer 40 millimeter regn, melder Meteorologisk institutt.\n\n"
        "Slik beskriver de situasjonen:\n\n"
        "«Et høytrykk på 1046 hPa gir et kraftig vindfelt.\n\n"  # opened, not closed: goes on
        "Søndag ligger høytrykket på 1042 hPa.» Det kom 30 centimeter snø i Bergen.\n"  # closed, not opened
    )
    assert kinds(text) == [
        (0, "indirect", "Meteorologisk institutt", "explicit"),
        (1, "indirect", "Meteorologisk institutt", "pronoun"),
        (2, "direct_quote", "Meteorologisk institutt", "continuation"),
        (3, "direct_quote", "Meteorologisk institutt", "continuation"),
        (3, "narration", None, "none"),  # after the closing mark, the narrator again
    ]


def test_pronoun_prefers_the_last_speaker_of_that_gender() -> None:
    text = (
        "Ordfører Gunnhild Bakke sier kommunen er forberedt.\n\n"
        "Pensjonist Knut Haugen har bodd her lenge.\n\n"
        "– Vannet stiger fortsatt, sier hun.\n\n"
        "Han forteller at naboene hjalp til.\n"
    )
    assert speakers(extract(text)) == {0: {"Gunnhild Bakke"}, 2: {"Gunnhild Bakke"}, 3: {"Knut Haugen"}}


def test_pronoun_prefers_the_subject_over_an_object() -> None:
    text = (
        "USAs utenriksminister John Kerry gikk hardt ut mot Syrias president Bashar al-Assad torsdag.\n\n"
        "– Regimet utfører en massakre, sa han.\n"
    )
    assert speakers(extract(text))[1] == {"John Kerry"}


def test_role_noun_refers_back_to_the_person_with_that_role() -> None:
    text = (
        "Utenriksminister Jon Eldar Brattli sa søndag at støtten økes.\n\n"
        "Statsminister Marit Kvalheim er enig.\n\n"
        "Utenriksministeren opplyser at 30 nordmenn er registrert.\n"
    )
    tables = extract(text)
    assert speakers(tables)[2] == {"Jon Eldar Brattli"}
    assert tables.statements[-1].attribution == "role"


def test_a_pronoun_after_a_sentence_that_brings_someone_in_is_that_person() -> None:
    """'Men også ordfører Paul-Erik Krogsvold er bekymret … Han bekrefter at …': the one person the
    sentence before brought in by full name, not the speaker further back."""
    text = (
        "– Dette er alvorlig, sier Tage Pettersen.\n\n"
        "Men også ordfører Paul-Erik Krogsvold (Ap) er bekymret. Han bekrefter at barnevernet sliter.\n"
    )
    assert speakers(extract(text)) == {0: {"Tage Pettersen"}, 1: {"Paul-Erik Krogsvold"}}


def test_of_two_brought_in_the_pronoun_is_the_first_named() -> None:
    text = (
        "– Jeg gikk alene fra Kikut, sier Ola Hansen.\n\n"
        "I kvinneklassen vant Ingrid Moe Skjelbred (36) foran fjorårsvinneren Tone Aasen. Hun forteller at"
        " 40 startet.\n"
    )
    assert speakers(extract(text)) == {0: {"Ola Hansen"}, 1: {"Ingrid Moe Skjelbred"}}


def test_a_quote_goes_on_in_the_next_paragraph_without_its_dash() -> None:
    text = (
        "Hotellene har fått flere gjester.\n\n"
        "- Vi ser at en svakere kronekurs har bidratt positivt.\n\n"
        "Vi ser også en generell forbrukertrend, sier Linn Hansen i NHO Innlandet.\n"
    )
    assert speakers(extract(text)) == {1: {"Linn Hansen"}, 2: {"Linn Hansen"}}


def test_the_role_noun_is_not_the_deputy() -> None:
    """'rådmannen' is not 'assisterende rådmann Espen Hvalby', who only stands in for the rådmann."""
    text = "Assisterende rådmann Espen Hvalby sier at 40 stillinger kuttes.\n\nRådmannen mener kuttet er nødvendig.\n"
    tables = extract(text)
    assert speakers(tables) == {0: {"Espen Hvalby"}, 1: {"rådmannen"}}
    [deputy] = [s for s in tables.sources if s.name == "Espen Hvalby"]
    assert deputy.role == "Assisterende rådmann"  # as written, as every role is


def test_back_reference_to_a_body_prefers_the_one_that_spoke() -> None:
    text = (
        "Rosenborg oppgir at 21.345 tilskuere var på Lerkendal, da laget slo Brann 2–1.\n\n"
        "Det er en rekord, ifølge klubben.\n"
    )
    assert speakers(extract(text))[1] == {"Rosenborg"}


def test_paraphrase_of_a_broadcaster() -> None:
    text = "Det bekrefter syrisk fjernsyn fredag. Ifølge den statlige TV-kanalen er årsaken skudd.\n"
    assert speakers(extract(text)) == {0: {"syrisk fjernsyn"}}


def test_surname_refers_to_the_full_name() -> None:
    text = "Opposisjonens kandidat, Mira Adrov, fikk 36,9 prosent.\n\nAdrov hevder at valget var fusk.\n"
    assert speakers(extract(text))[1] == {"Mira Adrov"}


def test_two_speakers_in_one_sentence_split_it() -> None:
    text = "Ifølge myndighetene er 67 sivile drept, mens opprørsbevegelsen hevder at over 200 har mistet livet.\n"
    tables = extract(text)
    assert claim_sources(tables) == [("67", "myndighetene"), ("over 200", "opprørsbevegelsen")]
    assert [s.cue for s in tables.statements] == ["Ifølge".lower(), "hevder"]


def test_ifolge_at_the_end_covers_the_sentence_only() -> None:
    text = "Nesten 3000 ansatte streiker, ifølge Fagforbundet. Da streiken startet, ble 1.300 tatt ut.\n"
    assert claim_sources(extract(text)) == [("Nesten 3000", "Fagforbundet"), ("1.300", None)]


def test_who_points_to_figures_gives_them_to_the_source_named_for_them() -> None:
    text = "Haraldsen viser til at lovbruddene økte med 9 prosent, ifølge Statistisk sentralbyrå (SSB).\n"
    tables = extract(text)
    assert speakers(tables) == {0: {"Haraldsen", "Statistisk sentralbyrå"}}
    assert claim_sources(tables) == [("9 prosent", "Statistisk sentralbyrå")]
    # a speaker who gives the figure keeps it, whoever relays it
    assert claim_sources(extract("Haraldsen mener at lovbruddene økte med 9 prosent, ifølge NRK.\n")) == [
        ("9 prosent", "Haraldsen")
    ]


def test_relay_gives_one_statement_per_source_and_the_figure_to_the_inner_one() -> None:
    text = "Valgobservatører fra OSSE anslår at deltakelsen var rundt 54 prosent, melder NRK.\n"
    tables = extract(text)
    assert speakers(tables) == {0: {"OSSE", "NRK"}}
    assert claim_sources(tables) == [("rundt 54 prosent", "OSSE")]


@pytest.mark.parametrize(
    "text",
    [
        # the subject follows the auxiliary: a noun that counts no time is no adverbial
        "I hele Agder har minst tolv vannverk bedt innbyggerne om å spare på vannet.\n",
        # a negation between them: nothing was said
        "Han har ennå ikke funnet et sted å bo, og 40 andre venter.\n",
    ],
)
def test_no_adverbial_bridges_an_auxiliary_to_its_participle(text: str) -> None:
    assert speakers(extract(text)) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ifølge de frivillige i Matbanken Drammen kommer rundt 650 personer hver uke.\n",
            "de frivillige i Matbanken Drammen",
        ),
        ("Ifølge de ansatte kommer rundt 650 personer hver uke.\n", "de ansatte"),
        ("De pårørende sier at 12 personer døde.\n", "de pårørende"),
        ("– Vi er glade, sier de fremmøtte.\n", "de fremmøtte"),
    ],
)
def test_de_and_an_adjective_with_no_noun_name_a_group(text: str, expected: str) -> None:
    assert speakers(extract(text)) == {0: {expected}}


@pytest.mark.parametrize(
    "text",
    [
        "Ifølge de fleste kommer 650 personer.\n",  # counts a group named before
        "De sier at 40 dyr er tatt.\n",  # a pronoun
    ],
)
def test_de_alone_or_with_a_counting_word_names_no_group(text: str) -> None:
    assert all(not name.startswith("de ") for names in speakers(extract(text)).values() for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after 'fordi' the subject stands before its verb: 'mener de' is no inverted 'de mener'
        ("Mennene ble pågrepet fordi politiet mener de har handlet med 40 kilo heroin.\n", {"politiet"}),
        # the subordinate clause ends before the main verb, whose subject follows it
        ("Fordi prisene steg, mener NHO at 40 bedrifter sliter.\n", {"NHO"}),
    ],
)
def test_a_subordinate_clause_has_its_subject_before_its_verb(text: str, expected: set[str]) -> None:
    assert speakers(extract(text)) == {0: expected}


def test_coordinated_subjects_both_speak() -> None:
    text = "Det bekrefter både syrisk fjernsyn og eksilgruppa Syrian Observatory for Human Rights fredag.\n"
    assert speakers(extract(text)) == {0: {"syrisk fjernsyn", "Syrian Observatory for Human Rights"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forskerforbundet og Unio mener kuttet på 300 millioner er for stort.\n", {"Forskerforbundet", "Unio"}),
        # a stray comma between the subject and its verb; what follows the verb is a clause of its own
        ("Statsråd Henrik Asheim (H), mener kunnskapssektoren er årets vinner.\n", {"Henrik Asheim"}),
        ("Forsknings- og høyere utdanningsminister Henrik Asheim (H) mener sektoren vant.\n", {"Henrik Asheim"}),
        ("Henrik Asheim, mener at sektoren vant.\n", {"Henrik Asheim"}),
        ("Ti personer ble evakuert, opplyser politiet.\n", {"politiet"}),
        # an adverbial between the auxiliary and the participle is no part of the subject
        ("Orgelkomiteen har hele tiden opplyst at prislappen er 6,8 millioner kroner.\n", {"Orgelkomiteen"}),
        ("Orgelkomiteen har lenge sagt at prislappen er 6,8 millioner kroner.\n", {"Orgelkomiteen"}),
        ("Kommunen har de siste årene opplyst at 40 personer deltok.\n", {"kommunen"}),
        (
            "Statsforvalteren i Innlandet har i en uttalelse påpekt at banen er 300 meter unna.\n",
            {"Statsforvalteren i Innlandet"},
        ),
    ],
)
def test_the_subject_before_the_verb_speaks(text: str, expected: set[str]) -> None:
    assert speakers(extract(text)) == {0: expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vote or a decision, not speech
        ("Innbyggerne i Flakstad sa et klart nei til sammenslåing. Nei-siden fikk 68 prosent.\n", {}),
        # what a body will propose is a plan; the source who told it speaks
        (
            "Ifølge en kilde vil direktoratet foreslå at det settes av 40 millioner kroner.\n",
            {0: {"en kilde"}},
        ),
        ("Direktoratet foreslår at fartøyene får fiske 118.000 tonn.\n", {0: {"direktoratet"}}),
        # a public body is named with its place; a political group is not
        ("Ifølge valgstyret i Flakstad stemte 505 nei.\n", {0: {"valgstyret i Flakstad"}}),
        ("Opposisjonen i Taloria hevder at valget er manipulert.\n", {0: {"opposisjonen"}}),
        # a name opening with an adjective is a body's ('Norsk'), and 'klubben' means it
        (
            "Norsk Kennel Klub mener forslaget rammer de mange. Klubben anslår at det finnes 12 000 hunder i byen.\n",
            {0: {"Norsk Kennel Klub"}},
        ),
        # 'Hver' opening a sentence is no name, nor a body that 'klubben' could mean
        ("Hver fjerde av dem var barn. Klubben anslår at det finnes 12 000 hunder i byen.\n", {0: {"klubben"}}),
        # a body named between commas right after its type noun is that body; a list names several
        ("Inntektene sank med to millioner kroner, ifølge morselskapet, Schibsted ASA.\n", {0: {"Schibsted ASA"}}),
        (
            "Inntektene sank med to millioner. Det viser årsregnskapet til avisens eierselskap, Mediaalliansen AS.\n",
            {0: {"Mediaalliansen AS"}},
        ),
        ("Utbyggeren, Selvaag Bolig, anslår at 300 leiligheter bygges.\n", {0: {"Selvaag Bolig"}}),  # any noun
        # common nouns after a preposition end a body's name that a cue makes its subject
        ("Interesseorganisasjonen Familie uten grenser anslår at 40 000 venter.\n", {0: {"Familie uten grenser"}}),
        # an acronym's office for a region of two places
        (
            "Ifølge NHO Vestfold og Telemark har 9 prosent færre bedrifter lærlinger.\n",
            {0: {"NHO Vestfold og Telemark"}},
        ),
        # the state's document is no municipality's, though one spoke last
        (
            "Ordfører Kari Lie i Berlevåg sier at kommunen har 300 eldre. Staten bruker 1,1 milliarder"
            " kroner på posten, ifølge statsbudsjettet.\n",
            {0: {"Kari Lie", "statsbudsjettet"}},
        ),
        (
            "Statsforvalteren i Nordland har gått gjennom tallene. Ifølge statsforvalterrapporten er 30 rammet.\n",
            {0: {"Statsforvalteren i Nordland"}},
        ),
        # an article and a small adjective before a capitalised word open a name
        ("Den norske Forleggerforening mener at 40 forlag taper.\n", {0: {"Den norske Forleggerforening"}}),
        ("Politiet tok 1 143 kniver i fjor. Det opplyste Oslo politidistrikt onsdag.\n", {0: {"Oslo politidistrikt"}}),
        # 'krets' is a body's type noun ('fotballkrets'), after a role noun that describes it
        ("Ifølge arrangøren Rogaland fotballkrets deltok 1.800 lag.\n", {0: {"Rogaland fotballkrets"}}),
        # a participle and 'av' between commas say something of the subject, as a 'som' clause does
        (
            "En analyse fra Handelshøyskolen BI, bestilt av Stavanger kommune, anslår at 60 millioner ble brukt.\n",
            {0: {"Handelshøyskolen BI"}},
        ),
        # a name ending in a compound of a body's type noun is a body's, and the compound refers back to it
        (
            "Fiskerne fikk 7,5 tonn laks, ifølge Gaula Elveierlag. Elveierlaget sier at 2 100 laks er registrert.\n",
            {0: {"Gaula Elveierlag"}},
        ),
        (
            "Ifølge Vang beitelag har minst tolv sauer druknet. Beitelaget anslår at 40 er borte.\n",
            {0: {"Vang beitelag"}},
        ),
        # the body that made a document, with 'selv' after it
        (
            "Ved Haukeland universitetssjukehus lå 27 pasienter på korridoren. Det viser tall sykehuset selv har"
            " lagt fram.\n",
            {0: {"Haukeland universitetssjukehus"}},
        ),
        # first parts listed with commas before a shared type noun; a channel's name with a number
        (
            "Ifølge tall fra Barne-, ungdoms- og familiedirektoratet (Bufdir) ventet 412 barn.\n",
            {0: {"Barne-, ungdoms- og familiedirektoratet"}},
        ),
        ("Finalen var årets mest sette sending på norsk TV, opplyser TV 2.\n", {0: {"TV 2"}}),
        # a place Norsk Ordbank lists opens a body's name, though it looks like an adjective ('-rike')
        (
            "Ringerike kommune ligger an til et underskudd på 68 millioner kroner, viser kommunens egen rapport.\n",
            {0: {"Ringerike kommune"}},
        ),
        # the definite noun a body's name comes after refers back to it later
        (
            "Over 1.800 lag deltok, opplyser arrangøren Rogaland fotballkrets. Ifølge arrangøren ble 4.260 kamper"
            " spilt.\n",
            {0: {"Rogaland fotballkrets"}},
        ),
        # a paper named '-bladet' is what 'avisen' refers back to
        ("Nordlandsbladet har nå 30 412 abonnenter, opplyser avisen torsdag.\n", {0: {"Nordlandsbladet"}}),
        # 'samme avis', 'den samme avisen', 'Samme etat': the one of that type named before
        (
            "Sykehuset vil ha færre pasienter, skriver Helgelands Blad.\n\nDet kuttes 40 stillinger, skriver samme"
            " avis.\n",
            {0: {"Helgelands Blad"}, 1: {"Helgelands Blad"}},
        ),
        (
            "Ifølge Statens vegvesen er 30 veier stengt. Samme etat opplyser at 12 ferger er innstilt.\n",
            {0: {"Statens vegvesen"}},
        ),
        # 'avisa', the feminine definite form, says what the named one is, as 'avisen' does
        (
            "Det viser en måling InFact har gjort for avisa Gudbrandsdølen Dagningen.\n\n"
            "Av de spurte under 30 år svarer 71 prosent ja, skriver avisa.\n",
            {0: {"InFact"}, 1: {"Gudbrandsdølen Dagningen"}},
        ),
        ("Aksjonsgruppa Stopp motorveien mener prognosen er urealistisk.\n", {0: {"Stopp motorveien"}}),
        # a body's name with a preposition inside, between the speaker and the verb
        ("Leder Kristine Eide i Nei til EU sier at 30 prosent er for.\n", {0: {"Kristine Eide"}}),
        ("Generalsekretær Kari Dahl i Leger uten grenser sier at 40 er drept.\n", {0: {"Kari Dahl"}}),
        # a compound type noun whose field ends a word of a body's name named before
        (
            "Flere hundre dekar er tapt, anslår Norsk Landbruksrådgiving Trøndelag.\n\nRådgivingstjenesten"
            " opplyser at 1.400 dekar dyrkes. Ifølge rådgivingstjenesten er 60 dyrkere rammet.\n",
            {0: {"Norsk Landbruksrådgiving Trøndelag"}, 1: {"Norsk Landbruksrådgiving Trøndelag"}},
        ),
        # an institute, as a bureau, is one that makes polls
        (
            "Motstanden er lavest siden 2012, viser en ny måling fra Respons Analyse.\n\nTallene fra instituttet"
            " viser at 41 prosent svarer ja.\n",
            {0: {"Respons Analyse"}, 1: {"Respons Analyse"}},
        ),
        # an adjective Ordbank also lists as a noun, before a noun
        ("En lokal entreprenør hevder at minst ti av tomtene er for bratte.\n", {0: {"en lokal entreprenør"}}),
        # the field a body is named for, between the speaker and the verb
        (
            "Leder Bjørn Erik Sæther (Sp) i hovedutvalget for helse og omsorg hevder at kommunen har 46 brukere.\n",
            {0: {"Bjørn Erik Sæther"}},
        ),
        # a list is a document: its maker gives its figures
        ("Resultatlistene fra tidtakerselskapet Fjelltid viser imidlertid at 987 løpere startet.\n", {0: {"Fjelltid"}}),
        # an unnamed source is where 'på' says
        (
            "En beboer på mottaket, som ikke vil stå fram med navn, sier at 40 er redde.\n",
            {0: {"en beboer på mottaket"}},
        ),
        # a type noun of a public service names a body with its place
        ("Ifølge legevakten i Stavanger ble om lag 80 pasienter behandlet.\n", {0: {"legevakten i Stavanger"}}),
        # a participle names the field of a body ('for kollektivreisende')
        (
            "Leder Hanne Berg i Forbundet for kollektivreisende i Trøndelag mener prisene er for høye.\n",
            {0: {"Hanne Berg"}},
        ),
    ],
)
def test_what_says_something_and_who(text: str, expected: dict[int, set[str]]) -> None:
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the lexicon knows whole ends in s: no genitive ('Kripos koster …')
        ("Ifølge Kripos koster kokain 800 kroner.\n", {0: {"Kripos"}}),
        # a name after the cue that an auxiliary follows opens what was said
        # (the subject 'TV 2s fotballekspert …' is no phrase the parser reads yet: better none than Molde)
        ("TV 2s fotballekspert Lars Tjærnås mener Molde har solgt for billig.\n", {}),
        ("Molde har solgt for billig, mener Lars Tjærnås.\n", {0: {"Lars Tjærnås"}}),
        # a reporting verb in a relative clause: the phrase 'som' refers to speaks
        (
            "Hun er med i aksjonsgruppen «Folk før båt», som krever at taket blir 8000 passasjerer.\n",
            {0: {"Folk før båt"}},
        ),
        ("Vi møtte bøndene, som mener at 300 sauer er tatt.\n", {0: {"bøndene"}}),
        # a title written together with a name: 'NRK-kommentator'
        ("– Det var en god kamp, sa NRK-kommentator Kari Nordmann.\n", {0: {"Kari Nordmann"}}),
        # right after the cue, a title that Norsk Ordbank also reads as another noun's plural ('skipp')
        ("– Vi brukte to timer, sier skipper Lene Hatlevik på redningsskøyta.\n", {0: {"Lene Hatlevik"}}),
        # a document owned by a name in the genitive: 'tall fra SSBs statistikk'
        ("Det viser tall fra SSBs statistikk over fastlegene.\n", {0: {"SSB"}}),
        # an adjective written together with a name describes the speaker after it
        ("NorgesGruppen-eide Kiwi opplyser at kjeden kutter prisene på 800 varer.\n", {0: {"Kiwi"}}),
        # a body named by its owner is met again as its noun ('Forskningsrådet')
        (
            "UiT får 160 millioner kroner fra Norges forskningsråd, opplyser Forskningsrådet torsdag.\n",
            {0: {"Norges forskningsråd"}},
        ),
        # 'kalle' reports only what follows in guillemets
        ("Opposisjonen kaller forslaget «et svik mot de eldre».\n", {0: {"opposisjonen"}}),
        ("En gruppe som kaller seg Folkeaksjonen samlet 300 underskrifter.\n", {}),
        # a public body named with its place after 'på'
        ("Ifølge myndighetene på Balearene har brannen svidd av 1.900 hektar.\n", {0: {"myndighetene på Balearene"}}),
        # a fronted adverb puts the verb second and its subject after it
        ("Nå forteller rådmann Per Hansen at kommunen mangler 130 millioner.\n", {0: {"Per Hansen"}}),
        ("Samtidig mener forbundet at 300 stillinger forsvinner.\n", {0: {"forbundet"}}),
        ("Nå mener forbundet stillingene forsvinner.\n", {0: {"forbundet"}}),  # no 'at' needed
        # a dateline with its publisher names nobody: figures shown are the figures' own
        (
            "ROMERIKE (RB.no ): Fredag la politiet fram statistikken. Tallene viser at 14.412 ble anmeldt.\n",
            {0: {"tallene"}},
        ),
        # a figure that shows something is no speaker in a relative clause
        (
            "Tallene viser 14.412 lovbrudd. 30,4 prosent er prosenttallet som viser at få blir oppklart.\n",
            {0: {"tallene"}},
        ),
        ("Sven Thore Kloster er forsker. Han sier at 30 prosent er nye.\n", {0: {"Sven Thore Kloster"}}),
        # a title before a name with an age; a vessel's name in guillemets is where the speaker is
        (
            "Skipper Arnt Rusten (58) på «Torbas» sier båten har fått 2.900 tonn.\n\n– Det er godt, sier Rusten.\n",
            {0: {"Arnt Rusten"}, 1: {"Arnt Rusten"}},
        ),
        # after a common noun naming the vessel too; a trade before a name is the person's title
        (
            "Skipper Arnt Ove Remøy på kystnotbåten «Remøybuen» sier at mange båter har slitt.\n",
            {0: {"Arnt Ove Remøy"}},
        ),
        ("Kokk Ola Brattli sier at 40 gjester kom.\n", {0: {"Ola Brattli"}}),
        # a name, then what it is between commas: the name speaks, not the noun after the verb
        (
            "Larvik kulturråd, paraplyorganisasjonen for det frivillige kulturlivet, mener kuttet rammer 112 lag.\n",
            {0: {"Larvik kulturråd"}},
        ),
        # a campaign named by a slogan, after a noun saying what it is or opening on 'Nei'
        ("Over hundre barn står uten plass, mener foreldreaksjonen Plass til alle.\n", {0: {"Plass til alle"}}),
        (
            "Aksjonsgruppen Nei til husleiesjokk har samlet underskrifter. Ifølge gruppen har 260 skrevet under.\n",
            {0: {"Nei til husleiesjokk"}},
        ),
        ("Ifølge Nei til EU er 40 prosent imot.\n", {0: {"Nei til EU"}}),
        # not a person and what follows 'til'
        ("Det sier Kari Hansen til avisen. Hun viser til 40 saker.\n", {0: {"Kari Hansen"}}),
        # a reindeer herding district is a body's type noun, whatever the name before it
        ("Tjaktjen reinbeitedistrikt mener at rundt 640 rein ble tatt.\n", {0: {"Tjaktjen reinbeitedistrikt"}}),
        # a bare role with a reporting verb that is also an adjective's form; an unnamed person named
        # by a participle after 'den', whom 'han' refers back to
        (
            "Aktor, politiadvokat Ingrid Tjelta, la ned påstand. Aktor mente at 312.000 kroner forsvant.\n",
            {0: {"Ingrid Tjelta"}},
        ),
        (
            "Den fornærmede, som i dag er 79 år, forteller at 40 naboer hjelper.\n\n– Jeg er redd, sier han.\n",
            {0: {"den fornærmede"}, 1: {"den fornærmede"}},
        ),
        # a place and a body's type noun in the genitive own the document after them
        ("Ifølge Tromsø kommunes egen oversikt fikk 164 elever fritak.\n", {0: {"Tromsø kommune"}}),
        # a role's noun in the definite form describes a person whose first name no list holds
        (
            "Atferdsforskeren Pelle Guldborg Hansen har lest studien.\n\nHan frykter at 40 forsøk er for mange.\n",
            {1: {"Pelle Guldborg Hansen"}},
        ),
        # a verb and its particle as an infinitive after a modal
        ("Rennleder Tor Sandhaug kunne slå fast at rundt 1050 deltakere stilte.\n", {0: {"Tor Sandhaug"}}),
        # a middle name as an initial, then in full: one person
        (
            "Direktør Erik G. Sønsterud sier at 40 butikker går bra.\n\n"
            "– Vi er fornøyde, sier Erik Gunset Sønsterud.\n",
            {0: {"Erik G. Sønsterud"}, 1: {"Erik G. Sønsterud"}},
        ),
        # a known body's branch in a region is named with it
        ("Ifølge Norges Fotballforbund Innlandet var 376 lag registrert.\n", {0: {"Norges Fotballforbund Innlandet"}}),
        # a place joined to a place is no speaker; a compound's head names the body that spoke
        (
            "46 elg er drept, ifølge Bane NOR.\n\n"
            "Seks elg ble påkjørt mellom Koppang og Atna, opplyser jernbaneforetaket.\n",
            {0: {"Bane NOR"}, 1: {"Bane NOR"}},
        ),
        # disputing a figure said before reports
        (
            "Kommunen telte 41 utrykninger.\n\nDaglig leder Ole Hovda i Valdres Maskin AS avviser det tallet.\n",
            {1: {"Ole Hovda"}},
        ),
        # a digit closes a name before its verb
        ("Tone Hafstad i Eiendomsmegler 1 tror at prisveksten flater ut ved 40 blokker.\n", {0: {"Tone Hafstad"}}),
        # a body's department is a body
        (
            "Ifølge eiendomsavdelingen i Malvik kommune er prognosen 399 millioner kroner.\n",
            {0: {"eiendomsavdelingen i Malvik kommune"}},
        ),
        # members in the plural speak for the body they make; 'deres' owns a document as 'de' would
        (
            "Supporterklubben Nordre Vegg mener tallet er blåst opp. Ifølge supporterne var 2.500 der.\n\n"
            "Supporterklubben har talt selv. Ifølge deres telling har snittet vært snaut 2.200.\n",
            {0: {"Nordre Vegg"}, 1: {"Nordre Vegg"}},
        ),
        # 'fiskerne' are no members of a 'fiskeridirektorat'
        (
            "Fiskeridirektoratet anslo at 2 milliarder kroner tapes.\n\n"
            "På kaia forteller fiskerne om fangster på over 10 tonn.\n",
            {0: {"Fiskeridirektoratet"}, 1: {"fiskerne"}},
        ),
        # 'aktor' is the prosecuting lawyer named before by title
        (
            "Politiadvokat Marianne Elvevold sa at båten hadde 14 om bord. Den var godkjent for 12, ifølge aktor.\n",
            {0: {"Marianne Elvevold"}},
        ),
        # a role in the lead that nobody named holds is the person named in full who speaks next
        (
            "Hytta hadde over 6000 overnattinger, anslår vertinnen.\n\n– Vi har aldri hatt så fullt, sier Eva Kvam.\n",
            {0: {"Eva Kvam"}, 1: {"Eva Kvam"}},
        ),
        # not one with a role of his own
        (
            "Hytta hadde over 6000 overnattinger, anslår vertinnen.\n\n– Det er mye, sier rådmann Ola Berg.\n",
            {0: {"vertinnen"}, 1: {"Ola Berg"}},
        ),
        # a student welfare body named by its type and place; an organ named by its institution
        (
            "Studentsamskipnaden i Innlandet (SINN) øker husleien med 6,8 prosent. Det opplyser samskipnaden.\n",
            {0: {"Studentsamskipnaden i Innlandet"}},
        ),
        ("Ifølge Studentparlamentet ved USN er 280 studenter berørt.\n", {0: {"Studentparlamentet ved USN"}}),
        # a defendant's plea is no report
        ("Den tiltalte erkjenner ikke straffskyld. Mannen nekter straffskyld for 14 forhold.\n", {}),
        # with no at-clause, what the figures show
        ("Sogn og Fjordane kan vise til en vekst på 15 prosent.\n", {}),
        # after 'må', an expectation, not a report
        ("Vinje kommune må regne med lavere inntekter. Kommunen fikk inn 190 millioner kroner i fjor.\n", {}),
        # a branch in a place named by its position: the branch
        ("Ifølge Utdanningsforbundet i Nordre Follo mangler 40 lærere.\n", {0: {"Utdanningsforbundet i Nordre Follo"}}),
        # the subject between a verb and its particle after a fronted 'Det'; not after the subject
        ("Boten er på 1,8 millioner kroner. Det slår Buskerud tingrett fast i en dom.\n", {0: {"Buskerud tingrett"}}),
        ("Han slår ballen fast i nettet, og 30 ser på.\n", {}),
        ("Boten blir 1,8 millioner kroner, slår Agder tingrett fast.\n", {0: {"Agder tingrett"}}),
        # 'går fram av' as 'fremgår av' ('går' is no adverb here, though 'i går' is one)
        (
            "Fjordlaks ASA fikk et resultat på 412 millioner kroner. Det går fram av kvartalsrapporten.\n",
            {0: {"Fjordlaks ASA"}},
        ),
        # after what was said, the cue with 'det' inside it: a cue of four words
        (
            "Kommunen sparer 14,7 millioner kroner, går det fram av pressemeldingen.\n",
            {0: {"pressemeldingen"}},
        ),
        ("Kommunen sparer 14,7 millioner kroner, kommer det fram av budsjettet.\n", {0: {"budsjettet"}}),
        # 'kommer fram i': Ordbank knows 'kommer' as a noun too, and 'fram' is an adverb inside the cue
        (
            "Det kommer fram i sluttrapporten fra Atkins at kostnaden blir 25 milliarder kroner.\n",
            {0: {"Atkins"}},
        ),
        # a finite verb with its subject after it ends a body's field ('spiser hver nordmann')
        (
            "Ifølge Opplysningskontoret for frukt og grønt spiser hver nordmann 9,2 kilo epler i året.\n",
            {0: {"Opplysningskontoret for frukt og grønt"}},
        ),
        # opening a sentence, a type noun and its field name the body
        (
            "Direktoratet for mineralforvaltning (DMF) opplyser at selskapet får ta ut opptil 1,2 millioner tonn.\n",
            {0: {"Direktoratet for mineralforvaltning"}},
        ),
        # the body a person is of, named by its type noun, between the name and the cue
        (
            "Bostyrer, advokat Kari Wessel-Berg i advokatfirmaet Lund & Co, anslår at gjelden er 12 millioner.\n",
            {0: {"Kari Wessel-Berg"}},
        ),
        # a list of places after the body
        (
            "Leder Sindre Aune i Velferdstinget i Gjøvik, Ålesund og Trondheim mener at 40 er for lavt.\n",
            {0: {"Sindre Aune"}},
        ),
        # a role noun with no article, as courts are reported; the role before the apposition is the person's
        (
            "Aktor, statsadvokat Hilde Moberg, sa at båten holdt 30 knop.\n\n"
            "– Jeg husker ingenting, sa tiltalte Per Dahl.\n\n"
            "En blodprøve viste 0,6 promille, ifølge aktor.\n",
            {0: {"Hilde Moberg"}, 1: {"Per Dahl"}, 2: {"Hilde Moberg"}},
        ),
        # right after the cue, a title before a name of two words nobody listed
        ("– Vi reddet 12, sier disponent Arnt Johansen i Havgull AS.\n", {0: {"Arnt Johansen"}}),
        ("– Det gir 40 jobber, sier kommunalsjef for integrering Samira Ellingsen.\n", {0: {"Samira Ellingsen"}}),
        # a body's type noun is no title
        (
            "Torsdag konkluderte konsulentselskapet Havlys Analyse med at 47 minutter er for lenge.\n",
            {0: {"Havlys Analyse"}},
        ),
        # a cooperative is a body: the type noun refers back to the one that opened the sentence
        ("Fjordmelk øker prisen med 18 øre literen, opplyser meierisamvirket.\n", {0: {"Fjordmelk"}}),
        # a place, its type noun and the place's name between the person and the cue
        (
            "Lufthavnsjef Kari Aspelund ved Kristiansund lufthavn Kvernberget mener at 40 er for lite.\n",
            {0: {"Kari Aspelund"}},
        ),
        # 'synes' gives an opinion, as 'mener' does
        ("– Det er høye tall, med 3 millioner passasjerer, synes Bratland.\n", {0: {"Bratland"}}),
        # who runs a body speaks for it, whatever its name looks like
        (
            "Ledelsen ved Husnes Metallverk varsler at opptil 180 ansatte kan bli permittert.\n\n"
            "Ifølge selskapet økte strømregningen til 1,2 milliarder kroner.\n",
            {0: {"Husnes Metallverk"}, 1: {"Husnes Metallverk"}},
        ),
        # a name opening on 'Den' opens its sentence: 'organisasjonen' refers back to it
        (
            "Den Norske Turistforening (DNT) er skeptisk. Ifølge organisasjonen er 40 prosent utlendinger.\n",
            {0: {"Den Norske Turistforening"}},
        ),
        # a club named for its sport, though its place is also a first name
        ("Runar Håndball gikk med 4,3 millioner kroner i underskudd, opplyser klubben.\n", {0: {"Runar Håndball"}}),
        # a permit is a document: whoever issued it gives its figures
        ("Ifølge tillatelsen fra kommunen kan 40 dyr felles.\n", {0: {"kommunen"}}),
        # a recommendation gives the figures its object names
        ("Havforskningsinstituttet anbefaler en kvote på 5.300 tonn.\n", {0: {"Havforskningsinstituttet"}}),
        ("Legen anbefaler en time med trening.\n", {}),
        # a negation after the verb says nothing either
        ("Sørli svarer ikke. Han har 40 tips.\n", {}),
        ("Kommunen bekrefter ikke at 40 er skadet.\n", {}),
        # opening a sentence, a capitalised type noun and one place Ordbank lists are one name
        (
            "Sykehuset Østfold har avlyst 146 operasjoner, opplyser sykehuset.\n",
            {0: {"Sykehuset Østfold"}},
        ),
        # 'ikke oppgi' says nothing
        ("Hotellet vil ikke oppgi hva utvidelsen koster. Prislappen er 320 millioner kroner.\n", {}),
        # 'ifølge den' with a verb next: the document the body that opened the last sentence published
        (
            "Utdanningsforbundet mener lærerne jobber for mye.\n\n"
            "Utdanningsdirektoratet la i høst fram sin egen kartlegging. Ifølge den jobber lærerne 41,5 timer i uka.\n",
            {0: {"Utdanningsforbundet"}, 1: {"Utdanningsdirektoratet"}},
        ),
        # a company and its noun written together name the company
        (
            "Norges Bondelag mener prisen er for lav.\n\n"
            "Tine-konsernet fikk et resultat på 1,1 milliarder kroner, ifølge selskapets årsrapport.\n",
            {0: {"Norges Bondelag"}, 1: {"Tine"}},
        ),
        # a body's type noun names what it is for: 'for' and a name go on with its name
        ("Folkeaksjonen for Svarthammaren mener at 40 er nok.\n", {0: {"Folkeaksjonen for Svarthammaren"}}),
        ("– Det er 40 prosent, sier Sentio for Nationen.\n", {0: {"Sentio"}}),
        # a site is a name however it is written
        ("I følge nhoreiseliv.no var det en nedgang på 0,9 prosent i september.\n", {0: {"nhoreiseliv.no"}}),
        # a role, then after a comma a title and the name: the name speaks
        (
            "– Det var tre menn, sier påtaleansvarlig i saken, politiadvokat John R. Sødahl Furunes.\n",
            {0: {"John R. Sødahl Furunes"}},
        ),
        # a role for a body whose name ends in a common noun, then the name after a comma
        (
            "– Vi får færre utrykninger, sier stasjonssjef for Hurum brannstasjon, Jonas Aarvik.\n",
            {0: {"Jonas Aarvik"}},
        ),
        # a place and a compound noun Norsk Ordbank lacks, subject of a reporting verb: a body
        ("Nordland fylkesferjer opplyser at 12 avganger er innstilt.\n", {0: {"Nordland fylkesferjer"}}),
        # a body named for a field with a suspended compound, and its type noun referring back
        (
            "Ifølge Senter for krise- og katastrofepsykologi er 40 rammet. Senteret mener at 12 trenger hjelp.\n",
            {0: {"Senter for krise- og katastrofepsykologi"}},
        ),
        # a country's body named by a common noun, and that noun referring back to it
        (
            "Eksporten økte med 4 prosent, opplyser Danmarks fiskeriråd fredag. Fiskerirådet venter at 30 land "
            "kjøper mer.\n",
            {0: {"Danmarks fiskeriråd"}},
        ),
        # 'nevne at' reports
        ("Daglig leder Kari Holm nevner at prisen går ned fra 30 til 25 kroner.\n", {0: {"Kari Holm"}}),
        # one of a nation ('dansken') is the last person named, not the last who spoke
        (
            "Mads Holm ble nummer tre. Rennleder Ida Berg sier at 900 fullførte.\n\n"
            "Holm tapte spurten. – Jeg hadde 20 sekunder for lite, sa dansken.\n",
            {0: {"Ida Berg"}, 1: {"Mads Holm"}},
        ),
        # the council ('byrådet', neuter) is not the councillor ('byråden') named before
        (
            "Byråd Per Moe sier at 40 boliger selges. Byrådet opplyser at 60 nye skal kjøpes.\n",
            {0: {"Per Moe", "byrådet"}},
        ),
        # a body's office in a municipality named with its type noun
        ("Ifølge Flyktningkontoret i Bodø kommune er 40 bosatt.\n", {0: {"Flyktningkontoret i Bodø kommune"}}),
        # a compound of a role (prodekan), the field it is for, then the name
        ("– Vi mangler lærere, sier prodekan for realfag Ida Kvam til NRK.\n", {0: {"Ida Kvam"}}),
        # a common noun opening a sentence is no body that a later 'kommunen' could be
        ("Brudd på reglene kan gi bot på 5.000 kroner, ifølge kommunen.\n", {0: {"kommunen"}}),
        # the state's role, named: 'statens' is the genitive of a body noun
        ("– Tilbudet er godt, sier statens forhandlingsleder Eva Moen til NTB.\n", {0: {"Eva Moen"}}),
        # a short surname ending in s before a verb is a surname, not a genitive
        ("Rådgiver Liv Aas er ekspert. Ifølge Aas flyttet 900 personer.\n", {0: {"Liv Aas"}}),
        # '…, står det i ei pressemelding fra X': the document's body
        (
            "Politiet fant fem kilo kokain, står det i ei pressemelding fra Trøndelag politidistrikt.\n",
            {0: {"Trøndelag politidistrikt"}},
        ),
        # a letter from a role is that role's
        ("Kommunen har et underskudd på 3,4 millioner kroner, ifølge et brev fra rådmannen.\n", {0: {"rådmannen"}}),
        # a saint's abbreviation opens a name; 'hospital' is a body's type noun
        ("Ifølge St. Olavs hospital er 30 innlagt.\n", {0: {"St. Olavs hospital"}}),
        # a type noun that a body's type is a compound of
        (
            "Norges Sildesalgslag har omsatt makrell. Ifølge salgslaget er 20.000 tonn solgt.\n",
            {0: {"Norges Sildesalgslag"}},
        ),
        # a participle Ordbank lists as an adjective too, before the role ('avgått', 'konstituert')
        (
            "«Vi har tapt 40 millioner kroner», skriver avgått direktør i Helse Nord, Lars Vorland.\n",
            {0: {"Lars Vorland"}},
        ),
        ("– Det koster 40 millioner kroner, sier konstituert rådmann Kari Lie.\n", {0: {"Kari Lie"}}),
        # two roles joined by 'og', the second with its field, then the name in apposition
        (
            "– Vi har tapt 40 millioner kroner, sier økonom og leder av Alta Frp, Odd Erling Mikalsen.\n",
            {0: {"Odd Erling Mikalsen"}},
        ),
    ],
)
def test_who_speaks_by_the_shape_of_the_sentence(text: str, expected: dict[int, set[str]]) -> None:
    assert speakers(extract(text)) == expected


def test_a_role_noun_before_anyone_has_the_role_is_the_person_named_with_it_later() -> None:
    text = (
        "Ni er smittet med meslinger, og kommuneoverlegen ber foreldre sjekke vaksinene.\n\n"
        "– Meslinger er svært smittsomt, sier kommuneoverlege Ingrid Solbakken i Drammen kommune.\n"
    )
    assert speakers(extract(text)) == {0: {"Ingrid Solbakken"}, 1: {"Ingrid Solbakken"}}
    # two people with the role later: the role noun stays nobody's in particular
    two = text + "\n– Vi er bekymret, sier kommuneoverlege Per Dahl i Lier kommune.\n"
    assert speakers(extract(two))[0] == {"kommuneoverlegen"}


def test_a_company_named_with_its_form_is_the_same_without_it() -> None:
    text = "Anlegget får 24 turbiner, ifølge utbyggeren Sørvind AS.\n\nIfølge Sørvind blir turbinene 185 meter høye.\n"
    assert speakers(extract(text)) == {0: {"Sørvind AS"}, 1: {"Sørvind AS"}}


def test_a_name_ending_in_a_common_adjective_is_a_body() -> None:
    text = (
        "Trysilfjellet Alpin kan se tilbake på en god sesong. Ifølge selskapet ble det solgt 1,2 millioner skidager.\n"
    )
    assert speakers(extract(text)) == {0: {"Trysilfjellet Alpin"}}


def test_a_body_named_in_the_genitive_is_the_one_a_type_noun_means_later() -> None:
    text = (
        "Kystfiskarlaget mener Fiskeridirektoratets forslag til kvoter vil tvinge mange på land.\n\n"
        "Direktoratet foreslår at fartøyene skal få fiske 118.000 tonn torsk.\n\n"
        "Forslaget er hardt. Laget regner med at 300 av dem ikke vil gå med overskudd.\n"
    )
    assert claim_sources(extract(text)) == [("118.000 tonn", "Fiskeridirektoratet"), ("300", "kystfiskarlaget")]


def test_coordinated_verb_keeps_the_subject() -> None:
    text = (
        "Arbeidsgiverorganisasjonen PBL opplyser at 214 barnehager er stengt, "
        "og anslår at mellom 10 og 20 til må stenge.\n"
    )
    tables = extract(text)
    assert claim_sources(tables) == [("214", "PBL"), ("mellom 10 og 20", "PBL")]
    assert [s.cue for s in tables.statements] == ["opplyser", "anslår"]


def test_anonymous_source() -> None:
    tables = extract("En kilde i UD sier til NTB at departementet vurderer et ekstra fly.\n")
    assert [(s.name, s.kind) for s in tables.sources] == [("en kilde i UD", "anonymous")]


def test_a_generic_role_refers_back_to_the_specific_one() -> None:
    text = (
        "Helseminister Tone Brekke sier til NTB at køene skal ned.\n\n"
        "Statsråden opplyser at 300 millioner kroner er satt av.\n"
    )
    tables = extract(text)
    assert speakers(tables)[1] == {"Tone Brekke"}
    assert claim_sources(tables) == [("300 millioner kroner", "Tone Brekke")]


def test_a_coordinated_role_before_a_name() -> None:
    text = "Kunnskaps- og integreringsminister Lars Moen sier at 40 skoler får mer penger.\n"
    assert claim_sources(extract(text)) == [("40", "Lars Moen")]


def test_a_role_noun_refers_back_to_an_unnamed_source() -> None:
    text = (
        "En sykepleier ved Ahus, som ikke vil stå fram, sier at 30 senger står tomme.\n\n"
        "– Vi orker ikke mer, sier sykepleieren.\n"
    )
    assert speakers(extract(text)) == {0: {"en sykepleier ved Ahus"}, 1: {"en sykepleier ved Ahus"}}


def test_det_sier_in_the_next_paragraph_names_the_quote_before() -> None:
    text = (
        "Venter på bussen\n\n"
        "– Vi har stått her i tre timer uten å få vite noe.\n\n"
        "Det sier Kari Lunde (52) fra Moss, som skulle rekke et fly.\n"
    )
    assert kinds(text)[1] == (1, "direct_quote", "Kari Lunde", "explicit")


def test_organisasjonen_refers_back_to_the_body_that_spoke() -> None:
    text = "Amnesty opplyser at 40 aktivister er pågrepet. Ifølge organisasjonen er 12 av dem løslatt.\n"
    assert claim_sources(extract(text)) == [("40", "Amnesty"), ("12", "Amnesty")]


def test_a_negated_confirmation_says_nothing() -> None:
    tables = extract("Rederiet har ikke bekreftet tallet, og politiet vil aldri kommentere saken.\n")
    assert speakers(tables) == {}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Ifølge ferske tall fra Statistisk sentralbyrå bor 5.600 personer i kommunen.", "Statistisk sentralbyrå"),
        ("Ifølge VGs beregninger kostet kampen 12 millioner kroner.", "VG"),
        ("Ifølge Dagbladets oversikt er 40 skoler stengt.", "Dagbladet"),
        ("Ifølge politiets egne tall ble 310 bilister stoppet.", "politiet"),
        ("Rundt 900 hus er uten strøm, melder lokale medier.", "lokale medier"),
        ("Landets vegdirektorat VDX opplyser at 14 bruer er stengt.", "VDX"),
        ("Ifølge Verdens helseorganisasjon (WHO) er 3.000 smittet.", "Verdens helseorganisasjon"),
        # a document from someone opening the sentence, before a verb that reports nothing
        ("Forslaget fra rådmannen er å ta 322.000 kroner til å nedbetale gjelden.", "rådmannen"),
        ("Rapporten fra Riksrevisjonen er tydelig på at 40 saker ble feil behandlet.", "Riksrevisjonen"),
    ],
)
def test_who_published_the_figures_is_the_source(sentence: str, source: str) -> None:
    assert [name for _, name in claim_sources(extract(sentence + "\n"))] == [source]


def test_a_document_sent_to_someone_is_not_theirs() -> None:
    assert claim_sources(extract("Søknaden til kommunen gjaldt 2 millioner kroner.\n")) == [
        ("2 millioner kroner", None)
    ]


def test_passive_participle_is_not_a_cue() -> None:
    tables = extract("Tallet er ikke bekreftet fra annet hold. Det er ikke meldt om skadde.\n")
    assert speakers(tables) == {}


def test_cue_inside_a_quote_is_quoted_speech() -> None:
    text = "– Vi frykter at en ny bølge kommer, sier talsperson Jonas Eriksen til NTB.\n"
    assert speakers(extract(text)) == {0: {"Jonas Eriksen"}}


def test_guillemet_quote_and_mixed_speech() -> None:
    text = (
        "«Det er de svakeste som betaler», skriver hovedtillitsvalgt Line Mørk i et innlegg.\n\n"
        "Ordfører Siv Aasgaard sier at kommunen er «godt forberedt».\n"
    )
    assert [(s.paragraph, s.kind) for s in extract(text).statements] == [(0, "direct_quote"), (1, "mixed")]


def test_affiliation_and_role_become_source_fields() -> None:
    text = "– Rundt 3.000 ble evakuert, sier Marianne Gasser, sjef for Røde Kors' operasjoner i Syria, til BBC.\n"
    sources = {s.name: s for s in extract(text).sources}
    gasser = sources["Marianne Gasser"]
    assert (gasser.kind, gasser.role) == ("person", "sjef for Røde Kors' operasjoner i Syria")
    assert gasser.affiliation_id == sources["Røde Kors"].source_id


@pytest.mark.parametrize("role", ["rektor", "geolog", "barnehagelærer", "sjefredaktør", "skredvarsler"])
def test_a_role_before_the_name_after_the_verb(role: str) -> None:
    tables = extract(f"Totalt 45 elever ble sendt hjem, opplyser {role} Anne Lie til Dagbladet.\n")
    assert speakers(tables) == {0: {"Anne Lie"}}


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        ("Det opplyser politiets pressetalsperson, Mona Skjæveland, til NTB.", "Mona Skjæveland", "politiet"),
        ("– Vi vet ikke mer, sier kommunens beredskapsleder Ola Dahl.", "Ola Dahl", "kommunen"),
        ("Statsministeren vil ikke svare. Det bekrefter hans pressetalsperson Ida Ruud.", "Ida Ruud", None),
    ],
)
def test_a_genitive_or_possessive_before_the_role(text: str, speaker: str, affiliation: str | None) -> None:
    tables = extract(text + "\n")
    names = {s.source_id: s.name for s in tables.sources}
    assert speaker in speakers(tables)[0]
    person = next(s for s in tables.sources if s.name == speaker)
    assert names.get(person.affiliation_id) == affiliation


def test_an_unnamed_resident_is_an_anonymous_source() -> None:
    tables = extract("– Jeg har aldri sett noe lignende, forteller en beboer som ikke vil stå fram med navn.\n")
    assert speakers(tables) == {0: {"en beboer"}}
    assert [s.kind for s in tables.sources] == ["anonymous"]
    named = extract("– Det var skummelt, sier beboer Kari Hansen.\n")
    assert speakers(named) == {0: {"Kari Hansen"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that opens the sentence, known as a name because the article writes it mid-sentence too
        ("Ruter skriver i en pressemelding at 35 busser er satt inn. Busser fra Ruter kjører.", {0: {"Ruter"}}),
        ("En kilde i næringen sier til NRK at det gjelder mer enn 100.000 fisk.", {0: {"en kilde i næringen"}}),
        ("– Det er trist, sier en lege ved sykehuset.", {0: {"en lege ved sykehuset"}}),
        ("Politiet ber folk holde seg unna bratt terreng.", {0: {"politiet"}}),
        ("Riksmekleren opplyser at partene ikke er kalt inn.", {0: {"riksmekleren"}}),
        (
            "Rederiet Vestfjord Ferjer opplyser at 87 var om bord.\n\nRederiet bekrefter at ingen er skadd.",
            {0: {"Vestfjord Ferjer"}, 1: {"Vestfjord Ferjer"}},
        ),
    ],
)
def test_bodies_unnamed_people_and_type_words(text: str, expected: dict[int, set[str]]) -> None:
    assert speakers(extract(text + "\n")) == expected


def test_fortsatte_continues_a_guillemet_quote() -> None:
    tables = extract("«Vi er stolte», sa rektor Kari Lie. «Det er et rekordår», fortsatte hun.\n")
    assert [s.cue for s in tables.statements] == ["sa", "fortsatte"]
    assert speakers(tables) == {0: {"Kari Lie"}}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Over 100 kunder var uten strøm, ifølge Norges vassdrags- og energidirektorat (NVE).",
            "Norges vassdrags- og energidirektorat",
        ),
        (
            "Kommunal- og distriktsdepartementet opplyser til NTB at 12 kommuner har søkt.",
            "Kommunal- og distriktsdepartementet",
        ),
        ("Tromsøbrua blir stengt i minst seks uker, opplyser Statens vegvesen.", "Statens vegvesen"),
        ("Det er det høyeste tallet noensinne, opplyser Samordna opptak.", "Samordna opptak"),
        ("Norsk studentorganisasjon (NSO) mener tallet er høyere.", "Norsk studentorganisasjon"),
        (
            "Statsforvalteren i Trøndelag anslår på sin side at om lag 55.000 kunder var uten strøm.",
            "Statsforvalteren i Trøndelag",
        ),
    ],
)
def test_names_of_public_bodies(text: str, speaker: str) -> None:
    assert speakers(extract(text + "\n")) == {0: {speaker}}


@pytest.mark.parametrize(
    ("first", "later", "speaker"),
    [
        (
            "– Mange står uten plass, sier NSO-leder Ingrid Bøe til NRK.",
            "Ifølge NSO-lederen venter 400 søkere.",
            "Ingrid Bøe",
        ),
        (
            "– Innbyggerne har talt, mener Ola Tjørhom, leder i aksjonen «Gi oss kommunen tilbake».",
            "Aksjonslederen anslår at kampanjen har flere hundre frivillige.",
            "Ola Tjørhom",
        ),
        # a place for a first part, when no place was said of the person
        (
            "Ordfører Ivar Vigdenes (Sp) sier at kommunen vokser.",
            "– Vi passerer 24.000 i år, sier stjørdalsordføreren.",
            "Ivar Vigdenes",
        ),
    ],
)
def test_a_compound_role_refers_back(first: str, later: str, speaker: str) -> None:
    assert speakers(extract(f"{first}\n\n{later}\n")) == {0: {speaker}, 1: {speaker}}


def test_a_board_in_the_definite_form_is_a_body() -> None:
    tables = extract("I folkeavstemningen stemte 61,8 prosent for deling, opplyser valgstyret.\n")
    assert speakers(tables) == {0: {"valgstyret"}}


def test_organisasjonen_is_the_body_of_the_last_speaker_not_a_place() -> None:
    text = (
        "Bergen har den sterkeste veksten, med 7 prosent, opplyser organisasjonen.\n\n"
        "– Det er alvorlig, sier generalsekretær Ida Berg i Norsk Natur og Miljø.\n\n"
        "Organisasjonen anslår at 300 arter er truet.\n"
    )
    assert claim_sources(extract(text)) == [("7 prosent", "organisasjonen"), ("300", "Norsk Natur og Miljø")]


def test_a_place_after_the_subject_is_not_part_of_the_speaker() -> None:
    text = "Rederiet Nordis Shipping på Malta hevder at mindre enn ti tonn har lekket ut.\n"
    assert claim_sources(extract(text)) == [("mindre enn ti tonn", "Nordis Shipping")]


def test_anbefale_reports_speech_only_with_a_that_clause_or_an_infinitive() -> None:
    text = (
        "Legeforeningen anbefaler at alle over 65 år tar vaksinen.\n\n"
        "Forskerne hadde anbefalt en kvote på 200 dyr, opplyser direktoratet.\n\n"
        "Fagdirektør Sigrid Lunde anbefaler folk å sjekke avtalen sin.\n\n"
        "Bodø kommune foreslår å legge ned tre av sju filialer.\n\n"
        "Naboene kritiserer kommunen for å ha kuttet 30 stillinger.\n"
    )
    assert speakers(extract(text)) == {
        0: {"Legeforeningen"},
        1: {"direktoratet"},
        2: {"Sigrid Lunde"},
        3: {"Bodø kommune"},
    }


def test_role_noun_prefers_the_nearer_unnamed_source() -> None:
    text = (
        "Kommuneoverlege Eva Lund sier at 12 er smittet.\n\n"
        "En lege ved et legesenter i Oslo sentrum, som ikke ønsker å stå fram, sier at pågangen er stor.\n\n"
        "– Vi har satt over 80 vaksiner, sier legen.\n"
    )
    assert claim_sources(extract(text))[-1] == ("over 80", "en lege ved et legesenter i Oslo sentrum")


def test_a_body_noun_in_the_lead_refers_forward_to_the_body_named_later() -> None:
    text = (
        "Hackere kan ha hentet data om opptil 9000 elever, bekrefter kommunen.\n\n"
        "– Det er alvorlig, sier kommunedirektør Per Dal i Hamnes kommune.\n"
    )
    tables = extract(text)
    assert claim_sources(tables) == [("opptil 9000", "Hamnes kommune")]
    assert tables.statements[0].attribution == "role"


def test_a_compound_type_noun_names_the_body_whose_name_opens_on_its_first_part() -> None:
    text = (
        "Styret i Helse Nord-Trøndelag vil samle akuttfunksjonene i Namsos og Levanger. Forslaget "
        "innebærer at rundt 90 senger flyttes fra Namsos, opplyser helseforetaket til NTB.\n"
    )
    # 'helseforetaket' is 'Helse Nord-Trøndelag', not the place named last
    assert claim_sources(extract(text)) == [("rundt 90", "Helse Nord-Trøndelag")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Et flertall er imot bybane, viser en måling Respons Analyse har gjort for NRK.\n\n"
            "57 prosent av de spurte er imot bybane, opplyser analysebyrået.\n",
            "Respons Analyse",  # the compound's first part closes the name
        ),
        (
            "En mann er dømt for bedrageri mot Bærum kommune.\n\n"
            "Ifølge en rapport fra kommunerevisjonen fikk firmaet 47 oppdrag.\n",
            "kommunerevisjonen",  # a name's own type noun is no field: the audit is not the municipality
        ),
    ],
)
def test_a_compound_type_noun_names_the_body_whose_name_ends_on_its_first_part(text: str, source: str) -> None:
    assert claim_sources(extract(text))[-1][1] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Daglig leder Linh Tran ved en sushirestaurant på Grünerløkka forteller at hun har brukt rundt "
            "150.000 kroner på ny kjøledisk.",
            "Linh Tran",
        ),
        ("Lærer Kari Holm ved en liten skole i Vadsø sier at 12 elever mangler.", "Kari Holm"),
        ("Kari Holm ved en skole i Vadsø fikk 12 elever i fjor.", None),  # no reporting verb after it
    ],
)
def test_a_person_at_a_workplace_named_by_no_name_reports(text: str, source: str | None) -> None:
    """'X ved en sushirestaurant på Grünerløkka forteller at': the unnamed workplace and its place
    stand between the name and its reporting verb."""
    assert claim_sources(extract(text + "\n"))[-1][1] == source


def test_a_regional_unit_of_a_listed_body_is_of_its_type() -> None:
    """'NAV Vestfold og Telemark' is a Nav office, an etat: 'etaten' is it, not the benefit 'AAP'
    named in between."""
    text = (
        "Antallet unge på arbeidsavklaringspenger har økt med 18 prosent, viser nye tall fra NAV Vestfold og "
        "Telemark.\n\n"
        "Ved utgangen av januar var 2.412 personer registrert med AAP i Telemark, opplyser etaten.\n"
    )
    assert claim_sources(extract(text)) == [
        ("18 prosent", "NAV Vestfold og Telemark"),
        ("2.412", "NAV Vestfold og Telemark"),
    ]


def test_a_body_noun_that_may_name_itself_is_the_employer_of_its_type() -> None:
    """'ifølge fagforeningen' after 'Klubbleder X i Fellesforbundet' is the union X speaks for;
    'politiet' after 'X i Vest politidistrikt' stays the police (a public body's noun)."""
    union = (
        "Klubbleder Ronny Aasland i Fellesforbundet mener ledelsen pynter på tallene. Ifølge fagforeningen "
        "får 175 fast ansatte oppsigelse.\n"
    )
    assert claim_sources(extract(union)) == [("175", "Fellesforbundet")]
    police = (
        "Politioverbetjent Kari Holm i Vest politidistrikt mener sjåførene kjører for fort. Ifølge politiet ble "
        "12 sjåfører bøtelagt.\n"
    )
    assert claim_sources(extract(police)) == [("12", "politiet")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a municipal body of the place
        (
            "Kommunestyret i Sortland vedtok å legge ned skolen.\n\nSkolen har 46 elever, opplyser kommunen.\n",
            "Sortland kommune",
        ),
        # the mayor of the place, named after 'kommunen' spoke
        (
            "Stiene koster minst 4 millioner kroner i året, anslår kommunen.\n\n"
            "– Vi kan ikke ta regningen alene, sier ordfører Kari Dal i Moskenes.\n",
            "Moskenes kommune",
        ),
        # no municipal body or office says which place: the one municipality the lead names
        (
            "Et flertall i Lindesnes vil dele kommunen. Ifølge kommunen stemte 61,8 prosent for.\n",
            "Lindesnes kommune",
        ),
        # nor a municipality: 'kommunen' stays itself
        (
            "Et flertall vil dele kommunen. Ifølge kommunen stemte 61,8 prosent for.\n",
            "kommunen",
        ),
        # two places with a mayor: nobody can tell which
        (
            "Ordfører Kari Dal i Moskenes og ordfører Per Lie i Flakstad er enige.\n\n"
            "Ifølge kommunen koster stiene 4 millioner kroner.\n",
            "kommunen",
        ),
    ],
)
def test_kommunen_never_named_is_the_municipality_a_municipal_body_or_office_is_of(text: str, source: str) -> None:
    assert {name for _, name in claim_sources(extract(text))} == {source}


def test_a_body_noun_refers_back_to_the_body_a_person_named_before_works_for() -> None:
    text = (
        "– Det er alvorlig, sier ordfører Hilde Rygg i Kinn kommune.\n\n"
        "Ifølge kommunens egne tall har rundt 52.000 passasjerer reist via flyplassen i år.\n\n"
        "Kontrollen ble ledet av Per Dal i Vest politidistrikt. Politiet opplyser at 40 biler ble stanset.\n"
    )
    # 'politiet' names a body of its own, not 'Vest politidistrikt'
    assert claim_sources(extract(text)) == [("rundt 52.000", "Kinn kommune"), ("40", "politiet")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the same field before type nouns of one family
        ("Det opplyser Tolletaten. Ifølge tollvesenet er verdien 45 millioner kroner.", "Tolletaten"),
        # a health trust is a 'foretak'
        (
            "Ventetiden ved Universitetssykehuset Nord-Norge økte, opplyser UNN. "
            "Fristen ble brutt for 1.150 pasienter, opplyser foretaket.",
            "Universitetssykehuset Nord-Norge",
        ),
        # the county governor's office is an 'embete'
        (
            "Statsforvalteren i Troms og Finnmark har gitt tillatelse til å felle tre jerver i Kautokeino, "
            "opplyser embetet.",
            "Statsforvalteren i Troms og Finnmark",
        ),
    ],
)
def test_a_type_noun_of_the_same_kind_refers_back_to_the_body(text: str, source: str) -> None:
    assert {name for _, name in claim_sources(extract(text + "\n"))} == {source}


def test_a_name_ordbank_lists_before_a_surname_that_is_also_a_noun_is_a_person() -> None:
    text = (
        "I ekstraomgangene ble 19 år gamle Kasper Lunde matchvinner.\n\n"
        "– Jeg har ikke ord, sa Lunde til NRK.\n\n"
        "– Det er over, sa en skuffet Molde-trener Geir Rønneberg.\n"
    )
    # an unnamed source's description before a name describes the one named
    assert speakers(extract(text)) == {1: {"Kasper Lunde"}, 2: {"Geir Rønneberg"}}


def test_a_political_title_opening_a_sentence_before_a_surname_is_a_role() -> None:
    text = (
        "– Vi mangler rundt 40 lærere, sier kommunalråd for oppvekst Jonas Alm Pettersen (Ap).\n\n"
        "Kommunalråd Pettersen sier kommunen tilbyr en bonus på 50.000 kroner.\n"
    )
    assert claim_sources(extract(text)) == [
        ("rundt 40", "Jonas Alm Pettersen"),
        ("50.000 kroner", "Jonas Alm Pettersen"),
    ]


def test_a_body_noun_stays_its_own_source_when_two_bodies_of_its_type_follow() -> None:
    text = (
        "Hackere kan ha hentet data om opptil 9000 elever, bekrefter kommunen.\n\n"
        "Både Hamnes kommune og Lunde kommune er rammet, sier Per Dal i Hamnes kommune og Eva Lund i Lunde kommune.\n"
    )
    assert claim_sources(extract(text)) == [("opptil 9000", "kommunen")]


def test_an_acronym_that_opens_a_name_is_that_body() -> None:
    text = (
        "ABC Dyrevern vurderer å gå til retten.\n\n"
        "– Det er galt, sier leder Ida Berg i ABC.\n\n"
        "Organisasjonen anslår at 30 dyr er skutt.\n"
    )
    assert claim_sources(extract(text)) == [("30", "ABC Dyrevern")]


@pytest.mark.parametrize(
    "verb",
    ["smilte", "tordnet", "ropte", "lo", "sukket", "konstaterte", "kommenterte", "seier", "utbrøt", "roser"],
)
def test_any_tense_of_a_reporting_verb_closes_a_quote(verb: str) -> None:
    """The forms come from Norsk Ordbank: no list of past tenses to keep up to date."""
    text = f"– Vi har aldri hatt et bedre år, {verb} styreleder Randi Foss på årsmøtet.\n"
    assert kinds(text) == [(0, "direct_quote", "Randi Foss", "explicit")]


def test_a_manner_verb_reports_speech_only_closing_a_quote() -> None:
    text = "Randi Foss smilte da resultatet kom. Hun forteller at 40 nye medlemmer har meldt seg.\n"
    assert [k for k in kinds(text) if k[1] != "narration"] == [(0, "indirect", "Randi Foss", "pronoun")]
    assert kinds(text)[0] == (0, "narration", None, "none")


def test_a_double_surname_refers_back_to_the_whole_name() -> None:
    text = (
        "Anne Berit Strand Olsen vant sprinten i Trondheim lørdag.\n\n"
        "– Jeg trodde ikke det var mulig, jublet Strand Olsen etter målgang.\n"
    )
    assert speakers(extract(text)) == {1: {"Anne Berit Strand Olsen"}}


def test_a_paragraph_may_end_with_the_speaker_and_no_full_stop() -> None:
    text = "Dagen var lang for alle i byen, og mange var slitne. Kommunen har 300 ansatte, sier Tone Hansen\n"
    assert speakers(extract(text)) == {0: {"Tone Hansen"}}


def test_a_noun_before_a_name_says_what_it_is_and_a_back_reference_finds_it() -> None:
    text = (
        "Undersøkelsen er gjort av analysebyrået Kvantia for Bondebladet.\n\n"
        "Byrået opplyser at 800 personer ble spurt.\n"
    )
    assert claim_sources(extract(text)) == [("800", "Kvantia")]


def test_a_back_reference_by_lemma_needs_no_list_of_body_types() -> None:
    text = (
        "Fiskebåtrederiet Havbris fikk et overskudd på 44 millioner kroner i fjor.\n\n"
        "Rederiet opplyser at 12 båter er i drift.\n"
    )
    assert claim_sources(extract(text))[1] == ("12", "Havbris")
    # the tail of a compound name the body is called by
    tail = (
        "Det ble delt ut 1.200 tonn mat i fjor, opplyser daglig leder Eva Lie i Matsentralen Vestfold.\n\n"
        "Ifølge sentralen får 95 organisasjoner mat derfra.\n"
    )
    assert claim_sources(extract(tail))[1] == ("95", "Matsentralen Vestfold")
    # the noun of a name of a place and a noun, its company form after it
    form = (
        "Bøndene som leverer til Nord-Østerdal Meieri SA, får 12 øre mindre per liter.\n\n"
        "Ifølge meieriet vil kuttet koste en gård rundt 24.000 kroner.\n"
    )
    assert claim_sources(extract(form))[1] == ("rundt 24.000 kroner", "Nord-Østerdal Meieri SA")
    # a house named for someone is any compound of its noun: 'kulturhuset' is 'Ibsenhuset'
    honoured = (
        "Rehabiliteringen av Ibsenhuset i Skien blir forsinket, opplyser Skien kommune.\n\n"
        "Ibsenhuset hadde rundt 160.000 besøkende i 2023, ifølge kulturhusets egne tall.\n"
    )
    assert claim_sources(extract(honoured)) == [("rundt 160.000", "Ibsenhuset")]


def test_selskapet_is_the_last_company_whatever_its_trade() -> None:
    text = (
        "Turoperatøren Nordlys Safari har hatt sin beste sesong, forteller daglig leder Siri Moe.\n\n"
        "Selskapet opplyser at det har ansatt 20 nye guider.\n"
    )
    assert claim_sources(extract(text)) == [("20", "Nordlys Safari")]


def test_avisa_is_the_last_body_that_wrote() -> None:
    text = "Hele 58 prosent vil ha færre ulver, skriver Fjellposten.\n\nBare 21 prosent vil ha flere, ifølge avisa.\n"
    assert claim_sources(extract(text)) == [("58 prosent", "Fjellposten"), ("21 prosent", "Fjellposten")]


def test_a_name_ending_in_s_before_a_verb_is_no_genitive() -> None:
    text = "Konsernet Havbris fikk 44 nye kontrakter i fjor, opplyser Havbris.\n"
    assert claim_sources(extract(text)) == [("44", "Havbris")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Det opplyste styreleder og daglig leder Ane Lie på årsmøtet tirsdag.", "Ane Lie"),
        ("Forsvarer, advokat Per Dahl, sier at 40 vitner skal føres.", "Per Dahl"),
        ("Aktor, politiadvokat Eva Bakke i Vest politidistrikt, påpeker at 40 vitner skal føres.", "Eva Bakke"),
        ("Daglig leder Ole Vik (52) ved verkstedet forteller at 40 biler står på vent.", "Ole Vik"),
    ],
)
def test_joined_roles_and_places_around_a_name(sentence: str, speaker: str) -> None:
    assert speakers(extract(sentence + "\n")) == {0: {speaker}}


def test_two_places_and_a_type_noun_name_one_body() -> None:
    text = "Ti av dagene er gjort betinget, skriver Sør-Trøndelag og Fosen tingrett i dommen.\n"
    assert speakers(extract(text)) == {0: {"Sør-Trøndelag og Fosen tingrett"}}


def test_a_document_stands_for_the_body_that_issued_it() -> None:
    text = (
        "Fire av månedene er gjort betinget, skriver Oslo tingrett.\n\n"
        "Ifølge dommen ble 3 personer skadd.\n\n"
        "Fergeselskapet Sjøbuss melder at 200 avganger er innstilt.\n\n"
        "Ifølge pressemeldingen gjelder det 40 ruter.\n"
    )
    assert claim_sources(extract(text))[1:] == [("3", "Oslo tingrett"), ("200", "Sjøbuss"), ("40", "Sjøbuss")]


def test_a_company_form_is_part_of_the_name_and_may_be_left_out() -> None:
    text = (
        "Bøteleggingen gjelder oppdrettsselskapet Havfisk Vest AS.\n\n"
        "– Vi anker ikke, sier direktør Ola Moe i Havfisk Vest til NTB.\n\n"
        "Havfisk Vest har om lag 90 ansatte, opplyser selskapet.\n"
    )
    assert claim_sources(extract(text)) == [("om lag 90", "Havfisk Vest AS")]


def test_an_acronym_in_brackets_is_an_alias_of_a_body_without_a_name() -> None:
    text = (
        "Ifølge Det europeiske skiskytterforbundet (ESF) stilte 62 løpere til start.\n\n"
        "Hun har 312 poeng, ifølge ESF.\n"
    )
    sources = {name for _, name in claim_sources(extract(text))}
    assert len(sources) == 1


def test_a_club_nobody_typed_is_what_klubben_refers_to() -> None:
    text = (
        "Sandvik Turn gikk med et underskudd på 2 millioner kroner i fjor.\n\n"
        "Inntektene falt til 9 millioner kroner, skriver klubben i årsberetningen.\n"
    )
    assert claim_sources(extract(text))[1] == ("9 millioner kroner", "Sandvik Turn")


def test_a_place_qualified_body_is_met_again_without_its_place() -> None:
    text = (
        "Partiet vil be Statsforvalteren i Troms om en lovlighetskontroll.\n\n"
        "Statsforvalteren opplyser at embetet har behandlet tre slike klager.\n"
    )
    assert claim_sources(extract(text)) == [("tre", "Statsforvalteren i Troms")]


def test_one_of_a_group_is_an_unnamed_member_of_it() -> None:
    text = (
        "Naboene forteller til NTB at de hørte flere smell. En av dem hevder at minst fem personer ble hentet ned.\n\n"
        "– Skam dere! ropte en av foreldrene fra galleriet.\n"
    )
    tables = extract(text)
    assert claim_sources(tables) == [("minst fem", "en av naboene")]
    assert speakers(tables)[1] == {"en av foreldrene"}


def test_a_passive_particle_verb_is_no_cue() -> None:
    text = "NHO mener stengingen burde vært lagt til sommeren. Ifølge organisasjonen gjelder det 12 % av trafikken.\n"
    assert claim_sources(extract(text)) == [("12 %", "NHO")]


def test_a_place_before_a_type_noun_opens_a_name() -> None:
    text = (
        "Arrangøren anslo 7.500 tilskuere. Innlandet politidistrikt oppga på sin side at snaut 5 000 var til stede.\n"
    )
    assert claim_sources(extract(text))[1] == ("snaut 5 000", "Innlandet politidistrikt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tallene fra Statistisk sentralbyrå viser at 120 000 er ledige.\n", [("120 000", "Statistisk sentralbyrå")]),
        (
            "Det er 3 000 flere enn i fjor, viser statistikken fra Statistisk sentralbyrå.\n",
            [("3 000", "Statistisk sentralbyrå")],
        ),
        ("Det viser at 40 prosent er unge.\n", [("40 prosent", None)]),  # a 'viser' with no figures' owner
    ],
)
def test_what_figures_show_is_said_by_the_body_behind_them(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text)) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tre er sendt til legevakten, opplyser innsatsleder i politiet til NTB.", "innsatsleder i politiet"),
        ("– Vi er fornøyde, sier sjeføkonom i SpareBank 1 SMN, Ola M. Dahl.", "Ola M. Dahl"),
        ("Ifølge iTromsø har 40 personer meldt seg.", "iTromsø"),
        ("– Det er nok penger i ligaen, sier agent Ola Dahl.", "Ola Dahl"),
        ("– Vi regner med at 30 kommer, sier Ida Moe.", "Ida Moe"),
    ],
)
def test_speakers_of_real_copy(sentence: str, speaker: str) -> None:
    assert speakers(extract(sentence + "\n")) == {0: {speaker}}


def test_a_digit_inside_a_name_is_no_figure() -> None:
    assert claim_sources(extract("Banken SpareBank 1 SMN har 40 kontorer.\n")) == [("40", None)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a group: an inflected common noun (Norsk Ordbank) with the place that says which
        ("Fiskerne i Troms sier at de har fått 40 prosent mindre.", "fiskerne i Troms"),
        ("Bøndene i Stange og Løten forteller at 12 gårder er rammet.", "bøndene i Stange og Løten"),
        (
            "Elever ved Tromsdalen videregående skole sier at 30 elever bruker mobil.",
            "elever ved Tromsdalen videregående skole",
        ),
        # a document made by a body named in a relative clause, or owned by it
        ("En ny måling Respons har gjort for VG viser at 41 prosent er enige.", "Respons"),
        ("Ifølge en undersøkelse Opinion har gjort for Dagbladet, vil 38 prosent ha flere.", "Opinion"),
        ("En ny studie fra Universitetet i Tromsø viser at 30 prosent sover for lite.", "Universitetet i Tromsø"),
        ("Ifølge Avinors passasjerstatistikk reiste 310.000 utenlands.", "Avinor"),
        # a body named by its field, with or without an owner
        (
            "Det opplyser FNs kontor for koordinering av humanitær innsats (OCHA), som anslår 240 døde.",
            "FNs kontor for koordinering av humanitær innsats",
        ),
        (
            "– Vi har 40 nye plasser, sier direktør Eva Lie i Direktoratet for høyere utdanning og kompetanse.",
            "Eva Lie",
        ),
        # 'da' before an acronym is 'when', not a name particle
        ("– Vi har 80 vikarer, smilte direktør Kari Haldorsen da NTB besøkte Flesland.", "Kari Haldorsen"),
        # praise closing a quote, the speaker after an adjective
        ("– Uten de ansatte hadde vi ikke klart det, roser en fornøyd direktør Stein Tronsmoen.", "Stein Tronsmoen"),
        # a title the roles lexicon knows, before a given name no list knows
        ("– Vi stenger brua klokken 06, sier trafikkoperatør Linn Skeie.", "Linn Skeie"),
        # a role adjective in its weak form after a genitive
        ("– Dette er galskap, sier klubbens markedsansvarlige Kalle Björkmann til VG.", "Kalle Björkmann"),
        # 'erfare' reports what someone has found
        ("Prisene presses opp av eldre kjøpere, erfarer megler Odd Kalsnes.", "Odd Kalsnes"),
        # a call for something is said by the one calling
        ("Megler Odd Kalsnes etterlyser flere små boliger i sentrum.", "Odd Kalsnes"),
    ],
)
def test_speakers_from_syntax(sentence: str, speaker: str) -> None:
    assert speakers(extract(sentence + "\n")) == {0: {speaker}}


def test_the_asked_are_no_speakers() -> None:
    """'av de spurte': a participle after 'de' is the respondents, not 'they asked'."""
    text = "Ifølge en måling Norstat har gjort, ønsker 38 prosent av de spurte færre ulver i Norge.\n"
    assert claim_sources(extract(text)) == [("38 prosent", "Norstat")]


def test_a_body_named_by_owner_and_noun_is_met_again_as_the_noun() -> None:
    text = (
        "Norges Fiskarlag og departementet er uenige om kvoten.\n\n"
        "Fiskarlaget hevder at flåten mister 3400 tonn torsk.\n\n"
        "Direktør Eva Lie i Direktoratet for høyere utdanning og kompetanse er fornøyd.\n\n"
        "Ifølge direktoratet søkte 152.400 personer.\n"
    )
    assert claim_sources(extract(text)) == [
        ("3400 tonn", "Norges Fiskarlag"),
        ("152.400", "Direktoratet for høyere utdanning og kompetanse"),
    ]


def test_selskapet_prefers_a_body_named_as_a_company() -> None:
    text = (
        "Brekke Marine ASA fikk et resultat på 212 millioner kroner, ifølge en oversikt fra Infront.\n\n"
        "Selskapet opplyser at det legger ned kontoret der 40 personer jobber.\n\n"
        "Det opplyste selskapet.\n"
    )
    tables = extract(text)
    assert claim_sources(tables)[-1] == ("40", "Brekke Marine ASA")
    assert {s.name for s in tables.sources} >= {"Brekke Marine ASA"}
    assert not any("opplyste" in s.name for s in tables.sources)


def test_a_caption_label_names_nobody() -> None:
    text = (
        "GOD STEMNING: Konsernsjef Hilde Sætre la fram tallene. Foto: Ola Dahl / NTB\n\n"
        "Selskapet Brekke AS opplyser at 40 personer jobber der.\n"
    )
    tables = extract(text)
    assert "GOD STEMNING" not in {s.name for s in tables.sources}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # unnamed sources: what they know, where they sit, a relative clause with no comma
        (
            "Ifølge en kilde med god kjennskap til saken vil staten bruke 40 millioner kroner.",
            "en kilde med god kjennskap til saken",
        ),
        (
            "En kilde i det finske helsedepartementet sier at minst fire sykehus er uten strøm.",
            "en kilde i det finske helsedepartementet",
        ),
        ("En ansatt som ikke vil stå fram med navn, sier til avisa at 40 har sluttet.", "en ansatt"),
        # a place after the name: adjectives and a noun in any form
        ("Klinikksjef Eva Holm ved kirurgisk klinikk sier at klinikken mangler 15 leger.", "Eva Holm"),
        # a known body and a place: one name ('varsler' is the verb, not a noun)
        ("Fagforbundet Bodø varsler at flere hundre vil møte opp.", "Fagforbundet Bodø"),
    ],
)
def test_speakers_with_what_describes_them(sentence: str, speaker: str) -> None:
    assert speakers(extract(sentence + "\n")) == {0: {speaker}}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an acronym with an abbreviation is the alias of the body it stands for
        (
            "Direktør Eva Lie i Direktoratet for høyere utdanning og kompetanse (HK-dir) er fornøyd.\n\n"
            "Utdanningene har 5.150 plasser, opplyser HK-dir.\n",
            "Direktoratet for høyere utdanning og kompetanse",
        ),
        # 'selskapet' is the body described as a company, not the one that spoke before
        (
            "Trafikken økte, opplyser Avinor.\n\nDet regionale flyselskapet Fjordfly fraktet 41.500 "
            "passasjerer i juli, opplyste selskapet mandag.\n",
            "Fjordfly",
        ),
        # a definite description refers back to the named body of its paragraph
        ("I alt 38.400 pasienter sto i kø i Helse Nord, opplyser det regionale helseforetaket.\n", "Helse Nord"),
        (
            "Respons Analyse gjorde målingen. Av de spurte vil 40 prosent ha flere ulver, opplyser instituttet.\n",
            "Respons Analyse",
        ),
    ],
)
def test_back_references_to_named_bodies(text: str, source: str) -> None:
    assert {name for _, name in claim_sources(extract(text))} == {source}


def test_a_quote_resumes_after_one_aside_of_narration() -> None:
    """'– …, sier X.' / narration / '– …': the reporter's aside does not end X's quote; two asides,
    a heading, or an indirect statement before do."""
    text = (
        "– Vi har tapt penger i to år, sier daglig leder Rune Aas.\n\n"
        "Verkstedet har laget båtmotorer siden 1961.\n\n"
        "– I fjor solgte vi for 90 millioner kroner.\n\n"
        "Verkstedet ligger ved fjorden.\n\n"
        "Det har 40 ansatte.\n\n"
        "– Vi må tenke nytt.\n"
    )
    assert [(row[0], row[2]) for row in kinds(text) if row[1] == "direct_quote"] == [
        (0, "Rune Aas"),
        (2, "Rune Aas"),
        (5, None),
    ]
    indirect = "Rune Aas sier at verkstedet taper penger.\n\nVerkstedet ligger ved fjorden.\n\n– Vi må tenke nytt.\n"
    assert kinds(indirect)[-1][2] is None


def test_one_of_a_described_group_speaks() -> None:
    assert speakers(extract("– Nei! ropte en av de streikende da møtet var over.\n")) == {0: {"en av de streikende"}}
    assert speakers(extract("En av de ansatte sier at 40 har sluttet.\n")) == {0: {"En av de ansatte"}}
    assert speakers(extract("En av de unge kvinnene sier at 40 har sluttet.\n")) == {0: {"En av de unge kvinnene"}}
    assert speakers(extract("En av de som var der, sier at 40 døde.\n")) == {0: {"en av dem"}}


def test_what_a_document_shows_points_back_to_its_maker() -> None:
    """'Det fremgår av en børsmelding selskapet sendte ut': the figures before are the company's."""
    text = (
        "Verftet Kleven Yard AS fikk et resultat på 80 millioner kroner i fjor. "
        "Det fremgår av en børsmelding selskapet sendte ut fredag.\n"
    )
    assert claim_sources(extract(text)) == [("80 millioner kroner", "Kleven Yard AS")]


def test_a_count_of_bodies_is_a_source_but_not_of_its_own_count() -> None:
    text = (
        "Ifølge prognoser fra sju meglerhus blir prisen 80 øre.\n\n"
        "Ifølge analyser fra 9 meglerhus blir prisen rundt 70 øre i vinter.\n\n"
        "Prisen i nord blir under 10 øre, ifølge meglerhusene.\n"
    )
    assert claim_sources(extract(text))[-3:] == [
        ("9", None),
        ("rundt 70 øre", "9 meglerhus"),
        ("under 10 øre", "9 meglerhus"),
    ]


def test_an_owners_role_refers_back_to_who_holds_it() -> None:
    text = (
        "Daglig leder Randi Nerland i Fjordlyd er fornøyd.\n\n"
        "Festivalens daglige leder varsler at Fjordlyd vil søke om 20.000 plasser neste år.\n"
    )
    assert claim_sources(extract(text)) == [("20.000", "Randi Nerland")]


def test_a_participle_opening_the_sentence_is_no_name() -> None:
    text = "Basert på nye modeller anslår FHI at 40 personer er smittet.\n"
    assert claim_sources(extract(text)) == [("40", "FHI")]


def test_a_minus_sign_opens_a_quote_as_a_dash_does() -> None:
    text = "− Vi har sett 40 flommer. Det er mye. Vi er klare, sier Kari Nordmann.\n"
    assert kinds(text) == [(0, "direct_quote", "Kari Nordmann", "explicit")] * 3


def test_a_document_is_made_by_a_body_that_spoke_not_by_what_it_measured() -> None:
    """«ifølge undersøkelsen» is the firm that made the survey, not the body the same sentence is
    about, however recently that body was named."""
    text = (
        "Flere vil bytte bank, ifølge en ny undersøkelse som Opinion har gjort for Finans Norge.\n\n"
        "Nordea er mest populær med 31 prosent, ifølge undersøkelsen.\n"
    )
    assert claim_sources(extract(text)) == [("31 prosent", "Opinion")]


@pytest.mark.parametrize("name", ["Respons Analyse", "Status Partner"])
def test_a_common_noun_ending_in_s_is_a_word_of_the_name_not_a_genitive(name: str) -> None:
    """'Respons Analyse': no owner 'Respon'; the whole name speaks."""
    tables = extract(f"Feilmarginen er opptil 3 prosentpoeng, opplyser {name}.\n")
    assert claim_sources(tables) == [("opptil 3 prosentpoeng", name)]


@pytest.mark.parametrize(
    "text",
    [
        "Aksjonsgruppa «Trygg skolevei» mener trafikken er på 4.000 biler i døgnet.\n",
        "Trafikken er på 4.000 biler i døgnet, ifølge aksjonsgruppa «Trygg skolevei».\n",
        "Trafikken er på 4.000 biler i døgnet, sier aksjonsgruppa «Trygg skolevei».\n",
    ],
)
def test_a_body_named_in_guillemets_after_its_type_noun_is_that_name(text: str) -> None:
    """The guillemets close a name, not a quote: the body is «Trygg skolevei», and it speaks."""
    assert claim_sources(extract(text)) == [("4.000", "Trygg skolevei")]


def test_a_verb_that_only_continues_is_no_cue_outside_a_quote() -> None:
    text = "Prisene fortsetter å stige. – Vi har aldri sett noe lignende, fortsatte butikksjef Eva Moe.\n"
    assert kinds(text) == [(0, "narration", None, "none"), (0, "direct_quote", "Eva Moe", "explicit")]


def test_a_plural_noun_is_not_read_as_an_adjective() -> None:
    # Norsk Ordbank knows 'snekkerne' as a noun only, so it names who speaks
    text = "På verkstedet i Tynset forteller snekkerne om ordrebøker med over 40 oppdrag.\n"
    assert speakers(extract(text)) == {0: {"snekkerne"}}
    assert claim_sources(extract(text)) == [("over 40", "snekkerne")]


def test_a_comma_that_closes_a_relative_clause_leaves_the_subject_speaking() -> None:
    text = "Brann, som tapte 0–2 i Tromsø, oppfordrer supporterne til å møte opp på trening.\n"
    assert speakers(extract(text)) == {0: {"Brann"}}


def test_a_comma_inside_the_main_clause_still_lets_the_speaker_follow() -> None:
    text = "Ferja, som har plass til 120 biler, ble satt inn mandag, opplyser Torghatten Nord.\n"
    assert speakers(extract(text)) == {0: {"Torghatten Nord"}}


def test_a_role_with_a_preposition_and_a_named_apposition_in_brackets() -> None:
    text = (
        "Leder av oppvekstutvalget, Sunniva Brekke Aas (V), påpeker at 11 skoler mangler lærere.\n\n"
        "– Vi må prioritere, sier hun.\n"
    )
    assert speakers(extract(text)) == {0: {"Sunniva Brekke Aas"}, 1: {"Sunniva Brekke Aas"}}


@pytest.mark.parametrize("words", ["en jublende", "en tydelig preget", "en lettet"])
def test_an_article_and_a_describing_word_before_the_name(words: str) -> None:
    text = f"Trener Hallvard Ødegård Sunde var fornøyd.\n\n– Vi fortjente det, sa {words} Ødegård Sunde.\n"
    assert speakers(extract(text))[1] == {"Hallvard Ødegård Sunde"}


def test_a_pronoun_can_refer_to_one_unnamed_person() -> None:
    text = (
        "Avdelingsleder Randi Fjeld sier at 9 stillinger står tomme.\n\n"
        "En jordmor ved fødeavdelingen, som ikke vil stå fram med navn, forteller om lange vakter.\n\n"
        "– Vi orker ikke mer, sier hun.\n"
    )
    assert speakers(extract(text))[2] == {"en jordmor ved fødeavdelingen"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Trygg Trafikk peker på at 30 prosent kjørte for fort.", "Trygg Trafikk"),
        ("Lensmann Ivar Rønning minner om at 30 prosent kjørte for fort.", "Ivar Rønning"),
        ("Direktør Terje Moen tviler på at eksporten faller med 5 prosent.", "Terje Moen"),  # doubt is a view
    ],
)
def test_a_verb_with_a_particle_reports_speech_before_at(sentence: str, speaker: str) -> None:
    assert speakers(extract(sentence + "\n")) == {0: {speaker}}


def test_a_verb_with_a_particle_and_no_at_is_a_deed() -> None:
    assert speakers(extract("Læreren pekte på tavla med 3 streker.\n")) == {}
    assert speakers(extract("Direktøren tviler på de 3 tallene.\n")) == {}


def test_a_definite_noun_after_til_belongs_to_the_group_but_a_listener_does_not() -> None:
    text = "Naboene til fergekaia forteller at 4 biler sto i kø. Det forteller beboerne til NRK.\n"
    assert speakers(extract(text)) == {0: {"naboene til fergekaia", "beboerne"}}


def test_a_person_at_a_body_named_after_its_type_noun() -> None:
    text = "Daglig leder Siri Nes i reiselivsselskapet Fjellstua Opplevelser anslår at 400 gjester kom.\n"
    assert claim_sources(extract(text)) == [("400", "Siri Nes")]


def test_a_generic_type_noun_refers_back_to_a_body_of_a_kind_it_covers() -> None:
    # 'etaten' is the vegvesen; the plural 'Nødetatene' in the caption is not one body
    text = (
        "Statens vegvesen opplyser at 90 døde i trafikken.\n\n"
        "ULYKKE: Nødetatene rykket ut til en kollisjon. Foto: NTB\n\n"
        "Etaten konkluderer med at rus var inne i bildet i minst 19 ulykker.\n"
    )
    assert claim_sources(extract(text))[-1] == ("minst 19", "Statens vegvesen")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Byrået SSB venter at det blir satt i gang under 20 000 boliger i år.", "SSB"),
        ("Daglig leder Ola Moen begrunner kuttet på 40 stillinger med svak etterspørsel.", "Ola Moen"),
    ],
)
def test_an_expectation_or_a_reason_given_is_reported(text: str, speaker: str) -> None:
    assert speakers(extract(text + "\n")) == {0: {speaker}}


def test_sier_opp_is_a_layoff_not_speech() -> None:
    assert speakers(extract("Verkstedet Nordnes Mek sier opp 64 av de 210 ansatte.\n")) == {}


def test_the_management_speaks_for_its_company_not_for_the_union() -> None:
    text = (
        "Nordnes Mek AS sier opp 64 ansatte, opplyser selskapet.\n\n"
        "Klubbleder Kari Lie i Fellesforbundet sier at 30 av dem er lærlinger.\n\n"
        "Ledelsen varsler samtidig at minst 15 stillinger til kan forsvinne.\n"
    )
    assert claim_sources(extract(text))[-1] == ("minst 15", "Nordnes Mek AS")


def test_a_body_named_by_hos_after_a_figure_measured_it() -> None:
    text = (
        "Ifølge Norfakta får Frp 27,4 prosent.\n\n"
        "Senterpartiet havner under sperregrensen, med 3,6 prosent hos Norfakta og 3,9 prosent hos Opinion.\n"
    )
    tables = extract(text)
    assert claim_sources(tables)[1:] == [("3,6 prosent", "Norfakta"), ("3,9 prosent", "Opinion")]
    assert [c.evidence for c in tables.claims][1:] == ["according-to", "according-to"]
    assert "Opinion" in {s.name for s in tables.sources}  # a source row, though it said nothing


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two places joined by 'og' are one ('Oslo og Viken', a county): the body is named by both
        ("Statsforvalteren i Oslo og Viken opplyser til NTB at 40 ble evakuert.", "Statsforvalteren i Oslo og Viken"),
        (
            "Naturvernforbundet i Sogn og Fjordane anslår at 95 tonn slippes ut.",
            "Naturvernforbundet i Sogn og Fjordane",
        ),
        # a person's workplace: the place pair and the common noun after it close the affiliation
        (
            "Statsadvokat Kari Fjeld i Agder og Telemark statsadvokatembeter sier at boten var 3 millioner kroner.",
            "Kari Fjeld",
        ),
    ],
)
def test_a_place_of_two_joined_by_og_is_one_place(text: str, speaker: str) -> None:
    assert speakers(extract(text + "\n")) == {0: {speaker}}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adjective Norsk Ordbank knows, though it has no adjective's ending, before a role
        (
            "– Vi venter 40.000 passasjerer, sier kommersiell direktør Jonas Friedrich i Skagerrak Air.",
            "Jonas Friedrich",
        ),
        ("– Vi har kuttet 12 stillinger, sier teknisk sjef Åse Lind i Nordvik Energi.", "Åse Lind"),
        # a group placed by 'langs', or by a compound of a place and a common noun
        ("Elveeierne langs Uskedalselva forteller at 300 laks døde.", "elveeierne langs Uskedalselva"),
        ("Naboene i Kjevik-området forteller at 40 fly lander om natta.", "naboene i Kjevik-området"),
    ],
)
def test_speakers_read_with_ordbank_and_prepositions(text: str, speaker: str) -> None:
    assert speakers(extract(text + "\n")) == {0: {speaker}}


@pytest.mark.parametrize(
    "text",
    [
        "Selskapet har verken bekreftet eller avkreftet tallet.",
        "Kommunen har ikke avkreftet tallet.",
    ],
)
def test_a_neither_nor_confirmation_says_nothing(text: str) -> None:
    found = speakers(extract("Ifølge Bygdeposten døde 400 fisk i oppdrettsanlegget.\n\n" + text + "\n"))
    assert found == {0: {"Bygdeposten"}}


def test_an_age_noun_names_the_person_last_mentioned() -> None:
    text = (
        "– Vi vant fortjent, sa trener Henrik Berg til NTB.\n\n"
        "Matchvinner Isak Mbaye kom til klubben fra Lillestrøm i sommer.\n\n"
        "– Jeg har brent tre store sjanser, sa 22-åringen til Nordlys.\n"
    )
    assert speakers(extract(text)) == {0: {"Henrik Berg"}, 2: {"Isak Mbaye"}}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Norsk organisasjon for asylsøkere (NOAS) hevder at 2.600 venter.", "Norsk organisasjon for asylsøkere"),
        (
            "Foreldreutvalget for grunnopplæringen (FUG) melder om 300 henvendelser.",
            "Foreldreutvalget for grunnopplæringen",
        ),
    ],
)
def test_a_name_spelled_out_before_its_acronym(text: str, speaker: str) -> None:
    tables = extract(text + "\n\nIfølge " + text.split("(")[1].split(")")[0] + " venter 40 til.\n")
    assert speakers(tables) == {0: {speaker}, 1: {speaker}}  # the acronym alone names it again


def test_words_that_do_not_spell_the_acronym_are_no_name() -> None:
    assert speakers(extract("Kommunen har fått svar fra direktoratet (UDI) om at 40 får bli.\n")) == {}


def test_an_adverb_between_the_verb_and_its_subject() -> None:
    text = "Fredag anslo derimot Bærum kommune at 400 biler vil kjøre om, skriver Budstikka.\n"
    assert claim_sources(extract(text)) == [("400", "Bærum kommune")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the acronym of a long compound, or of the initials of the words of a name named before
        (
            "Hovedredningssentralen Nord-Norge bekrefter at to helikoptre ble sendt. "
            "Ifølge HRS ble 52 mannskaper satt inn.",
            "Hovedredningssentralen Nord-Norge",
        ),
        ("Folkehelseinstituttet opplyser at 23 er smittet. Ifølge FHI er 9 innlagt.", "Folkehelseinstituttet"),
        ("Vestkyst Ferjer AS opplyser at 14 ferjer går. Ifølge VF går 2 i opplag.", "Vestkyst Ferjer AS"),
    ],
)
def test_an_acronym_refers_back_to_the_name_it_abbreviates(text: str, source: str) -> None:
    assert {name for _, name in claim_sources(extract(text + "\n"))} == {source}


def test_letters_in_order_are_not_enough_for_an_acronym() -> None:
    text = "Norsk Sau og Geit anslår at 2100 sauer ble drept. Ifølge NRK fikk bøndene 14 millioner kroner.\n"
    assert claim_sources(extract(text))[-1] == ("14 millioner kroner", "NRK")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a lowercase title before a surname alone, after the person was named in full
        ("Petter Nosa Dahl scoret to mål.\n\n– Det var en god kamp, sier målscorer Dahl til NRK.", "Petter Nosa Dahl"),
        # a name in the genitive owns the role: the one named after it speaks
        ("– Vi tapte 3 kamper, sier Alfred Johanssons assistent Per Lie.", "Per Lie"),
    ],
)
def test_the_person_named_after_a_title_speaks(text: str, speaker: str) -> None:
    found = speakers(extract(text + "\n"))
    assert found[max(found)] == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Guro Ranes er bekymret.\n\nHun er tydelig på at 116 døde er altfor mange.", "Guro Ranes"),
        ("Ordfører Kari Holm er klar på at 40 stillinger må kuttes.", "Kari Holm"),
    ],
)
def test_a_three_word_cue(text: str, speaker: str) -> None:
    found = speakers(extract(text + "\n"))
    assert found[max(found)] == {speaker}


def test_klar_for_is_no_cue() -> None:
    assert speakers(extract("Laget er klar for kamp, og 3000 tilskuere kommer.\n")) == {}


def test_a_name_ending_in_digits_is_one_name() -> None:
    text = "Fjord1 opplyser at seks fergesamband i Hardanger er innstilt.\n"
    assert claim_sources(extract(text)) == [("seks", "Fjord1")]


def test_a_definite_noun_in_the_genitive_owns_its_document() -> None:
    text = "Bystyret møtes onsdag.\n\nIfølge byrådets forslag skal helsesektoren spare 38 millioner kroner.\n"
    assert claim_sources(extract(text)) == [("38 millioner kroner", "byrådet")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after 'ifølge', an owner speaks for any thing of theirs, not only a listed document
        ("Volumet økte med seks prosent, ifølge Aandahls kalkyler.\n", [("seks prosent", "Aandahl")]),
        ("Ifølge Paul Aandahls kalkyler var det 300 båter.\n", [("300", "Paul Aandahl")]),
        ("Ifølge Aftenpostens kilder var 40 personer der.\n", [("40", "Aftenposten")]),
        ("Ifølge politiets logg ble 85 personer evakuert.\n", [("85", "politiet")]),
        # a compound Ordbank lacks is a thing too, by its last part ('struktur')
        ("Ifølge UEFAs premiestruktur får hver klubb 3,17 millioner euro.\n", [("3,17 millioner euro", "UEFA")]),
        # a common noun's genitive with a capital is part of a name
        ("Ifølge Statens naturoppsyn ble minst 34 dyr drept.\n", [("minst 34", "Statens naturoppsyn")]),
        # a person after the genitive speaks, not the owner
        ("Ifølge politiets talsperson Kari Lund var 40 personer der.\n", [("40", "Kari Lund")]),
    ],
)
def test_ifolge_an_owners_thing_speaks_for_the_owner(text: str, expected: list[tuple[str, str]]) -> None:
    assert claim_sources(extract(text)) == expected


def test_ifolge_a_relatives_word_is_not_the_owners() -> None:
    sources = claim_sources(extract("Ifølge Olsens kone var det 30 gjester.\n"))
    assert sources != [("30", "Olsen")]


def test_figures_a_body_gathered_are_its_own() -> None:
    text = "Tallene Norsk Toppfotball har hentet inn, viser at 8 000 så kampen.\n"
    assert claim_sources(extract(text)) == [("8 000", "Norsk Toppfotball")]


def test_an_anonymous_source_in_a_body_named_by_an_adjective_and_a_noun() -> None:
    text = "En kilde i norsk politi opplyser til Aftenposten at over 1000 kilo ble funnet.\n"
    assert claim_sources(extract(text)) == [("over 1000 kilo", "en kilde i norsk politi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # common nouns after a name belong to it when a reporting verb makes the whole its subject
        ("Vestfold brann og redning anslår at 40 hus er truet.", [("40", "Vestfold brann og redning")]),
        ("Trolig er 40 hus truet, opplyser Vestfold brann og redning.", [("40", "Vestfold brann og redning")]),
        ("Trolig er 40 hus truet, opplyser Statens vegvesen onsdag.", [("40", "Statens vegvesen")]),  # a day
        # a back-reference to such a body by its type noun
        (
            "Vestfold brann og redning anslår at 40 hus er truet. Ifølge brannvesenet er 12 mannskaper der.",
            [("40", "Vestfold brann og redning"), ("12", "Vestfold brann og redning")],
        ),
        # 'museet' is a museum (a Latin neuter drops its -um), named earlier but not yet a source
        (
            "Nordnorsk Kunstmuseum hadde sitt beste år. I 2025 kom 61.000 besøkende, opplyser museet.",
            [("61.000", "Nordnorsk Kunstmuseum")],
        ),
        # a name of several words in the genitive owns the document after it
        ("Eksporten økte med 8 prosent, ifølge Sjømat Norges nye tall.", [("8 prosent", "Sjømat Norge")]),
        (
            "Prisene steg 3 prosent, ifølge Statistisk sentralbyrås ferske tall.",
            [("3 prosent", "Statistisk sentralbyrå")],
        ),
        # a role and its field before the name
        (
            "Byråd for helse og omsorg Kari Lie (H) sier kommunen vil bruke 30 millioner kroner på sykehjem.",
            [("30 millioner kroner", "Kari Lie")],
        ),
        (
            "Fylkesråd for næring Ole Hansen sier at 20 bedrifter får støtte.",
            [("20", "Ole Hansen")],
        ),
        # 'krever' reports only with an at-clause; a demand for a figure is what the writer reports
        ("Naboene krever nå 40 prosent av arealet, skriver Avisa Nordland.", [("40 prosent", "Avisa Nordland")]),
        ("Fagforbundet krever at lønnen øker med 5 prosent.", [("5 prosent", "Fagforbundet")]),
    ],
)
def test_speakers_named_by_syntax_and_back_references(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_noun_that_is_a_verb_too_is_a_title_right_after_the_reporting_verb() -> None:
    text = "– Du kjørte i 92 kilometer i timen, sier makker Jonas Lie til en turist.\n"
    assert claim_sources(extract(text)) == [("92 kilometer i timen", "Jonas Lie")]


def test_a_passive_relative_clause_names_the_maker_of_the_figures() -> None:
    text = "Omsetningen økte med 4 prosent i juli. Det viser tall som ble lagt fram av Virke fredag.\n"
    assert claim_sources(extract(text)) == [("4 prosent", "Virke")]


def test_the_object_pronoun_after_ifolge_names_the_last_speaker() -> None:
    text = (
        "– Markedet er i balanse, sier administrerende direktør Kari Holm i Eiendom Norge.\n\n"
        "Ifølge henne venter organisasjonen en prisvekst på 2 prosent neste år.\n"
    )
    assert claim_sources(extract(text)) == [("2 prosent", "Kari Holm")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudans regjering hevder at under 5.000 har krysset grensen.", [("under 5.000", "Sudans regjering")]),
        (
            "Norsk Bonde- og Småbrukarlag mener at 30 prosent vil slutte.",
            [("30 prosent", "Norsk Bonde- og Småbrukarlag")],
        ),
    ],
)
def test_a_countrys_body_and_a_name_whose_words_share_a_tail(text: str, expected: list[tuple[str, str]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role with a place, then the name between commas, is the subject of the verb after them
        (
            "Varaordfører i Vinje, Tone Aasland (Ap), mener staten tar 12 millioner kroner for mye.",
            [("12 millioner kroner", "Tone Aasland")],
        ),
        ("Dekan ved UiT, Eva Moe, sier fakultetet mangler 40 stipendiater.", [("40", "Eva Moe")]),
        # words the name parse does not take between the role and the comma
        (
            "Bistandsadvokat for de fleste av de fornærmede, advokat Siri Holm, sier at 14 har meldt krav.",
            [("14", "Siri Holm")],
        ),
        # a comma that closes content, not an apposition, still looks after the verb
        ("I fjor kom 300 turister, sier Ola Fjeld.", [("300", "Ola Fjeld")]),
        # 'har' before its subject, the participle after it, closing the content
        ("Det mangler 900 plasser, har Fylkesmannen regnet ut.", [("900", "Fylkesmannen")]),
        ("Over 60 hytter er uten strøm, har Lyse opplyst.", [("Over 60", "Lyse")]),
        ("– Vi trenger 25 nye busser, har daglig leder Kari Moen sagt til avisa.", [("25", "Kari Moen")]),
        ("Han har 300 sauer, og naboen har 200.", [("300", None), ("200", None)]),
        # a body's office for a region named by two places
        ("NAV Troms og Finnmark opplyser at 1.200 er helt ledige.", [("1.200", "NAV Troms og Finnmark")]),
        # a body, its place and the acronym spelling them are one body's name, whatever the parse
        (
            "Studentsamskipnaden i Agder (SiA) opplyser at 620 står i kø. Ifølge SiA er 80 av dem barnefamilier.",
            [("620", "Studentsamskipnaden i Agder"), ("80", "Studentsamskipnaden i Agder")],
        ),
        (
            "Havnevesenet i Narvik (HiN) opplyser at 410 skip kom. Ifølge HiN var 60 av dem cruiseskip.",
            [("410", "Havnevesenet i Narvik"), ("60", "Havnevesenet i Narvik")],
        ),
        ("Kommunen i Narvik (KN) opplyser at 70 søkte.", [("70", "Kommunen i Narvik")]),
        # a body named by a common noun and a region is no person ('Midt-Norge' is nobody's surname)
        (
            "Kunnskap Nord-Norge anslår at 70 prosent svarte. Ifølge rapporten svarte 300 lærere.",
            [("70 prosent", "Kunnskap Nord-Norge"), ("300", "Kunnskap Nord-Norge")],
        ),
    ],
)
def test_speakers_in_appositions_inverted_perfects_and_named_offices(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_the_same_document_met_again_is_the_same_bodys() -> None:
    text = (
        "Sp får 19 prosent, ifølge en måling InFact har gjort for Nationen.\n\n"
        "– Dette er et godt tall, sier statsviter Lars Bjerke ved Universitetet i Agder.\n\n"
        "Ifølge målingen får Ap 24 prosent.\n"
    )
    assert claim_sources(extract(text)) == [("19 prosent", "InFact"), ("24 prosent", "InFact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'tidligere' qualifies the role after it: the unnamed source is the whole phrase
        (
            "I retten forklarte en tidligere skiftleder at 11 av vaktene manglet.",
            [("11", "en tidligere skiftleder")],
        ),
        # what a body is, then its acronym, is the acronym's body
        (
            "Øyas statlige kriseinstitutt BNPB opplyser mandag kveld at 61 er savnet.",
            [("61", "BNPB")],
        ),
        # a document made by a body, told with a bare participle ('utført av', 'innhentet av')
        ("Hele 58 prosent er misfornøyde, viser en måling utført av Sentio.", [("58 prosent", "Sentio")]),
        (
            "Meglerne ventet et overskudd på 210 millioner kroner, ifølge en konsensus innhentet av Modular Finance.",
            [("210 millioner kroner", "Modular Finance")],
        ),
    ],
)
def test_unnamed_roles_described_acronyms_and_reduced_passives(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_pronoun_takes_the_person_of_its_gender_named_since_an_unnamed_speaker() -> None:
    text = (
        "I retten forklarte en tidligere skiftleder at 11 av vaktene manglet.\n\n"
        "De ansatte var representert ved advokat Mona Fjell. Hun sier at 40 har fått varsel.\n"
    )
    assert claim_sources(extract(text)) == [("11", "en tidligere skiftleder"), ("40", "Mona Fjell")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive after a modal reports, its subject before the modal or inverted after it
        ("Brannvesenet kan bekrefte at 17 boliger er tømt.", [("17", "brannvesenet")]),
        ("Til Avisa Oslo kan vaktsjef Rolf Lund bekrefte at 17 boliger er tømt.", [("17", "Rolf Lund")]),
        ("Tolv hus er tømt. Det kan politiet bekrefte.", [("Tolv", "politiet")]),
        # the one asked is no speaker
        ("Bondelaget vil be staten om 300 millioner kroner.", [("300 millioner kroner", "Bondelaget")]),
        ("Kommunen vil be fylket om 14 nye busser.", [("14", "kommunen")]),
        ("Det vil si at 40 prosent mangler.", [("40 prosent", None)]),  # 'det vil si': 'that is'
        # a document 'til' a body is that body's
        ("Ifølge tallene til kraftbørsen Nord Pool koster strømmen 3,10 kroner.", [("3,10 kroner", "Nord Pool")]),
        # 'Det tror ikke X' denies what came before: X did not say it
        ("Naboene regner med at 30 prosent flytter. Det tror ikke Ivar Vik.", [("30 prosent", "naboene")]),
    ],
)
def test_modal_infinitives_and_denials(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_denial_names_its_speaker_after_the_negation() -> None:
    text = "Naboene regner med at 30 prosent flytter. Det tror ikke Ivar Vik.\n"
    assert kinds(text) == [(0, "indirect", "naboene", "explicit"), (0, "indirect", "Ivar Vik", "explicit")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word Ordbank knows only as a guessed compound, before a common noun, opens one name
        (
            "Lundbøen Verksted sier opp 40 av 90 ansatte, opplyser selskapet.",
            [("40", "Lundbøen Verksted"), ("90", "Lundbøen Verksted")],
        ),
        ("Leverandøren Havbris sier at 40 båter er solgt.", [("40", "Havbris")]),  # a known noun describes
        # an unknown body of several words is where it is; a known body's branch keeps its place
        ("Nesbøen Snekkeri i Bykle opplyser at 14 er permittert.", [("14", "Nesbøen Snekkeri")]),
        ("Røde Kors i Hellas opplyser at 300 er evakuert.", [("300", "Røde Kors i Hellas")]),
    ],
)
def test_names_before_a_common_noun_and_a_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname opening a sentence: Ordbank lists it as a name, or it is a patronymic no dictionary holds
        ("Hansen innrømmer at 40 stillinger forsvinner.", [("40", "Hansen")]),
        ("Torgersen innrømmer at 40 stillinger forsvinner.", [("40", "Torgersen")]),
        # a club's suffix says what it is: 'klubben' refers back to it
        (
            "Bryne FK tapte 8,1 millioner kroner i fjor, opplyser klubben.",
            [("8,1 millioner kroner", "Bryne FK")],
        ),
        ("Til sammen er 30 barn berørt, klargjorde rektor Ola Vik.", [("30", "Ola Vik")]),
    ],
)
def test_surnames_club_suffixes_and_bodies_named_nearby(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_typed_name_ending_in_a_region_keeps_its_type() -> None:
    # 'Universitetssykehuset Nord-Norge' is a hospital, so 'sykehuset' is it, not the trust that spoke before
    text = (
        "Bare 58 prosent startet behandlingen, viser nye tall fra Helse Midt.\n\n"
        "Ved Universitetssykehuset Midt-Norge (UMN) sto 3.100 pasienter på venteliste, opplyser sykehuset.\n"
    )
    assert claim_sources(extract(text)) == [("58 prosent", "Helse Midt"), ("3.100", "Universitetssykehuset Midt-Norge")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any description, then the person between commas, is the subject of the verb after them
        ("Bobestyrer, advokat Siv Lund, bekrefter at firmaet har 61 ansatte.", [("61", "Siv Lund")]),
        (
            "Fagforbundets tillitsvalgte på verftet, Ola Rud, sier at 30 har fått varsel.",
            [("30", "Ola Rud")],
        ),
        # an adverb between a verb and its particle, and 'avvise at' with its forms listed
        ("Lie viser også til en måling der 40 prosent svarte nei.", [("40 prosent", "Lie")]),
        # a lead's closing view has no figures to go on with: a paragraph after that goes on with the
        # figures ('Det tilsvarer …') goes on with the report
        (
            "Ranene gikk ned 8 prosent i fjor, viser tall fra Agder politidistrikt. Men Frp mener tallene lyver.\n\n"
            "Det tilsvarer 1.210 anmeldte ran, mot 1.315 året før.",
            [
                ("8 prosent", "Agder politidistrikt"),
                ("1.210", "Agder politidistrikt"),
                ("1.315", "Agder politidistrikt"),
            ],
        ),
    ],
)
def test_descriptions_before_a_name_particles_and_lead_views(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_avvise_at_reports() -> None:
    text = "Politimester Mona Vik sier at 40 ble anmeldt.\n\nVik avviser at politiet pynter på tallene.\n"
    assert kinds(text)[-1] == (1, "indirect", "Mona Vik", "explicit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a double surname met again is the person, though its words look like a place and a noun
        (
            "Liv Kvamme Åsen vant sprinten søndag.\n\n– Jeg har vunnet 14 løp, sier Kvamme Åsen til NRK.",
            [("14", "Liv Kvamme Åsen")],
        ),
        # a type noun with a region is referred to by the type noun alone
        (
            "Redningssentralen Sør-Norge opplyser at 30 mannskaper leter.\n\n"
            "Ifølge Redningssentralen deltar tre helikoptre i letingen.",
            [("30", "Redningssentralen Sør-Norge"), ("tre", "Redningssentralen Sør-Norge")],
        ),
    ],
)
def test_double_surnames_and_regional_bodies_met_again(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'vente' with an object that is no span of time forecasts; waiting is no cue
        (
            "Eiendom Norge venter en prisvekst på mellom 4 og 6 prosent i Stavanger neste år.",
            [("mellom 4 og 6 prosent", "Eiendom Norge")],
        ),
        ("Pasientene i Ålesund venter en time på 40 prosent av legevaktene.", [("40 prosent", None)]),
        ("Kommunen venter på svar om 300 plasser.", [("300", None)]),
        # 'ifølge' later in the sentence wins, past the full stop of an abbreviation
        ("Analytikerne venter et resultat på 4,2 mrd. kroner, ifølge Infront.", [("4,2 mrd. kroner", "Infront")]),
        # 'svare på' with nothing said after it answers calls; with a colon or 'at' it reports
        ("Der svarer legevakta innen to minutter på 94 prosent av anropene.", [("94 prosent", None)]),
        (
            "Kommunedirektøren svarer på kritikken: – Vi har brukt 40 millioner kroner på skolene.",
            [("40 millioner kroner", "kommunedirektøren")],
        ),
    ],
)
def test_forecasts_and_answered_calls(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised article before a capitalised adjective opens the name
        (
            "Det Kongelige Sjøforbund mener at 40 båtførere druknet i fjor.",
            [("40", "Det Kongelige Sjøforbund")],
        ),
        ("Ifølge Den Norske Opera så 300 000 forestillingene.", [("300 000", "Den Norske Opera")]),
        ("Det norske folk har 5 millioner innbyggere, sier Ola Nordmann.", [("5 millioner", "Ola Nordmann")]),
    ],
)
def test_names_that_open_with_an_article(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_that_verb_with_det_answers_what_was_said() -> None:
    text = "Forbundet sier at 25 sjøfolk mangler.\n\nDirektør Anne Lie avviser det.\n"
    assert kinds(text)[-1] == (1, "indirect", "Anne Lie", "explicit")


def test_a_club_is_named_for_its_place() -> None:
    """'Klubben' with no club known is the lone unknown name that opened a sentence, and stays
    that club; a sentence opened by a preposition ('Foran kampen') names nobody."""
    text = (
        "Ranheim tapte 1–2 for Åsvang i cupen søndag.\n\n"
        "Klubben opplyser at 3.400 tilskuere så kampen.\n\n"
        "Foran kampen var det stille. Åsvang avgjorde mot slutten.\n\n"
        "Av de 3.400 var rundt 400 bortesupportere, opplyser klubben.\n"
    )
    assert claim_sources(extract(text)) == [
        ("3.400", "Ranheim"),
        ("3.400", "Ranheim"),
        ("rundt 400", "Ranheim"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of company the dictionary knows refers back; a company that just spoke comes first
        (
            "Tryggheim har fått 900 skademeldinger, opplyser selskapet.\n\n"
            "Forsikringsselskapet anslår at erstatningene blir 40 millioner kroner.",
            [("900", "Tryggheim"), ("40 millioner kroner", "Tryggheim")],
        ),
        (
            "Det er 300 husstander uten strøm, opplyser nettselskapet Linjekraft.\n\n"
            "Tryggheim ber kunder melde fra på nett. Selskapet opplyser at det har satt inn 40 saksbehandlere.",
            [("300", "Linjekraft"), ("40", "Tryggheim")],
        ),
        # 'etaten', any public agency, is the body of untold type that spoke last
        (
            "Helfo oppgir at 19.500 barn startet behandling i fjor.\n\nEtaten sier at 4.000 av dem fikk full stønad.",
            [("19.500", "Helfo"), ("4.000", "Helfo")],
        ),
        # 'utbyggeren', the developer, is a company of whatever name
        (
            "Loen Fjordhotell AS opplyser at hotellet får 140 rom.\n\n"
            "Hotellet vil bli opptil 22 meter høyt, opplyser utbyggeren.",
            [("140", "Loen Fjordhotell AS"), ("opptil 22 meter", "Loen Fjordhotell AS")],
        ),
        # 'forbundet' is the association a member named before speaks for, whoever spoke since
        (
            "– Vi har 22 celler med dobbeltbelegg, sier hovedtillitsvalgt Geir Aksnes i Norsk Fengsels- og "
            "Friomsorgsforbund.\n\nIfølge Kriminalomsorgen region vest gjelder det 14 celler.\n\n"
            "Det er registrert 31 tilfeller av vold i fengselet i år, opplyser forbundet.",
            [
                ("22", "Geir Aksnes"),
                ("14", "Kriminalomsorgen region vest"),
                ("31", "Norsk Fengsels- og Friomsorgsforbund"),
            ],
        ),
        # a municipality's bare name acting as a body is the municipality named in full
        (
            "Mangelen på plasser i Asker er stor, og kommunen legger 38 beboere på dobbeltrom.\n\n"
            "I fjor brukte Asker rundt 41 millioner kroner på kjøp av plasser, opplyser kommunen.\n\n"
            "Ifølge Asker kommune venter 64 personer på plass.",
            [("38", None), ("rundt 41 millioner kroner", "Asker kommune"), ("64", "Asker kommune")],
        ),
        # a compound whose first part is also a verb's form is still a body of its type noun
        (
            "Over 250 kunder har klaget til Forbrukerrådet det siste året, opplyser rådet.",
            [("Over 250", "Forbrukerrådet")],
        ),
        # an association of members that just spoke is no company: 'selskapet' is the one named
        (
            "Gruveselskapet Nordfjord Olivin AS vil øke uttaket, opplyser selskapet.\n\n"
            "Ifølge velforeningen bor rundt 90 husstander nær bruddet. Selskapet oppgir at 52 husstander bor der.",
            [("rundt 90", "velforeningen"), ("52", "Nordfjord Olivin AS")],
        ),
        # an owner, an adjective and a role before a name
        (
            "Fjellhamars daglige leder Kari Li sier at sluttspillet kostet 3 millioner kroner.",
            [("3 millioner kroner", "Kari Li")],
        ),
    ],
)
def test_company_nouns_and_owned_roles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an audit office is a body ('revisjon' is a type noun), and its report speaks for it
        (
            "Ifølge en rapport fra fylkesrevisjonen fikk firmaet 31 oppdrag. "
            "Rapporten viser også at fylket betalte 8 millioner kroner til firmaet.",
            [("31", "fylkesrevisjonen"), ("8 millioner kroner", "fylkesrevisjonen")],
        ),
        # a capitalised word mid-sentence is a name, though it ends in a document noun
        ("Ifølge Fiskedata ble det landet 900 tonn torsk.", [("900 tonn", "Fiskedata")]),
    ],
)
def test_audit_offices_and_names_ending_in_a_document(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym in the genitive, adjectives, then a document: the body behind it
        ("SSBs kvartalsvise lønnsstatistikk viser at lønningene steg 4,1 prosent.", [("4,1 prosent", "SSB")]),
        # 'Det viser' with a determiner and an adjective before the document
        (
            "Fyllingsgraden falt med 0,7 prosentpoeng. Det viser den ukentlige magasinstatistikken fra NVE.",
            [("0,7 prosentpoeng", "NVE")],
        ),
    ],
)
def test_statistics_described_before_their_maker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_determiner_and_a_short_adjective_before_a_role() -> None:
    """'sier den nye lederen': Norsk Ordbank's adjectives of three letters count after a determiner."""
    assert claim_sources(extract("– Vi har 40 medlemmer, sier den nye lederen.\n")) == [("40", "lederen")]


def test_heter_det_i_names_the_body_behind_the_document() -> None:
    """'«…», heter det i pressemeldingen fra X' is X's; 'Han heter Ola' reports nothing."""
    quoted = "«Vi har 300 ansatte», heter det i pressemeldingen fra Nordkyst AS.\n"
    assert claim_sources(extract(quoted)) == [("300", "Nordkyst AS")]
    assert claim_sources(extract("Han heter Ola og har 3 barn.\n")) == [("3", None)]
    # a body's remarks are a document of it (documents.tsv: 'bemerkning')
    remarks = "Antallet falt med 12 prosent, heter det i bemerkningene fra Riksadvokaten.\n"
    assert claim_sources(extract(remarks)) == [("12 prosent", "Riksadvokaten")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'finne at' reports what a body concluded, 'det bevist' may stand before the at-clause
        (
            "Lagmannsretten fant det bevist at hun tok 1,2 millioner kroner.",
            [("1,2 millioner kroner", "Lagmannsretten")],
        ),
        ("Forskerne fant at 30 prosent av elevene sov for lite.", [("30 prosent", "forskerne")]),
        ("Tollerne fant 300 kilo kokain i bilen.", [("300 kilo", None)]),  # a find, not a finding
    ],
)
def test_finne_at_reports_a_finding(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_long_chain_of_places_before_a_cue_neither_crashes_nor_speaks() -> None:
    # hostile text: thousands of places between a name and its verb; at most a few count
    text = "Per Dahl" + " i huset" * 3000 + " sier at 40 er nok.\n"
    assert speakers(extract(text)) == {}
    assert speakers(extract("Per Dahl i huset i Oslo sier at 40 er nok.\n")) == {0: {"Per Dahl"}}


def test_a_source_opening_the_second_clause_gives_only_its_figures() -> None:
    text = (
        "Oppussingen kostet 410 millioner kroner, og ifølge Kulturdepartementet dekket staten 150 millioner kroner.\n"
    )
    assert claim_sources(extract(text)) == [
        ("410 millioner kroner", None),
        ("150 millioner kroner", "Kulturdepartementet"),
    ]
    reported = "Brannen skadet 12 hus, og politiet opplyser at 30 er evakuert.\n"
    assert claim_sources(extract(reported)) == [("12", None), ("30", "politiet")]


def test_a_role_with_its_field_before_a_first_name_ordbank_knows_as_a_word() -> None:
    """'Byråd for helse Linn Kvamme': 'linn' is also an adjective, but after a role and its field
    a surname Ordbank does not know makes the two words a person; 'sier Kvamme' is her later."""
    text = (
        "Byråd for helse Linn Kvamme (Ap) bekrefter at kommunen har 14 ledige stillinger.\n\n"
        "– Vi brukte 9 millioner kroner, sier Kvamme.\n"
    )
    assert claim_sources(extract(text)) == [("14", "Linn Kvamme"), ("9 millioner kroner", "Linn Kvamme")]


def test_a_title_that_names_an_office_refers_back_to_it() -> None:
    """'Ifølge statsforvalteren' after 'Statsforvalteren i Oslo og Viken' is that office, not a
    new, unnamed holder of the title."""
    text = (
        "Statsforvalteren i Oslo og Viken betaler 500 kroner per dyr, bekrefter seksjonsleder Ingrid Haugland.\n\n"
        "Ifølge statsforvalteren er det utbetalt om lag 310.000 kroner.\n"
    )
    assert claim_sources(extract(text)) == [
        ("500 kroner", "Ingrid Haugland"),
        ("om lag 310.000 kroner", "Statsforvalteren i Oslo og Viken"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kolonien har krympet med 30 prosent. Det viser årets telling fra Norsk institutt for naturforskning.",
            [("30 prosent", "Norsk institutt for naturforskning")],
        ),
        ("Prisene steg 3 prosent. Det viser månedens statistikk fra Eiendom Norge.", [("3 prosent", "Eiendom Norge")]),
        ("Ifølge fjorårets rapport fra SSB var det 12 tilfeller.", [("12", "SSB")]),
        ("Ifølge byrådets forslag skal 40 stillinger kuttes.", [("40", "byrådet")]),  # an owner, not a date
    ],
)
def test_a_time_noun_in_the_genitive_dates_a_document_and_owns_nothing(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_body_met_first_by_its_acronym_takes_its_full_name() -> None:
    """'Foto: … / BT', then 'Bergens Tidende har meldt': the source is named by its first full
    mention, and 'Ifølge BT' later is the same source."""
    text = (
        "Dekningen er lav.\n\nSTIKK: En mann får vaksine. Foto: Eirik Hagesæter / BT\n\n"
        "Bergens Tidende har meldt at dekningen er 61 prosent.\n\nIfølge BT er det 40 prosent i Sogn.\n"
    )
    assert claim_sources(extract(text)) == [("61 prosent", "Bergens Tidende"), ("40 prosent", "Bergens Tidende")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I fjor solgte Tromsø kino 412.500 billetter, opplyser kinoen.", [("412.500", "Tromsø kino")]),
        (
            "Utlånet ved Fredrikstad bibliotek økte med 12 prosent, opplyser biblioteket.",
            [("12 prosent", "Fredrikstad bibliotek")],
        ),
    ],
)
def test_a_place_and_an_institution_noun_name_a_body_the_noun_refers_back_to(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_compound_type_ordbank_lacks_refers_back_to_the_speakers_employer() -> None:
    """'Ifølge beitelaget' after 'leder i Vang beitelag, Arne Sørbøen': the body he leads, though
    Ordbank does not know 'beitelag' and the body itself never spoke."""
    text = (
        "– Vi har sett lite rovdyr i år, sier leder i Vang beitelag, Arne Sørbøen.\n\n"
        "Ifølge beitelaget har minst tolv sauer gått utfor stup.\n"
    )
    assert claim_sources(extract(text)) == [("minst tolv", "Vang beitelag")]


def test_a_type_noun_before_a_body_named_in_apposition_refers_back_to_it() -> None:
    """'opplyser arrangøren, Otta idrettslag' says what the club is, as 'arrangøren Otta
    idrettslag' does: 'Ifølge arrangøren' later is the club."""
    text = (
        "Hun var seks minutter raskere enn rekorden, opplyser arrangøren, Otta idrettslag.\n\n"
        "Ifølge arrangøren stilte 1.120 løpere til start.\n"
    )
    assert claim_sources(extract(text)) == [("seks minutter", "Otta idrettslag"), ("1.120", "Otta idrettslag")]


def test_avisen_is_the_body_of_no_known_type_the_paragraph_cites() -> None:
    text = "Ifølge Budstikka var det flere hundre tomme seter, og avisen anslår at rundt 7.000 var til stede.\n"
    assert claim_sources(extract(text)) == [("flere hundre", "Budstikka"), ("rundt 7.000", "Budstikka")]


def test_an_acronym_joined_to_a_document_noun_names_its_body() -> None:
    """'ifølge FHI-tallene' is Folkehelseinstituttet's, as 'ifølge FHIs tall' is."""
    text = (
        "Folkehelseinstituttet (FHI) har lagt fram nye tall.\n\n"
        "I Bergen er dekningen 63 prosent, ifølge FHI-tallene.\n\nIfølge SSB-statistikken økte prisene med 4 prosent.\n"
    )
    assert claim_sources(extract(text)) == [("63 prosent", "Folkehelseinstituttet"), ("4 prosent", "SSB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Studentene ved Universitetet i Agder slutter.\n\nIfølge UiAs studieadministrasjon har 391 av dem sluttet.",
            [("391", "Universitetet i Agder")],
        ),
        ("Ifølge NTNUs ledelse har 200 studenter sluttet.", [("200", "NTNU")]),
    ],
)
def test_a_genitive_owner_of_an_organ_is_the_source(text: str, expected: list[tuple[str, str | None]]) -> None:
    """'UiAs studieadministrasjon' speaks for UiA (a short acronym with a lower-case letter,
    spelled by every word of 'Universitetet i Agder')."""
    assert claim_sources(extract(text + "\n")) == expected


@pytest.mark.parametrize(
    "cited",
    [
        "viser tall fra Nord Pools nettsider",
        "viser tall fra strømbørsen Nord Pools nettsider",
        "ifølge Nord Pools nettsider",
    ],
)
def test_a_name_in_the_genitive_owns_the_document_after_it(cited: str) -> None:
    """'tall fra Nord Pools nettsider' are Nord Pool's: the genitive 's' is not part of the name,
    and a kind of body ('strømbørsen') may come first."""
    assert claim_sources(extract(f"Snittprisen er 41,3 øre lavere enn onsdag, {cited}.\n")) == [
        ("41,3 øre", "Nord Pool")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body the lexicon knows is named after a capitalised type noun, not completed by it
        ("Flyselskapet Widerøe, som flyr ruten, oppgir at 96.000 passasjerer reiste.", [("96.000", "Widerøe")]),
        # 'enhet' is a kind of body: 'Enheten' refers back to it
        (
            "Utlendingsenheten opplyser at 421 kom.\n\nEnheten opplyser at 40 venter.",
            [("421", "Utlendingsenheten"), ("40", "Utlendingsenheten")],
        ),
        # 'samvirkelag' (as 'kjede', 'park', 'festival') is a kind of body: 'samvirkelaget' refers back
        (
            "Coop Marked Åmot stenger, opplyser Coop Telemark.\n\n"
            "Ifølge samvirkelaget omsatte butikken for 38,2 millioner kroner i fjor.",
            [("38,2 millioner kroner", "Coop Telemark")],
        ),
        # a type noun refers back to a body whose one-word name is a compound of it
        (
            "«Kundene kan ikke bytte», skriver Forbrukerrådet i en kommentar.\n\n"
            "Rådet mener at prisen bør ned med 20 prosent.",
            [("20 prosent", "Forbrukerrådet")],
        ),
        (
            "Seksjonssjef Arne Vassbotn i Fiskeridirektoratet sier at bestanden faller.\n\n"
            "Direktoratet foreslår at fritidsfiskere kan ta opptil ti krabber.",
            [("opptil ti", "Fiskeridirektoratet")],
        ),
    ],
)
def test_kinds_of_body_before_and_as_a_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_body_met_as_an_affiliation_is_met_again_by_its_noun() -> None:
    """'Fiskeforeningen' after 'Leder Per Ivar Rønning i Orkla fiskeforening' is that body, though
    it was only ever someone's affiliation."""
    text = (
        "Leder Per Ivar Rønning i Orkla fiskeforening forteller at de har solgt 2.600 fiskekort.\n\n"
        "Ifølge Fiskeridirektoratet er 37 oppdrettsfisk fanget.\n\n"
        "Fiskeforeningen mener at over 60 rømlinger er tatt opp.\n"
    )
    assert claim_sources(extract(text))[-1] == ("over 60", "Orkla fiskeforening")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's definite noun in the genitive, capitalised as it opens the sentence, owns the figures
        (
            "Norges Håndballforbund har 400 klubber, opplyser forbundet.\n\n"
            "Forbundets egne tall viser at 30 prosent slutter.",
            [("400", "Norges Håndballforbund"), ("30 prosent", "Norges Håndballforbund")],
        ),
        ("Kommunens tall viser at 30 prosent slutter.", [("30 prosent", "kommunen")]),
        # an application is a document of the body that sent it
        ("Ifølge kommunens søknad utgjør spillemidlene 23 millioner kroner.", [("23 millioner kroner", "kommunen")]),
        # a name and its type are whole: the place after them is where the body is
        (
            "Reinheimen nasjonalparksenter i Lesja opplyser at over 800 besøkende kom.",
            [("over 800", "Reinheimen nasjonalparksenter")],
        ),
        # 'slik X foreslår' frames the sentence as what X proposes; 'ta til orde for' reports
        (
            "Regjeringen vurderer et hyttetak på 150 kvadratmeter, slik Erik Solheim foreslår.",
            [("150 kvadratmeter", "Erik Solheim")],
        ),
        ("Solheim har tatt til orde for en grense på 150 kvadratmeter.", [("150 kvadratmeter", "Solheim")]),
        # 'tidligere' alone is no role: 'slik vi har skrevet tidligere' names nobody
        ("Prisen blir 40 kroner, slik vi har skrevet tidligere.", [("40 kroner", None)]),
        # a founder is a title, joined to another ('daglig leder og gründer X')
        (
            "– Nå brygger vi på 14 tanker, sier daglig leder og gründer Marit Hovda Sletten.",
            [("14", "Marit Hovda Sletten")],
        ),
        # a capitalised kind of business closes a company's name ('selskapet' then refers to it)
        (
            "Fjellgarden Bryggeri solgte 1,4 millioner liter øl, opplyser selskapet.",
            [("1,4 millioner liter", "Fjellgarden Bryggeri")],
        ),
        # a name's genitive owns a body: 'arrangøren' later is that body, not a person's role
        (
            "Nesten 3 000 syklister kom i mål, opplyser arrangøren Bergens Ritt.\n\n"
            "Rundt 15.000 tilskuere var til stede, ifølge arrangøren.",
            [("Nesten 3 000", "Bergens Ritt"), ("Rundt 15.000", "Bergens Ritt")],
        ),
        # agreeing or not with a claim states a view: 'er (ikke) enig i at', 'er uenig i at'
        ("Høyre er uenig i at skolen koster 150 millioner kroner.", [("150 millioner kroner", "Høyre")]),
        # after a person, '(Ap)' is her party, not another name for her: 'Ap mener' is the party
        (
            "– Skolen må bygges, sier gruppeleder Lilly Gunn Nyheim (Ap).\n\n"
            "Ap mener at skolen kan koste 150 millioner.",
            [("150 millioner", "Ap")],
        ),
        # 'røpe' reports
        ("Det blir 300 nye plasser, kan teatersjefen røpe.", [("300", "teatersjefen")]),
        # where something was said may stand between a verb that needs an at-clause and the clause
        (
            "Helse Midt-Norge foreslår i en ny utredning at båten skal ha to personer om bord.",
            [("to", "Helse Midt-Norge")],
        ),
        ("Kommunen anbefalte i fjor en kvote på 300 dyr.", [("300", None)]),  # a deed, no at-clause
        # a plan is a document: what it shows is its maker's, and 'ifølge planen' refers back
        (
            "Kommunen må skifte 23 baner, viser en ny plan fra Bymiljøetaten. Ifølge planen koster det"
            " 180 millioner kroner.",
            [("23", "Bymiljøetaten"), ("180 millioner kroner", "Bymiljøetaten")],
        ),
        ("En rundspørring Ringsaker Blad har gjort, viser at sju partier støtter banen.", [("sju", "Ringsaker Blad")]),
    ],
)
def test_documents_and_verbs_that_report(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_an_inquiry_is_a_document_of_the_body_behind_it() -> None:
    """'en saksutredning fra Kristiansand kommune', then 'Ifølge utredningen': the council's figures."""
    text = (
        "Prosjektet vil koste rundt 14,8 millioner kroner. Det viser en saksutredning fra Kristiansand kommune. "
        "Ifølge utredningen omfatter ordningen 1 940 elever.\n"
    )
    assert claim_sources(extract(text)) == [
        ("rundt 14,8 millioner kroner", "Kristiansand kommune"),
        ("1 940", "Kristiansand kommune"),
    ]


def test_a_region_before_a_capitalised_type_noun_is_part_of_the_name() -> None:
    """'Innlandet Bondelag frykter …': 'Innlandet' is the county, not a noun describing the body."""
    assert claim_sources(extract("Innlandet Bondelag mener at 40 bønder gir seg.\n")) == [("40", "Innlandet Bondelag")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Valgdirektoratets oversikt viser at rundt 25 000 velgere stemte.", [("rundt 25 000", "Valgdirektoratet")]),
        (
            "Bodø kommune har lagt fram tallene. Kommunens oversikt viser at 300 elever mangler skyss.",
            [("300", "Bodø kommune")],
        ),
        ("Statens vegvesen opplyser at 25 000 biler passerte.", [("25 000", "Statens vegvesen")]),
    ],
)
def test_a_body_noun_in_the_genitive_opening_a_sentence_owns_its_document(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """'Valgdirektoratets oversikt viser at …': capitalised only because it opens the sentence, the
    genitive owns the document; 'Kommunens' refers back as 'kommunens' does."""
    assert claim_sources(extract(text + "\n")) == expected


def test_a_field_listed_with_commas_before_the_short_name_is_one_name() -> None:
    """'Nordisk institutt for studier av innovasjon, forskning og utdanning (Nifu)': the comma lists
    fields of one body, as the short name in brackets after them shows; 'ifølge Nifu' is that body."""
    text = (
        "Nesten 40 prosent slutter. Det viser en rapport fra Nordisk institutt for studier av innovasjon, "
        "forskning og utdanning (Nifu).\n\nLandsgjennomsnittet er 29 prosent, ifølge Nifu.\n"
    )
    name = "Nordisk institutt for studier av innovasjon, forskning og utdanning"
    assert claim_sources(extract(text)) == [("Nesten 40 prosent", name), ("29 prosent", name)]


def test_lead_words_before_a_document_are_read_a_few_at_a_time() -> None:
    """'ifølge de nye foreløpige tallene fra SSB' reads its lead words; a hostile run of them is
    read only a few words ahead at each cue, so a long one stays linear."""
    assert claim_sources(extract("Ifølge de nye foreløpige tallene fra SSB steg prisene 3 prosent.\n")) == [
        ("3 prosent", "SSB")
    ]
    text = "Ifølge " + "årets " * 20000 + "tall fra SSB steg prisene 3 prosent.\n"
    assert claim_sources(extract(text)) == [("3 prosent", None)]


@pytest.mark.parametrize(
    "again",
    ["Samme rapport anslår at", "Den samme rapporten anslår at", "Ifølge samme rapport vil"],
)
def test_the_same_document_is_the_one_named_before(again: str) -> None:
    """'Samme rapport' refers back to the report named before, as 'Rapporten' does: it is no name."""
    text = (
        "Ifølge en rapport fra Statens vegvesen syklet 720 personer daglig på strekningen i fjor. "
        f"{again} sykkelandelen kan øke med 40 prosent innen 2030.\n"
    )
    assert claim_sources(extract(text)) == [("720", "Statens vegvesen"), ("40 prosent", "Statens vegvesen")]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("En trailersjåfør NRK har snakket med", "en trailersjåfør"),
        ("Flere foreldre Adresseavisen har vært i kontakt med", "flere foreldre"),
        ("En sykepleier vi har snakket med", "en sykepleier"),
    ],
)
def test_a_relative_clause_with_no_som_leaves_the_subject_speaking(subject: str, speaker: str) -> None:
    """Who the reporter spoke with, said without 'som' ('En trailersjåfør NRK har snakket med,
    forteller at …'): the noun before the clause speaks, and 'han' in the next quote is that one."""
    text = (
        "Trafikkleder Kjetil Omdal sier at 40 biler venter.\n\n"
        f"{subject}, forteller at køen har stått i fem timer.\n\n"
        "– Det blir verre for hver vinter, sier han.\n"
    )
    assert speakers(extract(text)) == {0: {"Kjetil Omdal"}, 1: {speaker}, 2: {speaker}}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("– Køene er altfor lange, sier en kunde.", "en kunde"),
        ("På Facebook skriver en kunde at hun ventet i 40 minutter.", "en kunde"),
        ("– Jeg ventet lenge, forteller en fortvilet kunde til NRK.", "en fortvilet kunde"),
        ("En pårørende NTB har snakket med, sier at moren ble båret ut.", "en pårørende"),
    ],
)
def test_an_indefinite_noun_in_the_speakers_place_is_someone_unnamed(text: str, speaker: str) -> None:
    """Any person an indefinite noun names speaks where a speaker stands ('sier en kunde'), when
    what is said, to whom or a clause about them follows."""
    assert speakers(extract(text + "\n")) == {0: {speaker}}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("De evakuerte NTB har snakket med, beskriver en kaotisk natt.", "en kaotisk natt"),  # a time
        ("Selskapet hadde ventet en omsetning på 60 millioner kroner.", "en omsetning"),  # what was expected
        ("Blant de spurte mener derimot en tredel at det er plass til flere ulver.", "en tredel"),  # an amount
        ("– Det sier en del om situasjonen, sier Kari Nilsen.", "en del"),
    ],
)
def test_an_indefinite_time_amount_or_object_after_a_cue_is_nobody(text: str, thing: str) -> None:
    found = speakers(extract(text + "\n"))
    assert all(thing not in names for names in found.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name opening the sentence with an adjective: a type noun and what the body is for
        (
            "Norsk institutt for bioøkonomi anslår på sin side at 25 prosent av bifolkene gikk tapt.",
            [("25 prosent", "Norsk institutt for bioøkonomi")],
        ),
        ("Lokale myndigheter anslår at 25 prosent av bifolkene gikk tapt.", [("25 prosent", "lokale myndigheter")]),
        # what a document shows is its issuer's, in a relative clause too
        (
            "Hun har lest en rapport fra SSB som viser at 38 prosent av ulykkene skjer i mørket.",
            [("38 prosent", "SSB")],
        ),
        # who points to the figures gives none of them
        (
            "Kari Nilsen viser til tall fra Statens vegvesen som viser at 38 prosent av ulykkene skjer i mørket.",
            [("38 prosent", "Statens vegvesen")],
        ),
        # … but the respondents of a survey she points to only answered it
        (
            "Kari Nilsen viser til en undersøkelse, der en firedel av studentene oppga at de manglet bolig.",
            [("en firedel", "Kari Nilsen")],
        ),
    ],
)
def test_bodies_and_documents_that_give_the_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_a_compound_of_a_councillor_is_a_role_before_a_name() -> None:
    """'Skolebyråd Linn Kvamme (Ap)': '-byråd' is a role (a name nobody told the gender of stays a
    person), so 'sier hun' is her and not the woman before; 'byrådet' is still the council."""
    text = (
        "Prøveleder Kristin Vatne i Udir sier at resultatene er svake.\n\n"
        "Skolebyråd Linn Kvamme (Ap) sier at kommunen har satset på flere matematikktimer.\n\n"
        "– Vi har brukt 22 millioner kroner på flere lærere, sier hun.\n\n"
        "Byrådet opplyser at 40 lærere er ansatt.\n"
    )
    tables = extract(text)
    assert speakers(tables) == {0: {"Kristin Vatne"}, 1: {"Linn Kvamme"}, 2: {"Linn Kvamme"}, 3: {"byrådet"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kommunen vil slå av 3.100 gatelys om natten. Det foreslår kommunedirektør Eva Brattås Hoel.",
            {0: {"Eva Brattås Hoel"}},
        ),
        ("Kommunen vil slå av 3.100 gatelys om natten. Det krever mye arbeid.", {}),  # no one to speak
        ("Eva Brattås Hoel har foreslått en kvote på 3.100 gatelys.", {}),  # a deed: no at-clause
    ],
)
def test_a_verb_that_needs_an_at_clause_points_back_after_a_fronted_det(
    text: str, expected: dict[int, set[str]]
) -> None:
    """'Det foreslår X' says X proposes what the sentence before says, as 'Det opplyser X' does."""
    assert speakers(extract(text + "\n")) == expected


@pytest.mark.parametrize(
    ("text", "speakers_found"),
    [
        ("Hytta hadde 11.842 gjestedøgn, opplyste DNT Oslo og Omegn onsdag.", {"DNT Oslo og Omegn"}),
        ("NHO Service og Handel opplyser at 300 bedrifter er rammet.", {"NHO Service og Handel"}),
        ("NAV Oslo og Ruter opplyser at 300 reisende er rammet.", {"NAV Oslo", "Ruter"}),  # two bodies
    ],
)
def test_an_acronyms_name_joined_by_og_to_a_common_noun_is_one_body(text: str, speakers_found: set[str]) -> None:
    assert speakers(extract(text + "\n")) == {0: speakers_found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Utbygger Nils Brenna sier at han har ventet i over fem måneder.", {0: {"Nils Brenna"}}),
        ("Bygger Nils Brenna huset selv?", {}),  # a verb opening a question names no one
    ],
)
def test_a_title_that_is_also_a_verb_form_opens_the_sentence_before_a_whole_name(
    text: str, expected: dict[int, set[str]]
) -> None:
    assert speakers(extract(text + "\n")) == expected


def test_a_title_that_is_also_a_verb_form_opens_the_sentence_before_an_aged_name() -> None:
    """'Forfatter Live Nygård (38) mener': 'forfatter' is a verb form too, and 'Live' a word Ordbank
    knows, but the age after the name says a person is titled."""
    text = "Forfatter Live Nygård (38) mener honoraret på 6.000 kroner per arrangement er altfor lavt.\n"
    assert speakers(extract(text)) == {0: {"Live Nygård"}}


def test_a_place_of_first_parts_sharing_a_noun_is_where_the_speaker_works() -> None:
    """'i plan- og bygningsetaten': the hyphenated first parts and 'og' belong to the noun."""
    text = "Virksomhetsleder Martin Ødegård i plan- og bygningsetaten bekrefter at etaten har 14 stillinger.\n"
    assert speakers(extract(text)) == {0: {"Martin Ødegård"}}


def test_a_bodys_type_noun_before_its_name_is_no_title() -> None:
    """'opplyser bompengeselskapet Ferde': a body with a name Ordbank does not know, not a person
    titled 'bompengeselskapet', so 'selskapet' in the next paragraph is Ferde."""
    text = (
        "Nesten 9.000 bilister har fått for høy faktura, opplyser bompengeselskapet Ferde.\n\n"
        "Over 400 passeringer ble registrert to ganger, skriver selskapet i en pressemelding.\n"
    )
    assert speakers(extract(text)) == {0: {"Ferde"}, 1: {"Ferde"}}


def test_the_described_one_refers_back_to_an_unnamed_source() -> None:
    """'sier den ansatte' after 'En ansatt ved biblioteket, som ikke vil stå fram': that employee;
    'NRK har ikke fått bekreftet tallene' has NRK told nothing, so it says nothing."""
    text = (
        "Biblioteksjef Kari Lund opplyser at utlånet økte med 12 prosent.\n\n"
        "En ansatt ved biblioteket, som ikke vil stå fram med navn, sier til avisen at antallet årsverk "
        "har gått ned fra 74 til 66. NRK har ikke fått bekreftet tallene.\n\n"
        "– Vi låner ut mer med færre folk. Det går ikke i lengden, sier den ansatte.\n"
    )
    assert speakers(extract(text)) == {
        0: {"Kari Lund"},
        1: {"en ansatt ved biblioteket"},
        2: {"en ansatt ved biblioteket"},
    }


def test_a_reporting_verb_with_an_object_in_a_relative_clause_is_a_deed() -> None:
    """'lokalitetene som rapporterte lusetall' did something; the figures are the authority's."""
    text = (
        "Anleggene hadde i snitt 0,38 lus per fisk, opplyser Mattilsynet.\n\n"
        "Av de 46 lokalitetene som rapporterte lusetall, lå 19 over grensen, ifølge tilsynet.\n"
    )
    assert claim_sources(extract(text))[1:] == [("46", "Mattilsynet"), ("19", "Mattilsynet")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening on a document a body made reads as 'Ifølge' it
        (
            "I en ny måling fra Respons Analyse for NRK Vestland svarer 61 prosent at de er imot.",
            [("61 prosent", "Respons Analyse")],
        ),
        ("I rapporten fra Menon anslås det at 300 jobber forsvinner.", [("300", "Menon")]),
        ("I Bergen ble 40 personer evakuert.", [("40", None)]),  # a place, no document
        # a document sent to a body is not the body's
        (
            "I søknaden til kommunen er det oppgitt 180 faste arbeidsplasser, skriver Rana Blad.",
            [("180", "Rana Blad")],
        ),
        # 'for NRK' is the client of a poll, not the end of the pollster's name
        ("Ifølge Respons Analyse for NRK Vestland er 61 prosent imot.", [("61 prosent", "Respons Analyse")]),
        # a newsroom the lexicon does not know, by its type noun ('Blad', 'avis')
        ("Ifølge Respons Analyse for Rana Blad er 46 prosent for.", [("46 prosent", "Respons Analyse")]),
        ("Ifølge Syrian Observatory for Human Rights er 300 drept.", [("300", "Syrian Observatory for Human Rights")]),
    ],
)
def test_a_document_opening_the_sentence_and_the_client_of_a_poll(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert claim_sources(extract(text + "\n")) == expected


def test_the_noun_after_a_verb_in_a_subject_relative_clause_is_no_speaker() -> None:
    """'en brannalarm som først varslet brannen': 'som' is the subject, 'brannen' the object; the
    figures are those of the statistics named after them."""
    text = (
        "I en av tre branner var det en brannalarm som først varslet brannen, mens det i 13 prosent av "
        "tilfellene var en røykvarsler, viser statistikk fra DSB.\n"
    )
    assert {source for _, source in claim_sources(extract(text))} == {"DSB"}


@pytest.mark.parametrize(
    "role",
    ["professor i statsvitenskap", "førsteamanuensis i historie"],
)
def test_a_role_and_its_subject_before_a_name(role: str) -> None:
    """'professor i statsvitenskap Ingrid Dalen': the role's subject is part of the role, the
    person is the speaker."""
    text = f"– Frp har fått en sak som engasjerer, sier {role} Ingrid Hægeland Dalen ved Universitetet i Agder.\n"
    assert speakers(extract(text)) == {0: {"Ingrid Hægeland Dalen"}}


def test_an_unnamed_source_with_two_relative_clauses_and_its_noun_later() -> None:
    """'En drosjesjåfør som har kjørt …, og som ikke vil stå fram, sier': ', og som' goes on with the
    same subject; 'sier sjåføren' later is that driver (the compound ends in the noun)."""
    text = (
        "En drosjesjåfør som har kjørt fra flyplassen i mange år, og som ikke vil stå fram med navn, "
        "sier at han daglig ser minst ti ulovlige biler i køen.\n\n"
        "«De står der hver eneste dag», sier sjåføren.\n"
    )
    assert speakers(extract(text)) == {0: {"en drosjesjåfør"}, 1: {"en drosjesjåfør"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue inside an earlier report's at-clause takes no subject after it ('mener mannen')
        (
            "En kilde i politiet sier til NRK at etterforskerne mener mannen samarbeidet med tre andre.",
            {0: {"en kilde i politiet"}},
        ),
        # 'frykte for' a thing is a feeling; 'frykte for at' reports
        ("Fiskerne i Varanger frykter for inntektene.", {}),
        ("Fiskerne i Varanger frykter for at 30 båter må legges ned.", {0: {"fiskerne i Varanger"}}),
    ],
)
def test_what_a_reporting_verb_governs(text: str, expected: dict[int, set[str]]) -> None:
    assert speakers(extract(text + "\n")) == expected


def test_a_media_genitive_and_a_title_before_a_name_after_the_cue() -> None:
    """'sa NRKs kommentator Patrick Rowlands': an owner in the genitive, a title, then a name the
    first-name list lacks; the person speaks, not NRK."""
    text = "– Det var en fantastisk kamp, sa NRKs kommentator Patrick Rowlands.\n"
    assert speakers(extract(text)) == {0: {"Patrick Rowlands"}}


def test_an_unnamed_person_opening_a_sentence_is_what_a_later_pronoun_means() -> None:
    """'En dørvakt var sikker på …' then 'Han forklarte at …': the doorman, not the coach named
    a paragraph before."""
    text = (
        "Landslagssjef Christian Berge var fornøyd etter kampen.\n\n"
        "En dørvakt var sikker på at det var den tiltalte som slo. Han forklarte at gjerningsmannen løp.\n"
    )
    assert speakers(extract(text)) == {1: {"en dørvakt"}}
    # a thing is no person: 'han' stays the coach
    thing = "Trener Jon Erik Sandnes er optimist.\n\n– Men en hall til 2 milliarder kommer ikke over natta, sier han.\n"
    assert speakers(extract(thing)) == {1: {"Jon Erik Sandnes"}}


def test_a_noun_bokmal_knows_only_as_a_noun_reports_nothing_in_a_statement() -> None:
    """'seier' is nynorsk for 'sier' closing a quote, and the Bokmål noun 'victory' elsewhere."""
    text = "Søndagens seier var Kristoffersens andre seier denne sesongen.\n"
    assert kinds(text) == [(0, "narration", None, "none")]


@pytest.mark.parametrize(
    "cue",
    ["sier mannens forsvarer", "svarer den dømte spillerens forsvarer", "sa kvinnens advokat"],
)
def test_a_title_owned_by_a_common_noun_after_the_cue_names_the_speaker(cue: str) -> None:
    """'sier mannens forsvarer X': a genitive of any common noun, with its article and adjectives,
    owns the title between the reporting verb and the name."""
    text = f"– Han er uskyldig, {cue} Geir Michael Jesinsky i advokatfirmaet Elden til VG.\n"
    assert speakers(extract(text)) == {0: {"Geir Michael Jesinsky"}}


def test_a_described_role_refers_back_to_the_person_with_its_head_role() -> None:
    """'den erfarne sjarkfiskeren' is the fisher named before: a compound whose first part is a
    common noun says what kind of fisher, not who."""
    text = (
        "– Prisene har aldri vært høyere, sier fisker Hans Petter Rasmussen fra Båtsfjord.\n\n"
        "– Vi får over 100 kroner kiloen, forteller den erfarne sjarkfiskeren.\n"
    )
    assert speakers(extract(text)) == {0: {"Hans Petter Rasmussen"}, 1: {"Hans Petter Rasmussen"}}


def test_the_lawyer_is_the_defence_counsel_named_before() -> None:
    text = "– Det er urimelig, sier forsvarer Geir Jesinsky.\n\nDommen ble ifølge advokaten hans forkynt i januar.\n"
    assert speakers(extract(text)) == {0: {"Geir Jesinsky"}, 1: {"Geir Jesinsky"}}


def test_a_company_form_closes_the_name_its_word_opens() -> None:
    """'Fjordmeieriet AS' is the company; 'meieriet' inside it is no type noun before a name 'AS'."""
    text = "Fjordmeieriet AS legger ned meieriet i Vik. Ifølge selskapet forsvinner 52 arbeidsplasser.\n"
    assert claim_sources(extract(text)) == [("52", "Fjordmeieriet AS")]


def test_two_capitalised_common_nouns_joined_by_og_are_one_body() -> None:
    """'Natur og Ungdom': the capital on the second noun, mid-sentence, says the two are a name;
    places and first names joined by 'og' stay two ('Norge og Sverige', 'Kari og Per')."""
    text = "Natur og Ungdom mener tallene er overdrevet. Ifølge organisasjonen gir gruva bare 95 arbeidsplasser.\n"
    assert claim_sources(extract(text)) == [("95", "Natur og Ungdom")]
    text = "Norge og Sverige har 40 avtaler, sier Per Olsen.\n"
    assert claim_sources(extract(text)) == [("40", "Per Olsen")]


def test_a_body_named_by_its_field_is_met_again_by_its_type_noun() -> None:
    """'Direktoratet for mineralforvaltning skal behandle …' names the body though it says nothing;
    'Direktoratet opplyser' in the next sentence is that body."""
    text = (
        "Direktoratet for mineralforvaltning skal behandle søknaden. "
        "Direktoratet opplyser at det har kommet inn 14 høringsuttalelser.\n"
    )
    assert claim_sources(extract(text)) == [("14", "Direktoratet for mineralforvaltning")]


@pytest.mark.parametrize("cue", ["ifølge sin forsvarer", "sier hans forsvarer"])
def test_a_possessive_role_with_no_name_refers_back_to_its_holder(cue: str) -> None:
    """'Han anker, ifølge sin forsvarer': the defence counsel named before, as 'forsvareren' is."""
    text = f"– Det er urimelig, sier forsvarer Geir Jesinsky.\n\nHan anker dommen, {cue}.\n"
    assert speakers(extract(text)) == {0: {"Geir Jesinsky"}, 1: {"Geir Jesinsky"}}


def test_a_sentence_adverb_may_stand_between_the_verb_and_its_at_clause() -> None:
    text = "Eiendom Norge venter også at 40 prosent flere boliger blir solgt i desember.\n"
    assert claim_sources(extract(text)) == [("40 prosent", "Eiendom Norge")]


def test_what_has_turned_out_is_not_reported() -> None:
    """'har vist seg å gå imot konjunkturen': 'vise seg' is to turn out, not to show figures."""
    text = "Salget økte med 12 prosent, og i mange byer har boligmarkedet vist seg å gå imot konjunkturen.\n"
    assert claim_sources(extract(text)) == [("12 prosent", None)]
    assert speakers(extract(text)) == {}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("En mor i Kristiansand forteller til NRK at sønnen ventet i 19 uker.", "en mor i Kristiansand"),
        ("En mor forteller at sønnen ventet i 19 uker.", "en mor"),
        ("En mann i 40-årene sier at han betalte 300 kroner.", "en mann i 40-årene"),
        ("En kvinne i slutten av 30-årene forteller at hun betalte 300 kroner.", "en kvinne i slutten av 30-årene"),
    ],
)
def test_an_unnamed_person_who_is_the_subject_of_a_reporting_verb_speaks(text: str, speaker: str) -> None:
    """'En mor i Kristiansand forteller til NRK at …': any noun Ordbank knows, with an indefinite
    article, as the subject of a reporting verb, is someone unnamed (no list of person nouns);
    'i 40-årene' is the person's age, part of who it is."""
    assert speakers(extract(text + "\n")) == {0: {speaker}}


def test_a_report_opened_by_an_indefinite_document_has_no_unnamed_speaker() -> None:
    """'En ny rapport anslår at …': a document, not someone unnamed."""
    assert speakers(extract("En ny rapport anslår at 300 hus står tomme.\n")) == {}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pendlerforeningen på Fosen mener det reelle tallet er 300.", "Pendlerforeningen på Fosen"),
        ("Naturvernforbundet i Buskerud mener det reelle tallet er 300.", "Naturvernforbundet i Buskerud"),
        ("Equinor på Mongstad opplyser at 300 jobber der.", "Equinor"),  # a known body: where it is
        ("Fagforbundet på Facebook skriver at 300 har meldt seg inn.", "Fagforbundet"),
    ],
)
def test_a_typed_body_and_the_place_after_pa_are_one_name(text: str, speaker: str) -> None:
    """'Pendlerforeningen på Fosen' is which association, as 'Naturvernforbundet i Buskerud' is;
    a body the lexicon knows whole is only somewhere ('Equinor på Mongstad')."""
    assert speakers(extract(text + "\n")) == {0: {speaker}}


def test_anlegget_refers_back_to_a_centre() -> None:
    """'Norefjell Skisenter …, opplyser anlegget': a ski centre is a facility, 'anlegget'."""
    text = (
        "Norefjell Skisenter stengte etter en sesong med 312.000 skidager, opplyser anlegget.\n\n"
        "Ifølge anlegget ble det brukt rundt 180.000 kubikkmeter vann.\n"
    )
    assert claim_sources(extract(text)) == [
        ("312.000", "Norefjell Skisenter"),
        ("rundt 180.000 kubikkmeter", "Norefjell Skisenter"),
    ]


def test_two_places_share_the_type_noun_of_one_body() -> None:
    """'Oslo og Akershus Bondelag' is one body; 'Høyre og Senterpartiet' are two."""
    assert speakers(extract("Oslo og Akershus Bondelag mener at 60 ulver er for mange.\n")) == {
        0: {"Oslo og Akershus Bondelag"}
    }
    assert speakers(extract("Høyre og Senterpartiet mener at 40 prosent er for mye.\n")) == {
        0: {"Høyre", "Senterpartiet"}
    }


def test_a_report_inside_an_inverted_tail_is_the_tail_speakers() -> None:
    """'Påtalemyndigheten hadde bedt om to års fengsel, opplyser politiadvokat X': X reports the
    whole sentence; the request inside it is no report of its own."""
    text = "Påtalemyndigheten hadde bedt om to års fengsel, opplyser politiadvokat Henriette Solum til NRK.\n"
    assert speakers(extract(text)) == {0: {"Henriette Solum"}}
    assert claim_sources(extract(text)) == [("to års", "Henriette Solum")]


def test_a_state_body_the_lexicon_knows_confirms_the_sentence_before() -> None:
    text = "Bonden mistet 23 sauer i fjor. Det bekrefter Statens naturoppsyn overfor NTB.\n"
    assert claim_sources(extract(text)) == [("23", "Statens naturoppsyn")]


def test_a_newsrooms_tail_relays_the_report_inside_it() -> None:
    """'Valgobservatører fra OSSE anslår at …, melder NRK': still OSSE's figure."""
    text = "Valgobservatører fra OSSE anslår at deltakelsen var rundt 54 prosent, melder NRK.\n"
    assert claim_sources(extract(text)) == [("rundt 54 prosent", "OSSE")]


@pytest.mark.parametrize("verb", ["gjentok", "påsto", "oppgav", "skrek"])
def test_a_strong_past_ordbank_lists_is_a_cue(verb: str) -> None:
    """'gjentok', 'påsto', 'oppgav': the past of a reporting verb in no regular ending, read from
    Norsk Ordbank's forms of the lemma (no list of past forms)."""
    assert speakers(extract(f"– Vi gir oss ikke, {verb} Kari Hansen.\n")) == {0: {"Kari Hansen"}}


def test_a_type_noun_the_article_capitalises_mid_sentence_is_part_of_the_name() -> None:
    """'Sparebanken Fjordvest fikk …' opening the article is the bank's whole name when the article
    also writes 'i Sparebanken Fjordvest'; a describing noun the article never capitalises inside
    a sentence still only says what the named one is ('Rederiet Nordsjark AS' is Nordsjark AS)."""
    text = (
        "Sparebanken Fjordvest fikk et resultat på 412 millioner kroner, opplyser banken.\n\n"
        "– Det er et solid kvartal, sier direktør Hege Skarstein i Sparebanken Fjordvest.\n"
    )
    assert claim_sources(extract(text)) == [("412 millioner kroner", "Sparebanken Fjordvest")]
    described = "Rederiet Nordsjark AS opplyser at 38 mann var om bord.\n"
    assert claim_sources(extract(described)) == [("38", "Nordsjark AS")]


@pytest.mark.parametrize("owner", ["hennes oversikt", "hennes egne tall", "hans beregninger"])
def test_a_possessive_before_a_document_is_its_owner(owner: str) -> None:
    """'Ifølge hennes oversikt står 112 personer på venteliste': hers, as 'ifølge henne' would be."""
    pronoun = "Hun" if owner.startswith("hennes") else "Han"
    name = "Marit Tjelta" if pronoun == "Hun" else "Per Tjelta"
    text = f"{name} er uenig i tallene. Ifølge {owner} står 112 personer på venteliste.\n"
    assert claim_sources(extract(text)) == [("112", name)]


def test_a_body_qualified_by_pa_and_a_place_is_named_by_its_type_noun_later() -> None:
    """'Pendlerforeningen på Fosen' … 'opplyser Pendlerforeningen': the same body, as
    'Statsforvalteren' after 'Statsforvalteren i Troms'."""
    text = (
        "Ifølge Pendlerforeningen på Fosen ble 30 avganger innstilt.\n\n"
        "I år er det innstilt fire avganger, opplyser Pendlerforeningen.\n"
    )
    assert claim_sources(extract(text)) == [
        ("30", "Pendlerforeningen på Fosen"),
        ("fire", "Pendlerforeningen på Fosen"),
    ]


def test_the_last_word_of_a_bodys_name_refers_back_to_it() -> None:
    """'Organdonasjon opplyser' after 'Stiftelsen Organdonasjon', 'Dagningen skriver' after
    'Gudbrandsdølen Dagningen': the name said short, not a second body."""
    text = "Ifølge Stiftelsen Organdonasjon står 550 på venteliste.\n\nOrgandonasjon opplyser at 40 døde i fjor.\n"
    assert claim_sources(extract(text)) == [("550", "Stiftelsen Organdonasjon"), ("40", "Stiftelsen Organdonasjon")]
    # a name with a common noun in it ('Premier League-klubben Brighton') is no full name to refer to
    club = "Molde solgte ham til Premier League-klubben Brighton.\n\nBrighton melder at 40 000 kom på kampen.\n"
    assert claim_sources(extract(club)) == [("40 000", "Brighton")]


def test_the_narrators_words_before_a_colon_are_not_the_quotes() -> None:
    """'Kun én av 29 biler kjørte mer enn 40 mil da Naf testet elbiler: – …, sier X': the test
    results before the colon are the narrator's; only the quote after it is X's."""
    text = (
        "Kun én av 29 biler kjørte mer enn 40 mil da Naf testet elbiler: – Rekkevidden er 200 kilometer "
        "kortere enn oppgitt, sier Nils Sødal i Naf.\n"
    )
    sources = dict(claim_sources(extract(text)))
    assert sources["29"] is None and sources["mer enn 40 mil"] is None
    assert sources["200 kilometer"] == "Nils Sødal"


def test_a_place_after_the_subject_leaves_no_room_for_an_inverted_one() -> None:
    """'Beboerne i sentrum mener havna pynter på tallene': the residents speak, not the port."""
    assert speakers(extract("Beboerne i sentrum mener havna pynter på tallene.\n")) == {0: {"beboerne"}}


def test_fylket_refers_back_to_the_county_council() -> None:
    """'opplyser fylket' after 'Troms fylkeskommune': the county is its council, as the reverse is."""
    text = "Troms fylkeskommune legger ned fire ruter.\n\nI fjor var det 41.200 reisende, opplyser fylket.\n"
    assert claim_sources(extract(text))[-1] == ("41.200", "Troms fylkeskommune")


def test_the_noun_that_described_a_name_refers_back_to_it() -> None:
    """'opplyser elveeierlaget Namsen Laksefiske' … 'Elveeierlaget opplyser': the one named then."""
    text = (
        "Fiskerne fikk opp 4.150 laks, opplyser elveeierlaget Namsen Laksefiske til NRK.\n\n"
        "Elveeierlaget opplyser at 38 oppdrettslaks er rapportert i fangsten.\n"
    )
    assert claim_sources(extract(text)) == [("4.150", "Namsen Laksefiske"), ("38", "Namsen Laksefiske")]


def test_a_type_noun_before_a_place_names_a_body_that_is_referred_back_to() -> None:
    """'Universitetet i Sørøst-Norge (USN) har fått …, opplyser universitetet': the body named."""
    text = "Universitetet i Sørøst-Norge (USN) har fått 14.850 søkere, opplyser universitetet.\n"
    assert claim_sources(extract(text)) == [("14.850", "Universitetet i Sørøst-Norge")]


def test_a_type_noun_and_its_place_are_named_by_the_type_noun_later() -> None:
    """'Ifølge Utdanningsforbundet' after 'Utdanningsforbundet Fredrikstad': the local branch named."""
    text = (
        "Utdanningsforbundet Fredrikstad mener at 300 timer mangler.\n\nIfølge Utdanningsforbundet mangler 40 lærere.\n"
    )
    assert claim_sources(extract(text)) == [
        ("300 timer", "Utdanningsforbundet Fredrikstad"),
        ("40", "Utdanningsforbundet Fredrikstad"),
    ]


def test_a_port_authority_is_a_body_that_havna_refers_back_to() -> None:
    """'Nordkapp havn melder …' / 'Ifølge havna anløp 214 cruiseskip': the port authority; and
    'ved Kristiansund lufthavn Kvernberget' still leaves the person its speaker."""
    text = "Nordkapp havn melder om ny rekord.\n\nIfølge havna anløp 214 cruiseskip Honningsvåg i år.\n"
    assert claim_sources(extract(text)) == [("214", "Nordkapp havn")]
    airport = "Lufthavnsjef Kari Aspelund ved Kristiansund lufthavn Kvernberget mener at 40 er for lite.\n"
    assert speakers(extract(airport)) == {0: {"Kari Aspelund"}}
    # 'havnet' (ended up) is a verb Ordbank knows, never the port
    ended = "Ifølge analyseselskapet Cirium havnet Flesland på 14. plass med 81 prosent.\n"
    assert claim_sources(extract(ended)) == [("81 prosent", "Cirium")]


def test_figures_from_a_document_of_a_body_are_the_bodys() -> None:
    """'Det viser foreløpige tall fra nettsidene til strømbørsen Nord Pool': the figures of Nord
    Pool's web pages are Nord Pool's; one document of another, no deeper."""
    text = "Prisen er 1,12 kroner per kWh. Det viser foreløpige tall fra nettsidene til strømbørsen Nord Pool.\n"
    assert claim_sources(extract(text)) == [("1,12 kroner", "Nord Pool")]


def test_a_register_in_the_genitive_of_a_body_named_before_is_its() -> None:
    """'Lotteritilsynet har et lavere tall. Ifølge tilsynets register er 27 haller lagt ned', 'Ifølge
    bookingsystemet til Tromsø kommune': a register or a system is a record the body keeps."""
    text = "Lotteritilsynet har et lavere tall. Ifølge tilsynets register er 27 haller lagt ned.\n"
    assert claim_sources(extract(text)) == [("27", "Lotteritilsynet")]
    text = "Ifølge bookingsystemet til Tromsø kommune er det registrert 14.600 besøk.\n"
    assert claim_sources(extract(text)) == [("14.600", "Tromsø kommune")]
    named = (
        "Jegerne har felt 1.312 hjort, viser tall fra Hjorteviltregisteret.\n\n"
        "Statsforvalteren i Vestland sier at 300 hjort er drept.\n\n"
        "Hjorteviltregisteret oppgir på sin side at 287 hjort er registrert som trafikkdrepte.\n"
    )
    assert claim_sources(extract(named))[-1] == ("287", "Hjorteviltregisteret")  # a name, not 'the register'


def test_the_prosecution_speaks_by_its_lawyer() -> None:
    """'ifølge aktoratet' after 'sa politiadvokat Ingrid Stokke Haldorsen': she gives the figures;
    with no prosecutor named, the prosecution is a body of its own."""
    text = (
        "– Tiltalte har utnyttet tilliten, sa politiadvokat Ingrid Stokke Haldorsen i sitt innledningsforedrag.\n\n"
        "Ifølge aktoratet gjelder saken 38 kunder.\n"
    )
    assert claim_sources(extract(text)) == [("38", "Ingrid Stokke Haldorsen")]
    assert claim_sources(extract("Ifølge aktoratet gjelder saken 38 kunder.\n")) == [("38", "aktoratet")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nå peker Ola Hansen på at boten er for høy.", "Ola Hansen"),
        ("I anken peker advokat Ola Hansen på at boten er for høy.", "Ola Hansen"),
        ("Kvinnens forsvarer peker på at boten er for høy.", "kvinnens forsvarer"),
    ],
)
def test_a_particle_verb_reports_with_its_subject_before_the_particle(text: str, speaker: str) -> None:
    """'I anken peker X på at …': after a fronted phrase the subject stands between 'peker' and 'på',
    and the at-clause after the particle says it is speech; 'Kvinnens forsvarer peker på at' is a
    genitive's role with no name, as 'Kvinnens forsvarer mener' is."""
    assert speakers(extract(text + "\n")) == {0: {speaker}}


def test_a_document_noun_closing_a_word_is_no_type_noun() -> None:
    """'presenterer rådmann Lars Andreas Uglem budsjettforslag 2021': 'budsjettforslag' ends in the
    document 'forslag', not in the type noun 'lag', so it is no body's name closing his."""
    text = (
        "Onsdag presenterer rådmann Lars Andreas Uglem budsjettforslag 2021.\n\n"
        "Han foreslår å kutte 22 millioner kroner, sier rådmannen.\n"
    )
    assert claim_sources(extract(text)) == [("22 millioner kroner", "Lars Andreas Uglem")]


def test_a_body_named_with_a_place_and_a_genitive_is_one() -> None:
    """'leder Anne Moen i Bodø og Omegns Turistforening': one body, not 'Bodø og Omegns' and another,
    and 'turistforeningen' after it is that body."""
    text = (
        "Daglig leder Anne Moen i Bodø og Omegns Turistforening anslår at rundt 45.000 har gått til toppen.\n\n"
        "Ifølge turistforeningen står drøyt 8.700 navn i turboka.\n"
    )
    assert claim_sources(extract(text)) == [
        ("rundt 45.000", "Anne Moen"),
        ("drøyt 8.700", "Bodø og Omegns Turistforening"),
    ]


def test_a_company_form_after_a_type_noun_closes_the_name() -> None:
    """'Sørlandet sykehus HF': the form closes the hospital trust's name; 'HF' alone names nothing."""
    text = "Det tallet kjenner ikke Sørlandet sykehus HF seg igjen i, opplyser Sørlandet sykehus HF.\n"
    assert {s.name for s in extract(text).sources} == {"Sørlandet sykehus HF"}


def test_a_committee_is_a_body() -> None:
    """'ifølge komiteen' after 'leder Kristin Tjørhom i Festkomiteen i Stavanger': the committee."""
    text = (
        "– Vi telte 14.500 barn i toget, sier leder Kristin Tjørhom i Festkomiteen i Stavanger.\n\n"
        "Ifølge komiteen sto det mellom 40.000 og 50.000 tilskuere langs traseen.\n"
    )
    assert claim_sources(extract(text))[-1] == ("mellom 40.000 og 50.000", "Festkomiteen i Stavanger")


def test_rejecting_the_criticism_answers_what_was_said() -> None:
    """'avviser kritikken' answers what was said, as 'avviser det tallet' does; 'Flere foreldre har
    reagert på at avgiften økte med 30 prosent' is no report of theirs: the figure is the fact they
    react to, not something they say."""
    text = "Valgansvarlig Kristin Øvrebø Sunde i Fjaler kommune avviser kritikken.\n"
    assert speakers(extract(text)) == {0: {"Kristin Øvrebø Sunde"}}
    text = "Flere foreldre har reagert på at avgiften økte med 30 prosent, skriver Stavanger Aftenblad.\n"
    assert claim_sources(extract(text)) == [("30 prosent", "Stavanger Aftenblad")]


def test_a_one_word_body_name_is_the_body_named_in_full_that_ends_in_it() -> None:
    """'Turistforeningen tror …' in the lead, 'Bodø og Omegns Turistforening' later: one body, named
    by its first full mention."""
    text = (
        "Telleren har registrert 61.300 turgåere, opplyser Bodø kommune. Turistforeningen tror tallet er lavere.\n\n"
        "Daglig leder Anne Moen i Bodø og Omegns Turistforening anslår at rundt 45.000 har gått.\n"
    )
    assert speakers(extract(text)) == {0: {"Bodø kommune", "Bodø og Omegns Turistforening"}, 1: {"Anne Moen"}}


def test_a_document_may_name_the_period_it_covers_before_its_verb() -> None:
    """'Eiendom Norges regionsrapporter for tredje kvartal 2020 viser': the period is no other speaker."""
    text = "Eiendom Norges regionsrapporter for tredje kvartal 2020 viser en oppgang på 5 prosent i prisene.\n"
    assert claim_sources(extract(text)) == [("5 prosent", "Eiendom Norge")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Som Andreassen sier, er området attraktivt med 3000 nye boliger.", "Andreassen"),
        ("Slik Andreassen sier, er det 400 boliger.", "Andreassen"),
        ("Tallet som Andreassen sier er feil, er 70.", None),
    ],
)
def test_as_someone_says_opening_a_sentence_frames_it(text: str, speaker: str | None) -> None:
    """'Som Andreassen sier, er …', 'Slik Andreassen sier, …': what follows is what he says; a
    relative 'som' inside a sentence frames nothing."""
    assert [source for _, source in claim_sources(extract(text + "\n"))] == [speaker]


def test_waiting_to_do_something_is_no_forecast() -> None:
    """'De venter på å få sakene opp for retten': waiting, with a preposition before the infinitive;
    'FHI anbefaler folk å sjekke avtalen' still urges."""
    text = "Politiet opplyser at de fant 3 kilo hasj.\n\nDe venter på å få sakene opp for retten.\n"
    assert speakers(extract(text)) == {0: {"politiet"}}
    assert speakers(extract("FHI anbefaler folk å sjekke avtalen.\n")) == {0: {"FHI"}}


def test_an_age_noun_is_the_person_the_paragraph_before_brought_in() -> None:
    """'Herreklassen ble vunnet av Magnus Østbø Hjelle' / '– …, sier 27-åringen': the winner named
    just before, who has not spoken, not the official who spoke further back."""
    text = (
        "– Noen mangler registrering, sier seniorrådgiver Even Tveit Mjanger i forbundet.\n\n"
        "Herreklassen ble vunnet av Magnus Østbø Hjelle fra Fana IL.\n\n"
        "– Jeg hadde håpet på pallplass, sier 27-åringen.\n"
    )
    assert speakers(extract(text))[2] == {"Magnus Østbø Hjelle"}


def test_expecting_a_figure_forecasts_it() -> None:
    """'Hun forventer rundt 1,2 millioner besøkende i år': her forecast; 'Kundene venter to timer i
    kø' waits."""
    text = "– Anlegget har kostet mye, sier direktør Tone Fjeld.\n\nHun forventer rundt 1,2 millioner besøkende i år.\n"
    assert claim_sources(extract(text)) == [("rundt 1,2 millioner", "Tone Fjeld")]
    assert speakers(extract("Kundene venter to timer i kø.\n")) == {}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Det var Gudbrandsdølen Dagningen som mandag skrev at gjelden er 9,2 millioner kroner.",
            "Gudbrandsdølen Dagningen",
        ),
        ("Det var NRK som først meldte at 300 personer var evakuert.", "NRK"),
    ],
)
def test_a_cleft_names_who_said_it(text: str, source: str) -> None:
    """'Det var X som mandag skrev at …': X said it, a weekday or 'først' between 'som' and the verb."""
    assert [s for _, s in claim_sources(extract(text + "\n"))] == [source]


def test_a_body_named_with_a_place_and_a_common_noun_is_one() -> None:
    """'Ås og Omegn Fiskeforening': one body, as 'Bodø og Omegns Turistforening' is."""
    text = "– Det er minst 3.500 døde fisk, sier leder Per Hansen i Ås og Omegn Fiskeforening.\n"
    tables = extract(text)
    assert "Ås og Omegn Fiskeforening" in {s.name for s in tables.sources}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "– Barna mangler vakt, sier leder Kari Hansen i Fredrikstad kommunale foreldreutvalg.\n\n"
            "Ifølge utvalget er minst 14 plasser ubemannet.",
            "Fredrikstad kommunale foreldreutvalg",
        ),
        ("Eidfjord Hamn opplyser at skipene er store.\n\nIfølge havna kom drøyt 2.100 i land.", "Eidfjord Hamn"),
        (
            "Restaureringen vil koste 9,1 millioner kroner. Det viser et nytt kostnadsoverslag fra "
            "Ålesund kirkelige fellesråd.",
            "Ålesund kirkelige fellesråd",
        ),
    ],
)
def test_bodies_and_documents_named_by_their_kind(text: str, source: str) -> None:
    """'utvalget' after '… foreldreutvalg' (a committee is a body), 'havna' after 'Eidfjord Hamn'
    (the Nynorsk 'hamn' is a 'havn'), 'et nytt kostnadsoverslag fra X' (an estimate is a document)."""
    assert claim_sources(extract(text + "\n"))[-1][1] == source


def test_two_places_and_a_capitalised_type_noun_are_one_body() -> None:
    """'Molde og Romsdal Havn': the port authority of two places, named with its type noun in
    capitals, is one body, not the place 'Molde' and another body 'Romsdal Havn'."""
    text = (
        "Ifølge Molde og Romsdal Havn har rundt 118.000 cruisepassasjerer besøkt byen.\n\n"
        "Oslo og Akershus Universitetssykehus opplyser at 412 pasienter venter.\n"
    )
    assert claim_sources(extract(text)) == [
        ("rundt 118.000", "Molde og Romsdal Havn"),
        ("412", "Oslo og Akershus Universitetssykehus"),
    ]


def test_two_places_before_a_common_noun_stay_places() -> None:
    """'Trafikken mellom Molde og Kristiansund økte': two places joined, with no type noun after
    them, name no body; 'NRK Rogaland og Stavanger Aftenblad' is a body's office and a newspaper."""
    text = "Trafikken mellom Molde og Kristiansund økte med 12 prosent, opplyser Statens vegvesen.\n"
    assert claim_sources(extract(text)) == [("12 prosent", "Statens vegvesen")]
    text = "NRK Rogaland og Stavanger Aftenblad har fått 1.000 svar."
    phrase = PhraseParser(text, 0, tokenize(text), {0}).parse(0, speaker=True)
    assert phrase is not None and phrase.name == "NRK Rogaland"


def test_a_place_and_two_nouns_name_one_body() -> None:
    """'Holtålen Sau og Geit': a place's body named by two common nouns ('sau' is a verb's form
    too), not 'Holtålen Sau' and 'Geit'."""
    text = "Ifølge Holtålen Sau og Geit ble nesten 500 sau og lam tatt av rovdyr i sommer.\n"
    assert claim_sources(extract(text)) == [("nesten 500", "Holtålen Sau og Geit")]


def test_a_place_a_body_and_another_body_stay_two() -> None:
    """'Bergen Havn og Kystverket': a definite noun after 'og' is a body of its own."""
    text = "Bergen Havn og Kystverket opplyser at 40 skip lå til kai.\n"
    assert {s.name for s in extract(text).sources} == {"Bergen Havn", "Kystverket"}


def test_one_of_a_group_named_by_an_adjective_form_keeps_its_noun() -> None:
    """'En av de tidligere ansatte': 'ansatte' is an adjective's form that names people, so it is the
    noun the description ends on, as in 'en av de ansatte'; not 'En av de tidligere'."""
    text = "En av de tidligere ansatte forklarte at hun jobbet i overkant av 1.100 timer uten lønn.\n"
    assert speakers(extract(text)) == {0: {"En av de tidligere ansatte"}}
    text = "En av de tidligere elevene forklarte at 40 timer mangler.\n"
    assert speakers(extract(text)) == {0: {"En av de tidligere elevene"}}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("4,7 milliarder kroner er vekst i frie inntekter, etter det NRK kjenner til.", "NRK"),
        ("Etter det VG erfarer, har selskapet tapt 300 millioner kroner.", "VG"),
        ("Etter det har kommunen brukt 300 millioner kroner på skolen.", None),  # 'after that'
        ("Etter det første møtet sa ordføreren at 20 boliger skal bygges.", "ordføreren"),
    ],
)
def test_etter_det_a_source_knows_reads_as_ifolge(text: str, source: str | None) -> None:
    """'etter det NRK kjenner til': a name and a verb of knowing after 'etter det' give the source."""
    assert [found for _, found in claim_sources(extract(text + "\n"))] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # another newsroom that was told: it is the source
        ("Ifølge ubekreftede opplysninger til Bergens Tidende er to dyr sendt til analyse.\n", "Bergens Tidende"),
        # the newsroom the article's people speak to is its own: its unnamed sources are no source
        (
            "– Vi vet ikke mer, sier Per Olsen til NRK.\n\n"
            "Ifølge ubekreftede opplysninger til NRK er to dyr sendt til analyse.\n",
            None,
        ),
    ],
)
def test_information_given_to_a_newsroom(text: str, source: str | None) -> None:
    """'ifølge opplysninger til X': X reported it, unless X is the newsroom the article's people
    speak to ('sier hun til NRK'), whose unnamed sources leave the figure unattributed. Either way
    the figure is unconfirmed ('ubekreftede', an inflected 'ubekreftet')."""
    tables = extract(text)
    [claim] = tables.claims
    assert [name for _, name in claim_sources(tables)] == [source]
    assert claim.unconfirmed


@pytest.mark.parametrize("role", ["trafikkoperativ leder", "beredskapsoperativ rådgiver"])
def test_a_compound_adjective_ordbank_does_not_list_opens_a_role(role: str) -> None:
    """'trafikkoperativ leder': Norsk Ordbank lists 'operativ' as an adjective, not the compound; a
    word it does not list that ends on an adjective it does, after a known first part, is one."""
    text = f"– Vi kontrollerte 47 busser i helgen, sier {role} Trond Heia i Sør-Øst politidistrikt til NRK.\n"
    assert [name for _, name in claim_sources(extract(text))] == ["Trond Heia"]


def test_a_number_written_with_spaces_is_no_digit_closing_a_name() -> None:
    """'Tolletaten 1 750 kilo': the 1 opens the number '1 750', it does not close the name as in
    'Eiendomsmegler 1 tror'."""
    text = "I fjor beslagla Tolletaten 1 750 kilo narkotika, skriver tolletaten.\n"
    assert claim_sources(extract(text)) == [("1 750 kilo", "Tolletaten")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an adjective capitalised mid-sentence opens a name of a capital and lower-case words
        (
            "Det viser tall fra Nasjonalt vaksinasjonsregister, der 3,1 millioner er registrert.\n",
            "Nasjonalt vaksinasjonsregister",
        ),
        # a type noun after it reads on by its own rule: the field after 'for' is the name's
        (
            "Det viser en rapport fra Nordisk institutt for studier av innovasjon (Nifu), der 40 prosent slutter.\n",
            "Nordisk institutt for studier av innovasjon",
        ),
    ],
)
def test_a_capitalised_adjective_inside_a_sentence_opens_a_name(text: str, source: str) -> None:
    """Norwegian capitalises only a name's first word ('Nasjonalt vaksinasjonsregister'), and no
    adjective is capitalised inside a sentence otherwise."""
    assert [name for _, name in claim_sources(extract(text))] == [source]


@pytest.mark.parametrize(
    ("lone", "speaker"),
    [
        ("Tveiten", "Beate Tveitan"),  # one letter off: the person misspelt, as real copy has it
        ("Tveitann", "Beate Tveitan"),  # one letter added
        ("Jveitan", "Jveitan"),  # not off in its first letter: 'Jansen' is not 'Hansen'
    ],
)
def test_a_lone_surname_one_letter_off_a_persons_is_that_person(lone: str, speaker: str) -> None:
    """'sier Tveiten' after 'Meteorolog Beate Tveitan sier': a word no lexicon knows, one letter off
    a person's surname, is that person, not a new body named 'Tveiten'."""
    text = f"Meteorolog Beate Tveitan sier at det kan komme 100 millimeter.\n\n– Det blir vått, sier {lone}.\n"
    assert speakers(extract(text)) == {0: {"Beate Tveitan"}, 1: {speaker}}


def test_a_document_cue_after_a_comma_speaks_for_the_documents_after_it() -> None:
    """'X, viser nye tall fra SSB': the clause before the comma is what the figures show, and its
    subject ('Antallet som fikk …') is no speaker."""
    text = (
        "Antallet som fikk økonomisk sosialhjelp i Trondheim, økte med 11 prosent i fjor, viser nye tall fra "
        "Statistisk sentralbyrå (SSB).\n"
    )
    assert claim_sources(extract(text)) == [("11 prosent", "Statistisk sentralbyrå")]


def test_a_named_document_is_a_source_and_its_noun_refers_back_to_it() -> None:
    text = (
        "Færre ungdommer drikker seg fulle, viser ferske tall fra Ungdata-undersøkelsen, som fylket la fram.\n\n"
        "Ifølge undersøkelsen har 9 prosent vært beruset.\n\n"
        "Ifølge tallene gjelder det 24 prosent av jentene.\n"
    )
    assert claim_sources(extract(text)) == [
        ("9 prosent", "Ungdata-undersøkelsen"),
        ("24 prosent", "Ungdata-undersøkelsen"),
    ]


def test_a_noun_for_no_body_of_its_own_is_the_body_the_sentence_before_was_about() -> None:
    text = (
        "NAV Trondheim sitter på en annen oversikt. Overfor NRK opplyser kontoret at 6.150 personer fikk "
        "sosialhjelp i fjor.\n"
    )
    assert claim_sources(extract(text)) == [("6.150", "NAV Trondheim")]


def test_the_place_after_a_spelled_out_acronym_names_the_body() -> None:
    text = "Kommunalt foreldreutvalg (KFU) i Bærum mener tallet er høyere. Utvalget anslår at minst 340 er borte.\n"
    assert claim_sources(extract(text)) == [("minst 340", "Kommunalt foreldreutvalg i Bærum")]


def test_de_refers_back_to_a_group_of_people_that_opened_the_sentence_before() -> None:
    text = (
        "I fjor var det 22 bilbranner, ifølge brannvesenet.\n\n"
        "Beboerne på Lura har fått nok. De forteller at 40 av dem går nattevakt.\n"
    )
    assert claim_sources(extract(text))[1] == ("40", "beboerne på Lura")
    # a plural noun for things opening a sentence refers to nobody: 'Pengene ser vi aldri igjen'
    money = "Randi Sæther (58) betalte 640.000 kroner.\n\n– Pengene ser vi nok aldri igjen, sier hun.\n"
    assert speakers(extract(money)) == {1: {"Randi Sæther"}}


def test_a_company_noun_before_a_name_ordbank_lists_describes_it() -> None:
    """'Forsikringsselskapet Gjensidige' is Gjensidige; 'Sykehuset Østfold' is one name."""
    text = "Forsikringsselskapet Gjensidige anslår at skadene er 5 millioner kroner.\n"
    assert claim_sources(extract(text)) == [("5 millioner kroner", "Gjensidige")]
    text = "Sykehuset Østfold opplyser at 40 pasienter venter.\n"
    assert claim_sources(extract(text)) == [("40", "Sykehuset Østfold")]


def test_a_verb_with_a_short_object_and_a_colon_says_what_follows() -> None:
    text = (
        "Kommunedirektør Elin Tveiterås la fram forslaget mandag. Hun peker på disse hovedgrepene: "
        "eiendomsskatt, nedleggelse av en skole og 25 færre årsverk.\n"
    )
    assert claim_sources(extract(text)) == [("25", "Elin Tveiterås")]


def test_a_coordinated_compound_role_opening_a_sentence_introduces_the_person() -> None:
    text = (
        "Fagsjef Torstein Hæreid sier at 40 prosent er rammet.\n\n"
        "Frukt- og bærbonde Halvor Øyri (58) har 40 mål moreller. Han anslår at tapet blir 700.000 kroner.\n"
    )
    assert claim_sources(extract(text))[-1] == ("700.000 kroner", "Halvor Øyri")


def test_a_role_in_the_genitive_before_an_apposition_is_the_persons_too() -> None:
    """'Mannens forsvarer, advokat Henrik Stai, hevder': 'Forsvareren' later is Stai."""
    text = (
        "Mannens forsvarer, advokat Henrik Stai, hevder at tallet er overdrevet.\n\n"
        "Forsvareren sier til NRK at 40 kunder har klaget.\n"
    )
    assert claim_sources(extract(text)) == [("40", "Henrik Stai")]


def test_places_listed_before_a_courts_type_noun_are_one_name() -> None:
    text = "Mannen ble dømt i Ringerike, Asker og Bærum tingrett.\n\nIfølge tingretten solgte han 412 sekker.\n"
    assert claim_sources(extract(text)) == [("412", "Ringerike, Asker og Bærum tingrett")]


def test_a_generic_noun_is_the_body_named_earlier_in_its_sentence() -> None:
    text = (
        "Politiet anslår at rundt 15.000 tilskuere fulgte løpet.\n\n"
        "Sanitetsmannskaper fra Norsk Folkehjelp behandlet 46 løpere, opplyser organisasjonen.\n"
    )
    assert claim_sources(extract(text)) == [("rundt 15.000", "politiet"), ("46", "Norsk Folkehjelp")]


def test_a_company_of_a_field_is_the_body_named_for_the_field() -> None:
    """'havneselskapet' is 'Kristiansand Havn' (a linking 'e' dropped; 'Havn' a type of its own)."""
    text = (
        "Kristiansand Havn opplyser at utslippene falt med 3.500 tonn i fjor.\n\n"
        "Ifølge havneselskapet var 40 skip koblet til.\n"
    )
    assert claim_sources(extract(text)) == [("3.500 tonn", "Kristiansand Havn"), ("40", "Kristiansand Havn")]


def test_a_letter_and_a_type_noun_name_a_body() -> None:
    text = (
        "Regiondirektør Kari Hovland i BNL sier at 15 prosent er svart.\n\n"
        "Ifølge A-krimsenteret i Rogaland ble det gjennomført nesten 900 kontroller.\n"
    )
    assert claim_sources(extract(text))[-1] == ("nesten 900", "A-krimsenteret i Rogaland")


def test_a_summary_before_a_colon_reports_the_list() -> None:
    text = "Skatteetaten oppsummerer funnene slik: minst 14 arbeidere jobbet svart, og fire firmaer var ukjente.\n"
    assert claim_sources(extract(text)) == [("minst 14", "Skatteetaten"), ("fire", "Skatteetaten")]


def test_a_figure_in_the_poll_named_before_is_the_pollsters() -> None:
    """'… står på 14,6 prosent i den nye målingen': a poll closing the sentence; not a budget."""
    text = (
        "Høyre er største parti, ifølge en ny måling Norstat har gjort for NRK.\n\n"
        "Fremskrittspartiet står på 14,6 prosent i den nye målingen. "
        "Fylket har satt av 40 millioner kroner i budsjettet.\n"
    )
    assert claim_sources(extract(text)) == [("14,6 prosent", "Norstat"), ("40 millioner kroner", None)]


def test_a_given_name_alone_is_the_person_named_in_full_before() -> None:
    """'sier Thomas' after '11-åringen Thomas Reitan': children and athletes go by their given name."""
    text = "11-åringen Thomas Reitan vant klassen.\n\n– Det var gøy, sier Thomas, som skjøt 18 blink.\n"
    assert speakers(extract(text)) == {1: {"Thomas Reitan"}}


def test_a_bare_role_then_a_comma_and_a_name_is_that_person() -> None:
    """'sier styreleder, Renate Larsen': the name after the comma is who holds the role."""
    text = "– Det er alvorlig, sier styreleder, Renate Larsen.\n\n– Det er vanskelig, sier Larsen.\n"
    assert speakers(extract(text)) == {0: {"Renate Larsen"}, 1: {"Renate Larsen"}}


def test_a_bodys_name_run_into_a_definite_role_refers_back_to_who_holds_it() -> None:
    """'sier NHO Reiseliv-direktøren' after 'NHO Reiseliv-direktør Kristin Krohn Devold'."""
    text = (
        "– Veksten er gledelig, sier NHO Reiseliv-direktør Kristin Krohn Devold.\n\n"
        "– Vi må vente på tallene, sier NHO Reiseliv-direktøren.\n"
    )
    assert speakers(extract(text)) == {0: {"Kristin Krohn Devold"}, 1: {"Kristin Krohn Devold"}}


@pytest.mark.parametrize(
    "text",
    [
        "– Det ventes vindkast på 30-40 m/s, heter det på Yr.no.\n",  # a quote closed by the site
        "Det ventes vindkast på 30-40 m/s, heter det på Yr.no.\n",
        "Det ventes vindkast på 30-40 m/s, står det på Yr.no.\n",
    ],
)
def test_the_site_a_text_is_on_is_its_source(text: str) -> None:
    assert claim_sources(extract(text)) == [("30-40 m/s", "Yr.no")]


def test_a_document_cue_closing_a_quote_speaks_for_the_body_behind_the_document() -> None:
    text = "– Rundt 400 personer er evakuert, heter det i meldingen fra Statens vegvesen.\n"
    assert claim_sources(extract(text)) == [("Rundt 400", "Statens vegvesen")]


def test_a_kinship_noun_before_a_name_describes_the_person() -> None:
    text = "Mor Hanne Lie (39) på Lund mener tilbudet burde vært utvidet.\n"
    assert speakers(extract(text)) == {0: {"Hanne Lie"}}


def test_signing_up_reports_nothing_and_an_adjective_compound_is_no_name() -> None:
    """'Rekordmange barn har meldt seg på': no speaker, so 'Kommunen' is the municipality named
    later, not 'Rekordmange'."""
    text = (
        "Rekordmange barn har meldt seg på sommerskolen i Kristiansand i år. Kommunen opplyser at 2.350 "
        "elever er påmeldt.\n\n"
        "– Sommerskolen treffer et behov, sier oppvekstdirektør Anita Salvesen i Kristiansand kommune.\n"
    )
    tables = extract(text)
    assert claim_sources(tables) == [("2.350", "Kristiansand kommune")]
    assert "Rekordmange" not in {s.name for s in tables.sources}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Innbyggere i Lom sier at 40 hus er skadet.\n", "innbyggere i Lom"),
        ("Foreldre ved skolen forteller at 40 elever mangler plass.\n", "foreldre ved skolen"),
        ("Lærere i Bergen sier at 40 elever mangler plass.\n", "lærere i Bergen"),
    ],
)
def test_an_indefinite_plural_with_its_place_is_a_group_that_speaks(text: str, group: str) -> None:
    assert speakers(extract(text)) == {0: {group}}


def test_a_participle_opening_the_sentence_describes_the_role_after_it() -> None:
    """'Assisterende UP-sjef Roar Skjelbred Larsen': the participle is no word of the body's name."""
    tables = extract("Assisterende UP-sjef Roar Skjelbred Larsen sier at 40 førere ble anmeldt.\n")
    assert claim_sources(tables) == [("40", "Roar Skjelbred Larsen")]
    assert "Assisterende UP" not in {s.name for s in tables.sources}


def test_a_compound_on_a_short_type_noun_after_a_noun_is_a_body() -> None:
    """'Regionrådet for Hallingdal': 'region' is a noun, so the compound is a 'råd' (not 'forslag' a 'lag')."""
    text = "Regionrådet for Hallingdal anslår at om lag 1.100 personer jobber i bygg- og anleggsbransjen.\n"
    assert claim_sources(extract(text)) == [("om lag 1.100", "Regionrådet for Hallingdal")]


def test_selskapet_is_the_body_the_sentence_before_opened_with() -> None:
    text = (
        "Bane NOR opplyser at 40 tog ble innstilt.\n\n"
        "SJ Norge satte opp buss for tog mellom Hell og Storlien. Om lag 300 reisende ble berørt, opplyser "
        "selskapet.\n"
    )
    assert claim_sources(extract(text)) == [("40", "Bane NOR"), ("Om lag 300", "SJ Norge")]


def test_a_short_word_in_brackets_that_spells_the_phrase_makes_it_a_name() -> None:
    """'Nasjonal kommunikasjonsmyndighet (Nkom)' opening a sentence is a body's name, with its alias."""
    text = "Nasjonal kommunikasjonsmyndighet (Nkom) opplyser at 27 anrop ble avvist.\n"
    assert claim_sources(extract(text)) == [("27", "Nasjonal kommunikasjonsmyndighet")]


def test_a_name_its_bracketed_acronym_spells_is_met_again_by_the_acronym() -> None:
    """'Norsk pasientskadeerstatning (NPE) betalte …' names the body though no verb reports: 'Ifølge
    NPE' later is it, by its full name."""
    text = (
        "Norsk pasientskadeerstatning (NPE) betalte ut 412 millioner kroner.\n\n"
        "Ifølge NPE fikk 1.140 pasienter medhold.\n"
    )
    assert ("1.140", "Norsk pasientskadeerstatning") in claim_sources(extract(text))


def test_an_acronym_joined_to_a_type_noun_is_the_body_its_acronym_names() -> None:
    """'AMK-sentralen' after Telenor spoke is a body of its own; 'NAV-kontoret' is NAV Trondheim."""
    text = "Ifølge Telenor var 9.000 kunder uten dekning.\n\nTil sammen 14 anrop gikk tapt, opplyser AMK-sentralen.\n"
    assert claim_sources(extract(text)) == [("9.000", "Telenor"), ("14", "AMK-sentralen")]
    text = "Ifølge NAV Trondheim fikk 40 personer hjelp.\n\nNAV-kontoret opplyser at 30 personer venter.\n"
    assert claim_sources(extract(text)) == [("40", "NAV Trondheim"), ("30", "NAV Trondheim")]


def test_a_quote_closed_by_det_and_a_reporting_verb_is_the_speakers_after_it() -> None:
    """'– …, det forteller arrangementsansvarlig Margunn Vik': 'det' stands for the quote; a 'det'
    inside the quote that reports nothing leaves the tail after it to speak."""
    text = "– Vi venter 9000 tilskuere, det forteller arrangementsansvarlig Margunn Vik.\n"
    assert speakers(extract(text)) == {0: {"Margunn Vik"}}
    text = "– Det er bra, det forteller oss at folk bryr seg, sier Kari Hansen.\n"
    assert speakers(extract(text)) == {0: {"Kari Hansen"}}


def test_a_name_does_not_run_onto_the_next_lines_label() -> None:
    """'Elisabeth Enger, rådmann nye Drammen' / 'Foto: …': 'Foto' is the credit's label, no part of
    the place (it made a source 'Drammen\\nFoto')."""
    text = (
        "Rådmann Elisabeth Enger sier at 60 millioner mangler.\n\n"
        "Elisabeth Enger, rådmann nye Drammen\nFoto: Azad Razaei / NRK\n"
    )
    assert not any("Foto" in s.name for s in extract(text).sources)


def test_a_body_in_the_genitive_before_a_persons_name_is_the_persons_affiliation() -> None:
    """'Senterpartiets Kjersti Toppe', 'NRKs Ola Hansen': the person speaks and the body is theirs;
    a first name in -s ('Lars Erik Hansen') is still the start of the name."""
    assert speakers(extract("Senterpartiets Kjersti Toppe sier at 40 sykehus må stenge.\n")) == {0: {"Kjersti Toppe"}}
    assert speakers(extract("Ifølge NRKs Ola Hansen kom 300 personer.\n")) == {0: {"Ola Hansen"}}
    assert speakers(extract("Lars Erik Hansen sier at 40 sykehus må stenge.\n")) == {0: {"Lars Erik Hansen"}}


@pytest.mark.parametrize(
    "text",
    [
        "– Vi har stoppet 300 bilister, sier sjef for UP-distrikt 5 i Nord-Norge, Ola Hansen.\n",
        "– Vi har stoppet 300 bilister, sier leder for UP Nord-Norge Ola Hansen.\n",
        "Sjef for Fagforbundet Ola Hansen sier at 300 er stoppet.\n",
    ],
)
def test_a_role_for_a_named_body_then_a_name_is_that_person(text: str) -> None:
    """'sjef for UP-distrikt 5 i Nord-Norge, Ola Hansen': the body the role is for may be a name
    (with a number and a place); the person named after it speaks."""
    assert speakers(extract(text)) == {0: {"Ola Hansen"}}


def test_a_caption_credit_names_no_source_and_a_documents_owner_is_not_the_newsroom() -> None:
    """'Foto: Gudrun Dreiås Majala NVE' is the image's credit: no source, so 'i NVE' after it is NVE;
    'aktivitetsbarometeret til Norges Råfisklag' is the body's document, not words spoken to it."""
    text = "Flom i Nidelva. Foto: Gudrun Dreiås Majala NVE\n\n– Det er 40 skred, sier Søren Boje, vakthavende i NVE.\n"
    assert [s.name for s in extract(text).sources] == ["Søren Boje", "NVE"]
    text = "Prisen er 30 kroner kiloen. Det viser det siste aktivitetsbarometeret til Norges Råfisklag.\n"
    assert claim_sources(extract(text)) == [("30 kroner", "Norges Råfisklag")]


def test_a_fronted_object_before_a_verb_of_belief_leaves_the_speaker_after_it() -> None:
    """'Rekorden tror senioranalytiker Dag Sletmo i DNB blir den siste': a thing opens the sentence,
    the titled person after the verb thinks it; a bare name or a body there is what is thought
    about ('Moen mener KLP burde …')."""
    text = "Rekorden tror senioranalytiker Dag Sletmo i DNB blir den siste på en stund.\n"
    assert speakers(extract(text)) == {0: {"Dag Sletmo"}}
    assert speakers(extract("Moen mener KLP burde ha oppdaget feilen.\n")) == {0: {"Moen"}}


def test_a_poll_closing_the_sentence_was_not_made_by_the_party_it_measured() -> None:
    """'Arbeiderpartiet får 20 prosent, viser målingen': the party is what the poll measured; with
    no maker named, the poll is its own source."""
    assert claim_sources(extract("Arbeiderpartiet får 20 prosent, viser målingen.\n")) == [("20 prosent", "målingen")]


def test_a_body_named_in_guillemets_before_the_cue_is_the_speakers() -> None:
    """'Leder Marte Eira i foreldreaksjonen «Trygg søvn Alta» sier': the guillemets close her body's
    name, not a quote; she speaks."""
    text = "Leder Marte Eira i foreldreaksjonen «Trygg søvn Alta» sier aksjonen har samlet over 600 underskrifter.\n"
    assert claim_sources(extract(text)) == [("over 600", "Marte Eira")]


def test_a_nationality_opening_the_sentence_is_no_part_of_the_name() -> None:
    """'Danske TV 2 Sport hevder': the nationality says where the name is from; 'Danske Bank' and
    'Norske Skog' are names (their second word a common noun)."""
    text = "Danske TV 2 Sport hevder at summen er i overkant av 4 millioner kroner.\n"
    assert claim_sources(extract(text)) == [("i overkant av 4 millioner kroner", "TV 2 Sport")]
    assert speakers(extract("Svenske Aftonbladet skriver at 40 personer døde.\n")) == {0: {"Aftonbladet"}}
    assert speakers(extract("Danske Bank opplyser at 40 personer mistet jobben.\n")) == {0: {"Danske Bank"}}
    # before a run of names that ends in a body's type noun, the nationality opens the name
    text = "Norske Reindriftsamers Landsforbund (NRL) mener at over 40.000 rein mangler beite.\n"
    assert speakers(extract(text)) == {0: {"Norske Reindriftsamers Landsforbund"}}


def test_i_and_a_poll_named_before_opening_the_sentence_is_the_polls() -> None:
    """'I målingen svarer 64 prosent': as 'Ifølge målingen', the poll's maker gives the figure."""
    text = (
        "Et flertall vil ha firedagersuke, ifølge en ny måling Opinion har gjort for NRK.\n\n"
        "I målingen svarer 64 prosent at de ønsker det.\n"
    )
    assert claim_sources(extract(text)) == [("64 prosent", "Opinion")]


def test_an_acronym_is_a_body_that_its_type_noun_refers_back_to() -> None:
    """'ved NTNU' names a body, not a place; 'universitetet' after it, or after 'NTNU har …', is NTNU."""
    text = "Antallet fuskesaker ved NTNU har økt, og universitetet mener at 40 prosent skyldes KI.\n"
    assert claim_sources(extract(text)) == [("40 prosent", "NTNU")]
    text = "NTNU har fått 300 nye studenter.\n\nUniversitetet mener at 40 prosent skyldes KI.\n"
    assert ("40 prosent", "NTNU") in claim_sources(extract(text))


def test_a_verb_said_to_someone_reports_without_an_at_clause() -> None:
    """'peker på strengere miljøkrav overfor Sunnmørsposten': 'overfor' and whom it was said to make
    'peke på' a report, as 'peker på at …' is."""
    text = (
        "Havnesjef Rita Berstad Maraak peker på strengere miljøkrav overfor Sunnmørsposten som grunnen til "
        "at 40 anløp forsvant.\n"
    )
    assert claim_sources(extract(text)) == [("40", "Rita Berstad Maraak")]


def test_a_common_nouns_genitive_opening_a_name_makes_a_body() -> None:
    """'Kirkens Bymisjon' is a body (no person), so 'I undersøkelsen' after its survey is its."""
    text = (
        "Nesten hver fjerde nordmann er ensom, viser en ny undersøkelse fra Kirkens Bymisjon.\n\n"
        "I undersøkelsen svarer 23 prosent at de er ensomme.\n"
    )
    result = extract(text)
    assert {s.name: s.kind for s in result.sources} == {"Kirkens Bymisjon": "organization"}
    assert ("23 prosent", "Kirkens Bymisjon") in claim_sources(result)


def test_a_compound_company_noun_is_the_body_the_sentence_before_opened_with() -> None:
    """'Gjensidige har et annet bilde. Ifølge forsikringsselskapet …' is Gjensidige, not the body of
    the speaker in the paragraph before ('Alta brann og redning')."""
    text = (
        "– Vi har rykket ut til 23 bygninger, sier vaktleder Tommy Eira i Alta brann og redning.\n\n"
        "Gjensidige har et annet bilde. Ifølge forsikringsselskapet har minst 17 bygninger fått skader.\n"
    )
    assert ("minst 17", "Gjensidige") in claim_sources(extract(text))


def test_a_foundation_is_a_body_its_type_noun_names() -> None:
    """'Stiftelsen anslår at …': 'stiftelse' is a type of body (organisation_types.tsv)."""
    assert speakers(extract("Stiftelsen anslår at 300 passasjerer vil ta turen opp.\n")) == {0: {"stiftelsen"}}


def test_a_second_given_name_the_lexicon_knows_makes_a_person() -> None:
    """'sier Lan Marie Berg': 'Lan' is no listed first name, 'Marie' is; a person, so 'Hun' later is her."""
    text = "– Det er bra, sier Lan Marie Berg.\n\nHun forteller at 70 nye elbusser kommer.\n"
    result = extract(text)
    assert {s.name: s.kind for s in result.sources} == {"Lan Marie Berg": "person"}
    assert claim_sources(result) == [("70", "Lan Marie Berg")]


def test_a_credit_word_ends_a_name_on_its_line() -> None:
    """'Øystein Holtet Foto: Anne Kari Løberg / NRK': 'Foto' opens the credit, no part of the name."""
    text = "Øystein Holtet Foto: Anne Kari Løberg / NRK\n\n– Det er 300 tilskuere, sier Holtet.\n"
    assert speakers(extract(text)) == {1: {"Øystein Holtet"}}


def test_bodies_of_one_type_are_named_by_their_place() -> None:
    """'Sykehusene i Vestre Viken melder': which hospitals, as 'myndighetene i Kelmar' says which."""
    assert speakers(extract("Sykehusene i Vestre Viken melder om 274 flere fødsler.\n")) == {
        0: {"sykehusene i Vestre Viken"}
    }


def test_a_role_keeps_its_field_and_a_compound_of_it_refers_back() -> None:
    """'sjef for UP-distrikt 5 i Nord-Norge, Geir Harald Marthinsen': the role keeps its field, so
    'ifølge UP-sjefen' later is him, not a new person."""
    text = (
        "– Vi har stoppet 300 bilister, sier sjef for UP-distrikt 5 i Nord-Norge, Geir Harald Marthinsen.\n\n"
        "Det var 40 for mange, ifølge UP-sjefen.\n"
    )
    result = extract(text)
    assert [s.role for s in result.sources] == ["sjef for UP-distrikt 5 i Nord-Norge"]
    assert claim_sources(result) == [("300", "Geir Harald Marthinsen"), ("40", "Geir Harald Marthinsen")]


def test_ifolge_den_is_the_document_named_before_and_speaks_for_its_maker() -> None:
    """'En måling Respons Analyse har gjort for VG, gir et annet bilde. Ifølge den …': 'den' is the
    poll, Respons Analyse's ('Respons Analyse' itself is a name, no document)."""
    text = (
        "En måling Respons Analyse har gjort for VG, gir et annet bilde. Ifølge den vil bare 51 prosent "
        "ha firedagersuke.\n"
    )
    assert claim_sources(extract(text)) == [("51 prosent", "Respons Analyse")]


def test_where_a_body_said_it_is_no_part_of_its_name() -> None:
    """'melder politiet på Twitter': the service it was said on; 'myndighetene på Balearene' is placed."""
    assert speakers(extract("Brannen er slukket, melder politiet på Twitter.\n")) == {0: {"politiet"}}
    assert speakers(extract("Ifølge myndighetene på Balearene er 40 evakuert.\n")) == {0: {"myndighetene på Balearene"}}


def test_a_word_ordbank_lists_as_its_own_noun_is_no_compound_of_a_type_noun() -> None:
    """'Mattilsynet oppretter nå et kontrollområde': Ordbank lists 'oppretter' (a founder, and the
    verb), so it is no plural of a 'rett' (court) closing the body's name."""
    text = "Mattilsynet oppretter nå et kontrollområde. Ifølge tilsynet omfatter området 9 lokaliteter.\n"
    assert claim_sources(extract(text)) == [("9", "Mattilsynet")]


def test_a_bullet_list_opens_no_quote() -> None:
    """'- Hemsedal: - 29,9' / '- Tynset: - 29,2': lines that each open with a dash are a list, so the
    block is narration and no quote lacks a speaker."""
    text = (
        "Det var kaldt i natt, opplyser Meteorologisk institutt.\n\n"
        "Dette er de kaldeste målingene:\n\n"
        "- Hemsedal: - 29,9\n- Dagali lufthavn: - 29,6\n- Tynset: - 29,2\n"
    )
    assert {kind for paragraph, kind, _, _ in kinds(text) if paragraph == 2} == {"narration"}


def test_a_paragraph_ending_in_a_colon_hands_the_quote_to_its_subject() -> None:
    """'Forbundsleder Ulf Madsen i FLT gratulerer Kværner med kontrakten:' / '– …': the quote is
    Madsen's, though no reporting verb names him; a colon after no name hands it to nobody."""
    text = (
        "Forbundsleder Ulf Madsen i FLT gratulerer Kværner med kontrakten:\n\n"
        "– Dette viser at Norge er konkurransedyktig. Det gir 600 nye jobber.\n"
    )
    assert speakers(extract(text)) == {1: {"Ulf Madsen"}}
    assert ("600", "Ulf Madsen") in claim_sources(extract(text))
    unnamed = "Dette er de viktigste tallene:\n\n– Det gir 600 nye jobber.\n"
    assert speakers(extract(unnamed)) == {}


@pytest.mark.parametrize(
    "name",
    ["Bergen brann og redning", "Alta brann og redning", "Rogaland brann og redning IKS"],
)
def test_a_place_and_its_field_make_a_body_before_a_reporting_verb(name: str) -> None:
    """'Bergen brann og redning opplyser': a place that opens the sentence ('Bergen' looks like a
    definite noun, 'Alta' is one), the field after it and a company's form close the body's name."""
    text = f"{name} opplyser at mannskapene var ute ved om lag 400 boliger.\n"
    assert claim_sources(extract(text)) == [("om lag 400", name)]


def test_a_type_noun_opening_a_sentence_is_the_body_that_opened_the_one_before() -> None:
    """'Norsk Sau og Geit mener underskuddet er større enn det Nortura legger til grunn.
    Organisasjonen anslår …': the body named inside what Norsk Sau og Geit says is not the one
    'organisasjonen' means."""
    text = (
        "Samvirket Nortura anslår at det vil mangle om lag 1.800 tonn.\n\n"
        "Norsk Sau og Geit mener underskuddet er langt større enn det Nortura legger til grunn. "
        "Organisasjonen anslår at det vil mangle drøyt 3.000 tonn lammekjøtt.\n"
    )
    assert claim_sources(extract(text)) == [
        ("om lag 1.800 tonn", "Nortura"),
        ("drøyt 3.000 tonn", "Norsk Sau og Geit"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "noun"),
    [
        ("Kongsberg Næringsforum mener køen er lengre.", "Kongsberg Næringsforum", "forumet"),
        ("Pårørendealliansen Agder mener tallet er høyere.", "Pårørendealliansen Agder", "Foreningen"),
    ],
)
def test_a_forum_and_an_alliance_are_bodies(text: str, name: str, noun: str) -> None:
    """'Kongsberg Næringsforum', 'Pårørendealliansen Agder': bodies by their type noun, not persons,
    and 'forumet' or 'foreningen' after them refers back."""
    result = extract(f"{text} Ifølge {noun.lower()} venter minst 40 på plass.\n")
    assert {s.name: s.kind for s in result.sources} == {name: "organization"}
    assert claim_sources(result) == [("minst 40", name)]


def test_a_company_noun_is_the_company_named_in_what_the_body_before_said() -> None:
    """'NOF krever at Statkraft stanser turbinene. Det avviser selskapet.': 'selskapet' is the
    company, though NOF opened the sentence ('organisasjonen' would be NOF)."""
    text = (
        "Norsk Ornitologisk Forening (NOF) har talt 71 døde havørner.\n\n"
        "Statkraft oppgir at selskapet fant 46 døde fugler under turbinene i fjor.\n\n"
        "NOF krever at Statkraft stanser turbinene i hekketiden. Det avviser selskapet.\n"
    )
    assert speakers(extract(text))[2] == {"Norsk Ornitologisk Forening", "Statkraft"}


def test_a_lead_that_cites_figures_it_does_not_give_hands_them_to_the_next_paragraph() -> None:
    """'…, ifølge nye tall fra Helsedirektoratet.' / 'I januar ventet pasientene i snitt 71 dager':
    the figures the lead announces; a lead that gives a figure of its own does not ('… slapp ut 41
    prosent flere laks, opplyser Fiskeridirektoratet.' / 'Totalt rømte 112 000 fisk' is the
    narrator's), nor does a verdict, whose figures the narrator tells."""
    announced = (
        "Ventetiden for rusbehandling er lengst i Helse Fonna, ifølge nye tall fra Helsedirektoratet.\n\n"
        "I januar ventet pasientene i snitt 71 dager før behandlingen startet.\n"
    )
    assert claim_sources(extract(announced)) == [("71 dager", "Helsedirektoratet")]
    given = (
        "Oppdretterne slapp ut 41 prosent flere laks i fjor, ifølge nye tall fra Fiskeridirektoratet.\n\n"
        "Totalt rømte 112 000 fisk fra 19 anlegg.\n"
    )
    assert ("112 000", None) in claim_sources(extract(given))
    verdict = (
        "I en dom som ble kjent onsdag, konkluderer Agder lagmannsrett med at selskapet brøt loven.\n\n"
        "Lagmannsretten satte foretaksboten til 6 millioner kroner.\n"
    )
    assert claim_sources(extract(verdict)) == [("6 millioner kroner", None)]


def test_a_document_compound_names_its_maker() -> None:
    """'Ifølge revisjonsrapporten …' after 'Revisjon Midt-Norge gikk gjennom kommunens innkjøp': the
    body the compound's first part names, not the court that spoke last."""
    text = (
        "Mannen ble dømt til fengsel, opplyser Trøndelag tingrett.\n\n"
        "Svindelen ble oppdaget da Revisjon Midt-Norge gikk gjennom kommunens innkjøp.\n\n"
        "Ifølge revisjonsrapporten kom nesten 400 av fakturaene fra mannens foretak.\n"
    )
    assert claim_sources(extract(text)) == [("nesten 400", "Revisjon Midt-Norge")]


@pytest.mark.parametrize("opening", ["Denne uken", "Tidligere denne uken", "Forrige uke"])
def test_a_time_opening_the_sentence_is_never_the_speaker(opening: str) -> None:
    """'Tidligere denne uken skrev Vesteraalens Avis at …': when, not who; the paper after the verb."""
    text = f"{opening} skrev Vesteraalens Avis at ytterligere 25 millioner kroner kan komme i tillegg.\n"
    assert claim_sources(extract(text)) == [("25 millioner kroner", "Vesteraalens Avis")]


def test_bestride_reports_a_dispute() -> None:
    """'Selskapet Lier Avfallsservice AS bestrider tallene.': a body disputing figures speaks."""
    text = (
        "Selskapet Lier Avfallsservice AS bestrider tallene. Daglig leder Rune Kvisler hevder at "
        "utslippet i fjor var under 4 tonn nitrogen.\n"
    )
    assert speakers(extract(text)) == {0: {"Lier Avfallsservice AS", "Rune Kvisler"}}


@pytest.mark.parametrize(
    "affiliation",
    [
        "i arbeidsutvalget (FAU)",
        "i foreldrerådets arbeidsutvalg ved Gystadmarka skole",
        "i foreldrerådets arbeidsutvalg (FAU) ved Gystadmarka skole",
    ],
)
def test_a_long_affiliation_leaves_the_speaker_the_subject(affiliation: str) -> None:
    """'Leder Vegard Holm i foreldrerådets arbeidsutvalg (FAU) ved Gystadmarka skole mener …': a
    body's genitive and a short name in brackets are part of where he speaks from."""
    text = f"Leder Vegard Holm {affiliation} mener at minst 500 nye elever kommer.\n"
    assert claim_sources(extract(text)) == [("minst 500", "Vegard Holm")]


def test_a_price_at_a_shop_is_the_speakers_a_share_at_a_pollster_the_pollsters() -> None:
    """'fant disse prisene: 64,90 kroner hos Kiwi, 67,50 kroner hos Rema 1000 og 84,90 kroner hos
    Meny': the shops sell at those prices, the speaker found them; '3,6 prosent hos Norstat' is
    Norstat's measurement."""
    prices = (
        "Hun opplyser at rådets prisjegere fant disse prisene: 64,90 kroner hos Kiwi, 67,50 kroner hos "
        "Rema 1000 og 84,90 kroner hos Meny, sier fagdirektør Ingvild Sæther.\n"
    )
    assert {source for _, source in claim_sources(extract(prices))} == {"Ingvild Sæther"}
    poll = "Partiet står på 3,6 prosent hos Norstat og 3,9 prosent hos Opinion.\n"
    assert claim_sources(extract(poll)) == [("3,6 prosent", "Norstat"), ("3,9 prosent", "Opinion")]


def test_a_parish_is_a_body() -> None:
    """'Ifølge Ringebu sokn …' / 'Soknet opplyser': a parish is a body its noun refers back to (not
    'sogn', which is also the region: 'Sogn brann og redning')."""
    text = (
        "Ifølge Ringebu sokn var over 40.000 innom i fjor sommer.\n\n"
        "Soknet opplyser at 12 frivillige guider er på plass.\n"
    )
    assert {source for _, source in claim_sources(extract(text))} == {"Ringebu sokn"}


def test_a_type_noun_and_the_place_it_serves_make_one_body() -> None:
    """'opplyser villreinnemnda for Forollhogna': the board named by what it serves, in lower case."""
    text = "Jegerne felte 412 villrein, opplyser villreinnemnda for Forollhogna.\n"
    assert claim_sources(extract(text)) == [("412", "villreinnemnda for Forollhogna")]


def test_a_transport_councillor_is_a_person_whom_a_pronoun_refers_to() -> None:
    """'sier samferdselsråd Eldrid Bakkehaug i Innlandet fylkeskommune' / 'Hun viser til at …': a
    title ending in 'råd' before a name is a person's, not a council's, so 'Hun' is her."""
    text = (
        "– Bussene er fulle, sier markedssjef Hilde Sørbøl i Innlandstrafikk til NRK.\n\n"
        "– Det har vi ikke råd til, sier samferdselsråd Eldrid Bakkehaug i Innlandet fylkeskommune.\n\n"
        "Hun viser til at fylket allerede bruker nesten 900 millioner kroner på kollektivtrafikk.\n"
    )
    assert claim_sources(extract(text)) == [("nesten 900 millioner kroner", "Eldrid Bakkehaug")]


def test_a_full_stop_before_a_lower_case_reporting_verb_closes_the_quote() -> None:
    """'– … på Østafjells. sier Borander.': no sentence opens in lower case, so the full stop is a
    mistyped comma and the quote is Borander's, not carried on from the speaker before."""
    text = (
        "Daglig leder Ola Borander i Gausta skisenter er fornøyd. Også ordfører Kari Lie er glad.\n\n"
        "– Dette er bra for hele kommunen, sier Lie.\n\n"
        "– Vi har solgt 4000 kort i år. Det er det beste på Østafjells. sier Borander.\n"
    )
    assert claim_sources(extract(text)) == [("4000", "Ola Borander")]


@pytest.mark.parametrize("opener", ["Andre", "Enkelte", "Begge"])
def test_a_pronoun_opening_a_sentence_names_no_source(opener: str) -> None:
    """'Andre går enda lenger og mener …': 'andre' (others) is no body, though capitalised and
    unknown as a name; a middle name 'Andre' still is one ('Tor Andre Kvam')."""
    text = f"Kommunen vil kutte. {opener} går enda lenger og mener at 40 prosent av skolene bør legges ned.\n"
    assert claim_sources(extract(text)) == [("40 prosent", None)]
    named = "– Vi har beslaglagt 2150 førerkort, sier seksjonsleder Tor Andre Kvam.\n"
    assert {source for _, source in claim_sources(extract(named))} == {"Tor Andre Kvam"}


def test_a_campaign_named_by_an_imperative_is_one_body() -> None:
    """'Aksjonsgruppen Behold bussen': a verb in the imperative and the words after it name the
    group its noun says it is."""
    text = (
        "Aksjonsgruppen Behold bussen har samlet inn underskrifter mot kuttene. "
        "Gruppen hevder at om lag 450 personer pendler med bussen.\n"
    )
    assert claim_sources(extract(text)) == [("om lag 450", "Behold bussen")]


def test_a_compound_body_noun_refers_to_the_body_it_referred_to_first() -> None:
    """'opplyser busselskapet' is Valdresekspressen; so is 'Busselskapet anslår' after another body
    spoke ('Aksjonsgruppen Behold bussen hevder')."""
    text = (
        "Valdresekspressen kutter seks av de daglige avgangene mellom Fagernes og Oslo, opplyser busselskapet.\n\n"
        "Bakgrunnen er at antallet reisende har falt med 18 prosent, ifølge daglig leder Tor Egil Brenna i "
        "Valdresekspressen.\n\n"
        "Aksjonsgruppen Behold bussen hevder at om lag 450 personer pendler med bussen.\n\n"
        "Busselskapet anslår på sin side at i overkant av 250 faste pendlere bruker ruten.\n"
    )
    assert dict(claim_sources(extract(text)))["i overkant av 250"] == "Valdresekspressen"


def test_a_region_completes_a_bodys_name() -> None:
    """'Sykehuset Innlandet', 'Sykehuset Østfold': Ordbank lists 'Innlandet' as a common noun."""
    for place in ("Innlandet", "Østfold"):
        text = f"Sykehuset {place} bekrefter at to pasienter er innlagt.\n"
        assert claim_sources(extract(text)) == [("to", f"Sykehuset {place}")]


def test_the_fire_service_is_a_rescue_service_named_before() -> None:
    """'Ifølge Gjøvik brann- og redningstjeneste …. Brannvesenet sier …': one body."""
    text = (
        "Ifølge Gjøvik brann- og redningstjeneste falt åtte personer gjennom isen. "
        "Brannvesenet sier at to av dem tok seg i land.\n"
    )
    assert {source for _, source in claim_sources(extract(text))} == {"Gjøvik brann- og redningstjeneste"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Rådmann Shakeel Rehman gjorde det klart at kommunen må spare drøyt 19,8 millioner kroner.\n",
            "Shakeel Rehman",
        ),
        ("Det har vært 7.903 nye smittetilfeller siste døgn, gjengir NTB.\n", "NTB"),
        ("Høyskolen Kristiania har fått nærmere 11.000 søkere i år, i følge egne tall.\n", "Høyskolen Kristiania"),
        (
            "Høyskolen Kristiania vokser. Med nærmere 11.000 søknader skal høyskolen i følge egne tall ha slått "
            "alle rekorder.\n",
            "Høyskolen Kristiania",
        ),
    ],
)
def test_reports_named_by_long_cues_and_own_figures(text: str, source: str) -> None:
    """'gjorde det klart at', 'gjengir NTB', and 'i følge egne tall' (the subject's own figures)."""
    assert {s for _, s in claim_sources(extract(text))} == {source}


def test_a_patronymic_surname_is_a_person_and_a_place_after_i_is_none() -> None:
    """'sier Olaussen' / 'Hun mener …': a '-sen' surname alone is a person's, so 'Hun' is her, not
    'New Zealand', which 'i' places (nobody is 'in' a person)."""
    text = (
        "Det er enkelt å være bonde i New Zealand, med over 300 melkekyr, sier Olaussen.\n\n"
        "Hun mener at 40 prosent av bøndene sliter.\n"
    )
    tables = extract(text)
    assert {s.name: s.kind for s in tables.sources} == {"Olaussen": "person"}
    assert claim_sources(tables) == [("over 300", "Olaussen"), ("40 prosent", "Olaussen")]


def test_a_bodys_name_in_the_genitive_is_the_body() -> None:
    """'i Glitre Netts område, opplyser selskapet' and 'direktør X i Glitre Nett': one body."""
    text = (
        "Nettleien i Glitre Netts område øker med 18 prosent, opplyser selskapet.\n\n"
        "– Nettet må bygges ut, sier administrerende direktør Trond Åsmundstad i Glitre Nett til NTB.\n"
    )
    tables = extract(text)
    assert "Glitre Netts" not in {s.name for s in tables.sources}
    assert claim_sources(tables) == [("18 prosent", "Glitre Nett")]


def test_monitoring_is_a_document_its_body_gives_figures_in() -> None:
    """'Det viser Folkehelseinstituttets influensaovervåking': the institute's monitoring shows it."""
    text = (
        "Over 1200 personer ble innlagt med influensa i desember. "
        "Det viser Folkehelseinstituttets influensaovervåking.\n"
    )
    assert claim_sources(extract(text)) == [("Over 1200", "Folkehelseinstituttet")]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Rema 1000 opplyser at prisen øker med 5 prosent.\n", {"Rema 1000"}),
        ("Prisen øker med 5 prosent, opplyser Rema 1000.\n", {"Rema 1000"}),
        ("Kiwi opplyser at prisen øker med 5 prosent.\n", {"Kiwi"}),
        ("Både Rema 1000 og Kiwi opplyser at prisen øker med 5 prosent.\n", {"Rema 1000"}),
    ],
)
def test_a_brand_with_a_number_or_a_bare_noun_speaks_as_a_name(text: str, sources: set[str]) -> None:
    """'Rema 1000' is one name (nobody's name ends in a number), and 'Kiwi opplyser' is a name: a
    common noun bare of an article is no subject; 'Både … og' joins the speakers."""
    tables = extract(text)
    assert {s for _, s in claim_sources(tables)} == sources
    assert {s.name: s.kind for s in tables.sources}.get("Rema 1000", "organization") == "organization"
    if text.startswith("Både"):
        assert speakers(tables) == {0: {"Rema 1000", "Kiwi"}}


def test_guidelines_are_a_document_of_the_body_that_owns_them() -> None:
    text = (
        "Elverum kommune har bygd 40 leiligheter.\n\n"
        "Ifølge kommunens retningslinjer går om lag 2.000 kroner av husleia til egenkapital.\n"
    )
    assert claim_sources(extract(text))[1:] == [("om lag 2.000 kroner", "Elverum kommune")]


def test_a_place_before_a_measure_is_no_brand() -> None:
    """'Oslo/omegn 32%, Buskerud 17%': a number with its unit after a capitalised word is a
    figure of that place, not the end of a name like 'Rema 1000'."""
    text = "Oppland er 7% opp, Oslo/omegn 32%, Buskerud 17% og Telemark 18%, opplyser landsforeningen.\n"
    assert [c.text for c in extract(text).claims] == ["7%", "32%", "17%", "18%"]


def test_a_dash_against_a_capitalised_word_opens_a_quote() -> None:
    """'-Akershus har rundt 10.000 innbyggere mer, sier Salvesen.': a hyphen for the quote dash."""
    text = (
        "Salvesen er ordfører i Ullensaker.\n\n"
        "-Akershus har rundt 10.000 innbyggere mer enn i fjor, sier Salvesen.\n\n"
        "-Vi vokser raskt.\n"
    )
    tables = extract(text)
    assert [s.kind for s in tables.statements if s.paragraph == 2] == ["direct_quote"]
    assert claim_sources(tables) == [("rundt 10.000", "Salvesen")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role, its body and the person's name with no comma between them
        ("– Vi har 200 billetter igjen, sier daglig leder i Palmesus Leif Fosselie.\n", {0: {"Leif Fosselie"}}),
        ("– Vi har 200 billetter igjen, sier leder i Eiendom Norge Leif Fosselie.\n", {0: {"Leif Fosselie"}}),
        # a role's modifier cut short ('adm.'), and the body named before
        ("– Prisene stiger, sier adm. direktør Henning Lauridsen.\n", {0: {"Henning Lauridsen"}}),
        (
            "Prisene steg, ifølge Eiendom Norge.\n\n"
            "– Det er sterkt, uttaler adm. direktør i Eiendom Norge, Henning Lauridsen, i pressemeldingen.\n",
            {0: {"Eiendom Norge"}, 1: {"Henning Lauridsen"}},
        ),
        # a person described by age points back, as '24-åringen' does
        (
            "Elise Bakkevold vant kongepokalen.\n\n– Jeg har drømt om dette, sa den 24 år gamle skytteren.\n",
            {1: {"Elise Bakkevold"}},
        ),
        # a capitalised article and an adjective open a body's name
        ("Det frivillige Skyttervesen opplyser at 3.412 skyttere deltok.\n", {0: {"Det frivillige Skyttervesen"}}),
        # a compound type noun's name goes on with its field
        ("Landsforeningen for hytteeiere mener tallene er for lave.\n", {0: {"Landsforeningen for hytteeiere"}}),
        ("Landslaget for spelemenn oppgir at 1.150 utøvere deltok.\n", {0: {"Landslaget for spelemenn"}}),
        # a month joined to a document dates it: the body after 'fra' made it
        ("Januar-tallene fra Nav viser at 300 er ledige.\n", {0: {"Nav"}}),
        # 'direktøren' is the company's «daglig leder» when no director is named
        (
            "Daglig leder Morten Sæbø i Norilia bekrefter det.\n\n«Vi betaler det vi kan», sa direktøren.\n",
            {0: {"Morten Sæbø"}, 1: {"Morten Sæbø"}},
        ),
        # a noun joined by 'og' to a title before a name is a second title
        ("– Dette er et eventyr, sier dykker og båteier Håvard Strøm.\n", {0: {"Håvard Strøm"}}),
        # an owner's role with no name where a speaker stands: the one who holds it, at that owner
        (
            "Klubbens styreleder Kari Lund er glad.\n\n– Vi har kontroll, sier klubbens styreleder.\n",
            {1: {"Kari Lund"}},
        ),
        (
            "Styreleder i Brumunddal, Sigbjørn Johnsen, fortalte om økonomien.\n\n"
            "Torfinn Kringlebotn er styreleder i Ottestad IL.\n\n"
            "Derfor påpeker Ottestads styreleder at han har forståelse for det.\n",
            {0: {"Sigbjørn Johnsen"}, 2: {"Torfinn Kringlebotn"}},
        ),
        # an institution's capitalised type noun and the place it serves name it
        (
            "Universitetet i Agder skriver at 2.100 studenter har abonnement.\n",
            {0: {"Universitetet i Agder"}},
        ),
        # the noun a body's name opens with refers back to it; a word the article capitalises
        # inside its sentences is part of a name, not a noun describing it
        (
            "Felleskjøpet Agri opplyser at prisen har økt.\n\n– Vi tror det, sier Tore Aasen i Felleskjøpet "
            "Agri.\n\nFelleskjøpet opplyser at 1.100 har bestilt.\n",
            {0: {"Felleskjøpet Agri"}, 1: {"Tore Aasen"}, 2: {"Felleskjøpet Agri"}},
        ),
        # a paper Ordbank lists as a proper noun is no place of a region: two bodies, not one
        (
            "Flertallet vil ha forbud, viser en måling Norstat har gjort for NRK Trøndelag og Adresseavisen.\n\n"
            "Politiet fikk 212 meldinger, skriver Adresseavisen.\n",
            {0: {"Norstat"}, 1: {"Adresseavisen"}},
        ),
        # 'ifølge' closing a dash quote names its speaker, as 'sier' would; inside it, the figures' source
        (
            "Politiet stanset 40 biler, sier UP-sjef Geir Harald Marthinsen.\n\nDet var glatt på veiene.\n\n"
            "– På ene bildet skimter dere en politimann mellom bilene, ifølge UP-sjefen.\n\n"
            "– Ledigheten er 4 prosent, ifølge SSB. Det er for høyt, sier Kari Holm.\n",
            {0: {"Geir Harald Marthinsen"}, 2: {"Geir Harald Marthinsen"}, 3: {"Kari Holm"}},
        ),
        # a compound type noun is the body of its kind a person named before works for, not the
        # body that spoke last
        (
            "Nortura opplyser at 86 produsenter må kutte.\n\n"
            "Leder Jon Erik Bjørnstad i Innlandet Bondelag mener kuttet rammer flere enn Nortura vil "
            "innrømme. Ifølge bondelaget er over 130 gårdsbruk berørt.\n",
            {0: {"Nortura"}, 1: {"Jon Erik Bjørnstad", "Innlandet Bondelag"}},
        ),
        # a compound of a club's or a union's type noun opening the sentence refers back to the body
        # of that type that opened a sentence; a ministry's is a name of its own
        (
            "Finnsnes IL slo ut Tromsø IL onsdag kveld.\n\nHjemmeklubben oppgir at 2.380 tilskuere så kampen.\n",
            {1: {"Finnsnes IL"}},
        ),
        (
            "Ifølge Norges Råfisklag er det landet 1.240 tonn.\n\nSalgslaget opplyser at prisen var 58 kroner.\n",
            {0: {"Norges Råfisklag"}, 1: {"Norges Råfisklag"}},
        ),
        (
            "Finansdepartementet opplyser at 40 saker er behandlet.\n\nInnenriksdepartementet opplyser at 12 venter.\n",
            {0: {"Finansdepartementet"}, 1: {"Innenriksdepartementet"}},
        ),
        (
            "Arbeiderpartiet opplyser at partiet går fram 3,6 poeng.\n\nFremskrittspartiet mener 40 prosent er lei.\n",
            {0: {"Arbeiderpartiet"}, 1: {"Fremskrittspartiet"}},
        ),
        # a compound on a noun for people names a body of those people, not the club named before
        (
            "Åsane Fotball oppgir at 4.120 tilskuere så kampen.\n\nSupporterklubben mener tallet er blåst opp.\n",
            {0: {"Åsane Fotball"}, 1: {"Supporterklubben"}},
        ),
        # a body's name without the place it was first named with
        (
            "Pasient- og brukerombudet i Innlandet har fått klager.\n\n"
            "Pasient- og brukerombudet opplyser at det har kommet 14 klager.\n",
            {1: {"Pasient- og brukerombudet i Innlandet"}},
        ),
        # the name that opens a body's name with its type noun: 'Sunnaas' is 'Sunnaas sykehus'
        (
            "Køen ved Sunnaas sykehus er lang.\n\nHalvparten av pasientene kommer fra Oslo, opplyser Sunnaas.\n",
            {1: {"Sunnaas sykehus"}},
        ),
        # 'byrået' after a poll a body made: the bureau that made it
        (
            "Flere er imot, viser en måling som Respons Analyse har gjort for BT.\n\n"
            "Ifølge byrået er 41 prosent imot.\n",
            {0: {"Respons Analyse"}, 1: {"Respons Analyse"}},
        ),
        # a compound of a type noun after an adjective: 'lokallaget' is the 'Fiskarlag' named before
        (
            "Vesterålen Fiskarlag er positive.\n\n«Fisket kan gi 30 jobber», skrev lokallaget i en uttalelse.\n",
            {1: {"Vesterålen Fiskarlag"}},
        ),
        # a finite verb with a figure after it ends the field
        ("Ifølge Landslaget for spelemenn var 287 av deltakerne unge.\n", {0: {"Landslaget for spelemenn"}}),
        # 'Den viser at' after a sentence the report opened
        ("Rapporten bygger på regningskort. Den viser at kontaktene økte med 18 %.\n", {0: {"rapporten"}}),
        # a person's affiliation: an acronym's unit and its region
        ("Politiinspektør Kai Voldengen i UP-distrikt Øst forteller at 97 fikk forelegg.\n", {0: {"Kai Voldengen"}}),
        # a focus adverb before the subject
        ("Også politiet mener at 30 kom.\n", {0: {"politiet"}}),
        ("Også Roskildefestivalen, som startet i 1971, melder om rekordsalg.\n", {0: {"Roskildefestivalen"}}),
        # a document a body had made is the body's
        (
            "Ifølge undersøkelsen som Statnett har fått utført, har bare 30 prosent en plan.\n",
            {0: {"Statnett"}},
        ),
        # an article, a small adjective and a lower-case compound type noun are a body's name
        ("Den norske legeforening mener at 30 prosent mangler fastlege.\n", {0: {"Den norske legeforening"}}),
        (
            "President Camilla Hansen Steinum i Den norske tannlegeforening sier at 30 prosent har hull.\n",
            {0: {"Camilla Hansen Steinum"}},
        ),
        ("Det norske folk mener at 30 prosent er nok.\n", {}),
        # an unnamed person at one of several places
        (
            "En vert ved en av fiskecampene i Torsken, som ikke vil stå fram, sier at gjestene fikk 90 kveiter.\n",
            {0: {"en vert ved en av fiskecampene i Torsken"}},
        ),
        # 'sekretær' is a title as 'generalsekretær' is
        (
            "– Det er ikke aktuelt, svarer sekretær Unn Merethe Olsen på vegne av rådmann Lars Ole Skogen.\n",
            {0: {"Unn Merethe Olsen"}},
        ),
        # a title written with a capital before a first name
        ("– Aktiviteten er lavere enn normalt, sier Helsedirektør Bjørn Guldvog.\n", {0: {"Bjørn Guldvog"}}),
        # a name with a digit in it before ', som'
        ("Stevnet ble sendt på TV 2 Sport, som opplyser at 300.000 så på.\n", {0: {"TV 2 Sport"}}),
        # several unnamed people known by what they do
        ("Flere bønder sier til Romerikes Blad at de har fått trekk på opptil 15 prosent.\n", {0: {"flere bønder"}}),
        ("Mange foreldre mener at 30 prosent er for mye.\n", {0: {"mange foreldre"}}),
        # figures a newsroom got from a body are the body's
        (
            "7 av 12 politidistrikt registrerte flere saker, viser tall NRK har fått fra Politidirektoratet.\n",
            {0: {"Politidirektoratet"}},
        ),
        # a fronted date, as a fronted weekday, puts the subject after the verb
        ("9. august anslo politiet at 70 personer var savnet.\n", {0: {"politiet"}}),
        ("7. august 2018 sa Kari Nordtømme til NRK at 70 prosent var solgt.\n", {0: {"Kari Nordtømme"}}),
        # a poll's maker, named only in the lead, is 'analysebyrået' after it (not a news agency)
        (
            "Flertallet vil ha slutt på sommertid, ifølge en ny måling Opinion har gjort for Avisenes Nyhetsbyrå."
            "\n\n64 prosent svarer ja, opplyser analysebyrået.\n",
            {0: {"Opinion"}, 1: {"Opinion"}},
        ),
    ],
)
def test_who_speaks_in_real_news_and_blind_sets(text: str, expected: dict[int, set[str]]) -> None:
    assert speakers(extract(text)) == expected


def test_a_lone_surname_a_pronoun_points_back_to_is_a_person() -> None:
    """'Krogstad sier …' read a body, until 'Han forteller' points back to it: then a person."""
    tables = extract("Krogstad sier at det var ille. Han forteller at en betjent stoppet 30 biler.\n")
    assert speakers(tables) == {0: {"Krogstad"}}
    assert [(s.name, s.kind) for s in tables.sources] == [("Krogstad", "person")]


def test_ifolge_after_som_opens_its_relative_clause() -> None:
    """'Ledelsen sier …, som i følge Hoves hjemmeside er 72.000 besøkende': the site's figure."""
    text = "Ledelsen sier de vil slå fjorårets tall, som i følge Hoves hjemmeside er 72.000 besøkende.\n"
    assert claim_sources(extract(text)) == [("72.000", "Hove")]


def test_a_datelines_place_before_the_dash_opens_the_quote() -> None:
    """'BOGSTAD: – Vi må gjøre som før. …, sier X': every sentence of the quote is X's."""
    text = (
        "Røa IL har økt fra 100 til 700 løpere.\n\nBOGSTAD: – Vi må gjøre som før. Ungene lekte, sier Rune Lorentzen.\n"
    )
    assert [(p, k, who) for p, k, who, _ in kinds(text) if p == 1] == [
        (1, "direct_quote", "Rune Lorentzen"),
        (1, "direct_quote", "Rune Lorentzen"),
    ]


def test_a_compound_of_a_company_noun_is_the_company_the_sentence_before_opened_with() -> None:
    text = (
        "Banen har aldri hatt flere reisende, opplyser Vy. "
        "Ifølge togselskapet reiste 412 000 passasjerer med toget.\n\n"
        "Bane NOR har et lavere tall. Ifølge infrastrukturselskapet gikk rundt 350.000 reisende om bord.\n"
    )
    assert claim_sources(extract(text)) == [("412 000", "Vy"), ("rundt 350.000", "Bane NOR")]


def test_an_adverb_after_og_puts_the_subject_after_the_verb() -> None:
    """'Fristen er for kort, og nå mener kommunen at …': 'nå' opens a clause whose subject follows
    its verb; the subject of the clause before ('fristen') says nothing. 'og nå mener de' still
    takes the subject before, as a coordinated verb does."""
    text = "Sarpsborg kommune fikk frist til oktober. Fristen er for kort, og nå mener kommunen at planen må vente."
    assert speakers(extract(text)) == {0: {"Sarpsborg kommune"}}
    text = "Politiet fikk melding klokken 14, og nå mener de at brannen er under kontroll."
    assert speakers(extract(text)) == {0: {"politiet"}}


def test_a_case_document_speaks_for_its_maker() -> None:
    """'Innlandet fylkeskommune skriver i en sak til fylkestinget … Ifølge saken trenger fylket minst
    1.000 flere': the case is the county's document, as 'ifølge rapporten' is its maker's."""
    text = (
        "Innlandet fylkeskommune skriver i en sak til fylkestinget at rundt 3.500 personer tok "
        "fagskoleutdanning i fjor. Ifølge saken trenger fylket minst 1.000 flere innen 2030."
    )
    assert claim_sources(extract(text)) == [
        ("rundt 3.500", "Innlandet fylkeskommune"),
        ("minst 1.000", "Innlandet fylkeskommune"),
    ]


def test_adjectives_between_an_owner_and_its_thing() -> None:
    """'Ifølge selskapets automatiske tellere': the company's counters, as 'selskapets tellere'."""
    text = (
        "Bybanen AS, som eier skinnene, har en annen oversikt. Ifølge selskapets automatiske tellere "
        "reiste i snitt 74.000 personer med banen per virkedag."
    )
    assert claim_sources(extract(text)) == [("74.000", "Bybanen AS")]


def test_what_is_left_of_a_poll_answers_no_one() -> None:
    """'Resten svarer vet ikke', 'Halvparten svarer nei': answers in a poll, not a source."""
    assert speakers(extract("Resten svarer vet ikke.")) == {}
    assert speakers(extract("Halvparten svarer nei.")) == {}


def test_innlede_closes_a_quote() -> None:
    """'– Jeg har hatt en mening …, innledet Gran-ordfører Knut Lehre (Ap)': he opened the debate
    with the quote; 'innlede' reports only closing one."""
    text = "– Jeg har hatt en mening om dette lenge, innledet ordfører Knut Lehre (Ap)."
    assert speakers(extract(text)) == {0: {"Knut Lehre"}}


def test_a_company_form_closes_a_name_joined_by_og() -> None:
    """'Sogn Frukt og Bær SA': the form belongs to the name two nouns joined by 'og' make, and the
    name without it ('Sogn Frukt og Bær') is the same body."""
    text = (
        "Bøndene har levert rundt 310 tonn bær, opplyser Sogn Frukt og Bær SA.\n\n"
        "– Kvaliteten er god, sier daglig leder Solveig Hegrenes i Sogn Frukt og Bær.\n"
    )
    assert claim_sources(extract(text)) == [("rundt 310 tonn", "Sogn Frukt og Bær SA")]


def test_a_court_named_by_its_region_is_not_renamed_by_its_town() -> None:
    """'Telemark tingrett i Skien': a place and a type noun are a whole name; the town after it
    says where the court sits ('Kommunalt foreldreutvalg i Bærum' has no place of its own)."""
    text = (
        "Saken gikk for Telemark tingrett i Skien i august.\n\n"
        "Ifølge retten må mannen betale tilbake 3,1 millioner kroner.\n"
    )
    assert claim_sources(extract(text)) == [("3,1 millioner kroner", "Telemark tingrett")]


def test_an_amount_or_adverb_opening_a_sentence_is_no_body() -> None:
    """'Tusenvis av tillitsvalgte står …': a vague amount capitalised at the start names nobody,
    so 'de' later cannot be it."""
    text = (
        "Tusenvis av tillitsvalgte står hver dag på for medlemmene.\n\n"
        "Hele 40 prosent er svært fornøyde, mens i overkant av 50 prosent sier de er fornøyde.\n"
    )
    tables = extract(text)
    assert [source for _, source in claim_sources(tables)] == [None, None, None]
    assert not tables.sources


def test_a_known_bodys_genitive_before_an_unlisted_name_owns_the_person() -> None:
    """'Høyres Sirin Figenschou Høyen mener': the party's genitive, then a person no list of first
    names holds; the person speaks, not a body named 'Høyres Sirin …'."""
    text = "Høyres Sirin Figenschou Høyen mener kommunen trenger 40 nye politibetjenter.\n"
    assert claim_sources(extract(text)) == [("40", "Sirin Figenschou Høyen")]


def test_a_that_verb_closing_the_sentence_with_its_subject_reports_the_clause_before() -> None:
    """'…, foreslår kommunedirektør Siv Reinertsen i budsjettet.': after a comma the verb and its
    subject close the sentence, as '…, sier X' does; '…, anbefalte rådmannen en kvote på 200
    tonn' reports a deed (an object follows the subject)."""
    text = (
        "Kvinesdal kommune bør bygge ny svømmehall til 180 millioner kroner, foreslår "
        "kommunedirektør Siv Reinertsen i budsjettet som ble lagt fram mandag.\n\n"
        "I fjor, anbefalte rådmannen en kvote på 200 tonn.\n"
    )
    assert claim_sources(extract(text)) == [("180 millioner kroner", "Siv Reinertsen"), ("200 tonn", None)]


def test_de_viser_at_is_the_document_the_sentence_before_presented() -> None:
    """'Statistisk sentralbyrå er nå ute med befolkningstallene. De viser at …': 'de' before a
    verb by which documents report is the figures the body just presented, and speaks for it;
    not a document a person only read ('Ola Hansen har lest rapporten. Den viser at …')."""
    text = (
        "Statistisk sentralbyrå er nå ute med befolkningstallene for 2023. De viser at folketallet "
        "i kommunen økte med 1200 personer.\n\n"
        "Ola Hansen har lest rapporten. Den viser at 30 prosent slutter.\n"
    )
    assert claim_sources(extract(text)) == [("1200", "Statistisk sentralbyrå"), ("30 prosent", None)]


def test_star_det_i_a_paper_speaks_for_the_paper() -> None:
    """'…, står det i Hamar Arbeiderblad.': after 'i', a paper whose pages say it, as 'på Yr.no'
    is a site; 'står det i Bergen' names where, not who."""
    text = "Befolkningen har økt med 429 personer, står det i Hamar Arbeiderblad.\n"
    assert claim_sources(extract(text)) == [("429", "Hamar Arbeiderblad")]
    text = "Befolkningen har økt med 429 personer, står det i Bergen.\n"
    assert claim_sources(extract(text)) == [("429", None)]


def test_figures_got_from_no_body_are_the_getters() -> None:
    """'Ifølge tall Fjordenes Tidende har fått fra billettsystemet': a ticket system is no body
    that gives figures, so the paper that got them gives them; 'tall NRK har fått fra
    Politidirektoratet' stays the directorate's."""
    text = "Ifølge tall Fjordenes Tidende har fått fra billettsystemet, kom det rundt 6.000 publikummere.\n"
    assert claim_sources(extract(text)) == [("rundt 6.000", "Fjordenes Tidende")]
    text = "Ifølge tall NRK har fått fra Politidirektoratet, ble 40 personer pågrepet.\n"
    assert claim_sources(extract(text)) == [("40", "Politidirektoratet")]


def test_the_plural_of_a_colleagues_title_is_their_body() -> None:
    """'Ifølge forskerne' after 'forsker Ingrid Lykke i NINA': the plural of the title a person
    named before holds at a body is that body's staff, and the body speaks (the gold convention).
    A title no one named before stays a group of its own."""
    text = (
        "Bestanden har falt, ifølge en kartlegging fra Norsk institutt for naturforskning (NINA).\n\n"
        "– Det er dramatisk, sier forsker Ingrid Lykke i NINA.\n\n"
        "Ifølge forskerne er under 5 prosent av muslingene unge.\n"
    )
    assert claim_sources(extract(text))[-1] == ("under 5 prosent", "Norsk institutt for naturforskning")
    text = "– Det er dramatisk, sier forsker Ingrid Lykke i NINA.\n\nIfølge bøndene er 40 prosent av beitet borte.\n"
    assert claim_sources(extract(text))[-1] == ("40 prosent", "bøndene")


def test_a_credit_line_gives_its_box_of_figures_a_source() -> None:
    """'Antall drepte … 2017: 106 … Kilde: Veivesenet': a fact box closed by «Kilde: X» is X's,
    known before or not; several sources on one line credit nobody, and the line credits no
    figure of another paragraph."""
    text = (
        "Trafikken krevde mange liv, skriver Veivesenet.\n\n"
        "Antall drepte i trafikken 2017: 106 2016: 135 Kilde: Veivesenet\n"
    )
    assert claim_sources(extract(text)) == [("106", "Veivesenet"), ("135", "Veivesenet")]
    text = "Antall ledige i mai: 62.000 Kilde: Statistisk sentralbyrå\n"
    assert claim_sources(extract(text)) == [("62.000", "Statistisk sentralbyrå")]
    text = "Antall ledige i mai: 62.000 Kilder: SSB og Nav\n"
    assert claim_sources(extract(text)) == [("62.000", None)]
    text = "Det kom 400 gjester.\n\nKilde: Politiet\n"
    assert claim_sources(extract(text)) == [("400", None)]


def test_a_names_genitive_opening_a_sentence_owns_its_document() -> None:
    """'Felleskjøpets prognoser viser at …' where the article also writes 'i Felleskjøpet Agri':
    a word Norsk Ordbank knows as a common noun is a name when the text capitalises it
    mid-sentence, so its genitive before a document opens the sentence as the body behind it."""
    text = (
        "Felleskjøpets prognoser viser at bøndene vil levere 1,3 millioner tonn korn.\n\n"
        "– Vi er fornøyd, sier direktør Kari Holm i Felleskjøpet Agri.\n"
    )
    assert claim_sources(extract(text)) == [("1,3 millioner tonn", "Felleskjøpet")]


def test_what_a_document_is_about_stands_between_it_and_its_verb() -> None:
    """'NHOs prognoser for årets kornhøst viser at …': 'for' or 'om' and a few nouns and
    adjectives say what the document is about, and the owner still reports; a name there is
    another subject ('tall for Oslo')."""
    text = "NHOs prognoser for årets kornhøst viser at bøndene vil levere 1,3 millioner tonn korn.\n"
    assert claim_sources(extract(text)) == [("1,3 millioner tonn", "NHO")]
    text = "NHOs tall om nye bedrifter viser at 300 vil ansette flere.\n"
    assert claim_sources(extract(text)) == [("300", "NHO")]


def test_a_compound_ending_in_a_role_is_a_title_before_a_name() -> None:
    """'Båtskipper Rune Hansen': a noun Ordbank knows run into a role ('skipper') is a title, so
    the speaker is Rune Hansen; a compound whose tail is no role stays a word of its own."""
    text = "Båtskipper Rune Hansen sier at over 5.000 fugler hekker på fjellet.\n"
    assert claim_sources(extract(text)) == [("over 5.000", "Rune Hansen")]
    lex = lexicon()
    assert [lex.is_role(w) for w in ("båtskipper", "storbonde", "hovedstyre", "reinsgjeter")] == [
        True,
        True,
        False,
        False,
    ]


def test_ifolge_an_owners_title_and_a_name_in_apposition_is_that_name() -> None:
    """'Ifølge galleriets eier, Trude Holmsen, har …': after 'ifølge' as after a reporting verb,
    a common noun's genitive owns the title, and the name after it (in commas or not) is the
    source; a title with no name stays no source."""
    for text in (
        "Ifølge galleriets eier, Trude Holmsen, har bildene en verdi på rundt 2,5 millioner kroner.\n",
        "Ifølge galleriets eier Trude Holmsen har bildene en verdi på rundt 2,5 millioner kroner.\n",
    ):
        assert claim_sources(extract(text)) == [("rundt 2,5 millioner kroner", "Trude Holmsen")]


def test_a_score_after_a_name_is_no_part_of_it() -> None:
    """'slo svenske Mikael Lund 7–4 i sett': a digit, a dash and a digit is a result; 'Eiendomsmegler
    1 tror' still closes a name with its digit."""
    text = (
        "Finalen ble vunnet av Sindre Aasland, som slo svenske Mikael Lund 7–4 i sett.\n\n– Det var tungt, sier han.\n"
    )
    tables = extract(text)
    assert speakers(tables) == {1: {"Mikael Lund"}}
    assert [s.name for s in tables.sources] == ["Mikael Lund"]


def test_a_document_a_body_cites_is_its_own_later() -> None:
    """'opplyser selskapet i årsrapporten' … 'Ifølge årsrapporten': the body that cited the
    document issued it, so the later back-reference is that body's, not the last body named."""
    for opening in (
        "Kraftselskapet Sognekraft deler ut 180 millioner kroner i utbytte, opplyser selskapet i årsrapporten.",
        "Sognekraft skriver i sin årsrapport at utbyttet blir 180 millioner kroner.",
    ):
        text = (
            f"{opening}\n\nGruppeleder Kjell Sæbø i Senterpartiet mener at overskuddet var 295 millioner kroner.\n\n"
            "Ifølge årsrapporten endte resultatet på 231 millioner kroner.\n"
        )
        assert claim_sources(extract(text))[-1] == ("231 millioner kroner", "Sognekraft")


def test_kommunen_is_the_one_municipality_the_lead_names() -> None:
    """'Det nye havnebadet i Kristiansund …, opplyser kommunen': with no municipal body or office
    named, 'kommunen' is the one municipality the lead names (lexicons/municipalities.txt). Two
    in the lead, a word opening a sentence ('Time') or a surname ('Per Lund') name none."""
    text = (
        "Det nye havnebadet i Kristiansund blir 23 millioner kroner dyrere, opplyser kommunen.\n\n"
        "Nå anslår kommunen at badet vil koste 71 millioner kroner.\n"
    )
    assert claim_sources(extract(text)) == [
        ("23 millioner kroner", "Kristiansund kommune"),
        ("71 millioner kroner", "Kristiansund kommune"),
    ]
    for lead in (
        "Badene i Kristiansund og Molde blir dyrere.",
        "Time etter time ventet de.",
        "Det sier Per Lund til avisen.",
    ):
        text = f"{lead}\n\nNå anslår kommunen at badet vil koste 71 millioner kroner.\n"
        assert claim_sources(extract(text)) == [("71 millioner kroner", "kommunen")]


def test_a_subject_with_a_relative_clause_and_no_comma_speaks() -> None:
    """'Butikken som selger billig bacon og brus melder at …': the noun phrase opening the clause
    speaks, not the object inside its relative clause; 'De som var der sier' names nobody."""
    text = "Butikken som selger billig bacon og brus melder at omsetningen passerte 40 millioner kroner.\n"
    assert claim_sources(extract(text)) == [("40 millioner kroner", "butikken")]
    text = "Politiet som etterforsker saken opplyser at 40 personer er avhørt.\n"
    assert claim_sources(extract(text)) == [("40", "politiet")]
    assert claim_sources(extract("De som var der sier at 40 personer kom.\n")) == [("40", None)]


def test_a_person_naming_what_follows_hands_over_the_quote() -> None:
    """'…, og Larsen peker på fire hovedårsaker.' then '– Vi har fått bedre betalt …': a named
    person with a reporting verb and its object (no at-clause) closing a paragraph introduces
    the quote after it, across a subheading before; a view with 'at' is her statement instead."""
    text = (
        "– Det er gode nyheter, sier direktør Renate Larsen i Sjømatrådet.\n\nFlere årsaker\n\n"
        "Eksporten har doblet seg, og Larsen peker på fire hovedårsaker.\n\n– Vi har fått bedre betalt.\n"
    )
    assert speakers(extract(text)) == {0: {"Renate Larsen"}, 3: {"Renate Larsen"}}
    text = "Eksporten har doblet seg siden 2010.\n\n– Vi har fått bedre betalt.\n"
    assert speakers(extract(text)) == {}


def test_after_ifolge_and_a_name_the_next_verb_is_no_possession() -> None:
    """'Ifølge Nyhus betalte bedriften …': the verb takes the clause's second place after the
    source, so 'Nyhus' is no genitive owning «betalte bedriften»; 'Ifølge Equinors beregninger'
    still is."""
    text = (
        "– Vi har aldri opplevd noe lignende, sier daglig leder Kari Nyhus.\n\n"
        "Ifølge Nyhus betalte bedriften rundt 28.000 kroner per tonn i 2023.\n"
    )
    tables = extract(text)
    assert claim_sources(tables) == [("rundt 28.000 kroner", "Kari Nyhus")]
    assert [s.name for s in tables.sources] == ["Kari Nyhus"]
    assert claim_sources(extract("Ifølge Equinors beregninger er 40 prosent borte.\n")) == [("40 prosent", "Equinor")]


def test_an_unknown_title_before_a_given_name_ordbank_knows_as_a_word() -> None:
    """'sier naturforvalter Linn Karlsen i SNO': right after the reporting verb, a noun before a
    surname is a title though the given name is also a word ('linn'); 'Hun' then is she."""
    text = (
        "– Oteren krysser veien, sier naturforvalter Linn Karlsen i SNO til avisen.\n\n"
        "Hun forteller at halvparten av dyrene er funnet langs veien.\n"
    )
    assert speakers(extract(text)) == {0: {"Linn Karlsen"}, 1: {"Linn Karlsen"}}


def test_a_noun_ending_in_ing_made_from_no_verb_speaks() -> None:
    """'Sametinget opplyser at …': '-ing' makes 'sameting' no action ('evakueringen'), for
    Ordbank makes it from no verb ('ting' is a noun of its own), so the body speaks; an action
    still does not ('Evakueringen opplyser')."""
    text = (
        "Ifølge Landbruksdirektoratet er det 19 reinbeitedistrikter på vidda.\n\n"
        "Sametinget opplyser at 13 av distriktene har meldt inn skader.\n"
    )
    assert speakers(extract(text)) == {0: {"Landbruksdirektoratet"}, 1: {"sametinget"}}  # a common noun opening it
    assert speakers(extract("Evakueringen opplyser at 13 er hentet ut.\n")) == {}


def test_a_figure_in_a_relative_clause_about_the_speaker_is_the_narrators() -> None:
    """'Daglig leder Arne Fosse i Fosse Kiosk AS, som driver 14 kiosker i Bergen, sier …': the
    clause tells who speaks; a clause that reports ('…, som anslår at …') still gives figures."""
    text = "Daglig leder Arne Fosse i Fosse Kiosk AS, som driver 14 kiosker i Bergen, sier at åtte er ranet.\n"
    assert claim_sources(extract(text)) == [("14", None), ("åtte", "Arne Fosse")]
    text = "Ordfører Kari Holm, som anslår at 300 er berørt, sier at det haster.\n"
    assert claim_sources(extract(text)) == [("300", "Kari Holm")]


def test_a_reporting_verb_after_a_fronted_ifolge_is_a_deed() -> None:
    """'Ifølge dommen fra Helgeland tingrett skrev legen over 400 attester': after a sentence that
    opens with 'ifølge' and its source, the verb in second place is what its subject did; with
    'at' after the subject it still reports ('Ifølge NRK skriver avisen at …')."""
    text = "Ifølge dommen fra Helgeland tingrett skrev legen over 400 attester til personer han aldri undersøkte.\n"
    assert speakers(extract(text)) == {0: {"Helgeland tingrett"}}
    assert speakers(extract("Ifølge NRK skriver avisen at 30 er døde.\n")) == {0: {"NRK", "avisen"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised adjective mid-sentence opens a name, its noun also a verb's form
        ("Leveransen er forsinket med minst 14 måneder, opplyser Norske tog.\n", {0: {"Norske tog"}}),
        ("Ifølge Norske tog er leveransen forsinket med 14 måneder.\n", {0: {"Norske tog"}}),
        ("Ifølge Eide gir det 12 nye døgnplasser.\n", {0: {"Eide"}}),  # a place's name that is also a word
        # capitalised words joined by 'og' are all the name: 'Kontor' is no type, so 'forbundet' is it
        (
            "Vinmonopolet legger ned 12 butikker. Selskapet opplyser at rundt 70 ansatte blir berørt.\n\n"
            "Handel og Kontor er kritisk. Ifølge forbundet vil over 120 ansatte miste jobben.\n",
            {0: {"Vinmonopolet"}, 1: {"Handel og Kontor"}},
        ),
        # after places the last capitalised word is the type: 'havna' is Molde og Romsdal Havn
        (
            "Molde og Romsdal Havn tok imot 89.500 passasjerer i år.\n\nIfølge havna er det rekord.\n",
            {1: {"Molde og Romsdal Havn"}},
        ),
        # a verb and its object after a capitalised name are no name: 'Boreal mangler 112 sjåfører'
        ("Sjåførene sier at Boreal mangler 112 sjåfører.\n", {0: {"sjåførene"}}),
        # a lead's definite noun Ordbank lists as a name is one: 'Selskapet' is Vinmonopolet
        (
            "Vinmonopolet legger ned 12 butikker. Selskapet opplyser at rundt 70 ansatte blir berørt.\n",
            {0: {"Vinmonopolet"}},
        ),
        # a paper's masthead noun ('Tidende') makes it a paper, which 'avisen' refers back to
        (
            "Ifølge Drammens Tidende tolket firmaet rundt 18.000 bilder.\n\n"
            "Avisen skriver at halvparten av bildene ble tolket av én lege.\n",
            {0: {"Drammens Tidende"}, 1: {"Drammens Tidende"}},
        ),
    ],
)
def test_names_that_open_on_an_adjective_join_words_or_name_a_paper(text: str, expected: dict[int, set[str]]) -> None:
    """'opplyser Norske tog', 'Handel og Kontor … Ifølge forbundet', 'Ifølge Drammens Tidende …
    Avisen skriver': the name's words, and what kind of body they name."""
    assert speakers(extract(text)) == expected


def test_a_quote_goes_on_after_its_tag_in_the_first_person() -> None:
    """'– Fjorårets tall var lave, sier Guro Ranes. Men vi må tilbake til 2016 …': after the tag,
    a sentence in the first person goes on with the quote; one in the third person is the
    narrator's again, or its own speaker's."""
    text = "– Fjorårets tall var lave, sier Guro Ranes. Men vi må tilbake til 2016 for å se 30 drepte.\n"
    assert claim_sources(extract(text)) == [("30", "Guro Ranes")]
    text = "– Det er bra, sier Kari Holm. Samme dag ble 30 nye stillinger lyst ut.\n"
    assert claim_sources(extract(text)) == [("30", None)]


def test_a_days_genitive_opening_a_sentence_is_no_name() -> None:
    """'Søndagens publikum var dobbelt så stort …, påpeker klubben': the day's genitive says when;
    the club that the sentence's verb names speaks."""
    text = (
        "Narvik slo Stavanger Oilers 4–2 søndag.\n\n"
        "– Det var ny rekord, sier daglig leder Jørn-Are Pedersen i Narvik Hockey.\n\n"
        "I grunnserien hadde Narvik i snitt 1.150 tilskuere. Søndagens publikum var dermed dobbelt så "
        "stort som snittet, påpeker klubben.\n"
    )
    tables = extract(text)
    assert "Søndagens" not in {s.name for s in tables.sources}
    assert speakers(tables)[2] <= {"Narvik", "Narvik Hockey"}


def test_fastholde_reports_with_a_that_clause() -> None:
    """'Direktøren … fastholder at selskapets anslag er riktig' reports; 'Kommunen fastholder
    vedtaket' is a deed."""
    text = (
        "– Ordren er stor, sier administrerende direktør Henrik Solbakken til NTB.\n\n"
        "Direktøren vil ikke kommentere avisens tall, men fastholder at anslaget på 4,2 milliarder kroner er riktig.\n"
    )
    assert claim_sources(extract(text)) == [("4,2 milliarder kroner", "Henrik Solbakken")]
    assert speakers(extract("Kommunen fastholder vedtaket fra i fjor.\n")) == {}


def test_a_club_named_by_its_place_is_the_club_the_article_names_in_full() -> None:
    """'Narvik slo Stavanger Oilers' … 'daglig leder Jørn-Are Pedersen i Narvik Hockey' …
    'påpeker klubben': the place stands for the club whose full name opens with it."""
    text = (
        "Narvik slo Stavanger Oilers 4–2 søndag.\n\n"
        "– Det var ny rekord, sier daglig leder Jørn-Are Pedersen i Narvik Hockey.\n\n"
        "Publikum var dobbelt så stort som snittet, påpeker klubben.\n"
    )
    assert speakers(extract(text))[2] == {"Narvik Hockey"}


def test_a_body_whole_in_one_word_takes_no_type_noun_after_it() -> None:
    """'gjennomførte Mattilsynet tilsyn i 1.971 dyrehold': 'Mattilsynet' is a body's whole name
    (a compound of 'tilsyn' in the definite form), so the 'tilsyn' it carried out is no part of
    it, as 'kommune' is of 'Gjøvik kommune'."""
    text = "Fra nyttår gjennomførte Mattilsynet tilsyn i 1.971 dyrehold.\n\nTilsynet presiserer at dette er nytt.\n"
    assert [s.name for s in extract(text).sources] == ["Mattilsynet"]
    assert claim_sources(extract("Ifølge Gjøvik kommune er 40 elever syke.\n")) == [("40", "Gjøvik kommune")]


def test_de_is_the_body_just_named_when_none_spoke() -> None:
    """'Tilsynet avdekket regelbrudd i 53 prosent av besøkene, opplyser de': no group or body
    spoke or opened a sentence, so 'de' is the body named in the sentence before; a body named
    further back is not."""
    text = (
        "Fra nyttår gjennomførte Mattilsynet tilsyn i 1.971 dyrehold. Tilsynet avdekket regelbrudd i 53 prosent "
        "av besøkene, opplyser de i en pressemelding.\n"
    )
    assert ("53 prosent", "Mattilsynet") in claim_sources(extract(text))
    far = (
        "I fjor gjennomførte Mattilsynet tilsyn. Vinteren var kald. Mange dyr sto ute. Tallene er nye.\n\n"
        "Det ble funnet brudd i 53 prosent av besøkene, opplyser de.\n"
    )
    assert ("53 prosent", None) in claim_sources(extract(far))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Skolen har 40 elever, ifølge lærere.\n", "lærere"),
        ("Ifølge fiskere er 40 båter i havn.\n", "fiskere"),
        ("Kommunen har 40 skoler ifølge oppvekstledere.\n", "oppvekstledere"),
        ("Skolen har 40 elever, ifølge foreldre.\n", "foreldre"),
        ("Skolen har 40 elever, ifølge planer.\n", None),  # no people
    ],
)
def test_ifolge_and_a_bare_plural_of_people_by_what_they_do_is_an_unnamed_group(text: str, source: str | None) -> None:
    assert claim_sources(extract(text)) == [("40", source)]


@pytest.mark.parametrize(
    ("first", "second", "source"),
    [
        ("Kommunedirektør Elin Tveiterås la fram budsjettet mandag.", "Ifølge kommunedirektøren", "Elin Tveiterås"),
        (
            "Forsker Elin Tveiterås i Norsk institutt for naturforskning har talt bestanden.",
            "Ifølge forskerne",
            "Norsk institutt for naturforskning",
        ),
    ],
)
def test_ifolge_and_a_definite_role_still_points_back(first: str, second: str, source: str) -> None:
    """'ifølge kommunedirektøren', 'ifølge forskerne': the definite form is no unnamed group; it
    points back to the one the article named."""
    text = f"{first}\n\n{second} er 40 stillinger ledige.\n"
    assert claim_sources(extract(text)) == [("40", source)]


def test_a_forum_is_named_for_its_field_and_the_field_ends_before_a_verb() -> None:
    """'Beslutningsforum for nye metoder' is one body's name, as 'Direktoratet for …' is; in
    'Ifølge Direktoratet for nye metoder koster behandlingen …' the field ends before 'koster',
    a verb's form that Ordbank also knows as a noun."""
    text = (
        "Beslutningsforum for nye metoder sa mandag nei til en ny medisin. Behandlingen koster rundt 1,2 "
        "millioner kroner, opplyser Beslutningsforum.\n"
    )
    assert claim_sources(extract(text)) == [("rundt 1,2 millioner kroner", "Beslutningsforum for nye metoder")]
    text = "Ifølge Direktoratet for nye metoder koster behandlingen 1,2 millioner kroner.\n"
    assert claim_sources(extract(text)) == [("1,2 millioner kroner", "Direktoratet for nye metoder")]


def test_a_body_named_in_apposition_may_open_with_an_adjective() -> None:
    """'skriver morselskapet, svenske Norrpack AB, i en børsmelding': the name after the comma is
    the parent company, though an adjective opens the apposition."""
    text = (
        "Innherred Kartong AS legger ned fabrikken. Produksjonen stanser i september, skriver morselskapet, "
        "svenske Norrpack AB, i en børsmelding. Ifølge meldingen har fabrikken tapt 48 millioner kroner.\n"
    )
    assert claim_sources(extract(text)) == [("48 millioner kroner", "Norrpack AB")]


def test_an_unnamed_source_keeps_where_its_workplace_is() -> None:
    text = "En ansatt i en dagligvarebutikk i sentrum sier til NTB at butikken har tatt imot rundt 20 falske sedler.\n"
    assert claim_sources(extract(text)) == [("rundt 20", "en ansatt i en dagligvarebutikk i sentrum")]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # mid-sentence, a nationality's adjective opens a name though Ordbank lists it as a noun too
        (
            "Det viser en ny rapport fra Norsk hjertestansregister, der 13 prosent overlevde.\n",
            ["Norsk hjertestansregister"],
        ),
        # opening the sentence, it does when a reporting verb closes the lower-case words after it
        ("Norsk pasientskadeerstatning opplyser at 13 prosent fikk erstatning.\n", ["Norsk pasientskadeerstatning"]),
        # not before a noun that is no body's: 'Norsk laks' is salmon
        ("Norsk laks ble solgt for 3 milliarder kroner, sier Ola Hansen.\n", ["Ola Hansen"]),
    ],
)
def test_a_nationality_adjective_opens_a_bodys_name(text: str, sources: list[str]) -> None:
    assert [name for _, name in claim_sources(extract(text))] == sources


def test_a_register_named_by_a_compound_is_a_body_and_the_bare_register_refers_back() -> None:
    """'Kreftregisteret opplyser' names the body that keeps the register, though a register is a
    document too; 'Registeret viser' refers back to the body before."""
    text = (
        "Ifølge Helsedirektoratet fikk 200 kreft. Kreftregisteret opplyser at 300 fikk kreft. "
        "Registeret viser at 40 prosent ble friske.\n"
    )
    assert claim_sources(extract(text)) == [
        ("200", "Helsedirektoratet"),
        ("300", "Kreftregisteret"),
        ("40 prosent", "Kreftregisteret"),
    ]


def test_a_name_ending_in_a_noun_of_s_is_no_genitive_after_ifolge() -> None:
    """'Ifølge Haugesunds Avis sto 84 elever …': 'Avis' is a word of the name, not the genitive of
    'Avi' owning 'sto' (which Ordbank also lists as a noun)."""
    text = "Ifølge Haugesunds Avis sto 84 elever på ventelisten.\n"
    assert claim_sources(extract(text)) == [("84", "Haugesunds Avis")]


def test_a_body_named_for_people_an_adjective_describes_keeps_the_adjective() -> None:
    """'Landsforeningen for overvektige mener …': a plural adjective with no noun after it stands
    for the people, and ends the field the body is named for."""
    text = "Landsforeningen for overvektige mener at 300 pasienter venter for lenge.\n"
    assert claim_sources(extract(text)) == [("300", "Landsforeningen for overvektige")]


def test_rovdata_is_a_name_not_a_document_referring_back() -> None:
    """'Rovdata' ends in the document word 'data' in its own form, not in a definite one: a name,
    not a back-reference to the directorate named before ('Tallene viser' is one)."""
    text = (
        "Direktør Ellen Hambro i Miljødirektoratet sier at kvoten var høy. "
        "Rovdata rapporterte i fjor om mellom 105 og 112 ulver i Norge.\n"
    )
    assert claim_sources(extract(text)) == [("mellom 105 og 112", "Rovdata")]


def test_foreningen_refers_back_to_a_forbund() -> None:
    """A 'forbund' is an association ('forening'): 'Ifølge foreningen' after 'Naturvernforbundet i
    Rogaland … mener NINA teller for lavt' is the association, not the body named in what it said."""
    text = (
        "Naturvernforbundet i Rogaland, som har frivillige ved elva, mener NINA teller for lavt. "
        "Ifølge foreningen har de frivillige registrert rundt 19.000 ål i Imsa.\n"
    )
    assert claim_sources(extract(text)) == [("rundt 19.000", "Naturvernforbundet i Rogaland")]


def test_figures_a_body_got_to_see_are_its() -> None:
    """'Ifølge tall NRK Innlandet har fått innsyn i': no body named gave them, so the one that got
    to see them gives them (as 'tall Fjordenes Tidende har fått fra billettsystemet')."""
    text = "Ifølge tall NRK Innlandet har fått innsyn i, ble det gitt 1.410 forelegg i fjor.\n"
    assert claim_sources(extract(text)) == [("1.410", "NRK Innlandet")]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # an article capitalised inside a sentence opens a name ('Det kongelige hoff')
        ("Rådgiver Even Tofte ved Det kongelige hoff opplyser at 30 søkte.\n", ["Even Tofte"]),
        ("Ifølge Den norske kirke meldte 30 seg ut.\n", ["Den norske kirke"]),
        # a word no dictionary holds, not even as a compound, that opens a sentence and speaks
        ("Nationen skrev i november at eksporten var på 1.250 tonn.\n", ["Nationen"]),
        # a noun and a digit that closes the name before its verb
        ("Apotek 1 skriver at prisforskjellen i snitt er under 15 prosent.\n", ["Apotek 1"]),
        # a concert hall is a body of its type: 'konserthuset' refers back to it
        (
            "Nøtteknekkeren har slått alle rekorder i Stavanger konserthus. Over 21.000 billetter er "
            "solgt, opplyser konserthuset.\n",
            ["Stavanger konserthus"],
        ),
    ],
)
def test_names_read_by_their_form(text: str, sources: list[str]) -> None:
    assert [name for _, name in claim_sources(extract(text))] == sources


def test_a_plural_noun_is_not_the_one_body_it_described() -> None:
    """'Utestedene i sentrum anslår …' after 'utestedet Kaia Scene': many places, not that one."""
    text = (
        "– Det er uholdbart, sier daglig leder Kristoffer Hanssen ved utestedet Kaia Scene.\n\n"
        "Utestedene i sentrum anslår at over 300 gjester gikk hjem til fots.\n"
    )
    tables = extract(text)
    (claim,) = tables.claims
    (source,) = [s for s in tables.sources if s.source_id == claim.source_id]
    assert (claim.text, source.kind) == ("over 300", "anonymous")  # the unnamed places speak
    assert source.name.lower().startswith("utestedene")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a role, the place where it is held, then the name
        ("– Vi hadde 57 utrykninger, sier vara-brannsjef på Hitra Per-Arne Willman.\n", ["Per-Arne Willman"]),
        ("– Vi hadde 57 utrykninger, sier brannsjef i Hitra Per-Arne Willman.\n", ["Per-Arne Willman"]),
        # a compilation is a document; its body is the one after 'fra'
        ("I fjor mottok 712.000 innbyggere dagpenger, viser sammenstillingen fra NAV.\n", ["NAV"]),
        # figures fetched from a body are its, whoever fetched them
        ("Ventetiden er 60 dager, viser tall P4-nyhetene har hentet fra Helsedirektoratet.\n", ["Helsedirektoratet"]),
        # a document of a time ('årets') refers back to the body before
        (
            "Ifølge NAV mangler 6950 sykepleiere. Årets undersøkelse estimerer en mangel på 5350 sykepleiere.\n",
            ["NAV", "NAV"],
        ),
    ],
)
def test_who_gave_figures_named_by_place_document_or_fetch(text: str, sources: list[str]) -> None:
    assert [name for _, name in claim_sources(extract(text))] == sources


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a sentence 'Det sier X' names the speaker of the dash quote before it
        (
            "– Vi har lagt bak oss et vanskelig år. 118 døde er 118 for mange. Det sier Ingrid Dahl Hovland "
            "i en pressemelding. Hun er vegdirektør i Statens vegvesen.\n",
            "Ingrid Dahl Hovland",
        ),
        ("– Dette er et løft for hele regionen. Det sier ordfører Kari Lie (Ap) til NRK.\n", "Kari Lie"),
        ("Kari Lie er glad. – Vi er glade. Det sier hun til NRK.\n", "Kari Lie"),
        # but 'Det sier noe om …' and 'Det mener vi …' go on with the quote
        (
            "– Vi har 186 husstander på venteliste nå. Det sier noe om hvor stort presset er blitt, sier "
            "kommunalsjef Hilde Bråten.\n",
            "Hilde Bråten",
        ),
        (
            "– Vi har utbedret skader for 5 millioner kroner. Det mener vi retten ikke har tatt hensyn til, "
            "sier daglig leder Svein Ove Gjelsvik.\n",
            "Svein Ove Gjelsvik",
        ),
    ],
)
def test_det_sier_x_after_a_dash_quote_names_its_speaker(text: str, speaker: str) -> None:
    quoted = [(kind, name) for _, kind, name, _ in kinds(text) if kind == "direct_quote"]
    assert quoted and all(name == speaker for _, name in quoted)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a role's field listed with commas before the holder's name
        (
            "Byråd for barnehage, skole og idrett Lene Brekke (H) sier til NTB at byrådet vil foreslå 150 "
            "millioner kroner til ventilasjon.\n",
            ["Lene Brekke"],
        ),
        # a public office named by its place, as the body a later 'namsfogden' is
        (
            "Namsfogden i Trøndelag gjennomførte 312 tvangsfravikelser i fjor, opplyser namsfogden til NRK.\n",
            ["Namsfogden i Trøndelag"],
        ),
        (
            "Legevakten i Trondheim har hatt 400 flere pasienter i år, opplyser legevakten.\n",
            ["Legevakten i Trondheim"],
        ),
        # but the police by a place stays 'politiet'
        ("Politiet i Agder har fått 400 meldinger, opplyser politiet.\n", ["politiet"]),
    ],
)
def test_a_role_field_listed_and_an_office_named_by_its_place(text: str, sources: list[str]) -> None:
    assert [name for _, name in claim_sources(extract(text))] == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a double first name joined by a hyphen, after a title written with a capital
        ("– Vi hadde 40 utrykninger, sier Brannsjef Nils-Erik Haagenrud.\n", ["Nils-Erik Haagenrud"]),
        # a title with a capital, where it is held and, after a comma, the holder
        ("– Vi hadde 40 utrykninger, sier Brannsjef ved Elverum brannvesen, Nils Haagenrud.\n", ["Nils Haagenrud"]),
        # an adjective inside a body's name after its place, before the reporting verb
        (
            "Leder Tormod Aas ved Sarpsborg kommunale sykehjem sier at 40 beboere venter.\n",
            ["Tormod Aas"],
        ),
        # a volunteer with no name speaks as one
        ("En frivillig sier til Harstad Tidende at hun har besøkt over 30 eldre.\n", ["en frivillig"]),
        # a name and its definite type noun: the name alone refers back to it
        (
            "Brynild Gruppen skal investere 320 millioner kroner, opplyser konsernet.\n\n"
            "Brynild anslår at utvidelsen gir 60 nye arbeidsplasser.\n",
            ["Brynild Gruppen", "Brynild Gruppen"],
        ),
    ],
)
def test_double_first_names_field_adjectives_volunteers_and_short_names(text: str, sources: list[str]) -> None:
    assert [name for _, name in claim_sources(extract(text))] == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a projection is a document: its owner's genitive gives the figure
        ("Antallet ventes å øke til 560 i 2040, ifølge SSBs framskrivinger.\n", ["SSB"]),
        # figures that come from a body are its; a table is a document its owner's figures are in
        ("De «offisielle» tallene som kommer fra Helfo viser at 266 lister mangler lege.\n", ["Helfo"]),
        ("Totalt reiste 109.170 passasjerer, viser tabellen til Avinor.\n", ["Avinor"]),
        # a known body and a county Norsk Ordbank lacks are one of its offices, which 'etaten' refers back to
        (
            "Ifølge Nav Innlandet mangler fylket om lag 350 elektrikere.\n\n"
            "Etaten opplyser at det bare er 41 ledige elektrikere.\n",
            ["Nav Innlandet", "Nav Innlandet"],
        ),
    ],
)
def test_projections_and_offices_by_county(text: str, sources: list[str]) -> None:
    assert [name for _, name in claim_sources(extract(text))] == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # an age in years between the article and the noun: still an unnamed person who speaks
        (
            "En 19 år gammel kvinne forteller til NTB at hun måtte gå rundt 800 meter i røyk.\n",
            ["en 19 år gammel kvinne"],
        ),
        # a capitalised adjective and a bare singular noun opening a sentence are a name: 'rådet' is it
        (
            "Norsk kulturråd vil kjøpe inn rundt 90 nye titler. Det opplyser rådet torsdag.\n",
            ["Norsk kulturråd"],
        ),
        # a surname first met in a caption is the person named in full since
        (
            "Hansvik mener hotellene er billige. Foto: Pressebilde\n\n"
            "– Flere tar hjemmeferie, sier Lars-Kåre Hansvik, direktør i Oslo Chamber of Commerce.\n\n"
            "Hansvik sier at 30 prosent av gjestene kommer fra Kina.\n",
            ["Lars-Kåre Hansvik"],
        ),
        # a name's words before '- og <type noun>' belong to it, opening a sentence or after a role
        (
            "Norsk teater- og orkesterforening (NTO) opplyser at inntektene økte med 12 prosent.\n",
            ["Norsk teater- og orkesterforening"],
        ),
        (
            "– Det er ille, sier leder Eirik Hagen i Norsk faglitterær forfatter- og oversetterforening (NFF).\n\n"
            "Foreningen mener at kuttet vil ramme minst 200 forfattere.\n",
            ["Norsk faglitterær forfatter- og oversetterforening"],
        ),
        # not a plain type noun after the adjective, which may mean the field in general
        ("Norsk teater har solgt 30 billetter. Teatret opplyser at det vurderer mer.\n", [None]),
        # a role's field may be a body's unit, though its noun is an action's form
        ("– Det er 1 000 flere elever, sier direktør for statistikkavdelingen Irene Hilleren.\n", ["Irene Hilleren"]),
        # a question the newsroom asks reports nothing
        ("Hvordan forklarer ministeren at det er blitt 30 prosent flere ansatte?\n", [None]),
        ("– Hva skal vi gjøre med 30 ansatte? sier Hansen til NRK.\n", ["Hansen"]),
    ],
)
def test_ages_before_nouns_bare_names_caption_surnames_and_questions(text: str, sources: list[str | None]) -> None:
    assert [name for _, name in claim_sources(extract(text))] == sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a union's branch by place is its own source, and 'Forbundet' after it is the branch
        (
            "Norsk Sykepleierforbund i Agder mener tallene er for lave. Forbundet anslår at rundt 3.400 venter.\n",
            [("rundt 3.400", "Norsk Sykepleierforbund i Agder")],
        ),
        ("Norges Bondelag i Trøndelag mener at 300 gårder forsvinner.\n", [("300", "Norges Bondelag i Trøndelag")]),
        # a yard in a place is where it is, not a branch
        ("Sundbøen Verft i Hareid opplyser at 300 jobber forsvinner.\n", [("300", "Sundbøen Verft")]),
    ],
)
def test_a_membership_body_named_with_a_place_is_its_branch(text: str, expected: list[tuple[str, str]]) -> None:
    assert claim_sources(extract(text)) == expected


def test_se_for_seg_at_reports_a_plan() -> None:
    """'Rådmannen ser for seg at …' gives the figures of the at-clause; 'ser for seg en framtid'
    with no at-clause reports nothing."""
    text = "Rådmannen ser for seg at kommunen skal samle inn 60,8 millioner i eiendomsskatt.\n"
    assert claim_sources(extract(text)) == [("60,8 millioner", "rådmannen")]
    assert claim_sources(extract("Han ser for seg en framtid i Bergen med 40 ansatte.\n")) == [("40", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound of 'selskap' the dictionary lacks, on a common noun, describes a company: it
        # refers back at the head of a sentence as in the middle of one
        (
            "Ifølge Parkering Vest ble 310 bøter skrevet ut. Det stemmer ikke, mener Fjordbyen Drift. "
            "Vedlikeholdsselskapet opplyser at rundt 200 bøter ble skrevet ut.\n",
            [("310", "Parkering Vest"), ("rundt 200", "Fjordbyen Drift")],
        ),
        # a name the lexicon knows stays a name, with nobody before it to refer back to
        ("Redningsselskapet opplyser at 46 båter fikk hjelp i helgen.\n", [("46", "Redningsselskapet")]),
    ],
)
def test_a_compound_company_noun_opening_a_sentence_refers_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert claim_sources(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        # a word no name opens with, then a municipality: a body for the place, which 'selskapet' is
        (
            "Hotellene hadde 41.000 gjestedøgn i januar, opplyser Visit Trysil.\n\n"
            "Det er 9 prosent flere enn året før, ifølge destinasjonsselskapet.\n",
            [("41.000", "Visit Trysil"), ("9 prosent", "Visit Trysil")],
            "organization",
        ),
        # a first name, then a municipality, is a person with a place for a surname
        ("Det kom 300 gjester, sier Kari Lier.\n", [("300", "Kari Lier")], "person"),
    ],
)
def test_a_word_and_a_municipality_name_a_body(text: str, expected: list[tuple[str, str]], kind: str) -> None:
    tables = extract(text)
    assert claim_sources(tables) == expected
    assert {s.name: s.kind for s in tables.sources}[expected[0][1]] == kind


def test_a_modal_after_a_fronted_source_makes_its_infinitive_a_deed() -> None:
    """'Ifølge DNB vil banken gjenta undersøkelsen': what DNB says the bank will do; the bank says
    nothing ('Ifølge NRK kan politiet bekrefte at …' still reports the police)."""
    text = "Husbanken opplyser at 400 fikk startlån.\n\nIfølge DNB vil banken gjenta undersøkelsen hvert år.\n"
    assert speakers(extract(text)) == {0: {"Husbanken"}, 1: {"DNB"}}
    reported = extract("Ifølge NRK kan politiet bekrefte at 40 personer er evakuert.\n")
    assert speakers(reported) == {0: {"NRK", "politiet"}}


def test_an_acronym_after_a_type_noun_names_the_body() -> None:
    """'Boligbyggelaget OBOS mener': Norsk Ordbank lists OBOS as a name, but an acronym is no place
    that completes the body's name ('Sykehuset Østfold' is)."""
    assert claim_sources(extract("Boligbyggelaget OBOS mener at 40 prosent får hjelp.\n")) == [("40 prosent", "OBOS")]
