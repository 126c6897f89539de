"""The figure finder: what counts as a claim, its span, qualifier, value and unit — one rule per case."""

from __future__ import annotations

import pytest

from claimpack.extract.figures import find_figures
from tests.conftest import extract


def found(sentence: str) -> list[tuple[str, str, float | None]]:
    return [(f.text, f.qualifier, float(f.value) if f.value is not None else None) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Røde Kors har bekreftet at 3.000 er evakuert.", [("3.000", "exact", 3000)]),
        ("over 50.000 sivile", [("over 50.000", "more_than", 50000)]),
        ("rundt 17 000 faktisk", [("rundt 17 000", "approx", 17000)]),
        ("minst 400\u00a0000 stemmesedler", [("minst 400\u00a0000", "at_least", 400000)]),
        ("om lag 1.500 mål", [("om lag 1.500 mål", "approx", 1500)]),
        ("ca. 1,1 millioner bor i utlandet", [("ca. 1,1 millioner", "approx", 1100000)]),
        ("nesten 3000 ansatte", [("nesten 3000", "less_than", 3000)]),
        # a multiplier in the genitive scales as the noun does: 'en 40 millioners kontrakt'
        ("en 40 millioners kontrakt", [("40 millioners", "exact", 40_000_000)]),
        ("et 2,4 milliarders løft", [("2,4 milliarders", "exact", 2_400_000_000)]),
        # one adjective between a number and its millions: 'to nye milliarder kroner'
        ("Staten gir to nye milliarder kroner.", [("to nye milliarder kroner", "exact", 2_000_000_000)]),
        ("Politiet bruker nesten én ny million kroner.", [("nesten én ny million kroner", "less_than", 1_000_000)]),
        ("Tre ekstra millioner kroner ble satt av.", [("Tre ekstra millioner kroner", "exact", 3_000_000)]),
        ("de to siste millionene", []),
        # a bounded duration after a share of a group says who is counted; one before it is a figure
        ("Av elevene bruker 35 prosent av guttene over fem timer daglig.", [("35 prosent", "exact", 35)]),
        (
            "Køen var under åtte minutter, og 90 prosent av de reisende kom gjennom på under 15 minutter.",
            [("under åtte minutter", "less_than", 8), ("90 prosent", "exact", 90)],
        ),
        ("Brannen, som varte i over tre timer, skadet mye.", [("over tre timer", "more_than", 3)]),
        # a number a year could be is a count when what it counts or 'flere' follows
        ("Klinikken tok imot 2000 flere pasienter i 2019.", [("2000", "exact", 2000)]),
        ("I 2024 meldte 1950 bønder om tørke.", [("1950", "exact", 1950)]),
        ("Fra 2018 til 2024 steg antallet.", []),
        # 'rundt' and a year-like number that ends its clause date; after a copula or 'til', it counts
        ("Pigmentet ble først tatt i bruk rundt 1960.", []),
        ("Folketallet vil passere 6 millioner rundt 2040.", [("6 millioner", "exact", 6_000_000)]),
        ("Tallet var rundt 2000.", [("rundt 2000", "approx", 2000)]),
        ("Antallet økte til rundt 1900, viser tallene.", [("rundt 1900", "approx", 1900)]),
        ("Nesten tusen husstander", [("Nesten tusen", "less_than", 1000)]),
        ("under 3 prosent", [("under 3 prosent", "less_than", 3)]),
        ("ventet i snitt 64 dager", [("64 dager", "exact", 64)]),  # a measured duration is a figure
        ("var 212 i fjor, mot 174 året før", [("212", "exact", 212), ("174", "exact", 174)]),  # a year's figure
        ("stengt i minst fire uker", [("minst fire uker", "at_least", 4)]),
        ("vind på opptil 140 kilometer i timen", [("opptil 140 kilometer i timen", "at_most", 140)]),
        ("mer enn 45.000 hektar", [("mer enn 45.000 hektar", "more_than", 45000)]),
        ("opptil 12 %", [("opptil 12 %", "at_most", 12)]),
        ("rundt tjue naboer", [("rundt tjue", "approx", 20)]),
        ("4,2 mrd. kroner", [("4,2 mrd. kroner", "exact", 4200000000)]),
        ("rundt 1,5 millioner kroner i året", [("rundt 1,5 millioner kroner", "approx", 1500000)]),
        ("over en million mennesker", [("over en million", "more_than", 1000000)]),
        ("tre tusen sauer", [("tre tusen", "exact", 3000)]),
        # a digit closing a name before a verb is no figure; before a noun it counts
        ("Tone Hafstad i Eiendomsmegler 1 tror det", []),
        ("Laget til Hansen fikk 1 stemme", [("1", "exact", 1)]),
        # a multiplier in the definite form: the millions already spoken of
        ("Av de 85 millionene går 40 til veien", [("85 millionene", "exact", 85000000), ("40", "exact", 40)]),
        ("2,1 grader høyere", [("2,1 grader", "exact", 2.1)]),
        ("kr 500 i bot", [("kr 500", "exact", 500)]),
    ],
)
def test_values_and_qualifiers(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("mellom 10 og 20 til må stenge", "mellom 10 og 20", 10, 20),
        ("mellom 5 og 10 prosent av befolkningen", "mellom 5 og 10 prosent", 5, 10),
        ("fra 5 til 8 personer", "fra 5 til 8", 5, 8),
        ("10–15 personer", "10–15", 10, 15),
        ("Flere hundre mennesker", "Flere hundre", 200, 999),
        ("hundrevis av hytteeiere", "hundrevis", 100, 999),
        ("Titusenvis av mennesker", "Titusenvis", 10000, 99999),
        ("hundretusener av stemmer", "hundretusener", 100000, 999999),
        ("et dusin biler", "et dusin", 10, 14),
        ("Et hundretalls mennesker møtte opp.", "Et hundretalls", 100, 999),
        ("vil koste flere hundre millioner kroner", "flere hundre millioner kroner", 200_000_000, 999_000_000),
        ("verdt mellom 400 og 500 millioner kroner", "mellom 400 og 500 millioner kroner", 400_000_000, 500_000_000),
        # a low end already whole keeps its value: the high end's 'millioner' is the high end's alone
        (
            "vil koste mellom 800.000 og 1,2 millioner kroner",
            "mellom 800.000 og 1,2 millioner kroner",
            800_000,
            1_200_000,
        ),
        ("Veksten er på to-tre prosent.", "to-tre prosent", 2, 3),
        ("Det kom fem-seks personer.", "fem-seks", 5, 6),
        ("De betalte to-tre millioner kroner.", "to-tre millioner kroner", 2_000_000, 3_000_000),
        # in words the high end's scale is part of its number, and scales the low end as much
        ("Et rom koster fem til seks tusen kroner.", "fem til seks tusen kroner", 5000, 6000),
        ("Det kom to til tre hundre tusen mennesker.", "to til tre hundre tusen", 200_000, 300_000),
        ("Han fikk fem eller seks hundre kroner.", "fem eller seks hundre kroner", 500, 600),
        ("Det kom mellom to og tre tusen mennesker.", "mellom to og tre tusen", 2000, 3000),
        # a range's end written short takes the first digits of its start
        ("150–60 millioner kroner er prislappen.", "150–60 millioner kroner", 150_000_000, 160_000_000),
        # a half or one and a half as a range's low end, in words
        (
            "Verdien er mellom en halv og 1,5 millioner kroner.",
            "mellom en halv og 1,5 millioner kroner",
            500_000,
            1_500_000,
        ),
        (
            "Saken gjelder mellom halvannen og to millioner kroner.",
            "mellom halvannen og to millioner kroner",
            1_500_000,
            2_000_000,
        ),
        ("Turen tar fra en halv til to timer.", "fra en halv til to timer", 0.5, 2),
        # a unit after a vague amount, and 'over' before it ('spread over', not 'more than')
        ("Dyrene lå spredt over flere hundre meter.", "flere hundre meter", 200, 999),
        # 'flere hundre tusen' written in digits is as vague as the words
        ("Ruten har hatt flere 100.000 påstigninger i år.", "flere 100.000", 200_000, 999_999),
        ("Reparasjonen koster noen 1000 kroner.", "noen 1000 kroner", 2000, 9999),
    ],
)
def test_ranges_and_vague_amounts(sentence: str, text: str, low: int, high: int) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, float(figure.low or 0), float(figure.high or 0), figure.value) == (text, low, high, None)


@pytest.mark.parametrize(
    ("sentence", "text", "factor"),
    [
        ("Russland hevder tallet er dobbelt så høyt.", "dobbelt så høyt", 2),
        ("tre ganger så mange ansatte", "tre ganger så mange", 3),
        ("halvparten av dem er barn", "halvparten", 0.5),
        ("Over halvparten av dem", "Over halvparten", 0.5),
        ("en tredjedel av budsjettet", "en tredjedel", 1 / 3),
        ("der staten eier minst én tredjedel", "minst én tredjedel", 1 / 3),  # 'én' stressed is 'en'
        # a figure multiplied, said with a verb or a noun of 'doble'
        ("Kommunen har nesten doblet kvoten.", "nesten doblet", 2),
        ("Vi ser en tidobling av prisen på tolv dager.", "tidobling", 10),
        ("Antallet saker er firedoblet siden mars.", "firedoblet", 4),
        ("Enkle kontakter ble 24-doblet.", "24-doblet", 24),  # the factor in digits
        # a multiple named as a noun
        ("Antallet tilsyn økte til nær det dobbelte i 2023.", "nær det dobbelte", 2),
        ("Ifølge lederen trengs minst det tredobbelte.", "minst det tredobbelte", 3),
    ],
)
def test_relative_claims(sentence: str, text: str, factor: float) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.qualifier, figure.factor) == (text, "relative", pytest.approx(factor))


@pytest.mark.parametrize(
    "sentence",
    [
        "Konflikten har pågått siden 2019.",  # year
        "budsjettet for 2026",  # year
        "Da streiken startet 3. mars, ble de tatt ut.",  # date
        "før bystyret behandler budsjettet 12. desember",  # date
        "Ulykken skjedde klokken 06.40 like ved Dyranut.",  # clock time
        "ble vekket klokken tre om natten",  # clock time in words
        "sier pensjonist Knut Haugen (74) på Nedre Sel",  # age
        "en 45 år gammel mann",  # age
        "alle over 65 år",  # age threshold
        "en 17-åring ble pågrepet",  # age
        "de siste fem årene",  # duration
        "de tre ukene før valget",  # a period, not a measured duration
        "for over 20 år siden",  # years ago: a point in time ('i over 20 år' measures how long)
        "de oppsagte er mellom 50 og 59 år",  # an age range
        "Brannen var slukket på 24 timer.",  # a time placing, not a measured one
        "Smitten økte i uke 42 og 43.",  # a week joined to a week
        "Mennene på 25 og 52 år ble pågrepet.",  # ages joined by 'og'
        "E6 er stengt mellom Otta og Sjoa.",  # road
        "kjørte av riksvei 7",  # road
        "I uke 2 ble det verre.",  # week number
        "Pårørende kan ringe politiet på 02800.",  # phone
        "bes ringe 110",  # emergency number
        "ringe legevakten på 116 117",  # phone with a space
        "Skolen har en egen linje, og nummeret er 22 97 25 00.",  # phone after 'nummeret'
        "Hun nås på 915 12 345 hele dagen.",  # groups of two and three digits: a phone number
        "da laget slo Brann 2–1",  # score
        "Returkampen spilles etter 1–1 i Bergen.",  # a tight draw is a score, not a range
        "Flyet landet ved 14-tiden.",  # clock time
        "Alt skjedde nesten på én gang.",  # idiom
        "har ikke rikket seg en millimeter",  # idiom
        "Det finnes ikke én enkelt forklaring.",  # 'not a single': no count
        "– Vi tar det ett skritt om gangen, sier han.",  # a manner, no count
        "Fylket brukte mye salt vinteren 2024/25.",  # a season: the end of a span of two years
        "Millioner til byen",  # a plural multiplier with no number: no amount ('flere millioner' is one)
        "et redningshelikopter",  # article
        "TV 2 melder",  # a name
        "Boka fikk terningkast fem i VG.",  # a review's die, not a count
        "– Det brenner, sier operatør Liv Berg i 110 Sør.",  # a number opening a name
        "Andelen som sover mindre enn åtte timer, øker.",  # a bounded duration that defines a group
        "Fra klokken to til tre i natt var prisen negativ.",  # a span of clock times
        "Trafikken var størst i april 17.",  # a month and a year written short
        "Han bodde der i to-tre år.",  # a span of time in words
        "Fartøy under 11 meter får mer.",  # a size after a noun names a class of vessels
        "Hun vant 10 kilometer fri teknikk på Beitostølen.",  # a distance that names a race
        "I kvinnenes 10 kilometer tok hun sin første seier.",  # the race of a class
        "Ulykkene skjedde på veier med fartsgrense 80 kilometer i timen.",  # a limit names a kind of road
        "– Det var tungt, sa Myrvold (27) til NRK.",  # an age after the speaker of a reporting verb
        "Ett gram koster mye.",  # one unit: the base of a price
        "1. LO taper terreng",  # a numbered heading
        "2. Flere står utenfor fagforeningene.",  # a numbered list item
        "Hvert eneste ett må beskjæres for hånd.",  # every one, no count
        "Han har spilt fotball siden han var fire.",  # an age in a clause of time
        "Vi har brukt mye tre og stein fra dalen.",  # wood
        "Folk vil ha et norsk tre som lukter skog.",  # a tree, adjectives between 'et' and 'tre'
        "Det er et bedre miljøvalg enn et ekte tre.",
        "Havriggen «Ocean Farm 1» ligger utenfor Frøya.",  # a digit that closes a quoted name
        "Nå er hun ni og har nesten gitt opp.",  # one person is a number: an age
        "Panelene lå der uten å produsere én kilowattime.",  # 'not a single'
        "Resten må vente på en ny 420 kV-ledning.",  # a unit joined to a noun: a class of line
        "Prisene hos Rema 1000 og Kiwi falt.",  # a number that ends a name
        "Støtten er delt i to.",  # split in parts
        "De øvrige fire sjefene fikk ingenting.",  # the rest of those counted before
        "Sarpsborg 08 tok ledelsen.",
        "Fyret, som ble tent første gang i 1655, er landets eldste.",  # a year before 1800
        "Lageret av blod av typen 0 negativ er lavt.",  # a kind named by its number
        "Lavtrykket ligger ved 55 N 32 E i kveld.",  # a position: a compass point as one capital
        "Hvor mange hundre millioner kroner det gjelder, opplyses ikke.",  # a question asserts no amount
        "Kontoret i Vestfjordgaten 4 står tomt.",  # a street's house number
        "Han bor i Kongens gate 9.",
        "Den såkalte blokk 9 skal rives.",  # a building named by its number
        "Vi kunne sikkert doblet bemanningen og likevel solgt ut.",  # what could have been
        "De ville ha tredoblet salget med flere plasser.",
        "Tannlegen undersøkte 5-, 12- og 18-åringene i fylket.",  # a compound whose word comes last
        "Flest var 12- til 15-åringer.",
    ],
)
def test_not_counts(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_offsets_point_into_the_text() -> None:
    text = "Politiet anslår at 2.500 deltok, mot 1.150 i fjor."
    for figure in find_figures(text, offset=100):
        assert text[figure.start - 100 : figure.end - 100] == figure.text


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("14 prosent", "percent"),
        ("12 %", "percent"),
        ("95 millioner kroner", "NOK"),
        ("4 millimeter", "mm"),
        ("45.000 hektar", "hectares"),
        ("1.500 mål", "decares"),
        ("2,1 grader", "degrees_celsius"),
        ("212 gjester", None),
        ("de ti prosentene", "percent"),  # a unit in the definite form
        ("1046 hPa", "hPa"),
    ],
)
def test_units(sentence: str, unit: str | None) -> None:
    assert find_figures(sentence)[0].unit == unit


def test_a_level_is_not_a_count() -> None:
    assert found("Varsom har hevet snøskredfaren til faregrad 4.") == []


def test_an_emergency_number_is_not_a_count() -> None:
    assert found("Det er alvorlig når folk ikke får ringt 113.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # every space Norwegian typesetting groups thousands with
        ("Rundt 3\u2009000 gikk i tog.", [("Rundt 3\u2009000", "approx", 3000)]),
        ("hele 1\u202f250\u202f000 kroner", [("1\u202f250\u202f000 kroner", "exact", 1250000)]),
        ("om lag 2\u2007400 medlemmer", [("om lag 2\u2007400", "approx", 2400)]),
        # qualifiers beyond the obvious ones
        ("nær 200 deltakere", [("nær 200", "less_than", 200)]),
        ("Knappe 40 elever møtte opp.", [("Knappe 40", "less_than", 40)]),
        ("godt og vel 600 tilskuere", [("godt og vel 600", "more_than", 600)]),
        ("opp mot 90 søknader", [("opp mot 90", "at_most", 90)]),
        ("Kommunen nærmer seg 24.000 innbyggere.", [("nærmer seg 24.000", "less_than", 24000)]),  # approaching
        ("i overkant av 150 millioner kroner", [("i overkant av 150 millioner kroner", "more_than", 150000000)]),
        # a qualifier before the currency, and a multiple the figures before it spell out
        ("Klubben bokførte et overskudd på over kr 220.000.", [("over kr 220.000", "more_than", 220000)]),
        (
            "Resultatet er økt fra 221 til 420 millioner kroner – nær en dobling.",
            [("221", "exact", 221000000), ("420 millioner kroner", "exact", 420000000)],
        ),
    ],
)
def test_separators_and_qualifiers(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Én sjåfør ble sendt til legevakten.", [("Én", "exact", 1)]),
        ("Bare ett tilbud kom inn før fristen.", [("ett", "exact", 1)]),
        ("Vi fikk ikke gjort alt på én gang.", []),  # idiom
        ("Hun fikk jobb hos ett av bryggeriene.", []),  # refers to one of a known set
        ("Én feil kan koste mange liv.", []),  # a general case, not a count
        ("Han kan ikke stenge skolen på grunn av én klage.", []),  # hypothetical
        ("Det tok ett år å bygge broen.", []),  # a duration
        ("For fylket sett under ett er ledigheten 2,1 prosent.", [("2,1 prosent", "exact", 2.1)]),  # 'as a whole'
        ("For knær er det snakk om 41 dager.", [("41 dager", "exact", 41)]),  # 'om' is 'about', not 'in'
        ("Men én ruspåvirket sjåfør er én for mye.", []),  # a saying, not a count
        ("Men én slik sak er nok til å skade omdømmet.", []),  # enough, said of any one
        ("Én feil er nok.", []),
        # a plan's 'én' joined to a count is counted as that one is; alone it is hypothetical
        ("Kommunen vil ansette tre nye lærere og én helsesykepleier.", [("tre", "exact", 3), ("én", "exact", 1)]),
        ("Kommunen vil kanskje ansette én helsesykepleier.", []),
        # sayings with numbers (number_idioms.txt)
        ("Med båten slår jeg to fluer i én smekk.", []),
        ("Én ulykke kommer sjelden alene, heter det.", []),
        ("Jeg er hundre prosent sikker på at det går bra.", []),
        # one of something priced in its clause is the base of the price
        (
            "Én sykehjemsplass koster kommunen 1,2 millioner kroner i året.",
            [("1,2 millioner kroner", "exact", 1200000)],
        ),
        ("Det koster over 150.000 kroner å koble til én husstand.", [("over 150.000 kroner", "more_than", 150000)]),
        ("Foreldrene betaler 3.960 kroner i året for ett fag.", [("3.960 kroner", "exact", 3960)]),
        ("Han har solgt 40 biler, men ikke én traktor.", [("40", "exact", 40)]),  # 'not a single'
        (
            "Én bane med nytt dekke av kork eller sand koster mellom 4 og 6 millioner kroner.",
            [("mellom 4 og 6 millioner kroner", "range", None)],
        ),
        (
            "Én person døde, og reparasjonen koster 3 millioner kroner.",
            [("Én", "exact", 1), ("3 millioner kroner", "exact", 3000000)],
        ),
        ("Og én ungdom måtte hentes opp av sjøen.", [("én", "exact", 1)]),  # a past modal: it happened
        # 'og én' whose noun is left out counts one more of the noun counted before it
        ("Legevakten har to leger på vakt på dagtid og én om natten.", [("to", "exact", 2), ("én", "exact", 1)]),
        ("Han kjøpte to biler og én om gangen.", [("to", "exact", 2)]),
        # before a percent, 'en' is a number, never an article
        ("Omsetningen økte med en prosent i fjor.", [("en prosent", "exact", 1)]),
        ("Ledigheten falt med ett prosentpoeng.", [("ett prosentpoeng", "exact", 1)]),
        ("Det er en vekst på en halv prosent fra i fjor.", [("en halv prosent", "exact", 0.5)]),
        ("Vi ser en prosentvis økning.", []),
        # 'bare én av blokkene' says how many of them; 'ett av lærestedene' alone is a choice
        ("Bare én av blokkene har heis i dag.", [("én", "exact", 1)]),
        ("Hun valgte ett av lærestedene.", []),
        # 'ett enkelt', 'én eneste': 'a single', said for weight
        ("Tapene kom fra ett enkelt boligprosjekt i Porsgrunn.", []),
        ("Det er det høyeste tallet for én enkelt dag.", []),
        ("Kommunen fikk én eneste søker.", []),
        ("Han mener at én del av forklaringen er lavere priser.", []),  # a part, not a count of parts
    ],
)
def test_one_is_a_count_only_when_it_counts(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De to klubbene møttes i går.", []),  # two point back; three or more count them
        ("Alle fem sa nei til forslaget.", []),
        ("Det ble sist av oss tre.", []),
        ("Løperen endte på 12.-plass.", []),
        ("Laget havnet på andreplass.", []),
        ("Hun sa opp to av sine seks ansatte.", [("to", "exact", 2), ("seks", "exact", 6)]),  # counts
        # a race named by its distance, and the time a result was run in
        ("Hun vant 1500 meter på 4.12,08.", []),
        ("Han tok gull på 400 meter hekk med tiden 50,14.", []),
        ("Klubbvenninnen ble nummer to på 1500 meter.", []),
        ("Publikum reiser seg under 5000 meter for menn torsdag kveld.", []),  # the class that runs it
        ("Veien er stengt på 800 meter for biler.", [("800 meter", "exact", 800)]),  # a stretch, for traffic
        # years something takes are a figure, as weeks it takes are; a span of years or an age is not
        ("Det kan ta mellom 20 og 50 år før skogen er tilbake.", [("mellom 20 og 50 år", "range", None)]),
        ("Arbeidet vil ta minst to år.", [("minst to år", "at_least", 2)]),
        ("Det tar to-tre år.", [("to-tre år", "range", None)]),  # as the gold sets read 'tar mellom to og tre år'
        ("Han har jobbet der i 20 år.", []),
        ("Personer mellom 20 og 50 år ble spurt.", []),
        # a doubling denied did not happen
        ("Ordføreren sier at gebyret «ikke skal dobles så lenge hun sitter».", []),
        ("Gebyret kan dobles.", [("dobles", "relative", None)]),
        ("Ett annet positivt trekk er at medlemmene blir yngre.", []),  # 'another', no count
        ("Snøen smelter raskt de neste to døgnene.", []),  # a span of time ahead
        ("Brannen spredte seg over et område på 400 meter.", [("400 meter", "exact", 400)]),  # a measure
        # a parallel on the map
        ("Kvoten for sei nord for 62 grader er fisket opp.", []),
        ("Det var 20 grader i Tromsø i går.", [("20 grader", "exact", 20)]),  # a temperature
        # a ranking: 'de' before the number refers, after 'blant' too
        ("Fossen var blant de ti mest besøkte naturattraksjonene i landet.", []),
        # a weight right after a noun names a class of fish, as a length names one of boats
        ("Minsteprisen for steinbit over 3 kilo blir satt ned.", []),
        ("Laksen veide over 3 kilo.", [("over 3 kilo", "more_than", 3)]),
        ("Det lå torsdag morgen opptil 40 centimeter nysnø.", [("opptil 40 centimeter", "at_most", 40)]),
        # a list's number opening its block; a count opens on a noun in small letters or a compound
        ("1 Bygger kjempekai.", []),
        ("2 Høyre presser staten.", []),
        ("1) Kreftformer med lav overlevelse", []),
        ("20 Oslo-skoler stenger.", [("20", "exact", 20)]),
        # 'over' that a noun takes is no bound: 'oversikt over 41 elever'
        ("Kommunen har bare oversikt over 41 elever.", [("41", "exact", 41)]),
        ("Skolen har over 41 elever.", [("over 41", "more_than", 41)]),
        # nor is 'over' that a verb or adjective of feeling takes: what the feeling is about
        ("Badegjestene kunne glede seg over 26,4 varmegrader.", [("26,4", "exact", 26.4)]),
        ("Forbundet er bekymret over 35 oppsigelser.", [("35", "exact", 35)]),
        ("Renten vil holde seg over 4 prosent.", [("over 4 prosent", "more_than", 4)]),
        # a part out of a small whole with no noun after it is a ratio, in digits as in words
        ("Nå overlever 3 av 4 som får kreft.", [("3 av 4", "relative", None)]),
        ("Det er gledelig at tre av fire nå overlever.", [("tre av fire", "relative", None)]),
    ],
)
def test_referring_counts_and_placings_are_not_claims(
    sentence: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Det finnes tre til fem par i reservatet.", "tre til fem", 3, 5),
        ("Prisen stiger 20 til 30 prosent.", "20 til 30 prosent", 20, 30),
        ("Bestanden har økt med 30 til 40 prosent.", "30 til 40 prosent", 30, 40),  # by a share: a range
        # 'ett'/'en' opening a range is the number one, not an article
        ("Det tar ett til to døgn fra et prøvesvar foreligger.", "ett til to døgn", 1, 2),
        ("Ventetiden er en til to uker.", "en til to uker", 1, 2),
        ("Det er en økning på 20 til 30 prosent.", "20 til 30 prosent", 20, 30),  # shares whose ends are near
        ("Svaret kommer om mellom ett og to døgn.", "mellom ett og to døgn", 1, 2),
    ],
)
def test_bare_til_ranges(sentence: str, text: str, low: int, high: int) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.qualifier, figure.low, figure.high) == (text, "range", low, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prisen økte med 12 til 31 kroner.",
        "Ledigheten falt med 0,2 til 2,1 prosent.",
        "Nesna har en nedgang i første kvartal på 8 til 1.784 innbyggere.",  # after a noun of change
    ],
)
def test_a_change_by_a_figure_to_a_level_is_two_figures(sentence: str) -> None:
    """'med A til B': a range only of shares whose ends are near; else what changed and the level."""
    assert [f.qualifier for f in find_figures(sentence)] == ["exact", "exact"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Selskapet ventet et resultat på minus 40 millioner.", [("minus 40 millioner", "exact", -40000000)]),
        ("Resultatet ble -12 millioner kroner.", [("-12 millioner kroner", "exact", -12000000)]),
        # an en dash against the number inside a sentence is a minus sign too
        ("Det gir et fødselsoverskudd på –39 innbyggere.", [("–39", "exact", -39)]),
        # a table's row of changes spaces its minus sign; a quote's dash after a colon is none
        ("Telemark: – 4 %", [("– 4 %", "exact", -4)]),
        ("Møre og Romsdal: – 0,5 prosent", [("– 0,5 prosent", "exact", -0.5)]),
        ("Ordføreren sier: – 40 personer er evakuert.", [("40", "exact", 40)]),
        ("Natt til fredag var det 21 minusgrader.", [("21 minusgrader", "exact", -21)]),
        ("Klubben vil ha minimum 10 millioner.", [("minimum 10 millioner", "at_least", 10000000)]),
        ("Prisen blir 20 millioner pluss.", [("20 millioner pluss", "more_than", 20000000)]),
        ("Brann vant 2-1 hjemme.", []),  # a score keeps its dash
        (
            "Staten tar resten, begrenset oppad til 3,3 milliarder.",
            [("begrenset oppad til 3,3 milliarder", "at_most", 3.3e9)],
        ),
    ],
)
def test_signs_and_postfix_qualifiers(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Én time senere kom brannvesenet.", []),
        ("Hun tjente 3 millioner på 24 timer.", [("3 millioner", "exact", 3000000)]),
        ("I årets første tre måneder falt salget.", []),
        ("Han ventet i snitt 58 dager.", [("58 dager", "exact", 58)]),  # a measured duration counts
        ("Veien blir stengt i minst seks uker etter at sprekkene ble funnet.", [("minst seks uker", "at_least", 6)]),
        ("Ministeren la fram tre grunner for kuttet.", []),
        ("Flest ulykker var det i Nordfylke (12) og Sørfylke (7).", [("12", "exact", 12), ("7", "exact", 7)]),
        ("Pensjonist Knut Haugen (74) ble skadd.", []),  # an age
        ("Lyngstad (24) hoppet lengst.", []),  # the age of a sentence's subject, named by surname
        ("I snitt er vi fem prosent over.", [("fem prosent", "exact", 5)]),
        # a figure after a year is the next year's figure, not another year
        ("Det ble solgt 304 hytter i 2020 og 267 i 2019.", [("304", "exact", 304), ("267", "exact", 267)]),
        ("Det skjedde i 2019 og 2020.", []),
        # times counted over a period count; a race's misses do not
        ("Fisken er avluset sju ganger siden juli.", [("sju", "exact", 7)]),
        ("Skøyta har rykket ut sju ganger i sommer.", [("sju", "exact", 7)]),
        ("Hun har kommet for sent tre ganger denne uken.", [("tre", "exact", 3)]),
        # a number after an acronym names a channel or a road only when short: 'TV 2', not 'UiB 3.260'
        ("Totalt har UiB 3.260 internasjonale studenter.", [("3.260", "exact", 3260)]),
        ("Kampen sendes på TV 2 i kveld.", []),
        # the before of a change shares the after's multiplier
        (
            "Skatteregningen øker fra 17 til 47 millioner kroner.",
            [("17", "exact", 17000000), ("47 millioner kroner", "exact", 47000000)],
        ),
        ("Haugli bommet tre ganger på liggende skyting.", []),
        # kroner and øre are one amount
        ("Prisen er 1 krone og 80 øre per kilowattime.", [("1 krone og 80 øre", "exact", 1.8)]),
        # a span of years with an adjective between the number and the unit
        ("Etter to svake år er laksen tilbake.", []),
        ("– Ett godt år gjør ingen sommer, sier hun.", []),
        ("Det kom tre nye elever i fjor.", [("tre", "exact", 3)]),
        # a compound whose head is a label is a label
        ("Anleggene ligger i produksjonsområde 6, som har fått gult lys.", []),
        # also a compound Ordbank lists, when it is only a noun: a group, a chart, a table
        ("Nå starter vaksinering av risikogruppe 4 i kommunen.", []),
        ("Aldersgruppen 18-64 får tilbud om vaksine.", []),
        ("Figur 1. Sysselsatte etter landbakgrunn.", []),
        ("Elevene i gruppe 3 fikk 300 kroner.", [("300 kroner", "exact", 300)]),
        ("14 av dammene er i den høyeste konsekvensklassen, klasse 4.", [("14", "exact", 14)]),
        # 'sett under ett': taken as a whole
        ("For hotellene sett under ett var nedgangen 0,9 prosent.", [("0,9 prosent", "exact", 0.9)]),
    ],
)
def test_time_references_framing_counts_and_brackets(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


def test_a_headings_relative_figure_is_no_claim() -> None:
    for heading in ("Prisen dobles", "Dobbelt så dyrt"):
        text = f"Bompengene i Molde skal økes.\n\n{heading}\n\nBystyret vedtok at prisen blir 60 kroner.\n"
        assert [c.text for c in extract(text).claims] == ["60 kroner"]


def test_any_number_of_times_is_a_relative_figure() -> None:
    [figure] = find_figures("Risikoen er 3,4 ganger høyere enn før.")
    assert (figure.text, figure.qualifier, figure.factor) == ("3,4 ganger høyere", "relative", 3.4)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Boligene ble i snitt solgt på 27 dager.", ["27 dager"]),  # averaged
        ("Det er lenger enn landsgjennomsnittet på 22 uker.", ["22 uker"]),  # a compound of 'snitt'
        ("Saken tok 12 uker, mot fylkessnittet på 9 uker.", ["12 uker", "9 uker"]),
        ("Boligene ble solgt på 27 dager i mai, mot 34 dager i fjor.", ["27 dager", "34 dager"]),  # set against
    ],
)
def test_a_measured_time_counts(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Han har trent over 900 timer siden april.", ["over 900 timer"]),  # since a moment: measured
        ("Det skjedde for tre dager siden.", []),  # 'ago': a placing in time
        ("Skredet gikk over 300 meter.", ["over 300 meter"]),  # a distance measured, after a verb
        ("Bilen kjørte i 140 kilometer i timen.", ["140 kilometer i timen"]),  # a speed measured
        # a verb of change earlier in the clause: a before and an after, not a range
        ("Fra 1. februar øker prisen på enkeltbillett for voksne fra 44 til 47 kroner.", ["44", "47 kroner"]),
        ("Prisen er fra 44 til 47 kroner.", ["fra 44 til 47 kroner"]),
        ("Avgiften må opp fra 900 til 1.200 kroner neste sesong.", ["900", "1.200 kroner"]),  # 'gå' left out
        ("Produksjonen skal økes fra rundt 110.000 til 180.000 tonn i året.", ["rundt 110.000", "180.000 tonn"]),
        ("Antallet voldssaker er doblet på ett år, fra 29 til 59.", ["29", "59"]),  # across the comma
        ("Selskapet har søkt om å utvide fra to til åtte lokaliteter.", ["to", "åtte"]),  # 'utvide' changes
        # number words joined by an en dash rise: a range, as '3–4'
        ("Før tok det tre–fire minutter å ekspedere en resept.", ["tre–fire minutter"]),
        ("Hjulene har gravd ut grøfter på opptil en halv meter.", ["opptil en halv meter"]),  # half a unit, bounded
        ("Det var en økning på 0.6 prosent.", ["0.6 prosent"]),  # a leading zero before a decimal point
        ("Han ble nummer tre, 19,8 sekunder bak.", ["19,8 sekunder"]),  # 'nummer' far before: a placing
        ("Han satt fastklemt i over en time.", ["over en time"]),  # 'en' after a bound is a number
        ("Omkjøringen tar opptil halvannen time ekstra.", ["opptil halvannen time"]),
        ("12 avganger ble forsinket med mer enn en time.", ["12"]),  # the bound defines a delay
        # after a verb of change, how much it changed
        ("Grunnvannet har sunket med nesten en halv meter siden 2015.", ["nesten en halv meter"]),
        ("Prisen økte med over en krone.", ["over en krone"]),
        ("Saksbehandlingstiden er på 75 dager.", ["75 dager"]),  # a level, not 'within'
        ("Sykehusene hadde en ventetid på 24 dager.", ["24 dager"]),  # a duration named before 'på'
        ("Saken skal behandles på 24 dager.", []),  # 'within'
        ("Han kom klokken halv elleve, og tre personer ventet.", ["tre"]),  # "halv elleve" is a clock time
        ("12 prosent var tunge kjøretøy over 3,5 tonn.", ["12 prosent"]),  # a weight after a noun names a class
        ("Båten fikk over 40 tonn i fangst.", ["over 40 tonn"]),  # a weight after a verb is measured
        ("Parken får fire 5 MW-turbiner og 300 TV-apparater.", ["fire", "300"]),  # an acronym is no unit
        ("Rema 1000 setter ned prisen på over 1.000 varer.", ["over 1.000"]),  # the name's number, then a count
        ("Rosenborg 61 prosent, Molde 20 prosent.", ["61 prosent", "20 prosent"]),  # a unit after: counted
    ],
)
def test_what_is_measured_and_what_names_a_class(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


def test_a_list_shares_the_multiplier_and_unit_of_its_last_number() -> None:
    found = [(f.text, f.value, f.unit) for f in find_figures("Styret vil ha 30, 40 og 50 millioner kroner.")]
    assert found == [("30", 30_000_000, "NOK"), ("40", 40_000_000, "NOK"), ("50 millioner kroner", 50_000_000, "NOK")]
    assert [(f.value, f.unit) for f in find_figures("Det kom 40 og 50 personer.")] == [(40, None), (50, None)]
    # a multiplier left out after 'og': 'og 288 [millioner] i pensjonsforpliktelser'
    elided = find_figures("Kommunen har 328 millioner kroner i lån og 288 i pensjonsforpliktelser.")
    assert [(f.text, f.value, f.unit) for f in elided] == [
        ("328 millioner kroner", 328_000_000, "NOK"),
        ("288", 288_000_000, "NOK"),
    ]
    assert [f.value for f in find_figures("Kommunen tapte 300 millioner kroner, og 12 i Bergen ble sagt opp.")] == [
        300_000_000,
        12,
    ]
    assert [f.text for f in find_figures("Trafikken steg fra 7.391 i april 17 til 8.219 i april 18.")] == [
        "7.391",
        "8.219",
    ]
    assert [(f.low, f.high) for f in find_figures("Det koster mellom 3 og 5 millioner kroner.")] == [
        (3_000_000, 5_000_000)
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Tromsø snudde 0–1 til 2–1 mot Bodø/Glimt.\n", []),  # no range starts at nothing: two results
        ("Rundt 10–20 personer ble evakuert.\n", ["10–20"]),  # a word opening the sentence is no team
        ("Molde tapte 1–2 hjemme.\n", []),
        # a pair listed next to results is a result, though it rises
        ("De vant etter settsifrene 21–18, 17–21 og 15–12.\n", []),
        ("Hun lå under 1–2 i sett, men snudde kampen.\n", []),  # a result counted in sets
        # 'i år' is this year, no label: the number after it counts
        ("Ordningen hadde i år 45 stasjoner.\n", ["45"]),
        ("Prisen var 10–20 kroner, og 30–40 kroner i fjor.\n", ["10–20 kroner", "30–40 kroner"]),
    ],
)
def test_scores_and_ranges(text: str, figures: list[str]) -> None:
    assert [c.text for c in extract(text).claims] == figures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Stasjonen har to eller tre ansatte.\n", ("to eller tre", [2, 3])),
        ("Stasjonen har én eller to ansatte.\n", ("én eller to", [1, 2])),
        ("Det kom 20 eller 30 prosent.\n", ("20 eller 30 prosent", [20, 30])),
    ],
)
def test_two_numbers_joined_by_eller_are_a_range(text: str, figure: tuple[str, list[int]]) -> None:
    claims = extract(text).claims
    assert [(c.text, [c.value_low, c.value_high], c.qualifier) for c in claims] == [(*figure, "range")]


def test_no_less_than_is_at_least() -> None:
    claims = extract("Leiligheten ble solgt for intet mindre enn 11 millioner kroner.\n").claims
    assert [(c.text, c.qualifier) for c in claims] == [("intet mindre enn 11 millioner kroner", "at_least")]


def test_a_sound_level_is_in_decibels() -> None:
    claims = extract("Lydnivået skal ikke overstige 85 desibel.\n").claims
    assert [(c.text, c.value, c.unit) for c in claims] == [("85 desibel", 85, "dB")]


def test_a_speed_at_sea_is_in_knots() -> None:
    claims = extract("Båten holdt en fart på minst 30 knop.\n").claims
    assert [(c.text, c.value, c.unit) for c in claims] == [("minst 30 knop", 30, "knots")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Lagmannsretten dømte ham til fengsel i tre år.\n", ("tre år", 3, "years")),
        ("Hun fikk seks års fengsel for ranet.\n", ("seks års", 6, "years")),
        # the punishment after the span, past 'i' or how it is served
        ("Kvinnen må sone to år i fengsel for bedrageriet.\n", ("to år", 2, "years")),
        ("Han fikk 18 måneder ubetinget fengsel.\n", ("18 måneder", 18, "months")),
        ("Påtalemyndigheten ba om forvaring i tolv og et halvt år.\n", ("tolv og et halvt år", 12.5, "years")),
        ("Utbyggingen koster fire og en halv million kroner.\n", ("fire og en halv million kroner", 4500000, "NOK")),
    ],
)
def test_how_long_a_sentence_is_counts_and_a_half_adds_up(text: str, figure: tuple[str, float, str]) -> None:
    """A punishment's length is a figure, where a bare time span is not; 'og et halvt' is .5 more."""
    assert [(c.text, c.value, c.unit) for c in extract(text).claims] == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "De har ventet på svar i tre år.\n",
        "Han er 45 år gammel.\n",
        "Hun satt tre år i styret.\n",
        "De siktede er i 20- og 30-årene, opplyser politiet.\n",  # a first part takes the tail after 'og'
    ],
)
def test_a_time_span_or_an_age_is_no_figure(text: str) -> None:
    assert extract(text).claims == []


@pytest.mark.parametrize(
    "text", ["Trafikantene får hjelp på vegvesenets trafikktelefon 175.\n", "Meld fra på nødnummeret 113 ved brann.\n"]
)
def test_a_number_to_call_is_no_figure(text: str) -> None:
    assert extract(text).claims == []


def test_a_qualifier_before_a_minus_sign_qualifies_the_negative_figure() -> None:
    assert [(c.text, c.qualifier, c.value) for c in extract("Det blir under minus 20 grader i natt.\n").claims] == [
        ("under minus 20 grader", "less_than", -20)
    ]


@pytest.mark.parametrize(
    ("text", "ones"),
    [
        ("Selskapet opplyste at én av verkets tre smelteovner stenges.", 1),
        ("Én av seks elever får hjelp.", 1),
        ("Ett av lærestedene er stengt.", 0),  # one of them, already counted
        ("Én av de tre er syk.", 0),
        ("Tre skiløpere ble tatt av skredet, og én av dem er død.", 1),  # one of those just counted died
        ("Tre barn er innlagt, og ett av dem får dialyse.", 1),
        ("Én av de to blir fløyet til sykehus, bekrefter operasjonslederen.", 1),  # one of those counted, a deed
        ("Én av de tre bilførerne ble sendt til sykehus.", 1),
        ("Én av de tre kandidatene kan bli valgt.", 0),  # a possibility, no deed
        ("Ett av de to alternativene er å bygge nytt.", 0),  # a choice among them
    ],
)
def test_one_of_a_counted_whole_is_a_count(text: str, ones: int) -> None:
    assert sum(c.value == 1 for c in extract(text + "\n").claims) == ones


def test_tokens_the_scanner_skips_open_no_figure() -> None:
    """`_Scanner.may_open` skips a token only when none of the three kinds starts there: pinned on
    every block of the gold texts and the seed (the sealed set is not read)."""
    from claimpack.extract.figures import _Scanner
    from claimpack.segment import split_blocks, tokenize
    from tests.conftest import ROOT

    texts = [ROOT / "seeds" / "000_ce1b982170328aa1.txt"]
    texts += sorted(p for p in (ROOT / "tests" / "data").glob("*/*.txt") if p.parent.name != "sealed")
    skipped = 0
    for path in texts:
        for block in split_blocks(path.read_text("utf-8")):
            scanner = _Scanner(block.text, block.start, tokenize(block.text, block.start))
            for i in range(len(scanner.tokens)):
                if not scanner.may_open(i):
                    skipped += 1
                    assert scanner.relative(i) is None and scanner.vague(i) is None and scanner.numeral(i) is None
    assert skipped > 10_000


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a number before an ordinal or a superlative ranks, or frames a period
        ("Hun var blant de 20 beste i rennet.", []),
        ("I årets fire første måneder kom det 3 100 søknader.", [("3 100", "exact", 3100)]),
        ("Tre av de ti største kommunene sa nei.", [("Tre", "exact", 3)]),
        ("Festivalen vil ha plass til 20.000 neste år.", [("20.000", "exact", 20000)]),
        # a number joined by a hyphen to the next word is part of that word
        ("Bilen kjørte i 140 km/t i en 60-sone.", [("140 km/t", "exact", 140)]),
        ("Et 6-0-rykk avgjorde kampen.", []),
        ("Han tok ut 40 av 500-lappene.", [("40", "exact", 40)]),
        ("Prisene steg 20-30 prosent.", [("20-30 prosent", "range", None)]),  # a range stays one
        # a half-time result is no range
        ("Gjestene ledet 14-17 ved pause.", []),
        # an age reached, a courtroom, a platform
        ("Mange venter til etter fylte 40 med å få barn.", []),
        ("Saken går i sal 312 i tinghuset.", []),
        ("Toget går fra spor 19.", []),
        # the EU's harmonised numbers, though they read as thousands
        ("Ring Mental Helses hjelpetelefon eller legevakten på 116 117.", []),
        ("Kontakt Kors på halsen på 116 123 eller 800 33 321.", []),
        ("Det kom 116 000 turister.", [("116 000", "exact", 116000)]),  # a count of thousands stays one
        ("Det kom 116 117 turister.", [("116 117", "exact", 116117)]),
    ],
)
def test_rankings_compounds_half_time_ages_and_service_numbers(
    sentence: str, expected: list[tuple[str, str, float]]
) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nesten hver fjerde unge voksne sier de er ensomme.", [("Nesten hver fjerde", "less_than", 25)]),
        ("Nær tre av ti studenter bor hjemme.", [("Nær tre av ti", "less_than", 30)]),
        ("Rundt 40 av 100 elever tok bussen.", [("Rundt 40 av 100", "approx", 40)]),
        # how often, not how many
        ("Bussen går hver andre uke.", []),
        ("Det skjer hver tredje gang.", []),
        # out of anything but ten or a hundred is a count and its whole
        ("Én av seks ble skadd.", [("Én", "exact", 1), ("seks", "exact", 6)]),
        ("Sju av ni fiskere ble reddet.", [("Sju", "exact", 7), ("ni", "exact", 9)]),
        # out of a small whole, said roughly, of a people in the plural: a share
        ("Rundt én av fire leietakere flytter hvert år.", [("Rundt én av fire", "approx", 25)]),
        ("Nesten to av tre velgere sier nei.", [("Nesten to av tre", "less_than", 66.7)]),
        ("Hun vant tre av ti prosent av stemmene.", [("tre", "exact", 3), ("ti prosent", "exact", 10)]),
    ],
)
def test_a_share_in_words_is_one_figure_in_percent(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert [(f.text, f.qualifier, float(f.value or 0)) for f in find_figures(sentence)] == expected
    assert all(
        f.unit == "percent" for f in find_figures(sentence) if f.text.endswith(("ti", "100", "fjerde", "tredje"))
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an age after a role or a noun for a person
        ("Selskapets daglige leder (56) ble dømt.", []),
        ("Sjåføren (45) ble lettere skadd.", []),
        ("Kvinnen (34) ble kjørt til sykehus.", []),
        ("Nordfylke (12) og Sørfylke (8) fikk midler.", [("12", "exact", 12), ("8", "exact", 8)]),  # counts
        ("Flest kom på Brann-Sandnes Ulf (15.300).", [("15.300", "exact", 15300)]),  # no age is that high
        ("Det kan komme 60 millimeter i løpet av 12 timer.", [("60 millimeter", "exact", 60)]),  # a window of time
        # a list ending in an age is a list of ages
        ("De omkomne er 18, 19 og 21 år gamle.", []),
        ("Det kom 300, 400 og 500 personer.", [("300", "exact", 300), ("400", "exact", 400), ("500", "exact", 500)]),
        # the whole a part is counted out of counts, though 'de' stands before it
        ("Vi kan bare bruke fire av de sju operasjonsstuene.", [("fire", "exact", 4), ("sju", "exact", 7)]),
        ("Målet er å sikre driften av de to ovnene.", []),
    ],
)
def test_ages_after_roles_lists_of_ages_and_partitive_wholes(
    sentence: str, expected: list[tuple[str, str, float]]
) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a label names no amount when a unit follows: the number measures
        ("I år kan båtene fiske i britisk sone 6.000 tonn mer.", [("6.000 tonn", "exact", 6000)]),
        ("Hun fikk i år 300.000 kroner i støtte.", [("300.000 kroner", "exact", 300000)]),
        ("Båtene fisker i sone 3.", []),
        # an ordinal marker names which one, even before a multiplier
        ("Lufthavnen tok imot passasjer nr. 2 millioner i desember.", []),
        ("Han har flere 150 kyr.", [("150", "exact", 150)]),  # no power of ten: no vague amount
        # a time before a named moment places an event; before a clause it measures a duration
        ("Hjemmelaget utlignet to minutter før pause.", []),
        ("Hun lå i vannet i over 30 minutter før hun ble reddet.", [("over 30 minutter", "more_than", 30)]),
        # 'blant dem' counts a part of those just named
        (
            "Over 60 mannskaper deltok, blant dem åtte fra Røde Kors.",
            [("Over 60", "more_than", 60), ("åtte", "exact", 8)],
        ),
    ],
)
def test_labels_before_units_moments_and_parts_among_them(
    sentence: str, expected: list[tuple[str, str, float]]
) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a decimal point before a unit or a multiplier is a decimal; elsewhere a dotted time or date
        ("Trafikken falt 2.5 prosent i mai.", [("2.5 prosent", "exact", 2.5)]),
        ("Tapet var 1.5 millioner kroner.", [("1.5 millioner kroner", "exact", 1_500_000)]),
        ("Fergen gikk 3.5 og kom 06.40.", []),
        # a label in any form, by its lemma, and the end of a span whose start is no figure
        ("Smitten steg i ukene 40–42.", []),
        ("Det har gått bra siden 300 personer flyttet hit.", [("300", "exact", 300)]),  # 'siden' is 'since'
        ("Prisene steg 20–30 prosent.", [("20–30 prosent", "range", None)]),
        # the base of a rate counts nothing
        ("Det ble meldt 55 tilfeller per 100.000 innbyggere.", [("55", "exact", 55)]),
    ],
)
def test_decimal_points_labels_by_lemma_and_rate_bases(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


def test_a_long_chain_of_dashed_numbers_is_read_without_deep_recursion() -> None:
    """Whether a span's end counts asks about its start once, never down the whole chain
    (a RecursionError on '1–2–3–…–4999' before)."""
    chain = "–".join(str(n) for n in range(1, 5000))
    assert find_figures(f"Det var {chain} personer.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Føreren kjørte med 1,2 promille.", [("1,2 promille", "exact", 1.2)]),  # per mille is a unit
        ("Bortelaget gikk fra 27–27 til 27–30 i sluttminuttene.", []),  # one score after another
        ("Prisene gikk fra 20–30 til 40–50 kroner.", [("20–30", "range", None), ("40–50 kroner", "range", None)]),
    ],
)
def test_per_mille_and_scores_one_after_another(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Endringen skal tre i kraft 1. september, og 300 pasienter berøres.", [("300", "exact", 300)]),
        ("Nå kan Høyre omsider tre fram i Sarpsborg med 30 representanter.", [("30", "exact", 30)]),  # 'step'
        ("Endringen skal etter planen tre i kraft 1. januar.", []),  # the idiom, an adverbial before it
        ("Kommunen vil ikke fire flagget.", []),
        ("Det må tre personer til for å løfte den.", [("tre", "exact", 3)]),  # the verb counts nobody
        ("Rektoren møtte studentene under tjue ganger i fjor.", [("under tjue", "less_than", 20)]),
        ("Hun bommet tre ganger på liggende skyting.", []),  # how often, spelled
    ],
)
def test_number_words_that_are_verbs_and_frequencies(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


def test_last_years_count_is_the_whole_of_a_share_in_its_paragraph() -> None:
    """'halvparten av sakene' after last year's '640 saker' in the same paragraph is half of them."""
    tables = extract(
        "I år kom det 700 saker.\n\nI fjor behandlet nemnda 640 saker. I halvparten av sakene fikk kunden medhold.\n"
    )
    by_text = {c.text: c for c in tables.claims}
    half, whole = by_text["halvparten"], by_text["640"]
    assert (half.relative_to, half.value) == (whole.claim_id, 320)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Han fikk en halv million kroner i utlegg.", [("en halv million kroner", "exact", 500_000)]),
        ("Saken kostet kommunen en kvart milliard.", [("en kvart milliard", "exact", 250_000_000)]),
        ("Det kostet halvannen million kroner.", [("halvannen million kroner", "exact", 1_500_000)]),
        ("Hun spiste en halv pizza.", []),
        # a genitive time unit before a punishment measures it, after 'om' too
        ("Aktor la ned påstand om 30 dagers fengsel.", [("30 dagers", "exact", 30)]),
        ("Om 30 dager åpner butikken.", []),
    ],
)
def test_parts_of_a_million_and_days_of_prison(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


def test_years_and_months_are_one_span() -> None:
    assert found("Han ble dømt til fengsel i tre år og seks måneder.") == [("tre år og seks måneder", "exact", 3.5)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bøndene mistet 40 prosent av besetningen på én sommer.", [("40 prosent", "exact", 40)]),
        ("Nemnda i region 3 vedtok felling av opptil ni ulver.", [("opptil ni", "at_most", 9)]),
    ],
)
def test_one_season_and_region_labels(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


def test_energy_units() -> None:
    """'2,4 TWh' kept its number only; the energy units and their abbreviations are units."""
    tables = extract("Magasinene mangler 2,4 TWh mot normalen, og anlegget gir 120 GWh med en effekt på 40 MW.\n")
    assert [(c.text, c.unit) for c in tables.claims] == [("2,4 TWh", "TWh"), ("120 GWh", "GWh"), ("40 MW", "MW")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'på' after a verb of level states the level, it does not place the figure in time
        ("Ventetiden i Helse Nord lå på 71 dager i mai.", [("71 dager", "exact", 71)]),
        ("Lagmannsretten landet på 40 dager.", [("40 dager", "exact", 40)]),
        ("Brannen var slukket på 24 timer.", []),
    ],
)
def test_a_level_is_no_point_in_time(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Kvoten gjelder fisket nord for 62°N i år.", "Skipet sank på 70 grader nord.", "Feltet ligger ved 5° øst."],
)
def test_a_latitude_or_longitude_is_no_figure(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "value"), [("Det var 25 °C i går.", "25 °C", 25), ("Vannet holdt 18°C.", "18°C", 18)]
)
def test_degrees_celsius_written_as_a_sign(sentence: str, text: str, value: int) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.value, figure.unit) == (text, value, "degrees_celsius")


def test_a_share_of_men_in_the_irregular_plural() -> None:
    """'nordmenn' is the plural of 'nordmann': 'to av tre nordmenn' is a share, one figure."""
    [figure] = find_figures("Mer enn to av tre nordmenn mener de er middelklasse.")
    assert (figure.text, float(figure.value or 0), figure.qualifier, figure.unit) == (
        "Mer enn to av tre",
        66.7,
        "more_than",
        "percent",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'en av fem', with the unstressed 'en': one in five, a ratio of a whole given elsewhere
        ("Hun peker på at en av fem pasienter har passert fristen.", [("en av fem", 0.2)]),
        ("Rundt en av fem av fjorårets ekteskap ble inngått i utlandet.", [("Rundt en av fem", 0.2)]),
        ("– En av fem saker vi avdekket, gjaldt vannskader.", [("En av fem", 0.2)]),
        # after a copula, one member of a group that is counted
        ("Ulykken var en av 29 dødsulykker med fritidsbåt.", [("29", None)]),
        # stressed, one counted of a whole
        ("Én av seks ble skadd.", [("Én", None), ("seks", None)]),
        # out of money or a scale: no ratio
        ("Han fikk en av fem millioner kroner.", [("fem millioner kroner", None)]),
        # a second 'av' names the whole: a ratio of it, however roughly said, out of ten too
        (
            "Avisen har 9.150 abonnenter, og nær tre av fire av dem leser digitalt.",
            [("9.150", None), ("nær tre av fire", 0.75)],
        ),
        ("Av 143 kommuner har om lag to av tre av dem eiendomsskatt.", [("143", None), ("om lag to av tre", 2 / 3)]),
        (
            "I fjor omkom 41 personer, og drøyt en av ti av dem jobbet på sagbruk.",
            [("41", None), ("drøyt en av ti", 0.1)],
        ),
        # with no second 'av', a rough share of people out of ten stays a percentage
        ("Nær tre av ti studenter jobber ved siden av.", [("Nær tre av ti", None)]),
    ],
)
def test_one_in_a_number_is_a_ratio(sentence: str, expected: list[tuple[str, float | None]]) -> None:
    figures = find_figures(sentence)
    assert [(f.text, f.factor) for f in figures] == expected
    assert all(f.qualifier == "relative" and f.value is None for f in figures if f.factor is not None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Premiepotten er på 1,2 millioner svenske kroner.", ("1,2 millioner svenske kroner", 1200000, "SEK")),
        ("Vinneren får 124.000 norske kroner.", ("124.000 norske kroner", 124000, "NOK")),
        ("Billetten koster 450 danske kroner.", ("450 danske kroner", 450, "DKK")),
    ],
)
def test_a_currency_named_by_its_country(sentence: str, expected: tuple[str, int, str]) -> None:
    """'svenske kroner' are no Norwegian kroner, and 'svenske' is no counted noun."""
    [figure] = find_figures(sentence)
    assert (figure.text, int(figure.value or 0), figure.unit) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Regjeringen ber folk om å ikke ha flere enn fem gjester.", [("flere enn fem", "at_most", 5)]),
        ("Det var ikke over 20 personer til stede.", [("over 20", "at_most", 20)]),
        ("Han anslår at det ikke er under 300 dyr igjen.", [("under 300", "at_least", 300)]),
        ("Det kom over 20 personer.", [("over 20", "more_than", 20)]),  # no negation, no flip
    ],
)
def test_a_negated_strict_bound_allows_its_figure(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Det gjelder luftveisinfeksjoner som covid 19 og influensa.",  # the disease, without its hyphen
        "Nordmennene var topp tre før den siste omgangen.",  # a bracket of placings
        "Hun har vært topp 10 i verdenscupen hele sesongen.",
    ],
)
def test_names_and_brackets_with_a_number_are_not_counts(sentence: str) -> None:
    assert found(sentence) == []


def test_an_age_after_a_possessive_is_no_claim() -> None:
    """'sønnen hennes (14)': someone's son, and his age."""
    assert found("Hun forteller at sønnen hennes (14) ventet i 19 uker.") == [("19 uker", "exact", 19)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part out of a small whole with no noun after it: a ratio of a whole given elsewhere
        ("Rundt 250 personer jobber der, og to av tre er arbeidsinnvandrere.", ("to av tre", 2 / 3)),
        ("Tilsynet gjennomførte 3.100 tilsyn, og det ble gitt pålegg i to av tre.", ("to av tre", 2 / 3)),
        ("Uttaket er halvannen gang så stort som konsesjonen tillater.", ("halvannen gang så stort", 1.5)),
    ],
)
def test_ratios_said_in_words_are_relative(sentence: str, expected: tuple[str, float]) -> None:
    relative = [(f.text, f.factor) for f in find_figures(sentence) if f.qualifier == "relative"]
    assert relative == [(expected[0], pytest.approx(expected[1]))]


def test_a_part_of_a_small_whole_of_a_noun_counts_both() -> None:
    """'to av seks avdelinger' counts departments: two of six, both claims."""
    assert found("Han sier at to av seks avdelinger stenger.") == [("to", "exact", 2), ("seks", "exact", 6)]


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Det vil regne i 12 timar.", "12 timar", "hours"),  # Nynorsk, quoted in Bokmål copy
        ("Arbeidet tek tre veker.", "tre veker", "weeks"),
        ("Køen varte i 40 minuttar.", "40 minuttar", "minutes"),
    ],
)
def test_nynorsk_time_units(sentence: str, text: str, unit: str) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.unit) == (text, unit)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Vinden nådde opptil 30 meter pr. sekund i kastene.", "opptil 30 meter pr. sekund"),
        ("Det blåste 25 meter per sekund.", "25 meter per sekund"),
        ("Vinden var på 20 m/s.", "20 m/s"),
    ],
)
def test_wind_speed_is_metres_per_second(sentence: str, text: str) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.unit) == (text, "m/s")


def test_cubic_metres_are_a_unit() -> None:
    [figure] = find_figures("Det ble brukt rundt 180.000 kubikkmeter vann.")
    assert (figure.text, figure.unit) == ("rundt 180.000 kubikkmeter", "m3")


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [
        # after a fronted adverbial the subject follows the verb: 'en av fem' is a ratio
        ("Dermed var en av fem nye personbiler i september en Model Y.", True),
        ("Ifølge Kjelsberg er en av fem reisende utenlandske turister.", True),
        ("Nå er en av fem ansatte syke.", True),
        # the subject before the verb: one member of a group counted
        ("Ulykken var en av 29 dødsulykker i år.", False),
        ("Hun er en av fem søsken.", False),
    ],
)
def test_en_av_after_a_copula_is_a_ratio_only_when_it_is_the_subject(sentence: str, relative: bool) -> None:
    assert any(f.qualifier == "relative" for f in find_figures(sentence)) == relative


def test_a_date_without_its_dot_is_no_claim() -> None:
    assert found("Eksamen ble holdt 20 mai, og 3.000 elever tok den.") == [("3.000", "exact", 3000)]


@pytest.mark.parametrize(
    "sentence", ["Klubben har vunnet serien fire ganger de siste ti sesongene.", "De første fem ukene var rolige."]
)
def test_a_span_named_by_its_place_in_a_row_is_no_claim(sentence: str) -> None:
    """'de siste ti sesongene': which seasons, not a count of them."""
    assert all(f.text not in ("ti", "fem") for f in find_figures(sentence))


def test_the_next_few_cancelled_are_counted() -> None:
    """'de neste tre seilingene er innstilt' counts the sailings cancelled."""
    assert found("Hurtigruten opplyser at de neste tre seilingene fra Bodø er innstilt.") == [("tre", "exact", 3)]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Da scoret Jan Jönsson sine menn hele 42 mål, og slapp inn 21.", "goals"),
        ("Stadion har vært i eliten syv av de siste ti sesongene, og har levert i alt 356 mål.", "goals"),
        ("Bonden har 40 mål dyrket mark og 300 mål skog.", "decares"),
    ],
)
def test_mal_near_a_match_is_goals_else_decares(sentence: str, unit: str) -> None:
    """'scoret 42 mål' counts goals; '40 mål dyrket mark' measures land, by the words near it."""
    units = {f.unit for f in find_figures(sentence) if f.text.endswith("mål")}
    assert units == {unit}


@pytest.mark.parametrize("number", ["²", "9" * 5000])
def test_a_number_before_a_month_that_is_no_day_never_breaks_the_date_rule(number: str) -> None:
    """'² mai' or a 5,000-digit run before 'mai' (hostile text): read, not a crash in int()."""
    find_figures(f"Det kom {number} mai, og 300 ble igjen.")


@pytest.mark.parametrize("text", ["Det skjedde i ²²²² og 300 kom.", "Han kom i ²²²², og 40 prosent ble igjen."])
def test_superscript_digits_are_read_not_converted(text: str) -> None:
    """'²²²²' is a token of digits to str.isdigit but no number to int(): never a crash (hostile text)."""
    find_figures(text)


def test_a_run_of_digits_longer_than_any_figure_is_no_number() -> None:
    """A 5,000-digit run (hostile text) is no claim: no int of it is ever printed (Python refuses
    over 4,300 digits), so the package is still written; a thousand trillion still reads."""
    text = f"Politiet sier at {'9' * 5000} kom, og Kari Hansen ({'9' * 5000}) sier at 300 ble igjen.\n"
    assert [c.text for c in extract(text).claims] == ["300"]
    assert found("Gjelden er 999.999.999.999.999 kroner.") == [("999.999.999.999.999 kroner", "exact", 999999999999999)]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # 'sporet' is derailed here, not the track ('spor 19' is a label, by its lemma)
        ("Ifølge CargoNet sporet seks av vognene av.", "seks"),
        # 'med' is a preposition, not the noun Ordbank also lists: no class of vessels
        ("Kvoten er overfisket med i overkant av 300 tonn.", "i overkant av 300 tonn"),
        # 'noe som' comments on the clause before; it defines no group that a duration bounds
        ("Togene erstattes av buss, noe som gjør reisen drøyt halvannen time lengre.", "drøyt halvannen time"),
    ],
)
def test_words_that_only_look_like_a_label_or_a_class(sentence: str, text: str) -> None:
    assert [t for t, _, _ in found(sentence)] == [text]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Blant femåringene har 24 prosent minst ett hull.", ["24 prosent"]),
        ("Av de spurte eier 12 prosent over tre biler.", ["12 prosent"]),
        # a comma ends the share's clause: what follows is a figure of its own
        ("Ledigheten var 3 prosent, over 400 personer.", ["3 prosent", "over 400"]),
    ],
)
def test_a_bound_right_after_a_share_says_who_it_counts(sentence: str, texts: list[str]) -> None:
    assert [t for t, _, _ in found(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bilen ble målt til 86 km/t eller fortere.", [("86 km/t eller fortere", "at_least", 86)]),
        ("Vi venter 300 eller flere.", [("300 eller flere", "at_least", 300)]),
        ("Turen koster 50 kroner eller mindre.", [("50 kroner eller mindre", "at_most", 50)]),
        ("Turen koster 50 kroner eller et gavekort.", [("50 kroner", "exact", 50)]),
    ],
)
def test_a_comparative_after_eller_bounds_the_figure(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert found(sentence) == expected


def test_a_plural_subject_before_a_count_is_no_label() -> None:
    """'hadde rutene 41.200 påstigninger': the routes had boardings; 'i ukene 32–35' is still a label."""
    assert [t for t, _, _ in found("Ifølge fylket hadde rutene 41.200 påstigninger i fjor.")] == ["41.200"]
    assert found("Det gjelder i ukene 32–35.") == []


def test_one_and_a_half_said_in_words() -> None:
    """'en og en halv million' is 1.5 million, not 'en halv million'; 'en og en halv time'."""
    assert found("Han fikk en og en halv million kroner.") == [("en og en halv million kroner", "exact", 1500000)]
    assert found("Hun ventet i en og en halv time.") == [("en og en halv time", "exact", 1.5)]


def test_times_a_definite_noun_is_a_relative_figure() -> None:
    """'en og en halv gang månedsinntekta', 'tre ganger årslønnen': a factor of what the noun names;
    'to ganger uka' says how often."""
    figures = {
        c.text: (c.qualifier, c.factor) for c in extract("Boten ble satt til en og en halv gang månedsinntekta.").claims
    }
    assert figures == {"en og en halv gang månedsinntekta": ("relative", 1.5)}
    figures = {c.text: (c.qualifier, c.factor) for c in extract("Hun må betale tre ganger årslønnen.").claims}
    assert figures == {"tre ganger årslønnen": ("relative", 3.0)}
    assert [c.qualifier for c in extract("De møtes to ganger uka.").claims] != ["relative"]


def test_omtrentlig_is_about() -> None:
    """'omtrentlig ett kilo amfetamin': the adjective used as an adverb qualifies as 'omtrent' does,
    so the 'ett' before a unit is a figure, not an article."""
    assert found("Politiet fant omtrentlig ett kilo amfetamin.") == [("omtrentlig ett kilo", "approx", 1)]


def test_a_time_before_a_bounded_measure_names_no_class() -> None:
    """'Norge produserte i fjor i overkant av 330.000 tonn', 'Vannstanden var i juni nær 1,8 meter':
    a measure after a word that dates the clause is a figure; 'Fartøy under 11 meter' still names a class."""
    assert found("Norge produserte i fjor i overkant av 330.000 tonn matpoteter.") == [
        ("i overkant av 330.000 tonn", "more_than", 330000)
    ]
    assert found("Vannstanden var i juni nær 1,8 meter over normalen.") == [("nær 1,8 meter", "less_than", 1.8)]
    assert found("Fartøy under 11 meter får 21.400 tonn.") == [("21.400 tonn", "exact", 21400)]


def test_one_part_of_a_day_is_a_span_not_a_count() -> None:
    """'opptil 150 brennmaneter på én morgen', 'på én kveld': as 'på én dag', the span they came in."""
    assert found("Vi har telt opptil 150 brennmaneter på én morgen.") == [("opptil 150", "at_most", 150)]
    assert found("Det kom 300 gjester på én kveld.") == [("300", "exact", 300)]


def test_a_qualifier_before_a_dozen_leaves_it_vague() -> None:
    """'i rundt et dusin hus': no number reads 'et dusin', so the qualifier does not hide it."""
    assert [(c.text, c.qualifier) for c in extract("Det er sprekker i rundt et dusin hus.").claims] == [
        ("et dusin", "vague")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Én blodgivning er på snaut en halv liter.", ["snaut en halv liter"]),
        ("Én sekk veier 25 kilo.", ["25 kilo"]),
        ("Telleren registrerer bare folk i én retning.", []),
        ("Fremtind, som forsikrer kundene til SpareBank 1 og DNB, har et lavere anslag.", []),
        ("Én person ble fløyet til sykehus.", ["Én"]),
        # a number glued to a capital that is no unit names a kind; a glued unit measures
        ("Vi har bygget ut 4G og 5G, og har en 3D-skriver.", []),
        ("Anlegget gir 20MW.", ["20MW"]),
    ],
)
def test_one_as_a_unit_a_direction_or_a_brand_counts_nothing(sentence: str, expected: list[str]) -> None:
    """'Én blodgivning er på …', 'Én sekk veier …': what one of them measures; 'i én retning' a
    manner; 'SpareBank 1' a name (a capital inside the word); '4G', '3D-skriver' a kind (a capital
    glued to the number). 'Én person ble fløyet' and '20MW' still count."""
    assert [c.text for c in extract(sentence).claims] == expected


def test_hours_written_as_a_clock_are_no_figures() -> None:
    """'fra 09 til 21 i helgene': opening hours, the first written with a clock's leading zero, so
    the second is an hour too; 'fra 15 til 21 kroner' counts."""
    assert found("Klinikken har åpent fra 09 til 21 i helgene.") == []
    assert [t for t, _, _ in found("Prisen steg fra 15 til 21 kroner.")] == ["15", "21 kroner"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("En sekk koster mellom 2000 og 2800 kroner.", ["mellom 2000 og 2800 kroner"]),
        ("Prisen er fra 2000 til 2500 kroner.", ["fra 2000 til 2500 kroner"]),
        # years: after 'i' or 'for', or with no unit after the high end
        ("Andelen økte fra 2,1 prosent i 2014 til 4,3 prosent i fjor.", ["2,1 prosent", "4,3 prosent"]),
        ("Kvoten for 2026 er satt til 14.500 tonn.", ["14.500 tonn"]),
        ("Han solgte ved mellom 2022 og 2025.", []),
    ],
)
def test_a_range_of_year_like_numbers_with_a_unit_is_a_figure(sentence: str, expected: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == expected


def test_a_count_after_an_inverted_pronoun_subject_counts() -> None:
    """'Nå kjører vi to skift': 'vi' is the subject after the verb and 'to skift' its object; 'Vi to
    har jobbet' and 'De to partiene' refer to those counted before."""
    assert [f.text for f in find_figures("Nå kjører vi to skift.")] == ["to"]
    assert [f.text for f in find_figures("Vi to har jobbet her lenge. De to partiene er enige.")] == []


def test_the_numbers_a_call_is_made_to_are_labels_and_so_is_the_rest_of_their_list() -> None:
    """'anrop til 110, 112 og 113': numbers called, not counts; a list's commas carry the label."""
    assert [t for t, _, _ in found("Nettet registrerte 12 mislykkede anrop til 110, 112 og 113.")] == ["12"]
    assert [t for t, _, _ in found("Antall anrop økte til 4000 i fjor.")] == ["4000"]
    assert [t for t, _, _ in found("Kommunen har 40, 50 og 60 plasser.")] == ["40", "50", "60"]
    # a comma joins only bare numbers: not a year or a name's digit before the next figure
    assert [t for t, _, _ in found("Hotellet har solgt 41 000 romdøgn for 2026, 22 prosent flere enn i fjor.")] == [
        "41 000",
        "22 prosent",
    ]
    assert [t for t, _, _ in found("Den kostet 1.512 kroner hos Rema 1000, 1.538 kroner hos Kiwi.")] == [
        "1.512 kroner",
        "1.538 kroner",
    ]


def test_sirka_and_flere_titall() -> None:
    """'sirka' is 'cirka' spelled the Norwegian way; 'flere titall' is 'flere titalls'."""
    assert found("Hallen tar sirka 9000 tilskuere.") == [("sirka 9000", "approx", 9000)]
    assert [(t, q) for t, q, _ in found("Det vil koste flere titall millioner kroner.")] == [
        ("flere titall millioner kroner", "vague")
    ]


def test_a_district_named_by_its_number_is_a_label() -> None:
    """'sjef for UP-distrikt 5 i Nord-Norge': a district's number; Ordbank lists 'i' as a noun (the
    letter), which must not make '5 i' a count of a noun."""
    assert found("Han er sjef for UP-distrikt 5 i Nord-Norge.") == []
    assert found("Politiet i distrikt 4 har 300 ansatte.") == [("300", "exact", 300)]


def test_a_span_after_a_stretch_of_the_day_is_hours() -> None:
    """'i timen mellom 8 og 9': clock hours, as 'mellom klokka 8 og 9' is; a span with a unit counts."""
    assert found("Flest ulykker skjedde i timen mellom 8 og 9.") == []
    assert found("Flest ulykker skjedde i tidsrommet mellom 15 og 18.") == []
    assert [t for t, _, _ in found("Det tok mellom 8 og 9 timer.")] == ["mellom 8 og 9 timer"]


def test_a_change_of_a_duration_is_a_figure() -> None:
    """'en økning på to dager': how much a waiting time grew; 'slukket på to timer' only places."""
    assert found("Ventetiden er 40 dager, en økning på to dager fra i fjor.") == [
        ("40 dager", "exact", 40),
        ("to dager", "exact", 2),
    ]
    assert found("Det gir en forsinkelse på 12 minutter.") == [("12 minutter", "exact", 12)]
    assert found("Brannen ble slukket på to timer.") == []


def test_a_fraction_with_a_slash_is_relative_and_other_slashed_pairs_count_nothing() -> None:
    """'1/3 av de startende' is 'en tredjedel av': one relative figure, not the counts 1 and 3; a
    date ('Fra 1/3'), '24/7' and '50/50' count nothing."""
    assert [(f.text, f.qualifier, f.factor) for f in find_figures("Premien går til 1/3 av de startende.")] == [
        ("1/3", "relative", 1 / 3)
    ]
    assert [f.text for f in find_figures("Partiet fikk nesten 2/3 flertall.")] == ["nesten 2/3"]
    assert found("Fra 1/3 blir det dyrere. Butikken har åpent 24/7, og fordelingen er 50/50.") == []


def test_de_before_a_number_and_an_indefinite_plural_is_they() -> None:
    """'Sist gang tok de tre maskiner': 'de' is the subject and 'tre maskiner' counted; 'de to
    bilene', 'de tre som satt' and 'De to siste årene' refer back."""
    assert [f.text for f in find_figures("– Sist gang tok de tre maskiner på én gang.")] == ["tre"]
    assert [f.text for f in find_figures("Politiet stanset de to bilene. De to siste årene var tøffe.")] == []
    assert [f.text for f in find_figures("Det gjelder de tre som satt i bilen.")] == []


def test_a_year_like_number_before_a_plural_it_counts_is_a_count() -> None:
    """'registrert 1916 saker': no year is followed by the things it counts ('saker' is also a verb
    form, so only an indefinite plural Ordbank derives from a noun counts); 'I 2020 skader stormen'
    stays a year."""
    assert found("I fjor ble det registrert 1916 saker i distriktet.") == [("1916", "exact", 1916)]
    assert [t for t, _, _ in found("I 2020 skader stormen 300 hus.")] == ["300"]


def test_a_year_before_a_verb_and_its_reflexive_is_a_year() -> None:
    """'men 2018 skiller seg ut med 4 kvinner': 'skiller' before 'seg' is a verb, so the year is
    its subject, not a count of 'skiller'."""
    text = "Menn er overrepresentert i statistikken, men 2018 skiller seg ut med 4 kvinner blant de omkomne."
    assert [t for t, _, _ in found(text)] == ["4"]


def test_an_adjective_of_nearness_between_article_and_scale_bounds_one() -> None:
    """'en drøy million kroner' is over a million, 'en snau milliard' under; 'en god dag' no figure."""
    assert found("Klubben har nedbetalt en drøy million kroner.") == [("en drøy million kroner", "more_than", 1000000)]
    assert found("Det kostet en snau milliard.") == [("en snau milliard", "less_than", 1000000000)]
    assert found("Det var en god dag.") == []


def test_a_degree_in_the_singular_is_a_unit() -> None:
    """'1,5 grad over normalen' measures degrees, as '20 grader' does; 'i stor grad' counts nothing."""
    assert [(f.text, f.unit) for f in find_figures("Juni var 1,5 grad over normalen.")] == [
        ("1,5 grad", "degrees_celsius")
    ]
    assert find_figures("Det skjer i stor grad i Oslo.") == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("– Doble tak kan kanalisere ned solenergi, sier hun.", []),
        ("Fabrikken kjører doble skift hele høsten.", []),
        ("Kommunen vil doble antallet plasser.", ["doble"]),
        ("Antallet er doblet siden i fjor.", ["doblet"]),
    ],
)
def test_doble_before_an_indefinite_noun_is_the_adjective(text: str, figures: list[str]) -> None:
    """'Doble tak', 'doble skift': the adjective 'dobbel', no relative figure; 'doble antallet' and
    'doblet' are the verb."""
    assert [c.text for c in extract(text + "\n").claims] == figures


@pytest.mark.parametrize("text", ["Omsetningen i ukene 47 til 51 økte.", "Fra uke 40 til 45 var det stengt."])
def test_the_end_of_a_span_of_weeks_is_a_week_number(text: str) -> None:
    """'i ukene 47 til 51': the label 'uke' in any form makes both ends week numbers, no counts."""
    assert [c.text for c in extract(text + "\n").claims] == []


def test_a_price_after_a_name_with_a_number_is_a_figure() -> None:
    """'67,50 kroner hos Rema 1000 og 84,90 kroner hos Meny': a price of its own, not the partner of
    the label number in 'Rema 1000' (as '43' is in 'uke 42 og 43')."""
    text = "Et brett egg koster 67,50 kroner hos Rema 1000 og 84,90 kroner hos Meny.\n"
    assert [c.text for c in extract(text).claims] == ["67,50 kroner", "84,90 kroner"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Det var henholdsvis 223 000 og 222 000 overnattinger i fjor.", ["223 000", "222 000"]),
        ("Hele 1852 påmeldte lag er med i år.", ["1852"]),
        ("I 1852 påmeldte han seg til kurset.", []),
        ("Fra 2024 gjelder nye regler.", []),
    ],
)
def test_a_number_after_a_grouped_number_and_a_year_like_count(text: str, figures: list[str]) -> None:
    """'223 000 og 222 000': the partner is the whole number before, not its last group ('000');
    '1852 påmeldte lag': a plural adjective and its noun after a year-like number count them."""
    assert [c.text for c in extract(text + "\n").claims] == figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age that bounds who is counted: 'personer over 18', 'barn under 12 år'
        ("Nå kan personer over 18 ta den tredje dosen.\n", []),
        ("Barn under 12 år reiser gratis.\n", []),
        ("Grupper over 20 personer må melde seg.\n", ["over 20"]),  # counts
        # 'tre' as the material, wood: 'bygget av tre og stein', 'bygget i tre, ikke i betong'
        ("Hytta er bygget av tre og stein.\n", []),
        ("Hytta er bygget i tre, ikke i betong.\n", []),
        ("Bygget består av tre etasjer.\n", ["tre"]),  # counts
        # joined by 'og' or 'eller' to a material after 'av' or 'i'; not to a count ('av to hus og tre')
        ("Gjenstandene er av jern og tre, som tåler vann dårligst.\n", []),
        ("Skolen består av to hus og tre.\n", ["to", "tre"]),
    ],
)
def test_an_age_bound_and_tre_as_wood_are_no_claims(text: str, expected: list[str]) -> None:
    assert [c.text for c in extract(text).claims] == expected


def test_a_size_after_one_thing_named_is_an_amount_not_a_class() -> None:
    """'Fartøy under 11 meter får …' names a class; 'solgte kjeden over 400 tonn ribbe' an amount."""
    assert [c.text for c in extract("Ifølge NRK solgte kjeden over 400 tonn ribbe.\n").claims] == ["over 400 tonn"]
    assert [c.text for c in extract("Fartøy under 11 meter får 21.400 tonn.\n").claims] == ["21.400 tonn"]


def test_a_genitive_percent_and_a_litre_abbreviation_are_units() -> None:
    """'en 60 prosents økning', '1,5 l melk'."""
    units = {
        c.text: c.unit for c in extract("Det ble en 60 prosents økning. Hver innbygger drikker 1,5 l melk.\n").claims
    }
    assert units == {"60 prosents": "percent", "1,5 l": "litres"}


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        # 'over' after a verb of lasting says how long, not 'more than'
        ("Årets festival går over fire dager.", "fire dager", "exact"),
        ("Festen strekker seg over to uker.", "to uker", "exact"),
        ("Han gikk over 30 kilometer.", "over 30 kilometer", "more_than"),
        ("Det tok over fire dager.", "over fire dager", "more_than"),
        ("Det gikk over 800 dager fra dommen.", "over 800 dager", "more_than"),  # time passed
        ("Møtet varte over fire timer.", "over fire timer", "more_than"),
    ],
)
def test_over_a_time_that_something_lasts(sentence: str, text: str, qualifier: str) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.qualifier) == (text, qualifier)


def test_a_report_number_is_no_range() -> None:
    """'Report no. 1-2022' in a reference names a report, as 'rapport nr. 1-2022' does."""
    assert find_figures("Sandvik H. Statistics 2021. Report no. 1-2022. Bergen: NORCE.") == []


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        # a bare low end before a high end written with a thousands separator is thousands too
        ("Arbeidet tar fra 8-10.000 timer.", 8000, 10000),
        ("Det kom 2–3.000 personer.", 2000, 3000),
        # joined by 'og' or 'til' too, the high end in groups of three
        ("Det ble fanget mellom 120 og 130 000 laks.", 120_000, 130_000),
        ("Det kom fra 5 til 6.000 personer.", 5000, 6000),
        # but not when, as thousands, it would reach past half the high end's
        ("Det koster 1-10.000 kroner.", 1, 10000),
        ("Det kom 20-25 personer.", 20, 25),
        # and a single digit before a round hundred is hundreds
        ("Det vil skape 6-700 arbeidsplasser.", 600, 700),
        ("Det koster 1-100 kroner.", 1, 100),
        ("Det tar 5-10 minutter.", 5, 10),
    ],
)
def test_thousands_left_out_of_a_ranges_low_end(sentence: str, low: int, high: int) -> None:
    [figure] = find_figures(sentence)
    assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize(
    "sentence",
    ["Totalt nærmer SkiBirken seg 7500 deltakere.", "Nå nærmer vi oss 4000 påmeldte."],
)
def test_approaching_with_the_subject_between_is_less_than(sentence: str) -> None:
    [figure] = find_figures(sentence)
    assert figure.qualifier == "less_than"


@pytest.mark.parametrize(
    "sentence", ["Vi er på jobb hver dag, 24 timer i døgnet.", "Butikken er åpen sju dager i uka."]
)
def test_around_the_clock_is_no_figure(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_one_in_a_number_of_all_who_do_something_is_a_ratio() -> None:
    """'bare én av tre som har en plan' is one in three of all, not one counted of three."""
    [figure] = find_figures("Det er bare én av tre som har en plan.")
    assert (figure.text, figure.qualifier, figure.factor) == ("én av tre", "relative", pytest.approx(1 / 3))


def test_the_last_share_of_a_list_after_og_is_a_figure() -> None:
    """'Vestfold 12% og Agder 5%': a one-digit share after a place is a measure, not the digit that
    closes a name ('Eiendomsmegler 1 tror')."""
    assert [f.text for f in find_figures("Fordelingen var Vestfold 12% og Agder 5%.")] == ["12%", "5%"]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # a year-like number before an adjective used as a plural noun counts it
        ("– Vi hadde 1800 påmeldte til årets løp, sier hun.", ["1800"]),
        # but after a preposition of time it is the year, whatever follows
        ("Politiet registrerte i 2023 flere saker enn før.", []),
        ("Sykehuset behandlet 2000 flere pasienter.", ["2000"]),
        # a verb before a definite noun is no adjective of a count: 'For 2017 økte folketallet'
        ("For 2017 økte folketallet med 831 personer.", ["831"]),
        ("I hele 2017 økte folketallet med 831 personer.", ["831"]),
        ("Hele 1852 påmeldte lag stilte til start.", ["1852"]),
    ],
)
def test_a_year_like_number_that_counts(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


def test_a_year_after_fra_before_a_past_tense_is_a_year() -> None:
    """'Reguleringsplanen fra 2019 forutsatte at …': 'forutsatte' is a verb, not counted people."""
    assert find_figures("Reguleringsplanen fra 2019 forutsatte at utbyggeren skulle gjøre det.") == []


@pytest.mark.parametrize(
    "sentence", ["Ulykken skjedde på E 16 ved Nes tunnel.", "Ulykken skjedde på E 6 ved Steinkjer."]
)
def test_a_european_road_written_with_a_space_is_no_figure(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_a_grouped_number_after_a_month_is_a_figure() -> None:
    """'pr. 1. april 5 302 778': a number of groups after a month is no year cut short ('april 17')."""
    assert [f.text for f in find_figures("Folketallet i Norge var pr. 1. april 5 302 778.")] == ["5 302 778"]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # how often those counted do it says who is counted, not a figure of its own
        ("Rundt 640.000 sysselsatte jobbet hjemmefra minst én dag i uka i fjor.", ["Rundt 640.000"]),
        ("Over 800.000 arbeidstakere hadde hjemmekontor minst én dag i uka.", ["Over 800.000"]),
        ("Hele 40 ansatte trener minst to timer daglig.", ["40"]),
        # with no count of people before it, or with no bound, it is a figure
        ("Fyret skal være åpent minst fire dager i uka.", ["minst fire dager"]),
        ("Klubben har 86 medlemmer og trener fire kvelder i uka.", ["86", "fire"]),
        # nor for how long a count of people did one thing
        ("Over 300 personer ventet i over tre timer.", ["Over 300", "over tre timer"]),
    ],
)
def test_how_often_a_count_of_people_does_it_is_no_figure(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("block", "texts"),
    [
        # a block of one word and a small number names a part of the text
        ("Råd 1", []),
        ("Del 2", []),
        # not a unit, nor a sentence
        ("Under 1%", ["Under 1%"]),
        ("Vi har 2", ["2"]),
    ],
)
def test_a_numbered_heading_is_no_figure(block: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(block)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # a kayak's or canoe's class before a distance names the race
        ("23-åringen vant K1 200 meter og K2 500 meter sammen med Mia.", []),
        ("I herreklassen vant Sondre Lied K1 1000 meter.", []),
        # a distance paddled is measured
        ("Hun padlet 500 meter.", ["500 meter"]),
    ],
)
def test_a_boat_class_before_a_distance_names_a_race(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # years a qualifier bounds after a preposition measure how long something lasts
        ("Mange har ventet i over to år.", ["over to år"]),
        ("Det kan straffes med fengsel i inntil seks år.", ["inntil seks år"]),
        ("Medlemmene forteller om ventetider på opptil to år.", ["opptil to år"]),
        ("Larvene bruker opptil tre år på å drive over Atlanterhavet.", ["opptil tre år"]),
        # an age, and the frame of a record, are none
        ("Barn under tolv år går gratis.", []),
        ("Han er over 67 år.", []),
        ("Det er den beste sesongen på over ti år.", []),
        ("Han har bodd her i 31 år.", []),
    ],
)
def test_years_a_qualifier_bounds_are_a_duration(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Det er nesten en dobling fra samme måned i fjor.", "nesten en dobling"),
        ("Det er mer enn en tredobling fra i fjor.", "mer enn en tredobling"),
        ("Det er en dobling fra i fjor.", "dobling"),
    ],
)
def test_a_qualifier_before_the_article_of_a_multiplying_noun_is_its(sentence: str, text: str) -> None:
    assert [f.text for f in find_figures(sentence)] == [text]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # a number, its noun, 'eller' and a comparative bound a class: no count
        ("Nesten halvparten fikk et navn med fem bokstaver eller færre.", ["Nesten halvparten"]),
        ("De bor i boliger med tre rom eller mer.", []),
        # not a count before another number, nor a comparison with 'enn'
        ("Av dem hadde 603 ett eller flere hull.", ["603"]),
        ("Han solgte fem biler eller mer enn det.", ["fem"]),
        # a digit after a noun opening the sentence closes a name; after an adverb it counts
        ("Apotek 1 skriver at 40 kunder klaget.", ["40"]),
        ("Totalt 5 omkom i brannen.", ["5"]),
    ],
)
def test_a_bound_of_a_class_and_a_digit_closing_a_name_are_no_counts(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # a stressed 'én av' a population the words after it name is one ratio
        ("NAV gir til enhver tid én av fem voksne nordmenn økonomisk støtte.", ["én av fem"]),
        # before a verb it counts one of a group
        ("Én av seks ble skadd.", ["Én", "seks"]),
    ],
)
def test_one_in_a_population_is_one_ratio(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # the years a doubling happened between spell out no figures: the doubling is the figure
        ("Fangstleveransene av reker doblet seg fra 2017 til 2018.", ["doblet"]),
        ("Prisen er doblet på ett år, fra 29 til 59 kroner.", ["29", "59 kroner"]),
    ],
)
def test_a_doubling_between_two_years_is_a_figure(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # points with decimals are a judged score, no count
        ("Hun fikk 168,42 poeng i OL-amfiet på Hamar.", []),
        ("Hun endte 11,6 poeng foran sølvvinneren.", []),
        # whole points in a table count, and so does a change in percentage points
        ("Storhamar har nå 18 poeng.", ["18"]),
        ("Arbeiderpartiet går fram 3,6 poeng og havner på 22,8 prosent.", ["3,6", "22,8 prosent"]),
    ],
)
def test_points_with_decimals_are_a_score(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # a phone cue before a number that counts a noun or has a unit is no phone number
        (
            "Avisen har snakket med kommunens vakttelefon og skriver at nesten 150 boliger har fått vann.",
            ["nesten 150"],
        ),
        ("Send SMS til 2160 for å gi 200 kroner.", ["200 kroner"]),
        ("Ring 113 hvis det haster.", []),
        # a dimension named before a length: the noun right before it is no size class
        ("Ifølge selskapet er avstanden til nærmeste bolig minst 650 meter.", ["minst 650 meter"]),
        ("Fartøy under 11 meter får 21.400 tonn.", ["21.400 tonn"]),
        # a year-like number before a compound plural counts it
        ("Kommunen kjøpte inn 2000 snegleposer før sesongen.", ["2000"]),
    ],
)
def test_phone_cues_size_classes_and_years_that_count(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # three or more of a definite plural say how many there are
        ("I vinter har de fem hundekjøringsbedriftene i kommunen tatt imot mange gjester.", ["fem"]),
        ("Kommunen vil stenge alle de sju barneskolene.", ["sju"]),
        # two point back at named ones; a time is no count
        ("Det går ferje mellom de to byene.", []),
        ("I de fem årene før kameraene kom opp, skjedde det mye.", []),
    ],
)
def test_three_or_more_of_a_definite_plural_count_them(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # label nouns and compounds on them, even when the head is a verb too
        ("Kommunen starter byggetrinn 2 neste år, og tiltakspakke 3 gir 40 millioner kroner.", ["40 millioner kroner"]),
        ("Dette er fase 2 av prosjektet, og etappe 4 går over 180 kilometer.", ["over 180 kilometer"]),
        ("Det står i artikkel 5.", []),
        # a ranking's numbers inside a sentence; counts before names stay
        ("De største var: 1 Obos (inklusive Block Watne), 2 Systemhus og 3 Mesterhus", []),
        ("Vi har 1 Kari, 2 Per og 5 Ola.", ["1", "2", "5"]),
    ],
)
def test_labels_and_rankings_are_no_counts(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # 'omlag' written as one word
        ("Kraftforbruket i Norge var omlag 139,5 TWh.", ["omlag 139,5 TWh"]),
        # an acronym before a number that a plural noun follows counts ('TV 2' is a name)
        ("Der har MBRV 105 utrykninger i 2015.", ["105"]),
        ("Han jobbet i TV 2 i mange år.", []),
        # 'at least one' beside another figure says what is counted; alone it counts
        ("De fant minst ett brudd i 71 prosent av tilsynene.", ["71 prosent"]),
        ("Om lag 400 flere virksomheter fikk minst én reaksjon etter tilsyn.", ["Om lag 400"]),
        ("Det kom minst én ulv inn i området.", ["minst én"]),
        # a year after a month is a date, whatever word follows
        ("I en måling fra januar 2024 svarte 12 prosent ja.", ["12 prosent"]),
        # an approximate year before 'og' and the next clause's verb dates too
        ("Rorbuene ble bygget rundt 1890 og var blant de eldste i bygda.", []),
        ("Tallet økte til rundt 1890 og falt så.", ["rundt 1890"]),
        # 'one thing or two' is a vague few; a noun after the number is counted
        ("Det tar en dag eller to å få svar, og han tok en flaske eller to.", []),
        ("Kommunen har én skole eller to barnehager.", ["én", "to"]),
        # 'ett' singled out by 'spesielt' or 'særlig' says which one; 'bare ett' says how many
        ("Spesielt ett sykehus skiller seg ut, og særlig én sak.", []),
        ("Bare ett sykehus har lengre ventetid.", ["ett"]),
        # after a preposition 'én' says which one or how: 'til én sentral', 'med én felles sentral'
        ("AMK-sentralene slås sammen til én sentral. Med én felles sentral blir det bedre.", []),
        ("Trafikken hviler på én helikoptertype.", []),
        ("Én person ble fløyet til sykehus.", ["Én"]),
    ],
)
def test_one_word_qualifiers_acronym_counts_class_bounds_and_dated_years(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # 'med' says by how much only after a change; after another word, with how many
        ("Det er ikke uvanlig med 15 til 20 budgivere.", ["15 til 20"]),
        ("Prisen økte med 12 til 31 kroner.", ["12", "31 kroner"]),
    ],
)
def test_a_range_after_med_unless_a_change_comes_before(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == texts


def test_one_after_a_condition_is_a_general_case_not_a_count() -> None:
    """'Når én går': whoever goes, no count; 'Én person ble fløyet til sykehus' is one."""
    assert extract("– Når én går, blir det tyngre for dem som er igjen, sier Marit Skogmo.\n").claims == []
    assert [c.text for c in extract("Én person ble fløyet til sykehus, opplyser politiet.\n").claims] == ["Én"]
