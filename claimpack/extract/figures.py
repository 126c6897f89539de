"""Find the figures in a block: 'over 50.000', 'rundt 1,5 millioner kroner', 'flere tusen',
'mellom 10 og 20', 'dobbelt så høyt' – and leave out what is not a count (years, dates, clock
times, ages, durations, road, week and phone numbers, scores, idioms such as 'én gang').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise
from typing import Final

from claimpack.extract.numbers import GROUPED, SPACE_SEPARATORS, parse_digits, parse_number_words, split_number_word
from claimpack.extract.words import (
    CURRENCIES,
    MAX_AGE,
    PERSONAL_PRONOUNS,
    SENTENCE_ENDS,
    TIME_UNITS,
    definite_noun,
    inflected_verb,
    is_time_noun,
    verb_not_noun,
)
from claimpack.lexicons import by_first_word, lexicon
from claimpack.lexicons.ordbank import ordbank
from claimpack.model import Qualifier
from claimpack.segment.tokens import Token, tokenize

ONE_WORDS: Final = frozenset({"en", "én", "ett", "ei"})
TIME_PREPOSITIONS: Final = frozenset({"i", "for", "siden", "før", "etter", "til", "innen"})  # before a year
# 'en drøy million', 'en snau milliard': how near one of a scale word, said between article and scale
ROUGH_ONE: Final[dict[str, Qualifier]] = {
    "drøy": "more_than",
    "god": "more_than",
    "snau": "less_than",
    "knapp": "less_than",
}
# 'en halv million', 'en kvart milliard', 'halvannen million': a part of one before a scale word
PARTS_OF_ONE: Final = {"halv": Decimal("0.5"), "kvart": Decimal("0.25")}
ONE_AND_A_HALF: Final = frozenset({"halvannen", "halvannet"})
# number words that scale the one before them: 'seks hundre', 'tre tusen'
SCALE_WORDS: Final = frozenset({"hundre", "tusen"})
# 'på én sommer', 'på én morgen': a span of time
SEASONS: Final = frozenset(
    {"sommer", "vinter", "høst", "vår", "natt", "helg", "sesong", "morgen", "formiddag", "ettermiddag", "kveld"}
)
YEAR_CONTEXT: Final = frozenset(
    {
        "i",
        "siden",
        "fra",
        "til",
        "for",
        "innen",
        "før",
        "etter",
        "høsten",
        "våren",
        "sommeren",
        "vinteren",
        "året",
        "år",
        "budsjettet",
        "og",
        "–",
        "-",
        "i fjor",
        "mellom",
        "rundt",
    }
)
CURRENCY_PREFIXES: Final = {"kr": "NOK", "nok": "NOK", "$": "USD", "€": "EUR", "£": "GBP"}
PHONE_CUES: Final = frozenset(
    {"ringe", "ring", "ringer", "ringte", "telefon", "telefonnummer", "tlf", "nummer", "nummeret", "sms"}
)
PHONE_COMPOUNDS: Final = ("telefon", "telefonen", "nummer", "nummeret")  # 'trafikktelefon', 'nødnummeret'
CLOSING_QUOTES: Final = frozenset({"»", '"', "”", "’"})
TREE_ADJECTIVES: Final = 2  # adjectives read between 'et' and 'tre' (the noun: 'et ekte tre')
HALVES: Final = frozenset({"halv", "halvt", "halve"})
SCORE_VERBS: Final = frozenset({"slo", "vant", "tapte", "endte", "ledet", "spilte", "seier", "tap", "uavgjort"})
DASHES: Final = frozenset({"–", "—", "-"})
NOT_AFTER_NUMBER_WORD: Final = frozenset({"gang", "ganger", "takk", "og", "eller", "av"})
# between a modal and its verb: 'skal ikke tre i kraft'
VERB_ADVERBS: Final = frozenset({"ikke", "også", "først", "snart"})
# after 'tre', the verb 'step': 'tre fram', 'tre tilbake'
STEP_PARTICLES: Final = frozenset({"fram", "frem", "tilbake"})
# 'lå på 62 dager', 'Saksbehandlingstiden er på 75 dager' state a level, not 'within'
LEVEL_VERBS: Final = frozenset({"ligge", "ende", "lande", "havne", "være"})
SPELLED_FREQUENCY: Final = 12  # 'to ganger' ... 'tolv ganger' say how often, as newsrooms spell small numbers
# 'én' and 'ett' count ('Én person ble skadd', 'ett prosjekt'); 'en' and 'ei' are articles
COUNTING_ONE: Final = frozenset({"én", "ett"})
ONLY: Final = frozenset({"bare", "kun", "berre"})  # 'bare én av blokkene' counts them
# before 'én'/'ett', these say which one or how, not how many: 'slås sammen til én bank', 'med én
# felles sentral', 'hviler på én helikoptertype' (in the gold sets 1 such 'én' of about 150 is a claim)
ONE_AFTER_PREPOSITIONS: Final = frozenset({"på", "for", "i", "med", "til", "fra", "etter", "ved", "mot", "om", "uten"})
# 'Når én går …', 'Hvis ett barn blir smittet …': a case, no count
CONDITIONS: Final = frozenset({"når", "hvis", "dersom"})
# 'Spesielt ett sykehus skiller seg ut': which one, no count
SINGLING_OUT: Final = frozenset({"spesielt", "særlig", "især"})
TIMES: Final = frozenset({"ganger", "gang"})  # 'tre ganger så mange', 'en og en halv gang månedsinntekta'
# vague amounts numeral() does not read, so a qualifier before them is theirs ('rundt et dusin hus')
NOT_NUMBERS: Final = frozenset({"hundrevis", "tusenvis", "titusenvis", "et dusin", "dusinvis"})
VAGUE_QUANTIFIERS: Final = frozenset({"flere", "noen", "mange"})  # 'flere hundre': how many hundreds, never a number
# A race named by its distance: the discipline after it, the win before it, or the placing before 'på'
DISCIPLINES: Final = frozenset({"hekk", "fri", "bryst", "rygg", "butterfly", "medley", "hinder", "kappgang", "stafett"})
RACE_VERBS: Final = frozenset({"vant", "vinner", "løp", "løper"})
PLACINGS: Final = frozenset(
    {"først", "sist", "gull", "sølv", "bronse", "seier", "seieren", "gullet", "sølvet", "bronsen"}
)
REFLEXIVES: Final = frozenset({"seg", "oss", "meg", "deg", "dere"})
APPROACHING: Final = frozenset({"nærmer", "nærmet"})  # 'nærmer X seg 7500': less than, close to it
SCORE_UNITS: Final = frozenset({"poeng"})  # a number with decimals before it is a judged score
TAKING_VERBS: Final = frozenset({"ta", "bruke"})  # 'vil ta minst to år', 'bruker opptil tre år på'
LASTING_PREPOSITIONS: Final = frozenset({"i", "på", "med", "av"})  # 'ventet i over to år', 'i løpet av drøyt to år'
LASTING_VERBS: Final = frozenset({"gå", "strekke", "pågå"})  # 'går over fire dager': how long ('varte over' is more)
ORDINAL_MARKERS: Final = frozenset({"nr", "nr.", "nummer"})  # 'passasjer nr. 2 millioner': which one, not how many
WHEN_WORDS: Final = frozenset({"siden", "da", "før", "når", "til"})  # 'siden han var fire': an age
AGE_VERBS: Final = frozenset({"er", "var", "ble", "fylte", "fyller"})
COPULAS: Final = frozenset({"er", "var", "ble", "blir", "være", "vært"})  # 'var en av 29': one member
# Pronouns that are a verb's subject before it: 'Hun er en av fem søsken'
SUBJECT_PRONOUNS: Final = PERSONAL_PRONOUNS | {"den", "det", "dette", "denne"}
# Possessives after a noun: 'sønnen hennes (14)' is someone's son, and his age (phrases.POSSESSIVES
# are the owners before a role: 'hans pressetalsperson')
OWNERS_AFTER_NOUN: Final = frozenset({"hans", "hennes", "deres", "mine", "min", "mitt", "vår", "vårt", "våre"})
ONE_PERSON: Final = frozenset({"han", "hun", "jeg", "du"})  # 'hun er ni': one person is an age
CLAUSE_JOINS: Final = frozenset({"og", "men", "eller", "da", "når", "så"})  # may follow an age: «hun er ni og»
NOT_A_SINGLE: Final = frozenset({"ikke", "aldri", "ingen", "uten"})
NEGATION_REACH: Final = 3  # tokens before 'én' read for a negation ('uten å produsere én')
SHARE_UNITS: Final = frozenset({"percent", "percentage_points"})
PRICE_REACH: Final = 10  # tokens either side of 'én' looked through for a price verb ('koster')
ONE_TOO_MANY_REACH: Final = 12  # tokens after 'én' looked through for the saying 'én for mye'
# Nouns (lemmas) for calls made: the number after 'til' is the number called ('anrop til 110')
CALLS: Final = frozenset({"anrop", "samtale", "oppringning"})
# Nouns for a stretch of the day: the bare numbers of a span after them are hours ('i timen mellom 8 og 9')
HOUR_SPANS: Final = frozenset({"timen", "timene", "tidsrommet", "tidsrom"})
MAX_SLASHED_DENOMINATOR: Final = 10  # '1/3', '3/4', '1/10' are fractions; '1/12' is more likely a date
# Nouns for how much a thing changed: 'en økning på to dager' measures, 'på to dager' alone places
CHANGE_NOUNS: Final = frozenset({"økning", "nedgang", "vekst", "reduksjon", "endring", "forlengelse", "forsinkelse"})
# A time unit in the definite singular names a point in time after a figure ('174 året før')
POINT_IN_TIME: Final = frozenset({"året", "døgnet"})
TAKES_REACH: Final = 5  # words between 'ta' and the years it takes: 'ta i underkant av', 'ta mellom 20 og'
SERVED_AS: Final = frozenset({"i", "ubetinget", "betinget"})  # 'to år i fengsel', '18 måneder ubetinget fengsel'
NAME_PREPOSITIONS: Final = frozenset({"i", "ved", "hos", "fra"})  # 'i 110 Vest': where a name with a number opens
COMPARATIVE_COUNTS: Final = frozenset({"flere", "færre"})  # '2000 flere': a count compared, never a year
# After a distance, a ski race's technique or format; before it, the class that raced it
RACE_STYLES: Final = frozenset(
    {"klassisk", "fri", "friteknikk", "skøyting", "fristil", "jaktstart", "fellesstart", "sprint"}
)
BOAT_CLASS: Final = re.compile(r"[KC][1-4]")  # a kayak's or canoe's class and crew: 'K1 500 meter', 'C2 1000 meter'
RACE_CLASSES: Final = frozenset({"kvinnenes", "herrenes", "damenes", "jentenes", "guttenes", "juniorenes"})
# after a distance and 'for', the class that runs it: '5000 meter for menn'
RACE_SEXES: Final = frozenset({"menn", "kvinner", "herrer", "damer", "jenter", "gutter", "juniorer"})
CHANGE_REACH: Final = 8  # words back from 'fra A til B' to a verb of change
SPELLED_REACH: Final = 12  # tokens around a multiple ('doblet') looked through for 'fra X til Y' in its sentence
CHANGE_NOUN_REACH: Final = 5  # words back from 'på A til B' to a noun of change ('en nedgang i første kvartal på')
CLAUSE_BREAKS: Final = frozenset({".", "!", "?", ",", ";", ":"})
CLAUSE_ENDS: Final = CLAUSE_BREAKS | {"–", "—"}  # and a dash: 'én plass – den koster …' is two clauses
# Nouns that take 'over' as their preposition: 'oversikt over 41 elever' is a count of 41
OVER_NOUNS: Final = frozenset({"oversikt", "liste", "kontroll", "register", "ansvar", "tilsyn"})
# Verbs and adjectives of feeling that take 'over' as their preposition: 'gleder seg over 27,8
# varmegrader', 'er bekymret over 40 oppsigelser' is about 27,8 and 40, not more than them
OVER_FEELINGS: Final = frozenset(
    {"glede", "klage", "undre", "bekymre", "ergre", "irritere", "juble", "sørge", "forbause", "overraske"}
)
OVER_FEELING_WORDS: Final = frozenset(
    {"glad", "bekymret", "overrasket", "skuffet", "sjokkert", "imponert", "forbauset"}
)
# 'båter under 11 meter', 'steinbit over 3 kilo': a size right after a noun names a class
SIZE_CLASS_UNITS: Final = frozenset({"m", "cm", "ft", "kg", "tonnes"})
BOUND_UNITS: Final = TIME_UNITS | SIZE_CLASS_UNITS  # a bound in these says who is counted
# Words that make a time an average: 'i snitt', 'gjennomsnittlig ventetid'
# How far a bare number looks along a list for the multiplier and unit it shares ('30, 40 og 50 millioner')
LIST_REACH: Final = 8
# what an average is called: 'gjennomsnittlig', and nouns on 'snitt' ('snittet', 'landsgjennomsnittet')
AVERAGING: Final = frozenset({"gjennomsnittlig"})
AVERAGE_NOUNS: Final = ("snitt", "median")
# a block that is one row of a table of changes: a label, a colon, a dash and a percentage ('Østfold:
# – 1 %'); the dash is a minus sign, spaced as tables print it
LABELLED_CHANGE: Final = re.compile(r"[^\W\d][^:\n]{0,40}: [–\-−] \d[\d.,]* ?(?:%|prosent)\.?")
# 'Vestfjordgaten 4', 'Storgata 12', 'Kongens gate 9': a capitalised street name before its house number
STREET: Final = re.compile(r"^(?:[A-ZÆØÅ]\w*)?(?:gate|gaten|gata|veien|vegen|alle|allé|plass)$")
# 'tre ganger høyere': comparatives that multiply ('lavere' and 'mindre' would divide, and are left out)
INCREASING_COMPARATIVES: Final = frozenset(
    {"høyere", "større", "flere", "mer", "dyrere", "lengre", "raskere", "sterkere"}
)
# a direction after degrees makes a latitude or longitude: '70 grader nord', '62°N', '5°Ø'
COMPASS: Final = frozenset({"nord", "sør", "øst", "vest", "nordlig", "sørlig", "østlig", "vestlig"})
COMPASS_LETTERS: Final = frozenset({"n", "s", "ø", "v", "e", "w"})
# 'de to partiene', 'alle tre', 'oss tre': a number word after these refers to things already counted
# Words of a match near 'mål' make it goals ('scoret 42 mål'), not decares ('40 mål dyrket mark')
GOAL_REACH: Final = 12
GOAL_VERBS: Final = frozenset({"score", "slippe"})
GOAL_NOUNS: Final = ("kamp", "sesong", "serie", "scoring", "målvakt", "toppscorer", "assist")
# 'de siste ti sesongene': the end of a row before a number of a definite noun (but 'de neste tre
# seilingene er innstilt' counts what is cancelled)
ROW_PLACES: Final = frozenset({"siste", "første"})
REFERRING_BEFORE: Final = frozenset({"de", "alle", "begge", "disse", "oss", "dere", "dem", "vi"})
RANK_OPENERS: Final = frozenset({":", ",", "og"})  # before each name's number in a ranking: 'var: 1 Obos, 2 …'
MIN_RANKS: Final = 3
THE_NAMED_COUNT: Final = 3  # 'de tre distansene' counts them; 'de to byene' points back at two named ones
MODALS: Final = frozenset({"kan", "skal", "må", "vil", "bør", "kunne", "skulle", "måtte", "ville", "burde"})
# words between a negation and the verb it denies: 'ikke skal dobles', 'aldri er blitt doblet'
DENIAL_BETWEEN: Final = MODALS | {"er", "var", "har", "hadde", "blir", "ble", "blitt", "bli", "være", "vært", "ha"}
DENIAL_REACH: Final = 4
# '5-, 12- og 18-åringene', '12- til 15-åringer': the hyphen of a compound whose word comes last
# (bounded: a hostile run of numbers and hyphens is not rescanned from each of them)
SUSPENDED_COMPOUND: Final = re.compile(r"-(?:,\s?[0-9]{1,4}-){0,8}(?:,\s?|\s(?:og|eller|til)\s)[0-9]{1,4}-[^\W\d_]")
PAST_MODALS: Final = frozenset({"kunne", "skulle", "måtte", "ville", "burde"})
# 'på én gang', 'én etter én', 'ett og annet': idioms, not counts
ONE_IDIOM_AFTER: Final = frozenset(
    # 'Ett annet positivt trekk', 'en annen sak': one more of a kind, no count; 'ett enkelt
    # boligprosjekt', 'én eneste søker': 'a single', said for weight, no count; 'én del av
    # forklaringen': a part of something, not a count of parts
    {"gang", "ganger", "og", "eller", "etter", "til", "for", "om", "i", "av", "sted", "retning", "annet", "annen"}
    | {"enkelt", "eneste", "del"}
)
MEASURING_VERBS: Final = frozenset({"veie", "tilsvare", "romme", "vare"})  # 'Én blodgivning tilsvarer …': one as a unit
# GROUPED with no decimals, maybe no group yet
GROUP_HEAD: Final = re.compile(rf"\d{{1,3}}(?:[.{SPACE_SEPARATORS}]\d{{3}})*")
THREE_DIGITS: Final = re.compile(r"\d{3}")
CLOCK_HOUR: Final = re.compile(r"0\d")  # '09': an hour as a clock writes it
POINT_DECIMAL: Final = re.compile(r"\d{1,3}\.\d{1,2}")  # '1.5', '3.25': not a thousands group, not '06.40' (no unit)
# 'de 15 beste', 'seks første måneder', 'de ti største kommunene': a number before an ordinal or a
# superlative ranks or frames a period; it counts nothing itself ('neste' opens a time of its own:
# 'utvide til 20.000 neste år')
RANKING_AFTER: Final = frozenset(
    {"første", "siste", "beste", "største", "minste", "høyeste", "laveste", "eldste", "yngste"}
)
# 'hver fjerde nordmann', 'tre av ti studenter': a share of a population said in words, in percent
EVERY_NTH: Final = {
    "andre": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
    "sjuende": 7, "syvende": 7, "åttende": 8, "niende": 9, "tiende": 10,
}  # fmt: skip
# 'doblet', 'tredobling', 'tidoblet seg': a figure multiplied, said with a verb or a noun of
# 'doble' (the factor is the numeral the word opens with, else 2)
MULTIPLIED: Final = re.compile(
    r"(?P<times>|tre|fire|fem|seks|sju|syv|åtte|ni|ti|hundre)dobl(?:e|er|es|et|ete|ing|ingen)"
)
YEAR_PREPOSITIONS: Final = frozenset({"i", "fra", "til", "siden", "før", "etter", "innen", "mellom", "og"})
# before 'rundt 2000' at a clause's end, words that take an amount, so the number counts
# ('Tallet var rundt 2000.', 'økte til rundt 2000.') rather than dates ('tatt i bruk rundt 1960.')
AMOUNT_TAKERS: Final = COPULAS | {"bli", "blitt", "til", "på", "fra", "av", "med", "mot", "enn", "om", "som"}
MAX_GROUPS: Final = 5  # digit groups of a number written with spaces ('1 234 567 890')
CHANGE_PARTICLES: Final = frozenset({"opp", "ned"})  # 'må opp fra 900 til 1.200': 'gå opp' with its verb left out
EVERY: Final = frozenset({"hver", "hvert"})  # 'hver fjerde kunde', 'hvert femte gjestedøgn'
# 'to av tre': the largest whole a ratio is said out of, in words of a share
SMALL_WHOLE: Final = 10
PER: Final = frozenset({10, 100})  # 'tre av ti', '40 av 100': out of ten or a hundred is a share, 'én av seks' counts
# 'lå under 12-15 til pause', '2-2 ved pause': a half-time result, never a range
AT_HALF_TIME: Final = frozenset({"pause", "pausen"})
GAME_PARTS: Final = frozenset({"sett", "game", "games", "omganger", "perioder"})  # 'ledet 2–1 i sett'
# The EU's harmonised numbers of social value, '116 117' (legevakt), '116 123' (Mental Helse):
# a phone number, though it reads as thousands, unless a noun follows ('116 117 turister')
HARMONISED_NUMBER: Final = re.compile(rf"116[{SPACE_SEPARATORS}]1\d\d")


# what a length measures: 'avstanden til nærmeste bolig minst 650 meter'
DIMENSION_NOUNS: Final = frozenset({"avstand", "lengde", "høyde", "bredde", "dybde", "distanse"})
DIMENSION_REACH: Final = 6  # tokens back from the figure to its dimension noun

# 'og 288 i pensjonsforpliktelser': what follows a number whose multiplier is left out
ELIDED_BEFORE: Final = frozenset({"i", "til", "på", "fra", "for"})
# tokens back to the multiplier ('328 millioner kroner i lån og 288') or to the count whose noun 'og én'
# leaves out ('to leger … og én om natten'); one name, so one value (a second definition once overrode it)
ELIDED_REACH: Final = 8


@dataclass(frozen=True, slots=True)
class Figure:
    """One number expression as written, with its parsed value."""

    start: int
    end: int
    text: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: Qualifier
    unit: str | None
    factor: float | None = None


@cache
def _qualifier_words() -> frozenset[str]:
    """The words of the qualifiers ('i', 'underkant', 'av', 'minst'), 'mellom' and 'fra' of a range."""
    words = {word for phrase in lexicon().qualifiers for word in phrase.split()}
    return frozenset(words | {"mellom", "fra"})


@cache
def _phrases(table: str) -> list[tuple[tuple[str, ...], str]]:
    """Lexicon phrases as token sequences, longest first, for matching against tokens."""
    entries: dict[str, object] = getattr(lexicon(), table)
    phrases = [(tuple(t.lower for t in tokenize(key)), key) for key in entries]
    # 'én tredjedel' is 'en tredjedel' stressed: the same phrase
    stressed = [(("én", *words[1:]), key) for words, key in phrases if words[:1] == ("en",)]
    return sorted(phrases + stressed, key=lambda item: -len(item[0]))


@cache
def _by_first(table: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """`_phrases` grouped by first word, longest first within each group (for speed only)."""
    groups: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, key in _phrases(table):
        groups.setdefault(words[0] if words else "", []).append((words, key))
    return groups


@cache
def _by_last(table: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    groups: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, key in _phrases(table):
        groups.setdefault(words[-1] if words else "", []).append((words, key))
    return groups


@cache
def _starting(table: str) -> tuple[dict[str, list[tuple[tuple[str, ...], str]]], list[tuple[tuple[str, ...], str]]]:
    """The phrases to try at a word, in order: those it starts, then those with no words (the
    rest, tried at every word), joined once here rather than at every token."""
    groups = _by_first(table)
    rest = groups.get("", [])
    return {word: phrases + rest for word, phrases in groups.items()}, rest


@cache
def _ending(table: str) -> tuple[dict[str, list[tuple[tuple[str, ...], str]]], list[tuple[tuple[str, ...], str]]]:
    """As `_starting`, by last word."""
    groups = _by_last(table)
    rest = groups.get("", [])
    return {word: phrases + rest for word, phrases in groups.items()}, rest


@cache
def _openers() -> frozenset[str] | None:
    """The words other than numerals a figure can open with: the first words of the relative and
    vague phrases, and the words for one ('ett', read by `read_number`). None when a phrase has no
    words, since then it is tried at every token."""
    openers = set(ONE_WORDS) | ONE_AND_A_HALF
    for table in ("relative", "vague"):
        starting, rest = _starting(table)
        if rest:
            return None
        openers.update(starting)
    return frozenset(openers)


@lru_cache(maxsize=1 << 16)
def _may_open_word(low: str, is_word: bool) -> bool:
    """`_Scanner.may_open` of a token that is no number, remembered by its lower-case text."""
    openers = _openers() or frozenset()
    return (
        low in openers
        or low in EVERY
        or MULTIPLIED.fullmatch(low) is not None
        or (is_word and split_number_word(low.partition("-")[0]) is not None)
    )


@cache
def _person_lemmas() -> frozenset[str]:
    """The lemmas of the nouns that count people ('kvinner' -> 'kvinne'), to know 'kvinnen'."""
    words = ordbank()
    return frozenset(lemma for noun in lexicon().person_nouns for lemma in words.noun_lemmas(noun))


def _match(tokens: list[Token], i: int, table: str, text: str) -> tuple[int, str] | None:
    """The longest phrase of a lexicon table starting at token i, as (end index, key)."""
    first = tokens[i].lower if i < len(tokens) else ""
    starting, rest = _starting(table)
    for words, key in starting.get(first, rest):
        j = i + len(words)
        if j <= len(tokens) and all(tokens[i + k].lower == w for k, w in enumerate(words)):
            if all(tokens[i + k + 1].start - tokens[i + k].end <= 1 for k in range(len(words) - 1)):
                return j, key
    return None


def _compass_point(token: Token | None) -> bool:
    """'N', 'Ø', 'E': a compass point written as one capital letter."""
    return token is not None and token.text.lower() in COMPASS_LETTERS and token.text.isupper()


def _coordinate(unit: Token | None, direction: Token | None, before: Token | None = None) -> bool:
    """'nord for 62°N', '70 grader nord', '55 N 32 E': a latitude or longitude names a place, no
    figure. A position written with bare letters is read as the pair it is: a compass point after
    the number with a number after it, or after one ('2 400 E. coli' counts bacteria)."""
    if _compass_point(unit) and ((direction is not None and direction.is_number) or _compass_point(before)):
        return True
    if unit is None or direction is None:
        return False
    if unit.text == "°":
        return direction.lower in COMPASS_LETTERS or direction.lower in COMPASS
    return unit.lower == "grader" and direction.lower in COMPASS


def _match_before(tokens: list[Token], i: int, table: str) -> tuple[int, str] | None:
    """The longest phrase of a lexicon table that ends right before token i."""
    last = tokens[i - 1].lower if 0 < i <= len(tokens) else ""
    ending, rest = _ending(table)
    for words, key in ending.get(last, rest):
        j = i - len(words)
        if j >= 0 and all(tokens[j + k].lower == w for k, w in enumerate(words)):
            return j, key
    return None


def find_figures(text: str, offset: int = 0, tokens: list[Token] | None = None) -> list[Figure]:
    """All figures in a block of text (offsets shifted by `offset`); `tokens` are the block's
    tokens when the caller has them already (`tokenize(text, offset)`)."""
    tokens = tokenize(text, offset) if tokens is None else tokens
    scanner = _Scanner(text, offset, tokens)
    return scanner.run()


class _Scanner:
    def __init__(self, text: str, offset: int, tokens: list[Token]) -> None:
        self.text = text
        self.offset = offset
        self.tokens = tokens
        self.lex = lexicon()
        self.groups: dict[int, int] = {}  # digit_groups of every token of a run already read
        self.numbers: dict[int, tuple[Decimal, int, bool] | None] = {}  # number_at, asked twice per token
        self.in_sayings = _in_sayings(tokens)
        self.ranked: int | None = None  # how many names the block ranks 1, 2, 3 …: read once (`ranking`)

    def char_before(self, token: Token) -> str:
        index = token.start - self.offset - 1
        return self.text[index] if index >= 0 else " "

    def char_after(self, end: int) -> str:
        index = end - self.offset
        return self.text[index] if index < len(self.text) else " "

    def run(self) -> list[Figure]:
        figures: list[Figure] = []
        i = 0
        group_share = False  # a share of a group ('38 prosent av jentene') opened this sentence
        group_count = False  # a count of people ('640.000 sysselsatte') opened this sentence
        share_end = -1  # where the sentence's last share ends ('24 prosent minst ett hull')
        sentence = 0
        sentences: list[int] = []  # the sentence of each figure found
        bounds: list[bool] = []  # each figure is 'minst ett' before a noun, maybe a class's bound
        while i < len(self.tokens):
            if self.tokens[i].text in SENTENCE_ENDS:
                group_share, group_count, share_end = False, False, -1
                sentence += 1
            if not self.may_open(i) or i in self.in_sayings:
                i += 1
                continue
            found = self.relative(i) or self.share(i) or self.vague(i) or self.word_range(i) or self.numeral(i)
            if found is None:
                i += 1
                continue
            figure, next_i = found
            if figure is not None and figure.unit == "NOK":
                figure, next_i = self.and_ore(figure, next_i)
            if figure is not None:
                figure, next_i = self.or_more(figure, next_i)
            if figure is not None and not (
                self.threshold(figure, i, group_share)
                or (group_count and self.how_often_counted(figure, next_i))
                or self.defines_the_share(figure, i, share_end)
                or self.race(figure, i, next_i)
                or self.speed_limit(figure, i)
            ):
                figures.append(figure)
                after = self.tokens[next_i].lower if next_i < len(self.tokens) else ""
                sentences.append(sentence)
                bounds.append(figure.qualifier == "at_least" and figure.value == 1 and after != "av")
                group_share = group_share or (figure.unit == "percent" and after == "av")
                group_count = group_count or self.counts_people(next_i)
                share_end = next_i if figure.unit == "percent" else share_end
            i = max(next_i, i + 1)
        # 'De fant minst ett brudd i 71 prosent av tilsynene', '400 flere virksomheter fikk minst én
        # reaksjon': beside another figure, 'at least one' says what is counted, not how many
        counted = Counter(sentences)
        return [f for f, n, bound in zip(figures, sentences, bounds, strict=True) if not (bound and counted[n] > 1)]

    def and_ore(self, figure: Figure, j: int) -> tuple[Figure, int]:
        """'1 krone og 80 øre per kilowattime': the øre after 'og' belong to the kroner before them,
        one amount (1,80 kroner)."""
        words = self.tokens[j : j + 3]
        if len(words) < 3 or words[0].lower != "og" or words[2].lower != "øre" or figure.value is None:
            return figure, j
        ore = words[1].text
        if not (ore.isdigit() and len(ore) <= 2):
            return figure, j
        cents = Decimal(ore) / 100
        end = words[2].end
        return replace(
            figure,
            end=end,
            text=self.text[figure.start - self.offset : end - self.offset],
            value=figure.value + cents,
            low=figure.low + cents if figure.low is not None else None,
            high=figure.high + cents if figure.high is not None else None,
        ), j + 3

    def or_more(self, figure: Figure, j: int) -> tuple[Figure, int]:
        """'86 km/t eller fortere', '300 eller flere', '50 kroner eller mindre': a comparative after
        'eller' bounds the figure from below or above; the span takes the words that say so."""
        words = self.tokens[j : j + 2]
        if len(words) < 2 or words[0].lower != "eller" or figure.qualifier != "exact" or figure.value is None:
            return figure, j
        bound = OR_MORE.get(words[1].lower)
        if bound is None:
            return figure, j
        end = words[1].end
        text = self.text[figure.start - self.offset : end - self.offset]
        return replace(figure, end=end, text=text, qualifier=bound), j + 2

    def threshold(self, figure: Figure, i: int, group_share: bool) -> bool:
        """'38 prosent av jentene bruker mer enn seks timer daglig', 'andelen som sover mindre enn
        sju timer': a bounded duration that says who is counted, not a figure of its own. Not
        'Brannen, som varte i over tre timer, …' (a comma before 'som': a fact about the fire)."""
        if figure.qualifier not in BOUNDS or figure.unit not in BOUND_UNITS:
            return False
        first = self.opening(figure, i)
        if figure.unit in SIZE_CLASS_UNITS:
            # 'Fartøy under 11 meter får 21.400 tonn': a size right after a noun names a class
            noun = self.tokens[first - 1] if first > 0 else None
            return (
                noun is not None
                and not self.dimension_before(first)
                and noun.is_word
                and noun.lower not in self.lex.function_words  # 'overfisket med over 300 tonn'
                and not self.names_a_time(noun.lower)  # 'produserte i fjor i overkant av 330.000 tonn'
                and ordbank().noun_lemma(noun.lower) is not None
                and "verb" not in ordbank().classes(noun.lower)
                # 'solgte kjeden over 400 tonn': one thing named, the subject, is no class of things
                and not (definite_noun(noun.lower) and not noun.lower.endswith("ene"))
            )
        som = next((k for k in range(first - 1, max(-1, first - 4), -1) if self.tokens[k].lower == "som"), None)
        # not 'noe som gjør reisen drøyt halvannen time lengre': 'noe som' comments on the clause before
        defining = som is not None and (som == 0 or self.tokens[som - 1].lower not in (",", "noe"))
        return group_share or defining

    def dimension_before(self, first: int) -> bool:
        """'er avstanden til nærmeste bolig minst 650 meter': a distance or size named just before
        is what the figure measures, so the noun right before it names no class of things."""
        words = self.tokens[max(0, first - DIMENSION_REACH) : first]
        return any(ordbank().noun_lemma(t.lower) in DIMENSION_NOUNS for t in words if t.is_word)

    def token(self, j: int) -> Token | None:
        return self.tokens[j] if 0 <= j < len(self.tokens) else None

    def counts_people(self, j: int) -> bool:
        """'640.000 sysselsatte', 'over 800.000 arbeidstakere': the word after a figure counts people
        (a person noun, or a plural adjective standing for them)."""
        word = self.token(j)
        if word is None or not word.is_word or word.is_capitalized:
            return False
        low = word.lower
        classes = ordbank().classes(low)
        people = bool(ordbank().noun_lemmas(low) & _person_lemmas()) or low in self.lex.person_nouns
        # 'sysselsatte', 'arbeidsledige' with no noun after them ('800.000 nye arbeidsplasser')
        noun = self.token(j + 1)
        noun_after = noun is not None and noun.is_word and "noun" in ordbank().classes(noun.lower)
        standing_for_people = low.endswith("e") and "adj" in classes and "noun" not in classes and not noun_after
        return people or standing_for_people

    def how_often_counted(self, figure: Figure, end: int) -> bool:
        """'640.000 sysselsatte jobbet hjemmefra minst én dag i uka': a bounded number of days per
        week after a count of people says who is counted (how often they do it), not a figure of
        its own. Not 'har 86 medlemmer og trener fire kvelder i uka' (no bound)."""
        if figure.qualifier not in BOUNDS or figure.unit not in TIME_UNITS:
            return False
        word, period = self.token(end), self.token(end + 1)
        if word is not None and word.lower in FREQUENCY_ADVERBS:
            return True  # 'minst to timer daglig'
        return word is not None and period is not None and word.lower in PER_PERIOD and is_time_noun(period.lower)

    def names_a_time(self, word: str) -> bool:
        """'fjor', 'juni', 'uka', 'høst', 'morgen': a word that dates the clause, no class of things."""
        return (
            word in self.lex.months
            or word in self.lex.weekdays
            or word in self.lex.temporal_words["last_year"]
            or word in self.lex.temporal_words["day_part"]
            or is_time_noun(word)
        )

    def defines_the_share(self, figure: Figure, i: int, share_end: int) -> bool:
        """'Blant femåringene har 24 prosent minst ett hull', '12 prosent eier over tre biler': a
        bounded count right after a share, at most its verb between, says who the share counts."""
        if figure.qualifier not in BOUNDS or figure.unit == "percent":
            return False
        first = self.opening(figure, i)
        if not 0 <= share_end <= first <= share_end + 1:
            return False  # at most one word between: never a slice of a long sentence per figure
        return first == share_end or "verb" in ordbank().classes(self.tokens[share_end].lower)

    def opening(self, figure: Figure, i: int) -> int:
        """The token the figure opens on: its qualifier ('over', 'minst') before the number at i."""
        first = i
        while first > 0 and self.tokens[first - 1].end > figure.start:
            first -= 1
        return first

    def race(self, figure: Figure, i: int, end: int) -> bool:
        """'seier på 10 kilometer klassisk', 'vant 10 kilometer fri teknikk', 'I kvinnenes 10 kilometer',
        'vant K1 500 meter': a distance that names a race, not a distance measured."""
        if figure.unit not in ("km", "m") or figure.qualifier != "exact":
            return False
        after = self.tokens[end].lower if end < len(self.tokens) else ""
        before = self.tokens[i - 1].lower if i > 0 else ""
        boat = i > 0 and BOAT_CLASS.fullmatch(self.tokens[i - 1].text) is not None  # 'K1 500 meter'
        return after in RACE_STYLES or before in RACE_CLASSES or boat

    def speed_limit(self, figure: Figure, i: int) -> bool:
        """'veier med fartsgrense 80 kilometer i timen': the limit names a kind of road, not a speed measured."""
        before = self.tokens[i - 1].lower if i > 0 and self.tokens[i - 1].is_word else ""
        return figure.unit == "km/h" and ordbank().noun_lemma(before) in ("fartsgrense", "grense")

    def may_open(self, i: int) -> bool:
        """Whether any of the three kinds can start at token i: a number, a numeral word or the
        first word of a relative or vague phrase. Most tokens are none of these, and trying the
        three at each of them was most of the scanner's time; the figures found are the same."""
        token = self.tokens[i]
        return _openers() is None or token.is_number or _may_open_word(token.lower, token.is_word)

    # -- the three kinds of expression -------------------------------------------------------

    def relative(self, i: int) -> tuple[Figure | None, int] | None:
        match = _match(self.tokens, i, "relative", self.text)
        if match is None:
            return self.times(i) or self.multiplied(i) or self.slashed_fraction(i)
        j, key = match
        multiple = key.startswith("det ")  # 'til nær det dobbelte', 'minst det tredobbelte'
        if key.endswith(" så") and j < len(self.tokens) and self.tokens[j].is_word:
            j += 1  # 'dobbelt så høyt', 'tre ganger så mange'
        elif " " in key and not key.endswith(" så") and "del" not in key and key != "halvparten" and not multiple:
            return None
        start_index = i
        if key == "halvparten" or "del" in key or key.endswith(" så") or multiple:
            # 'nesten halvparten', 'mer enn dobbelt så høyt': the qualifier tells which side of
            # factor × the base the figure lies (validation/intervals.py)
            before = _match_before(self.tokens, i, "qualifiers")
            if before is not None:
                start_index = before[0]
        factor = self.lex.relative[key]
        return self.figure(start_index, j, None, None, None, "relative", None, factor), j

    def slashed_fraction(self, i: int) -> tuple[Figure | None, int] | None:
        """'1/3 av de startende', '2/3 flertall': a fraction written with a slash is relative, as 'en
        tredjedel' is. Not a date ('fra 1/3 blir det'), nor '24/7' or '50/50': the numerator is
        the smaller, the denominator small, and 'av' or a noun follows."""
        tokens = self.tokens
        if i + 3 >= len(tokens) or tokens[i + 1].text != "/":
            return None
        top, slash, bottom, after = tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]
        if not (top.text.isdigit() and bottom.text.isdigit()) or top.end != slash.start or slash.end != bottom.start:
            return None
        numerator, denominator = int(top.text), int(bottom.text)
        if not 0 < numerator < denominator <= MAX_SLASHED_DENOMINATOR:
            return None
        if after.lower != "av" and ordbank().classes(after.lower) != {"noun"}:
            return None
        before = self.touching_qualifier(i)
        start = before[0] if before is not None else i
        return self.figure(start, i + 3, None, None, None, "relative", None, numerator / denominator), i + 3

    def times(self, i: int) -> tuple[Figure | None, int] | None:
        """'3,4 ganger høyere', 'sju ganger så mange': any number of times a figure, not only the
        ones relative_factors.tsv names; 'en og en halv gang månedsinntekta', 'tre ganger
        årslønnen': times what a definite noun after it names (not a time: 'to ganger uka')."""
        parsed = self.number_at(i) if self.tokens[i].is_number or self.tokens[i].is_word else None
        if parsed is None or parsed[1] + 1 >= len(self.tokens) or self.tokens[parsed[1]].lower not in TIMES:
            return None
        value, j, _ = parsed
        word = self.tokens[j + 1].lower
        if word == "så" and j + 2 < len(self.tokens) and self.tokens[j + 2].is_word:
            end = j + 3
        elif word in INCREASING_COMPARATIVES or (definite_noun(word, compound=True) and not is_time_noun(word)):
            end = j + 2
        else:
            return None
        before = self.touching_qualifier(i)  # 'nesten sju ganger så mange'
        start = before[0] if before is not None else i
        return self.figure(start, end, None, None, None, "relative", None, float(value)), end

    def multiplied(self, i: int) -> tuple[Figure | None, int] | None:
        """'Partiet har nesten doblet oppslutningen', 'en tidobling på tolv dager', 'prisen er
        tredoblet': a relative figure said with a verb or a noun of 'doble', its qualifier included
        ('nesten doblet' is, like 'nesten halvparten', a relative figure)."""
        found = MULTIPLIED.fullmatch(self.tokens[i].lower)
        if found is None or self.double_adjective(i) or self.could_have(i) or self.denied(i):
            return None
        if self.spelled_out_after(i + 1) or self.spelled_out_before(i):
            # 'er doblet på ett år, fra 29 til 59', 'økt fra 221 til 420 millioner kroner – nær en
            # dobling': the figures say it
            return None
        times = found.group("times")
        factor = float(parse_number_words([times]) or 2) if times else 2.0  # every prefix MULTIPLIED lists parses
        before = self.touching_qualifier(i)
        if before is None and found.group(0).endswith(("ing", "ingen")) and i > 0 and self.tokens[i - 1].lower == "en":
            before = self.touching_qualifier(i - 1)  # 'nesten en dobling': the qualifier before its article
        start = before[0] if before is not None else i
        digits = self.digits_before_hyphen(i) if not times else None
        if digits is not None:  # 'enkle kontakter ble 24-doblet': the factor in digits
            factor, start = digits, i - 2
        return self.figure(start, i + 1, None, None, None, "relative", None, factor), i + 1

    def could_have(self, i: int) -> bool:
        """'Vi kunne sikkert doblet bemanningen', 'de ville ha tredoblet salget': a past modal
        before the participle, with only adverbs or 'ha' between, says what could have been, not
        what was ('kunne doble prisen', the infinitive, still says what was done)."""
        if not self.tokens[i].lower.endswith("et"):
            return False
        for token in reversed(self.tokens[max(0, i - 4) : i]):
            if token.lower in PAST_MODALS:
                return True
            classes = ordbank().classes(token.lower)
            adverb = "adv" in classes or ("adj" in classes and token.lower.endswith("t"))
            if not token.is_word or not (adverb or token.lower == "ha"):
                return False
        return False

    def denied(self, i: int) -> bool:
        """'gebyret ikke skal dobles så lenge hun sitter', 'prisen er aldri blitt doblet': a
        negation before the verb, with only auxiliaries or modals between, says it did not
        happen: no figure."""
        for token in reversed(self.tokens[max(0, i - DENIAL_REACH) : i]):
            if token.lower in ("ikke", "aldri"):
                return True
            if not token.is_word or token.lower not in DENIAL_BETWEEN:
                return False
        return False

    def digits_before_hyphen(self, i: int) -> float | None:
        """The whole number written in digits and joined by a hyphen to the word at i ('24-doblet')."""
        if i < 2 or self.tokens[i - 1].text != "-":
            return None
        number, hyphen, word = self.tokens[i - 2], self.tokens[i - 1], self.tokens[i]
        touching = number.end == hyphen.start and hyphen.end == word.start
        return float(number.text) if touching and number.text.isdecimal() and int(number.text) > 1 else None

    def double_adjective(self, i: int) -> bool:
        """'Doble tak kan kanalisere ned solenergi', 'kjører doble skift': 'doble' before a noun in
        an indefinite form is the adjective 'dobbel', no figure; 'vil doble antallet' is the verb."""
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if self.tokens[i].lower != "doble" or nxt is None or not nxt.is_word or nxt.is_capitalized:
            return False
        return "noun" in ordbank().classes(nxt.lower) and not definite_noun(nxt.lower)

    def spelled_out_before(self, i: int) -> bool:
        """A 'fra X til Y' with numbers in the sentence before token i, at most SPELLED_REACH
        tokens back."""
        window = self.tokens[max(0, i - SPELLED_REACH) : i]
        ends = [k for k, t in enumerate(window) if t.text in SENTENCE_ENDS]
        return _from_to(window[ends[-1] + 1 :] if ends else window)

    def spelled_out_after(self, i: int) -> bool:
        """A 'fra X til Y' with numbers in the rest of the sentence from token i."""
        window = self.tokens[i : i + SPELLED_REACH]
        end = next((k for k, t in enumerate(window) if t.text in SENTENCE_ENDS), len(window))
        return _from_to(window[:end])

    def share(self, i: int) -> tuple[Figure | None, int] | None:
        """'Nesten hver fjerde unge voksne' (under 25 %), 'nær tre av ti studenter' (under 30 %): a
        share of a population said in words is one figure in percent. Not a frequency ('hver andre
        uke'), nor a count out of anything else ('én av seks')."""
        tokens = self.tokens
        if tokens[i].lower in EVERY:
            if i + 1 >= len(tokens) or tokens[i + 1].lower not in EVERY_NTH:
                return None
            after = tokens[i + 2].lower if i + 2 < len(tokens) else ""
            if after == "gang" or after in self.lex.time_units or self.lex.units.get(after) in TIME_UNITS:
                return None  # 'hver andre uke', 'hver tredje gang': how often
            value, end = Decimal(100) / EVERY_NTH[tokens[i + 1].lower], i + 2
        else:
            parsed = self.number_at(i) or self.unstressed_one(i)
            if parsed is None or parsed[1] + 1 >= len(tokens) or tokens[parsed[1]].lower != "av":
                return None
            whole = self.number_at(parsed[1] + 1)
            if whole is None or parsed[0] > whole[0]:
                return None
            of_them = self.ratio_of_a_whole(i, parsed[0], whole)
            if of_them is not None:
                return of_them
            if not (whole[0] in PER or self.rough_share(i, whole[1])):
                return self.one_in(i, whole[0], whole[1]) or self.parts_of_whole_elsewhere(i, parsed[0], whole)
            value, end = parsed[0] * 100 / whole[0], whole[1]
            if end < len(tokens) and (tokens[end].lower in self.lex.units or tokens[end].lower in self.lex.multipliers):
                return None  # 'tre av ti prosent', '40 av 100 millioner': not a share of people
        start = i
        qualifier: Qualifier = "exact"
        before = self.touching_qualifier(i)
        if before is not None:
            start, qualifier = before[0], self.lex.qualifiers[before[1]]
        elif tokens[i].lower in EVERY:
            # 'Hver fjerde kurv', 'hvert femte gjestedøgn': as said, a part of a whole counted
            # before it (a relative figure, as 'en firedel'); said roughly, a share in percent
            return self.figure(i, end, None, None, None, "relative", None, float(value / 100)), end
        rounded = round(value, 1)
        if rounded == rounded.to_integral_value():
            rounded = rounded.to_integral_value()
        return self.figure(start, end, rounded, None, None, qualifier, "percent"), end

    def unstressed_one(self, i: int) -> tuple[Decimal, int, bool] | None:
        """'en' opening 'en av fem': one, unless a copula makes it one member of a group counted
        ('Ulykken var en av 29 dødsulykker')."""
        if self.tokens[i].lower != "en":
            return None
        if i > 0 and self.tokens[i - 1].lower in COPULAS and self.subject_before(i - 1):
            return None
        return Decimal(1), i + 1, True

    def subject_before(self, k: int) -> bool:
        """The finite verb at k has its subject before it ('Ulykken var en av 29 dødsulykker');
        not after a fronted adverbial, where the subject follows it ('Dermed var en av fem nye
        biler en Model Y', 'Ifølge Kjelsberg er en av fem reisende utenlandske turister')."""
        if k == 0 or not self.tokens[k - 1].is_word:
            return False
        before = self.tokens[k - 1]
        if k >= 2 and self.tokens[k - 2].lower in ("ifølge", "iflg"):
            return False  # 'Ifølge Kjelsberg er …': the source, fronted
        classes = ordbank().classes(before.lower)
        if "adv" in classes:
            return False  # 'Dermed var …', 'Nå er …': an adverb first, the subject after the verb
        if "noun" in classes or before.lower in SUBJECT_PRONOUNS:
            return True
        # a name; but a capital opening the sentence is any word's
        opens = k == 1 or self.tokens[k - 2].text in (".", "!", "?", "–", "—")
        return before.is_capitalized and not (opens and classes)

    def one_in(self, i: int, whole: Decimal, end: int) -> tuple[Figure | None, int] | None:
        """'en av fem pasienter har passert fristen', 'rundt en av fem av fjorårets ekteskap': one in
        a number, said with the unstressed 'en', is a ratio, a relative figure of a whole given
        elsewhere ('Én av seks ble skadd', stressed, counts one of six; but 'bare én av tre som har en
        plan' and 'én av fem voksne nordmenn' are one in three of all who might, one in five of a
        population)."""
        after = self.tokens[end].lower if end < len(self.tokens) else ""
        # 'bare én av tre som har en plan', 'én av fem voksne nordmenn': of all who might, of a
        # population the words after it name
        population = end < len(self.tokens) and self.tokens[end].is_word and after not in self.lex.function_words
        population = population and bool(ordbank().classes(after) & {"noun", "adj"}) and not inflected_verb(after)
        # a whole in words ('én av fem'), not in digits ('én av 18 seriekamper' counts matches)
        in_words = i + 2 < len(self.tokens) and self.tokens[i + 2].lower in self.lex.number_words
        stressed_of_all = self.tokens[i].lower == "én" and (after == "som" or (population and in_words))
        if (self.tokens[i].lower != "en" and not stressed_of_all) or whole < 2 or whole != whole.to_integral_value():
            return None
        if end < len(self.tokens) and (self.tokens[end].lower in self.lex.units or self.scale_word(end)):
            return None  # 'en av fem millioner', 'en av 20 kroner'
        before = self.touching_qualifier(i)
        start = i if before is None else before[0]
        return self.figure(start, end, None, None, None, "relative", None, float(1 / whole)), end

    def ratio_of_a_whole(
        self, i: int, part: Decimal, whole: tuple[Decimal, int, bool]
    ) -> tuple[Figure | None, int] | None:
        """'nær tre av fire av dem', 'drøyt en av ti av dem jobbet …', 'en av fem av de avlyste
        operasjonene': a second 'av' names the whole, so the ratio is a relative figure of it,
        however roughly said and out of whatever number ('tre av fire abonnenter' counts)."""
        value, end = whole[0], whole[1]
        if end >= len(self.tokens) or self.tokens[end].lower != "av" or end + 1 >= len(self.tokens):
            return None
        if not (0 < part < value) or part != part.to_integral_value() or value != value.to_integral_value():
            return None
        before = self.touching_qualifier(i)
        start = i if before is None else before[0]
        return self.figure(start, end, None, None, None, "relative", None, float(part / value)), end

    def parts_of_whole_elsewhere(
        self, i: int, part: Decimal, whole: tuple[Decimal, int, bool]
    ) -> tuple[Figure | None, int] | None:
        """'og to av tre er arbeidsinnvandrere', 'det ble gitt pålegg i to av tre': a part out of
        a small whole with no noun after it counts nothing of its own; it is a ratio of a whole
        given elsewhere (a relative figure). 'to av seks avdelinger' counts departments."""
        value, end = whole[0], whole[1]
        if not (2 <= part < value <= SMALL_WHOLE) or part != part.to_integral_value() or self.touching_qualifier(i):
            return None
        # 'overlever 3 av 4 som får kreft', '3 av 4 nå overlever': no noun after the whole
        after = self.tokens[end] if end < len(self.tokens) else None
        if after is not None and after.is_word and after.lower not in self.lex.function_words:
            classes = ordbank().classes(after.lower)
            if not classes or "noun" in classes or "adj" in classes:
                return None  # a noun, or a compound Ordbank lacks: 'to av sju prøvepunkter'
        return self.figure(i, end, None, None, None, "relative", None, float(part / value)), end

    def rough_share(self, i: int, end: int) -> bool:
        """'rundt én av fire husholdninger', 'om lag tre av fire beboere': out of a small whole, said
        roughly, of a people in the plural, is a share; 'Sju av ni fiskere ble reddet' counts them."""
        noun = self.tokens[end].lower if end < len(self.tokens) else ""
        return self.touching_qualifier(i) is not None and _plural_noun(noun)

    def hundreds_elided(self, i: int, low: Decimal, high: Decimal) -> bool:
        """'6-700', '2-300': one digit joined by a hyphen to a round hundred it, as hundreds, is below
        and more than half of ('1-100' stays one to a hundred, '5-10' five to ten)."""
        if i + 2 >= len(self.tokens) or self.tokens[i + 1].text not in ("-", "–"):
            return False
        one_digit = self.tokens[i].text.isdecimal() and len(self.tokens[i].text) == 1
        return one_digit and high % 100 == 0 and low * 100 < high < low * 200

    def thousands_elided(self, i: int, low: Decimal, high: Decimal) -> bool:
        """'8-10.000', '13-14.000', 'mellom 120 og 130 000': a bare whole number joined by a hyphen,
        'og' or 'til' to a high end written with a thousands separator, that as thousands is below
        the high end and more than half of it ('1-10.000' stays one to ten thousand)."""
        if i + 2 >= len(self.tokens):
            return False
        joiner, written = self.tokens[i + 1], self.tokens[i + 2]
        if (joiner.text not in ("-", "–") and joiner.lower not in ("og", "til")) or not written.is_number:
            return False
        parsed = self.number_at(i + 2)
        grouped = re.fullmatch(r"[0-9]{1,3}(?:[. \u00a0\u2009\u202f][0-9]{3})+", written.text) is not None or (
            parsed is not None and parsed[1] > i + 3  # '130 000': groups read as one number
        )
        return grouped and low == low.to_integral_value() and low * 1000 < high < low * 2000

    def approached(self, i: int) -> bool:
        """'nærmer vi oss 4000 påmeldte': 'nærme seg' with its subject between the verb and the
        reflexive right before the number (the lexicon's 'nærmer seg' covers the plain order)."""
        if i < 3 or self.tokens[i - 1].lower not in REFLEXIVES:
            return False
        return any(t.lower in APPROACHING for t in self.tokens[max(0, i - 5) : i - 2])

    def governed_over(self, k: int) -> bool:
        """'har oversikt over 41 elever', 'en liste over 300 navn', 'gleder seg over 30 grader': 'over'
        is what the noun, or the verb or adjective of feeling, before it takes, not 'more than'."""
        if self.tokens[k].lower != "over" or k == 0:
            return False
        lemma = ordbank().noun_lemma(self.tokens[k - 1].lower)
        if lemma is not None and lemma in OVER_NOUNS:
            return True
        # 'gleder seg over 27,8 varmegrader', 'er bekymret over 40 oppsigelser': what the feeling is about
        word = self.tokens[k - 2].lower if self.tokens[k - 1].lower == "seg" and k > 1 else self.tokens[k - 1].lower
        return word in OVER_FEELING_WORDS or bool(ordbank().verb_lemmas(word) & OVER_FEELINGS)

    def spans_over(self, k: int, unit: str | None) -> bool:
        """'Festivalen går over fire dager', 'strekker seg over to uker': 'over' after a verb of
        lasting, before a time, says how long, not 'more than'."""
        if self.tokens[k].lower != "over" or k == 0 or unit not in TIME_UNITS:
            return False
        at = k - 2 if self.tokens[k - 1].lower == "seg" and k > 1 else k - 1
        if at > 0 and self.tokens[at - 1].lower == "det":
            return False  # 'Det gikk over 800 dager fra dommen': more than 800 days passed
        return bool(ordbank().verb_lemmas(self.tokens[at].lower) & LASTING_VERBS)

    def touching_qualifier(self, i: int) -> tuple[int, str] | None:
        """The qualifier ('rundt', 'nesten', …) that ends right before token i and touches it, as
        (where it starts, its key)."""
        before = _match_before(self.tokens, i, "qualifiers")
        return before if before is not None and self.adjacent(before[0], i) else None

    def vague(self, i: int) -> tuple[Figure | None, int] | None:
        match = _match(self.tokens, i, "vague", self.text)
        if match is None:
            return self.vague_in_digits(i)
        j, key = match
        low, high = self.lex.vague[key]
        qualifier_start = _match_before(self.tokens, i, "qualifiers")
        quantified = key.split()[0] in VAGUE_QUANTIFIERS  # 'over flere hundre meter': over, as in 'across'
        if qualifier_start is not None and key not in NOT_NUMBERS and not quantified:
            return None  # 'over hundre' is a number, read by numeral()
        scaled, after = self.scale(Decimal(low), j)
        if quantified and i > 0 and self.tokens[i - 1].lower == "hvor":
            return None, self.unit_after(after)[1]  # 'Hvor mange hundre millioner det gjelder': a question
        if after == j:
            unit, end = self.unit_after(j)  # 'flere hundre meter'
            return self.figure(i, end, None, Decimal(low), Decimal(high), "vague", unit), end
        # 'flere hundre millioner kroner': the vague amount counts millions
        factor = scaled / Decimal(low)
        unit, end = self.unit_after(after)
        return self.figure(i, end, None, scaled, Decimal(high) * factor, "vague", unit), end

    def vague_in_digits(self, i: int) -> tuple[Figure | None, int] | None:
        """'flere 100.000 påstigninger', 'noen 1000 kroner': 'flere hundre tusen' written in digits,
        as vague as the words (from twice the power of ten up to ten times it, less one)."""
        digits = i + 1 < len(self.tokens) and self.tokens[i + 1].is_number
        found = self.numeral(i + 1) if digits and self.tokens[i].lower in VAGUE_QUANTIFIERS else None
        if found is None:
            return None
        figure, end = found
        if figure is None:
            return None
        value = figure.value
        if figure.qualifier != "exact" or value is None or value < 100 or not _power_of_ten(value):
            return None
        return self.figure(i, end, None, 2 * value, 10 * value - 1, "vague", figure.unit), end

    def unit_word(self, k: int) -> bool:
        """Token k is a unit in the singular a number word can measure: 'time', 'meter', 'krone'."""
        token = self.tokens[k] if k < len(self.tokens) else None
        return token is not None and token.lower in self.lex.units and token.lower not in self.lex.time_units

    def share_unit(self, k: int) -> bool:
        """Token k is a share's unit ('prosent', 'prosentpoeng'): a number word before it counts."""
        return k < len(self.tokens) and self.lex.units.get(self.tokens[k].lower) in SHARE_UNITS

    def word_range(self, i: int) -> tuple[Figure | None, int] | None:
        """'to-tre prosent', 'fem-seks personer': two number words joined by a hyphen, rising, are
        a range ('3-4 prosent' written in words)."""
        token = self.tokens[i]
        if not token.is_word or token.text.count("-") != 1:
            return None
        first, second = token.lower.split("-")
        low, high = parse_number_words([first]), parse_number_words([second])
        if low is None or high is None or high <= low or not self.is_count(i, i + 1, Decimal(low), True):
            return None
        scaled, j = self.scale(Decimal(low), i + 1)
        factor = scaled / low
        unit, end = self.unit_after(j)
        if end == i + 1 and not (end < len(self.tokens) and _plural_noun(self.tokens[end].lower)):
            return None  # 'en to-tre': no unit and nothing counted after it
        return self.figure(i, end, None, scaled, high * factor, "range", unit), end

    def numeral(self, i: int) -> tuple[Figure | None, int] | None:
        parsed = self.number_at(i)
        if parsed is None:
            return None
        value, j, is_word = parsed
        if not self.is_count(i, j, value, is_word) or not self.partner_counts(i, j):
            return None, j
        unscaled_end = j
        value, j = self.scale(value, j)
        low_has_multiplier = j != unscaled_end
        unit, j = self.unit_after(j)
        if unit == "years":
            value, j = self.and_months(value, j)
        start = i
        qualifier: Qualifier = "exact"
        before = _match_before(self.tokens, i, "qualifiers")
        if (
            before is not None
            and self.adjacent(before[0], i)
            and not self.spans_over(before[0], unit)
            and not self.governed_over(before[0])
        ):
            start, qualifier = before[0], self.negated_bound(before[0], self.lex.qualifiers[before[1]])
        # Ranges: 'mellom 10 og 20', 'fra 10 til 20', '10–20'.
        ranged = self.range_after(i, j, value, bare=j == unscaled_end)
        if ranged is not None:
            high, j2, range_start, factor = ranged
            unit_word = self.tokens[j2].lower if j2 < len(self.tokens) else ""
            if unit_word in self.lex.time_units and not (unit_word == "år" and self.takes_time(start)):
                return None, j2  # 'mellom 50 og 59 år': ages and spans of years, as '45 år' alone
            if self.thousands_elided(i, value, high):
                value *= 1000  # 'fra 8-10.000 timer': eight thousand, written short before the high end
            elif self.hundreds_elided(i, value, high):
                value *= 100  # '6-700 arbeidsplasser': six hundred
            elif not low_has_multiplier and value * factor <= high:
                # 'mellom 400 og 500 millioner kroner': both ends count millions; but in 'mellom
                # 800.000 og 1,2 millioner kroner' the low end is a whole figure already
                value *= factor
            unit2, j2 = self.unit_after(j2)
            return self.figure(range_start, j2, None, value, high, "range", unit2 or unit), j2
        if not low_has_multiplier and unit is None:
            shared, unit = self.shared_tail(i, j)
            if shared == 1 and unit is None:
                shared, unit = self.elided_scale(i, j, value)
            value *= shared
        if unit is None and i > 0 and self.tokens[i - 1].lower in CURRENCY_PREFIXES and start == i:
            start, unit = i - 1, CURRENCY_PREFIXES[self.tokens[i - 1].lower]
            ahead = self.touching_qualifier(i - 1)  # 'over kr 220.000': the qualifier before the currency
            if ahead is not None and not self.spans_over(ahead[0], unit):
                start, qualifier = ahead[0], self.negated_bound(ahead[0], self.lex.qualifiers[ahead[1]])
        sign = self.minus_before(start)
        if sign is not None or self.tokens[j - 1].lower.startswith("minusgrad"):
            start = start if sign is None else sign
            value = -value  # 'minus 40 millioner', '-40 millioner', '17 minusgrader'
            before = _match_before(self.tokens, start, "qualifiers") if qualifier == "exact" else None
            if before is not None and self.adjacent(before[0], start):
                start, qualifier = before[0], self.lex.qualifiers[before[1]]  # 'under minus 20 grader'
        if qualifier == "exact" and j < len(self.tokens) and self.tokens[j].lower == "pluss":
            qualifier, j = "more_than", j + 1  # '20 millioner pluss'
        qualifier = (self.roughly_one(i) if qualifier == "exact" else None) or qualifier
        if qualifier == "exact" and self.approached(i):
            qualifier = "less_than"  # 'nærmer SkiBirken seg 7500 deltakere', as 'nærmer seg 7500'
        return self.figure(start, j, value, None, None, qualifier, unit), j

    def roughly_one(self, i: int) -> Qualifier | None:
        """'en drøy million' (over), 'en snau milliard' (under): an article, an adjective of how
        near, and a scale word say one of the scale, bounded."""
        if i + 2 >= len(self.tokens) or self.tokens[i].lower not in ONE_WORDS:
            return None
        bound = ROUGH_ONE.get(self.tokens[i + 1].lower)
        return bound if bound is not None and self.scale_word(i + 2) else None

    def negated_bound(self, start: int, qualifier: Qualifier) -> Qualifier:
        """'å ikke ha flere enn fem gjester' allows five at most, 'ikke under 20' twenty at least:
        'ikke' before a strict bound, right before it or before the verb in front of it."""
        flipped: dict[Qualifier, Qualifier] = {"more_than": "at_most", "less_than": "at_least"}
        if qualifier not in flipped:
            return qualifier
        words = [t.lower for t in self.tokens[max(0, start - 2) : start]]
        verb = len(words) == 2 and ordbank().classes(words[1]) == {"verb"}
        return flipped[qualifier] if words[-1:] == ["ikke"] or (verb and words[0] == "ikke") else qualifier

    # -- pieces --------------------------------------------------------------------------------

    def number_at(self, i: int) -> tuple[Decimal, int, bool] | None:
        """A bare numeral starting at token i: (value, end index, written as words)."""
        if i not in self.numbers:
            self.numbers[i] = self.read_number(i)
        return self.numbers[i]

    def read_number(self, i: int) -> tuple[Decimal, int, bool] | None:
        token = self.tokens[i]
        if token.is_number:
            if self.char_before(token).isalpha() or self.char_before(token) in "§":
                return None  # E6, P3
            j = i + 1
            parts = [token.text]
            # '50 000' / '400 000': groups of three joined by one (no-break) space. One more group
            # keeps the text grouped exactly when its first part is an integer that can head one
            # and the new part is three digits: checked part by part, since matching the whole
            # text again for each group is quadratic in a long run of groups.
            head = GROUP_HEAD.fullmatch(token.text) is not None
            while (
                j < len(self.tokens)
                and self.tokens[j].is_number
                and len(self.tokens[j].text) == 3
                and self.tokens[j].text.isdigit()
                and self.tokens[j].start - self.tokens[j - 1].end == 1
                and self.text[self.tokens[j - 1].end - self.offset] in SPACE_SEPARATORS
                and head
                and THREE_DIGITS.fullmatch(self.tokens[j].text)
            ):
                parts.append(self.tokens[j].text)
                j += 1
            value = parse_digits(" ".join(parts))
            if value is None and len(parts) == 1 and POINT_DECIMAL.fullmatch(parts[0]) and self.unit_or_scale(j):
                value = Decimal(parts[0])  # 'en nedgang på 1.5 prosent': a decimal point before a unit
            if value is None:
                return None
            return value, j, False
        if not token.is_word:
            return None
        low = token.lower
        if low in ONE_AND_A_HALF and (
            self.scale_word(i + 1) or self.unit_word(i + 1) or self.range_after(i, i + 1, Decimal("1.5")) is not None
        ):
            return Decimal("1.5"), i + 1, True  # 'halvannen million', 'opptil halvannen time', 'mellom halvannen og to'
        if low in ONE_WORDS:
            if self.scale_word(i + 1):
                return Decimal(1), i + 1, True
            if self.and_a_half(i + 1) and self.measured(i + 4):
                return Decimal("1.5"), i + 4, True  # 'en og en halv million', 'en og en halv gang'
            if self.share_unit(i + 1):
                return Decimal(1), i + 1, True  # 'økte med en prosent', 'ett prosentpoeng': never an article
            bound = _match_before(self.tokens, i, "qualifiers")
            threshold = (
                bound is not None
                and bound[0] > 0
                and self.tokens[bound[0] - 1].lower == "med"
                and not self.changed_by(bound[0] - 1)  # 'sunket med nesten en halv meter': how much
            )
            if self.unit_word(i + 1) and bound is not None and not threshold:
                # 'i over en time', 'under en meter': a bound, no article; 'forsinket med mer enn en
                # time' defines what a delay is
                return Decimal(1), i + 1, True
            half = i + 1 < len(self.tokens) and self.tokens[i + 1].lower in HALVES
            if half and self.share_unit(i + 2):
                return Decimal("0.5"), i + 2, True  # 'en vekst på en halv prosent'
            if half and self.unit_word(i + 2) and bound is not None and not threshold:
                return Decimal("0.5"), i + 2, True  # 'grøfter på opptil en halv meter'
            if half and self.range_after(i, i + 2, Decimal("0.5")) is not None:
                return Decimal("0.5"), i + 2, True  # 'mellom en halv og 1,5 millioner kroner': a range's low end
            part = PARTS_OF_ONE.get(self.tokens[i + 1].lower) if i + 1 < len(self.tokens) else None
            if part is not None and self.scale_word(i + 2):
                return part, i + 2, True
            if self.roughly_one(i) is not None:
                return Decimal(1), i + 2, True  # 'en drøy million', 'en snau milliard'
            if low in COUNTING_ONE and (self.counts_one(i) or self.alternative_follows(i + 1, Decimal(1))):
                return Decimal(1), i + 1, True  # 'én person ble fløyet', 'én eller to ansatte'
            if self.range_after(i, i + 1, Decimal(1), bare=True) is not None:
                return Decimal(1), i + 1, True  # 'ett til to døgn', 'mellom en og to uker': no article
            return None
        if split_number_word(low) is None:
            return None
        j = i + 1
        words = [token.text]
        while j < len(self.tokens):
            nxt = self.tokens[j].lower
            if nxt == "og" and j + 1 < len(self.tokens) and split_number_word(self.tokens[j + 1].lower, inside=True):
                candidate = [*words, "og", self.tokens[j + 1].text]
                if parse_number_words(candidate) is None:
                    break
                words, j = candidate, j + 2
            elif split_number_word(nxt) and parse_number_words([*words, nxt]) is not None:
                words.append(nxt)
                j += 1
            else:
                break
        number = parse_number_words(words)
        if number is None:
            return None
        if self.and_a_half(j):  # 'fem og et halvt år', 'to og en halv million'
            return Decimal(number) + Decimal("0.5"), j + 3, True
        return Decimal(number), j, True

    def and_months(self, years: Decimal, j: int) -> tuple[Decimal, int]:
        """'fire år og seks måneder' is one span of 4.5 years: the months after 'og' join the years."""
        if j >= len(self.tokens) or self.tokens[j].lower != "og":
            return years, j
        months = self.number_at(j + 1)
        if months is None:
            return years, j
        unit, end = self.unit_after(months[1])
        if unit != "months":
            return years, j
        return years + months[0] / 12, end

    def scale_word(self, k: int) -> bool:
        """Token k is 'tusen', 'million', 'mrd.' or another scale of a thousand or more."""
        return k < len(self.tokens) and (self.lex.multipliers.get(self.tokens[k].lower) or 0) >= 1000

    def a_tree(self, i: int) -> bool:
        """'tre' at i is the noun: after 'et', 'hvert' or 'mye' with at most TREE_ADJECTIVES
        adjectives between ('et norsk tre', 'enn et ekte tre'), or after 'treet'."""
        for k in range(i - 1, max(-1, i - 2 - TREE_ADJECTIVES), -1):
            word = self.tokens[k].lower
            if word in ("et", "hvert", "ethvert", "mye", "treet"):
                return True
            if word in self.lex.number_words or "adj" not in ordbank().classes(word):
                return False
        return False

    def sentence_length(self, i: int, j: int) -> bool:
        """'fengsel i fire år', 'forvaring i 21 år', 'fire års fengsel', 'om 30 dagers fengsel': the
        time unit at j measures a punishment named just before the number or just after the unit;
        'sone to år i fengsel', '18 måneder ubetinget fengsel': after it, past 'i' or how it is served."""
        before = [t.lower for t in self.tokens[max(0, i - 3) : i]]
        after = self.tokens[j + 1].lower if j + 1 < len(self.tokens) else ""
        unit = self.tokens[j].lower
        genitive = unit.endswith("s") and self.lex.units.get(unit) in TIME_UNITS  # 'års', 'dagers', 'ukers'
        served = self.tokens[j + 2].lower if after in SERVED_AS and j + 2 < len(self.tokens) else after
        return (
            (unit in ("år", "års") and bool(set(before) & self.lex.sentences) and before[-1:] == ["i"])
            or (genitive and after in self.lex.sentences)
            or (self.lex.units.get(unit) in TIME_UNITS and not genitive and served in self.lex.sentences)
        )

    def takes_time(self, i: int) -> bool:
        """'Det kan ta mellom 20 og 50 år før skogen er tilbake', 'Arbeidet vil ta minst to år',
        'larvene bruker opptil tre år på å drive over Atlanterhavet': years
        something takes (the verb 'ta' before the figure, a qualifier or 'mellom' between) are
        a figure, as minutes or weeks it takes are; not an age or a span of years."""
        k = i - 1
        while k >= 0 and i - k <= TAKES_REACH and (self.tokens[k].lower in _qualifier_words() or self.range_word(k)):
            k -= 1
        return k >= 0 and bool(ordbank().verb_lemmas(self.tokens[k].lower) & TAKING_VERBS)

    def category_bound(self, j: int) -> bool:
        """The number before token j, its noun, 'eller' and a comparative bound a class: 'et navn
        med fem bokstaver eller færre', 'boliger med tre rom eller mer' ('300 eller flere', with no
        noun between, is a figure bounded below: `or_more`)."""
        words = [t.lower for t in self.tokens[j : j + 4]]
        if len(words) < 3 or words[1] != "eller" or words[2] not in OR_MORE:
            return False
        # a noun, not a unit: '50 kroner eller mindre' is a figure bounded above (`or_more`)
        noun = self.tokens[j].is_word and "noun" in ordbank().classes(words[0]) and words[0] not in self.lex.units
        return noun and words[3:4] != ["enn"]  # 'fem biler eller mer enn det' compares

    def noun_opens_name(self, k: int) -> bool:
        """'Apotek 1 skriver …': a noun opening its sentence before a digit that closes a name is the
        name's first word ('Totalt 5 omkom' opens on an adverb: a count)."""
        classes = ordbank().classes(self.tokens[k].lower)
        return (k == 0 or self.tokens[k - 1].text in SENTENCE_ENDS) and classes <= {"noun"}

    def lasting_years(self, i: int) -> bool:
        """'har ventet i over to år', 'fengsel i inntil seks år', 'en levetid på rundt ti år': years
        bounded or rounded by a qualifier after a preposition measure how long something lasts,
        a figure; not an age ('barn under tolv år', 'er over 67 år', no preposition before the
        qualifier) and not the frame of a record ('den beste sesongen på over ti år')."""
        before = _match_before(self.tokens, i, "qualifiers")
        if before is None or not self.adjacent(before[0], i) or before[0] == 0:
            return False
        preposition = self.tokens[before[0] - 1].lower
        if preposition not in LASTING_PREPOSITIONS:
            return False
        clause = self.tokens[max(0, before[0] - SPELLED_REACH) : before[0]]
        ends = [k for k, t in enumerate(clause) if t.text in SENTENCE_ENDS or t.text == ","]
        clause = clause[ends[-1] + 1 :] if ends else clause
        return preposition != "på" or not any(t.lower in RANKING_AFTER or t.lower.endswith("este") for t in clause)

    def range_word(self, k: int) -> bool:
        """Token k is a range's low end or what joins it to the high end: '20', 'og', 'til', '–'."""
        token = self.tokens[k]
        return token.is_number or token.lower in self.lex.number_words or token.lower in ("og", "til", "-", "–")

    def and_a_half(self, j: int) -> bool:
        """Tokens j.. read 'og en halv' / 'og et halvt': half a unit more than the number before."""
        words = [t.lower for t in self.tokens[j : j + 3]]
        return len(words) == 3 and words[0] == "og" and words[1] in ("en", "ei", "et") and words[2] in HALVES

    def counts_one(self, i: int) -> bool:
        """'én'/'ett' counting something: a noun follows, and the clause states a fact. Not an
        idiom ('på én gang', 'ett av lærestedene'), a duration ('ett år'), or a general or
        hypothetical case ('Én smittet kan smitte 18 andre', 'skal ikke gå … på grunn av én tørkesommer')."""
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if nxt is not None and nxt.lower == "av" and self.whole_follows(i + 2):
            return True  # 'én av seks', 'én av verkets tre smelteovner': one of a counted whole
        if nxt is not None and nxt.lower == "av" and self.one_of_them_did(i + 2):
            return True  # 'tre barn er innlagt, og ett av dem får dialyse': one of those just counted
        if nxt is not None and nxt.lower == "av" and i > 0 and self.tokens[i - 1].lower in ONLY:
            return True  # 'Bare én av blokkene har heis': how many of them, not a choice among them
        if self.elided_noun(i):
            return True  # 'to leger på vakt på dagtid og én om natten': one more of the noun counted before
        spans_time = nxt is not None and (self.lex.units.get(nxt.lower) in TIME_UNITS or nxt.lower in SEASONS)
        after = self.tokens[i + 2] if i + 2 < len(self.tokens) else None
        if nxt is not None and after is not None and _describes(nxt.lower) and after.lower in self.lex.time_units:
            spans_time = True  # 'Ett godt år gjør ingen sommer': a year described
        if (
            nxt is None
            or not nxt.is_word
            or nxt.lower in ONE_IDIOM_AFTER
            or nxt.lower in self.lex.time_units
            or spans_time
            or nxt.lower in self.lex.units  # 'koster ett gram 800 kroner': the base of a price
        ):
            return False
        if i + 2 < len(self.tokens) and self.tokens[i + 2].lower in MODALS - {"måtte"}:
            return False  # but 'én ungdom måtte hentes opp av sjøen' happened
        before = [t.lower for t in self.tokens[max(0, i - 2) : i]]
        if before[-1:] in (["hver"], ["hvert"], ["eneste"]) or before in (["hver", "og"], ["hvert", "og"]):
            return False  # 'hvert eneste ett', 'hver og én': every one, no count
        if before[-1:] and before[-1] in SINGLING_OUT:
            return False  # 'Særlig én sak har engasjert': one singled out, not how many
        if before[-1:] and before[-1] in ONE_AFTER_PREPOSITIONS:
            return False  # 'AMK-sentralene slås sammen til én sentral': which, not how many
        if before[-1:] and before[-1] in CONDITIONS:
            return False  # 'Når én går, blir det enda tyngre': whoever it is, a general case
        if self.one_too_many(i + 1):
            return False  # 'Én rømt laks i gytegropa er én for mye': a saying, not a count
        if self.suffices(i + 1):
            return False  # 'én slik sak er nok til å skade omdømmet': what one would do, not a count
        if self.priced_in_clause(i):
            return False  # 'der én plass i snitt koster over 5 millioner kroner': the base of a price
        if self.measures_one(i + 2):
            return False  # 'Én blodgivning er på snaut en halv liter': what one of them measures
        if [t.lower for t in self.tokens[i + 2 : i + 4]] in (["om", "gangen"], ["av", "gangen"]):
            return False  # 'Vi tar det ett skritt om gangen': a manner, no count
        if self.negated(i):
            return False  # 'Det finnes ikke én enkelt forklaring', 'uten å produsere én kilowattime'
        if self.paid_for(i):
            return False  # 'Foreldrene betaler 3.960 kroner i året for ett fag': the base of a price
        if i > 0 and self.tokens[i - 1].lower == "under" and ordbank().classes(nxt.lower) == {"verb"}:
            return False  # 'For landet sett under ett er tallet 7,1': 'under ett' is 'as a whole'
        clause = self.tokens[max(0, i - 8) : i]
        stops = [k for k, t in enumerate(clause) if t.text in (".", ",", ";", ":", "–", "—")]
        clause = clause[stops[-1] + 1 :] if stops else clause
        return not any(t.lower in MODALS for t in clause) or self.after_a_count(clause)

    def elided_noun(self, i: int) -> bool:
        """'én'/'ett' after 'og' whose noun is left out: a whole number counting a plural noun stands
        before it in its sentence, at most ELIDED_REACH tokens back ('to leger … og én om natten')."""
        if i == 0 or self.tokens[i - 1].lower != "og" or self.tokens[i].lower not in ("én", "ett"):
            return False
        after = [t.lower for t in self.tokens[i + 1 : i + 3]]
        if after[:1] and (after[0] in HALVES or after in (["om", "gangen"], ["av", "gangen"])):
            return False  # 'to og én halv time', 'én om gangen': no count of its own
        for k in range(i - 2, max(0, i - 1 - ELIDED_REACH), -1):
            token, noun = self.tokens[k - 1], self.tokens[k]
            if noun.text in SENTENCE_ENDS:
                return False
            if (token.is_number or token.lower in self.lex.number_words) and _indefinite_plural(noun.lower):
                return True
        return False

    def after_a_count(self, clause: list[Token]) -> bool:
        """'vil ansette tre nye lærere og én helsesykepleier': 'én' joined by 'og' to a count
        before it in its clause is counted as that one is, plan or not."""
        if len(clause) < 2 or clause[-1].lower != "og":
            return False
        return any(t.is_number or t.lower in self.lex.number_words for t in clause[-5:-1])

    def negated(self, i: int) -> bool:
        """'ikke', 'aldri', 'ingen' or 'uten' at most NEGATION_REACH tokens before i in its clause:
        'not a single one', no count ('har ikke solgt én bolig')."""
        return self.before_in_clause(i, NEGATION_REACH, lambda word: word.lower in NOT_A_SINGLE)

    def paid_for(self, i: int) -> bool:
        """'for' or 'per' before i, and an amount of money before it in the clause, at most
        PRICE_REACH tokens back: 'betaler 3.960 kroner i året for ett fag' prices one."""
        if i == 0 or self.tokens[i - 1].lower not in ("for", "per"):
            return False
        return self.before_in_clause(i - 1, PRICE_REACH, lambda word: self.lex.units.get(word.lower) == "NOK")

    def before_in_clause(self, i: int, reach: int, test: Callable[[Token], bool]) -> bool:
        """Does a token at most `reach` before i, in i's clause, pass `test`?"""
        for k in range(i - 1, max(-1, i - 1 - reach), -1):
            word = self.tokens[k]
            if word.text in CLAUSE_ENDS:
                return False
            if test(word):
                return True
        return False

    def priced_in_clause(self, i: int) -> bool:
        """A form of 'koste' within PRICE_REACH tokens of i in its clause: 'én plass koster 5
        millioner', 'det koster 150.000 kroner å koble til én husstand' price one of something."""
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(self.tokens) and abs(k - i) <= PRICE_REACH and self.tokens[k].text not in CLAUSE_ENDS:
                if "koste" in ordbank().verb_lemmas(self.tokens[k].lower):
                    return True
                k += step
        return False

    def measured(self, k: int) -> bool:
        """Token k is a scale word, a unit or 'gang(er)': what a number word before it counts."""
        return self.scale_word(k) or self.unit_word(k) or (k < len(self.tokens) and self.tokens[k].lower in TIMES)

    def measures_one(self, k: int) -> bool:
        """Tokens from k say what one thing measures: 'er på', 'veier', 'tilsvarer', 'varer'."""
        words = [t.lower for t in self.tokens[k : k + 2]]
        if not words:
            return False
        return words == ["er", "på"] or bool(ordbank().verb_lemmas(words[0]) & MEASURING_VERBS)

    def one_too_many(self, k: int) -> bool:
        """'én for mye' (or 'en for mye') within ONE_TOO_MANY_REACH tokens from k in the sentence."""
        for m in range(k, min(len(self.tokens) - 2, k + ONE_TOO_MANY_REACH)):
            if self.tokens[m].text in SENTENCE_ENDS:
                return False
            if self.tokens[m].lower in ("én", "en") and [t.lower for t in self.tokens[m + 1 : m + 3]] == ["for", "mye"]:
                return True
        return False

    def suffices(self, k: int) -> bool:
        """A copula then 'nok' closing the sentence or before 'til' ('er nok til å', 'kan være nok.'),
        within ONE_TOO_MANY_REACH tokens from k in the sentence: enough, said of any one."""
        for m in range(k, min(len(self.tokens) - 2, k + ONE_TOO_MANY_REACH)):
            if self.tokens[m].text in SENTENCE_ENDS:
                return False
            if self.tokens[m].lower in COPULAS and self.tokens[m + 1].lower == "nok":
                return self.tokens[m + 2].lower == "til" or self.tokens[m + 2].text in SENTENCE_ENDS
        return False

    def one_of_them_did(self, k: int) -> bool:
        """'dem' or 'disse' at k, or 'de to' with its noun or not, then a verb ('er død', 'får
        dialyse', 'Én av de to blir fløyet til sykehus'): a statement about one of those counted
        before, not a choice among them ('ett av lærestedene')."""
        them = self.tokens[k] if k < len(self.tokens) else None
        if them is None:
            return False
        verb_at = k + 1
        if them.lower == "de" and verb_at < len(self.tokens):
            counted = self.tokens[verb_at]
            if not (counted.is_number or counted.lower in self.lex.number_words) or counted.lower in ONE_WORDS:
                return False
            verb_at += 1
            if verb_at < len(self.tokens) and ordbank().classes(self.tokens[verb_at].lower) == {"noun"}:
                verb_at += 1  # 'én av de to bilførerne ble …'
        elif them.lower not in ("dem", "disse"):
            return False
        verb = self.tokens[verb_at] if verb_at < len(self.tokens) else None
        if verb is None or (them.lower == "de" and verb.lower in MODALS | {"er", "var"}):
            return False  # 'én av de tre kandidatene kan bli valgt', 'ett av de to alternativene er …'
        return verb.is_word and "verb" in ordbank().classes(verb.lower)

    def whole_follows(self, k: int) -> bool:
        """A count starts at token k, or after an owner ('verkets tre'), with no 'de' before it
        ('én av de tre' refers to things already counted)."""
        for token in self.tokens[k : k + 2]:
            if token.is_number or token.lower in self.lex.number_words:
                return token.lower not in ONE_WORDS
            if not (token.is_word and token.lower.endswith("s")):
                return False
        return False

    def scale(self, value: Decimal, j: int) -> tuple[Decimal, int]:
        """Apply 'millioner', 'mrd.', 'tusen' after the number, also past one adjective before
        millions or more ('to nye milliarder kroner', 'tre ekstra millioner')."""
        if self.adjective_before_millions(j):
            return self.scale(value, j + 1)
        if j < len(self.tokens):
            word = self.tokens[j].lower
            with_stop = word + "." if self.char_after(self.tokens[j].end) == "." else None
            factor = self.lex.multipliers.get(with_stop or "") or self.lex.multipliers.get(word)
            if factor:
                end = j + 1
                if (
                    with_stop
                    and with_stop in self.lex.multipliers
                    and end < len(self.tokens)
                    and self.tokens[end].text == "."
                ):
                    # keep the full stop of 'mrd.' only when a word follows ('4,2 mrd. kroner')
                    if (
                        end + 1 < len(self.tokens)
                        and self.tokens[end + 1].is_word
                        and not self.tokens[end + 1].is_capitalized
                    ):
                        end += 1
                return value * factor, end
        return value, j

    def adjective_before_millions(self, j: int) -> bool:
        """Token j is an adjective (Norsk Ordbank) and an indefinite 'million' or more follows it."""
        if j + 1 >= len(self.tokens) or not self.tokens[j].is_word or self.tokens[j].is_capitalized:
            return False
        after = self.tokens[j + 1].lower
        return (
            (self.lex.multipliers.get(after) or 0) >= 1_000_000
            and not after.endswith(("ene", "s"))
            and "adj" in ordbank().classes(self.tokens[j].lower)
        )

    def unit_after(self, j: int) -> tuple[str | None, int]:
        if j >= len(self.tokens):
            return None, j
        match = _match(self.tokens, j, "units", self.text)
        if match is None:
            return None, j
        end, key = match
        if key in ("kr", "kr.") and end < len(self.tokens) and self.tokens[end].text == "." and key == "kr":
            end += 1
        if key == "mål" and self.among_goals(j):
            return "goals", end  # 'scoret 42 mål', '4,2 mål per kamp': goals counted, not decares
        return self.lex.units[key], end

    def among_goals(self, k: int) -> bool:
        """'mål' at k is goals when a word of a match stands near it (GOAL_REACH tokens either
        side, by lemma: 'scoret', 'kampen', 'sesongene', 'eliteserien'); else the area unit."""
        words = ordbank()
        for m in range(max(0, k - GOAL_REACH), min(len(self.tokens), k + GOAL_REACH + 1)):  # bounded
            token = self.tokens[m]
            if not token.is_word or m == k:
                continue
            low = token.lower
            lemma = words.noun_lemma(low) or ""
            if words.verb_lemmas(low) & GOAL_VERBS or lemma.endswith(GOAL_NOUNS):
                return True
        return False

    def range_after(self, i: int, j: int, low: Decimal, bare: bool = True) -> tuple[Decimal, int, int, Decimal] | None:
        """'mellom A og B' / 'fra A til B' / 'A–B' / 'A til B' starting with the numeral at i..j
        (`bare`: no unit or multiplier after A; 'falt med 12 % til 31,2 millioner' is two figures)."""
        if j >= len(self.tokens):
            return None
        before = self.tokens[i - 1].lower if i > 0 else ""
        joiner = self.tokens[j].lower
        pairs = {"mellom": "og", "fra": "til"}
        if before in pairs and joiner == pairs[before]:
            parsed = self.number_at(j + 1) if j + 1 < len(self.tokens) else None
            if parsed is not None and before == "fra" and (parsed[0] <= low or self.after_change_verb(i - 1)):
                return None  # 'falt fra 241 til 187': a before and an after, two figures
            if parsed is not None:
                high, k, factor = self.high_end(j + 1, parsed)
                return high, k, i - 1, factor
        qualified = _match_before(self.tokens, i, "qualifiers")
        if (
            joiner == "til"
            and qualified is not None
            and qualified[0] > 0
            and self.tokens[qualified[0] - 1].lower == "fra"
        ):
            if self.after_change_verb(qualified[0] - 1):
                return None  # 'skal økes fra rundt 110.000 til 180.000 tonn': a before and an after
        if joiner in ("til", "eller") and before != "fra" and bare and j + 1 < len(self.tokens):
            parsed = self.number_at(j + 1)  # 'fire til seks ynglinger', '20 til 30 prosent', 'én eller to ansatte'
            # 'med' after a change says by how much ('økte med 12 til 31'); after another word it
            # says with how many ('vanlig med 15 til 20 budgivere': a range)
            changed = self.after_change_verb(i - 1) or self.change_noun_before(i - 1)
            by = (before == "med" and changed) or (before == "på" and self.change_noun_before(i - 1))
            if by and (parsed is None or not self.share_after(parsed[1]) or parsed[0] > 2 * low):
                # 'økt med 30 til 40 prosent' is a range; 'økte med 12 til 31', 'falt med 0,2 til
                # 2,1 prosent' and 'en nedgang i første kvartal på 8 til 1.784' are a change and
                # the level it came to (ends far apart)
                return None
            if parsed is not None and parsed[0] > low and parsed[2] == self.tokens[i].is_word:
                high, k, factor = self.high_end(j + 1, parsed)
                return high, k, i, factor
        after_dash = self.tokens[j + 1] if joiner in DASHES and j + 1 < len(self.tokens) else None
        in_words = after_dash is not None and self.tokens[i].is_word and after_dash.lower in self.lex.number_words
        if after_dash is not None and (after_dash.is_number or in_words):  # '10–20', 'tre–fire minutter'
            if self.is_score(i):
                return None
            parsed = self.number_at(j + 1)
            if parsed is not None and parsed[0] <= low:
                parsed = (_completed(self.tokens[i].text, self.tokens[j + 1].text) or parsed[0], *parsed[1:])
            if parsed is not None and parsed[0] > low:
                high, k, factor = self.high_end(j + 1, parsed)
                return high, k, i, factor
        return None

    def high_end(self, start: int, parsed: tuple[Decimal, int, bool]) -> tuple[Decimal, int, Decimal]:
        """A range's high end read at `start`, scaled ('20 til 30 millioner'), its end, and the
        factor its scale gives the low end. In words the scale is part of the number ('fem til
        seks tusen', 'to til tre hundre tusen'): a number word then only scale words multiplies
        the low end as much as it multiplies its own first word."""
        raw, end, in_words = parsed
        high, end = self.scale(raw, end)
        factor = high / raw if raw else Decimal(1)
        scales = [t.lower in SCALE_WORDS or t.lower in self.lex.multipliers for t in self.tokens[start + 1 : parsed[1]]]
        first = parse_number_words([self.tokens[start].lower]) if in_words and scales and all(scales) else None
        if first:
            factor *= raw / Decimal(first)
        return high, end, factor

    def shares_a_tail(self, j: int) -> bool:
        """A hyphen right after the number ending at j, then 'og' or 'eller' and another number:
        a first part written short ('20- og 30-årene')."""
        if j + 2 >= len(self.tokens):
            return False
        hyphen, joiner = self.tokens[j], self.tokens[j + 1]
        return (
            hyphen.text == "-"
            and hyphen.start == self.tokens[j - 1].end
            and joiner.lower in ("og", "eller")
            and self.tokens[j + 2].is_number
        )

    def share_after(self, k: int) -> bool:
        """A unit of shares ('prosent', 'prosentpoeng') at token k."""
        return k < len(self.tokens) and self.lex.units.get(self.tokens[k].lower) in SHARE_UNITS

    def alternative_follows(self, j: int, value: Decimal) -> bool:
        """'eller' at j, then a larger number word: 'to eller tre ansatte', 'én eller to'."""
        if j + 1 >= len(self.tokens) or self.tokens[j].lower != "eller" or not self.tokens[j + 1].is_word:
            return False
        parsed = self.number_at(j + 1)
        return parsed is not None and parsed[2] and parsed[0] > value

    def minus_before(self, i: int) -> int | None:
        """Where a minus sign before token i starts: the word 'minus', or a '-' or '−' written
        against the number after a space ('-40 millioner'; not the dash of '10–20' or '2-1')."""
        if i == 0:
            return None
        sign = self.tokens[i - 1]
        if sign.lower == "minus":
            return i - 1
        if sign.text in ("-", "−") and sign.end == self.tokens[i].start and self.char_before(sign) in " (\n":
            return i - 1
        if sign.text == "–" and sign.end == self.tokens[i].start and self.char_before(sign) in " (" and i > 1:
            return i - 1  # 'et fødselsoverskudd på –39': an en dash inside a sentence, against the number
        if sign.text in ("–", "-", "−") and self.tokens[i - 2].text == ":" and LABELLED_CHANGE.fullmatch(self.text):
            return i - 1  # 'Østfold: – 1 %': a table's row, its label and a change (a quote is no row)
        return None

    def after_person(self, k: int) -> bool:
        """Token k is '(' after a person's name: a run of capitalised words opened by a known first
        name, or of two or more ('Kari Nordmann (41)'); one word alone is a place or body. Or after
        a role or a noun for a person ('selskapets daglige leder (56)', 'sjåføren (45)')."""
        start = k
        while start > 0 and self.tokens[start - 1].is_word and self.tokens[start - 1].is_capitalized:
            start -= 1
        run = self.tokens[start:k]
        if len(run) >= 2 or (len(run) == 1 and run[0].text in self.lex.first_names):
            return True
        opens = start == 0 or self.tokens[start - 1].text in (".", "!", "?", "–", "—")
        acts = k + 3 < len(self.tokens) and self.tokens[k + 3].is_word and not self.tokens[k + 3].is_capitalized
        if len(run) == 1 and opens and acts and "verb" in ordbank().classes(self.tokens[k + 3].lower):
            return True  # 'Lyngstad (24) hoppet 134,5 meter': the subject of a sentence, and her age
        if len(run) == 1 and start > 0 and self.tokens[start - 1].lower in self.lex.cue_forms:
            return True  # 'sa Myrvold (27)': the speaker after a reporting verb is a person
        if k == 0 or not self.tokens[k - 1].is_word:
            return False
        word = self.tokens[k - 1].lower  # 'Sjåføren (45)' opening a sentence too
        owned = self.tokens[k - 2] if k >= 2 else None
        if word in OWNERS_AFTER_NOUN and owned is not None and owned.is_word and not owned.is_capitalized:
            return True  # 'sønnen hennes (14)', 'faren deres (52)': someone's own, a person
        return (
            self.lex.is_role(word)
            or self.lex.role_stem(word) is not None
            or bool(ordbank().noun_lemmas(word) & _person_lemmas())
        )

    def partitive_whole(self, i: int) -> bool:
        """'fire av de sju operasjonsstuene': the whole a part is counted out of is a count, though
        'de' stands before it ('driften av de to ovnene' refers back)."""
        if i < 3 or self.tokens[i - 1].lower != "de" or self.tokens[i - 2].lower != "av":
            return False
        part = self.tokens[i - 3]
        return part.is_number or (part.is_word and split_number_word(part.lower) is not None)

    def unit_or_scale(self, j: int) -> bool:
        """A unit or multiplier follows the number ending at j ('fem prosent', 'to millioner')."""
        return self.unit_after(j)[0] is not None or self.scale(Decimal(1), j)[1] != j

    def framed(self, j: int) -> bool:
        """'tre grunner', 'to punkter', 'etter to runder': what the number counts frames what is said."""
        if j >= len(self.tokens) or not self.tokens[j].is_word:
            return False
        return bool(ordbank().noun_lemmas(self.tokens[j].lower) & self.lex.framing_nouns)

    def temporal(self, i: int, j: int) -> bool:
        """'tre dager etter', 'én time senere', 'på 24 timer', 'de første tre månedene': a number of
        time units placing something in time, not a duration measured."""
        unit = _match(self.tokens, j, "units", self.text) if j < len(self.tokens) else None
        if unit is None or self.lex.units[unit[1]] not in TIME_UNITS:
            return False
        before = self.tokens[i - 1].lower if i > 0 else ""
        after = self.tokens[unit[0]].lower if unit[0] < len(self.tokens) else ""
        within = i > 1 and before == "av" and self.tokens[i - 2].lower == "løpet"  # 'i løpet av 12 timer'
        placing = within or before in self.lex.temporal_words["before"] or after in self.lex.temporal_words["after"]
        if after == "siden" and before != "for" and self.since_a_moment(unit[0] + 1):
            placing = False  # 'trent over 900 timer siden april': since then, not 'for 900 timer siden'
        if self.sentence_length(i, j):
            return False  # 'påstand om 30 dagers fengsel' measures a punishment
        if before == "på" and i > 1 and ordbank().verb_lemmas(self.tokens[i - 2].lower) & LEVEL_VERBS:
            return False  # 'Helse Sør-Øst lå på 62 dager', 'retten landet på 25 dager': a level, not 'within'
        if before == "på" and i > 1 and _names_a_duration(self.tokens[i - 2].lower):
            return False  # 'en ventetid på 24 dager', 'behandlingstiden på 75 dager': a duration measured
        if before == "på" and i > 1 and ordbank().noun_lemma(self.tokens[i - 2].lower) in CHANGE_NOUNS:
            return False  # 'en økning på to dager': how much a duration changed
        if before == "om" and i > 1 and self.tokens[i - 2].lower in ("snakk", "tale"):
            return False  # 'er det snakk om 37 dager': 'om' is 'about' here, not 'in 37 days'
        return (placing or self.before_a_moment(unit[0])) and not self.measured_time(i, unit[0])

    def over_a_period(self, k: int) -> bool:
        """A period at k that times are counted over: 'siden juli', 'hittil i år', 'i løpet av
        høsten', 'i fjor', 'i juli', 'i sommer', 'denne uken', 'forrige måned'."""
        word = self.tokens[k].lower if k < len(self.tokens) else ""
        nxt = self.tokens[k + 1].lower if k + 1 < len(self.tokens) else ""
        if word in ("siden", "hittil"):
            return True
        if word in ("denne", "dette", "forrige") and is_time_noun(nxt):
            return True  # 'kommet for sent tre ganger denne uken'
        return word == "i" and (nxt in ("år", "fjor", "løpet") or nxt in self.lex.months or nxt in SEASONS)

    def since_a_moment(self, k: int) -> bool:
        """A moment at k after 'siden': 'april', '2020', 'nyttår', 'i fjor', 'sist', 'da'."""
        moment = self.tokens[k] if k < len(self.tokens) else None
        if moment is None:
            return False
        return (
            moment.lower in self.lex.months
            or moment.lower in ("i", "da", "sist", "starten", "nyttår", "årsskiftet", "sommeren", "våren", "høsten")
            or (moment.is_number and len(moment.text) == 4)
        )

    def before_a_moment(self, k: int) -> bool:
        """'ti minutter før full tid', 'to dager før valget': 'før' and a named moment place the
        figure in time; 'i 20 minutter før de ble funnet' opens a clause and measures a duration."""
        if k + 1 >= len(self.tokens) or self.tokens[k].lower != "før":
            return False
        moment = self.tokens[k + 1]
        return moment.is_word and moment.lower not in self.lex.function_words

    def measured_time(self, i: int, end: int) -> bool:
        """'solgt på 27 dager i snitt', 'på 27 dager i mai, mot 34 dager i fjor': a time that is
        averaged or set against another is a statistic, not a placing in time."""
        window = [t.lower for t in self.tokens[max(0, i - 4) : end + 3]]
        if any(_names_an_average(w) for w in window):
            return True
        later = self.tokens[end : end + 8]
        return any(t.lower == "mot" and k + 1 < len(later) and later[k + 1].is_number for k, t in enumerate(later))

    def change_noun_before(self, k: int) -> bool:
        """A noun of change ('økning', 'nedgang') at most CHANGE_NOUN_REACH words before token k
        in its clause: 'en nedgang i første kvartal på 8'."""
        for m in range(k - 1, max(-1, k - 1 - CHANGE_NOUN_REACH), -1):
            t = self.tokens[m]
            if t.text in CLAUSE_BREAKS:
                return False
            if ordbank().noun_lemma(t.lower) in CHANGE_NOUNS:
                return True
        return False

    def after_change_verb(self, k: int) -> bool:
        """A verb of change ('økte', 'falt', 'gikk ned') before token k in its clause, at most
        CHANGE_REACH words back: 'øker prisen på enkeltbillett for voksne fra 44 til 47 kroner'."""
        words = ordbank()
        change = self.lex.change_verbs
        for m in range(k - 1, max(-1, k - 1 - CHANGE_REACH), -1):
            t = self.tokens[m]
            if t.text in CLAUSE_BREAKS and not (t.text == "," and m == k - 1):
                return False  # but 'er doblet på ett år, fra 29 til 59' says how
            if words.verb_lemmas(t.lower) & change:
                return True
            if m == k - 1 and t.lower in CHANGE_PARTICLES:
                return True  # 'avgiften må opp fra 900 til 1.200 kroner': the verb of change left out
        return False

    def compound_modifier(self, token: Token) -> bool:
        """'80-grense', '7-1-rykk', '45-åring', '100-kroneseddel': a number joined by a hyphen to
        the word after it is part of that word, not a count ('20-30 prosent' is a range); so is one
        whose word is left for the last of a list to say ('5-, 12- og 18-åringene')."""
        index = token.end - self.offset
        if self.text[index : index + 1] != "-":
            return False
        return self.text[index + 1 : index + 2].isalpha() or SUSPENDED_COMPOUND.match(self.text, index) is not None

    def list_number(self, token: Token, nxt: Token | None) -> bool:
        """A list's number opening its block: '1 Bygger kjempekai.', '2 Høyre presser staten.',
        '1) Kreftformer med lav overlevelse'. A count opens on a noun in small letters ('12 personer
        ble skadd') or on a compound ('20 Oslo-skoler', '40 NRK-ansatte')."""
        if not token.text.isdigit() or len(token.text) > 2 or nxt is None:
            return False
        if nxt.text == ")":
            return True
        return (
            nxt.is_word
            and nxt.is_capitalized
            and not nxt.is_acronym
            and "-" not in nxt.text
            and nxt.lower not in self.lex.units
            and nxt.lower not in self.lex.months
        )

    def ranking(self, i: int) -> bool:
        """The number at i is one of a run inside a sentence that ranks names: '1 Obos (inklusive
        Block Watne), 2 Systemhus og 3 Mesterhus', each after a colon, a comma or 'og', numbered
        1, 2, 3 … in order. The block is read once, not at each number (linear time)."""
        if self.ranked is None:
            ranks = [
                int(t.text)
                for k, t in enumerate(self.tokens)
                if k > 0
                and self.tokens[k - 1].lower in RANK_OPENERS
                and self.list_number(t, self.token(k + 1))
                and self.tokens[k + 1].text != ")"
            ]
            run = 0
            while run < len(ranks) and ranks[run] == run + 1:
                run += 1
            self.ranked = run if run >= MIN_RANKS else 0
        return int(self.tokens[i].text) <= self.ranked

    def numbered_heading(self, word: Token, number: Token) -> bool:
        """'Råd 1', 'Del 2': a block of one capitalised word and a small number names a part of
        the text, as a list's number does; not 'Under 1%' (a unit) nor 'Topp 10' (a lexicon label)."""
        return (
            word.is_word
            and word.is_capitalized
            and not word.is_acronym
            and number.text.isdigit()
            and len(number.text) <= 2
            and not self.text[number.end - self.offset :].strip()
        )

    def unit_compound(self, token: Token) -> bool:
        """'en ny 420 kV-ledning', 'en 22 kV-linje': a unit joined by a hyphen to a noun makes the
        number before it name a class of things, not an amount."""
        unit, dash, noun = token.text.partition("-")
        symbol = unit[:1].islower() and unit[1:2].isupper()  # 'kV', 'kW': a unit's symbol, never an acronym
        known = unit.lower() in self.lex.units and not unit.islower()  # 'MW-turbiner', not 'prosent-poeng'
        return bool(dash) and (symbol or known) and len(noun) >= 3 and noun.isalpha() and noun.islower()

    def is_score(self, i: int) -> bool:
        """A result after a score verb ('vant 2–1') or a team ('Molde 1–2'), or at half time ('12-15
        til pause'). A capitalised word opening the sentence is a team only when Norsk Ordbank
        does not know it: 'Rundt 10–20' and 'Mellom 10–20' are ranges."""
        window = [t.lower for t in self.tokens[max(0, i - 4) : i]]
        if any(w in SCORE_VERBS for w in window):
            return True
        if any(t.lower in AT_HALF_TIME for t in self.tokens[i + 3 : i + 5]):
            return True
        if i + 4 < len(self.tokens) and self.tokens[i + 3].lower == "i" and self.tokens[i + 4].lower in GAME_PARTS:
            return True  # 'lå under 1–2 i sett': a result counted in sets
        if i >= 4 and self.tokens[i - 1].lower == "til" and self.tokens[i - 3].text in DASHES:
            if self.tokens[i - 2].is_number and self.tokens[i - 4].is_number and not self.unit_or_scale(i + 3):
                return True  # 'gikk fra 27–27 til 27–30': one score after another (not '… til 40–50 kroner')
        if self.listed_with_a_result(i):
            return True
        if i == 0 or not self.tokens[i - 1].is_capitalized:
            return False
        opens = i == 1 or self.tokens[i - 2].text in SENTENCE_ENDS
        return not opens or not ordbank().classes(self.tokens[i - 1].lower)

    def listed_with_a_result(self, i: int) -> bool:
        """'etter settsifrene 21–18, 17–21 og 15–12': a pair listed next to a result (one that
        falls or draws, `_tight_draw`) is a result too, though it rises as a range does."""

        def result(k: int) -> bool:
            if k < 0 or k + 2 >= len(self.tokens) or self.tokens[k + 1].text not in DASHES:
                return False
            low, dash, high = self.tokens[k : k + 3]
            return low.end == dash.start and _tight_draw(low.text, high.text, dash, high)

        before = i >= 4 and self.tokens[i - 1].text in (",", "og") and result(i - 4)
        after = i + 3 < len(self.tokens) and self.tokens[i + 3].text in (",", "og") and result(i + 4)
        return before or after

    def digit_groups(self, i: int) -> int:
        """How many groups of two or three digits, one space apart, token i belongs to: '51 97 25 00'
        and '915 12 345' are phone numbers, not four figures. Thousands ('1 200 000') count 0."""

        def group(k: int) -> bool:
            return 0 <= k < len(self.tokens) and self.tokens[k].text.isdigit() and 2 <= len(self.tokens[k].text) <= 3

        def joined(a: int, b: int) -> bool:
            return self.tokens[b].start - self.tokens[a].end == 1

        if not group(i):
            return 0
        if i in self.groups:
            return self.groups[i]  # the same for every token of the run: read each run once
        first, last = i, i
        while group(first - 1) and joined(first - 1, first):
            first -= 1
        while group(last + 1) and joined(last, last + 1):
            last += 1
        texts = [t.text for t in self.tokens[first : last + 1]]
        count = 0 if all(len(t) == 3 for t in texts[1:]) else len(texts)
        self.groups.update(dict.fromkeys(range(first, last + 1), count))
        return count

    def adjacent(self, a: int, b: int) -> bool:
        """Tokens a..b are separated only by single spaces (a qualifier touches its number)."""
        return all(self.tokens[k + 1].start - self.tokens[k].end <= 1 for k in range(a, b))

    def shared_tail(self, i: int, j: int) -> tuple[Decimal, str | None]:
        """'30, 40 og 50 millioner kroner': a bare number in a list shares the multiplier and
        unit of the last one; so does the before of a change, 'øker fra 17 til 47 millioner'.
        (1, None) when the list has none, or there is no list. A list is read at most LIST_REACH
        numbers ahead, so a paragraph of bare numbers stays linear."""
        change = i > 0 and self.tokens[i - 1].lower == "fra"
        for step in range(LIST_REACH):
            joined = self.tokens[j].lower in (",", "og", "eller") if j < len(self.tokens) else False
            if change and step == 0 and j < len(self.tokens) and self.tokens[j].lower == "til":
                joined = True
            if not (j + 1 < len(self.tokens) and joined):
                break
            parsed = self.number_at(j + 1)
            if parsed is None or not self.tokens[j + 1].is_number:
                break
            raw, k, _ = parsed
            scaled, k2 = self.scale(raw, k)
            unit, _ = self.unit_after(k2)
            if k2 != k or unit is not None:
                return (scaled / raw if raw else Decimal(1)), unit
            j = k
        return Decimal(1), None

    def number_start(self, k: int) -> int:
        """The first token of the number whose last token is k: '223' for the '000' of '223 000'."""
        start = k
        for _ in range(MAX_GROUPS):  # bounded: a number has few digit groups
            if start < 1 or not self.tokens[start - 1].is_number:
                break
            parsed = self.number_at(start - 1)
            if parsed is None or parsed[1] <= k:
                break
            start -= 1
        return start

    def elided_scale(self, i: int, j: int, value: Decimal) -> tuple[Decimal, str | None]:
        """'328 millioner i lån og 288 i pensjonsforpliktelser': a bare number after 'og', before a
        preposition, shares the multiplier (and unit) of the number just before it in the same
        clause; (1, None) otherwise."""
        after = self.tokens[j].lower if j < len(self.tokens) else ""
        if i < 3 or self.tokens[i - 1].lower != "og" or after not in ELIDED_BEFORE or value >= 1000:
            return Decimal(1), None
        for m in range(i - 2, max(i - ELIDED_REACH, 0), -1):
            token = self.tokens[m]
            if token.is_number or token.text in CLAUSE_BREAKS:
                return Decimal(1), None
            if token.lower in self.lex.multipliers and self.number_at(m - 1) is not None:
                factor, end = self.scale(Decimal(1), m)
                return factor, self.unit_after(end)[0]
        return Decimal(1), None

    def partner_counts(self, i: int, j: int) -> bool:
        """'uke 42 og 43', '25 og 52 år', 'De omkomne er 18, 19 og 19 år gamle': a number joined by
        'og', 'eller' or a list's commas to one that is no count (a week, an age) is none either.
        The list is read at most LIST_REACH numbers ahead."""
        joiners = ("og", "eller")
        if self.unit_after(j)[0] in CURRENCIES:
            return True  # 'hos Rema 1000 og 84,90 kroner hos Meny': a price of its own, no label's partner
        k = j
        for _ in range(LIST_REACH):
            if not (k + 1 < len(self.tokens) and (self.tokens[k].lower in joiners or self.tokens[k].text == ",")):
                break
            if not self.tokens[k + 1].is_number:
                break
            parsed = self.number_at(k + 1)
            if parsed is None:
                break
            if not self.is_count(k + 1, parsed[1], parsed[0], parsed[2]):
                return False
            k = parsed[1]
        if i >= 2 and self.tokens[i - 2].is_number and self.tokens[i - 1].lower in joiners:
            if _year_like(self.tokens[i - 2].text) and not _year_like(self.tokens[i].text):
                return True  # 'mot 304 i 2020 og 267 i 2019': the year closes the figure before
        # back over the list: '110, 112 og 113' after 'anrop til'; a comma joins only bare numbers
        # (not '41 000 romdøgn for 2026, 22 prosent flere', nor 'hos Rema 1000, 1.538 kroner hos Kiwi')
        k, after = i, j
        for _ in range(LIST_REACH):
            if k < 2 or not self.tokens[k - 2].is_number:
                break
            bare = after < len(self.tokens) and (self.tokens[after].text == "," or self.tokens[after].lower in joiners)
            comma = self.tokens[k - 1].text == "," and bare and not _year_like(self.tokens[k - 2].text)
            if not (self.tokens[k - 1].lower in joiners or comma):
                break
            start = self.number_start(k - 2)  # '223 000 og 222 000': the whole number, not its '000'
            parsed = self.number_at(start)
            if parsed is None:
                break
            if not self.is_count(start, parsed[1], parsed[0], parsed[2]):
                return False
            k, after = start, k - 1
        if i >= 3 and self.tokens[i - 1].lower == "til" and self.number_at(i - 2) is not None:
            # 'fra klokken to til tre', 'uke 3 til 5', 'i ukene 47 til 51': the end of a span of
            # labels is one too, the label in any form
            label = self.tokens[i - 3].lower
            labels = self.lex.not_claim_labels
            return label not in labels and not (
                label not in self.lex.function_words and _inflected_label(label, labels)
            )
        return True

    def infinitive(self, i: int, j: int) -> bool:
        """A number word that is also a verb, after a modal or 'å' and before no plural noun it could
        count: 'Endringen skal tre i kraft', 'å fire flagget'; not 'Det må tre personer til'."""
        if self.tokens[i].lower == "tre" and j < len(self.tokens) and self.tokens[j].lower in STEP_PARTICLES:
            return True  # 'kan Høyre omsider tre fram': the verb 'step', its subject before it
        if self.tokens[i].lower == "tre" and [t.lower for t in self.tokens[j : j + 2]] == ["i", "kraft"]:
            return True  # 'skal etter planen tre i kraft': the idiom 'take effect', whatever stands before
        before = i - 1
        while before >= 0 and self.tokens[before].lower in VERB_ADVERBS:
            before -= 1
        if before < 0 or (self.tokens[before].lower not in MODALS and self.tokens[before].lower != "å"):
            return False
        counted = j < len(self.tokens) and _plural_noun(self.tokens[j].lower)
        return not counted and "verb" in ordbank().classes(self.tokens[i].lower)

    def counts_plural_after(self, i: int, noun: str) -> bool:
        """'registrert 1916 saker': a year-like number before an indefinite plural counts it (not
        after a name: 'Rema 1000 butikker'; not before a reflexive, which makes the word a verb
        whose subject the year is: 'men 2018 skiller seg ut')."""
        reflexive = i + 2 < len(self.tokens) and self.tokens[i + 2].lower == "seg"
        return i > 0 and not self.tokens[i - 1].is_capitalized and _indefinite_plural(noun) and not reflexive

    def describes_a_plural(self, j: int) -> bool:
        """'Hele 1852 påmeldte lag': a plural adjective or participle ('påmeldte', 'nye') and the
        noun it describes after a year-like number say it counts them; after a preposition of time
        the number is a year ('i 2024 nye regler', 'i 1852 påmeldte han seg')."""
        if j + 1 >= len(self.tokens) or self.tokens[j - 1].lower in YEAR_PREPOSITIONS:
            return False  # 'i 2024 nye regler': after 'i', a year
        before = self.number_start(j - 1) - 1
        if before >= 1 and self.tokens[before].lower == "hele":
            before -= 1  # 'I hele 2017 økte …'
        if before >= 0 and self.tokens[before].lower in YEAR_PREPOSITIONS:
            return False
        word, noun = self.tokens[j].lower, self.tokens[j + 1]
        plural_adjective = word.endswith("e") and "adj" in ordbank().classes(word)
        # 'For 2017 økte folketallet': a verb before a definite noun, which no adjective describes
        described = noun.is_word and not noun.is_capitalized and not definite_noun(noun.lower)
        return plural_adjective and described and "noun" in ordbank().classes(noun.lower)

    def changed_by(self, k: int) -> bool:
        """'med' at k follows a verb of change ('har sunket med', 'økte med'): what comes after is
        how much something changed, not a threshold that defines a kind ('forsinket med mer enn en
        time')."""
        verb = self.tokens[k - 1].lower if k > 0 else ""
        return bool(ordbank().verb_lemmas(verb) & self.lex.change_verbs)

    def counts_the_named(self, value: Decimal, noun: Token | None) -> bool:
        """'alle de sju barneskolene i kommunen', 'de tolv forestillingene': three or more of a
        definite plural say how many there are, while 'de to byene' points back at two named ones
        and 'de fem årene før' is a time."""
        if noun is None or value < THE_NAMED_COUNT or not noun.is_word:
            return False
        word = noun.lower
        return word.endswith(("ene", "a")) and definite_noun(word, compound=True) and not is_time_noun(word)

    def counts_a_noun(self, j: int) -> bool:
        """A plural noun or a unit right after the number, which a phone number never has: 'har
        snakket med kommunens vakttelefon og skriver at nesten 150 boliger har fått vann', 'Send SMS
        til 2160 for å gi 200 kroner'."""
        noun = self.token(j)
        if noun is None or not noun.is_word or noun.is_capitalized or noun.lower in self.lex.function_words:
            return False
        if noun.lower in self.lex.units or noun.lower in self.lex.multipliers:
            return True
        lemma = ordbank().noun_lemma(noun.lower)
        return lemma is not None and lemma != noun.lower and ordbank().classes(noun.lower) == {"noun"}

    def slash_joined(self, i: int, j: int) -> bool:
        """The number at i..j touches a slash with a number on its other side ('1/3', '24/7')."""
        tokens = self.tokens
        after = j + 1 < len(tokens) and tokens[j].text == "/" and tokens[j + 1].is_number
        if after and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start:
            return True
        before = i >= 2 and tokens[i - 1].text == "/" and tokens[i - 2].is_number
        return before and tokens[i - 2].end == tokens[i - 1].start and tokens[i - 1].end == tokens[i].start

    def letter_suffixed(self, j: int) -> bool:
        """The number ends right before a capital letter that is no unit ('4G', '3D-skriver', '2FA');
        a glued unit still measures ('5km', '10GW')."""
        if j == 0 or j >= len(self.tokens):
            return False
        number, word = self.tokens[j - 1], self.tokens[j]
        head = word.text.split("-")[0]
        return (
            number.is_number
            and number.end == word.start
            and word.text[:1].isupper()
            and head.isalpha()
            and head.lower() not in self.lex.units
            and word.lower not in self.lex.units
        )

    def is_count(self, i: int, j: int, value: Decimal, is_word: bool) -> bool:
        """False for years, dates, clock times, ages, durations, labels, phone numbers and scores."""
        token = self.tokens[i]
        prev = self.tokens[i - 1] if i > 0 else None
        nxt = self.tokens[j] if j < len(self.tokens) else None
        after = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        lex = self.lex
        if self.slash_joined(i, j):
            return False  # 'fra 1/3' (a date), 'åpent 24/7', '50/50': a pair written with a slash counts nothing
        if self.letter_suffixed(j):
            return False  # '4G og 5G', 'en 3D-skriver', '2FA': a name for a kind, not a number of anything
        if self.category_bound(j):
            return False  # 'et navn med fem bokstaver eller færre', 'tre rom eller mer': a class, not a count
        if nxt is not None and nxt.lower in SCORE_UNITS and "," in token.text and not self.after_change_verb(i):
            # 'Hun fikk 168,42 poeng', '3,8 poeng bak': a judged score; but 'Arbeiderpartiet går fram
            # 3,6 poeng' is a change in percentage points
            return False
        # Label words: 'riksvei 7', 'uke 2', 'klokken 06.40', 'nr. 5'; and names such as 'TV 2'.
        if prev is not None:
            label = prev.lower
            if label == "." and i > 1:
                label = self.tokens[i - 2].lower + "."
            measured = nxt is not None and (nxt.lower in lex.units or nxt.lower in lex.multipliers)
            # 'hadde rutene 41.200 påstigninger': the plural subject before a count of a noun
            counts_a_noun = (
                nxt is not None
                and nxt.is_word
                and nxt.lower not in lex.function_words  # Ordbank lists 'i' as a noun only (the letter)
                and ordbank().classes(nxt.lower) == {"noun"}
            )
            # 'i ukene 32–35': a label in any form, by its lemma; but 'i år' is this year ('hadde i
            # år 45 stasjoner')
            this_year = label == "år" and i > 1 and self.tokens[i - 2].lower == "i"
            labelled = not this_year and (
                label in lex.not_claim_labels
                or (
                    prev.lower not in lex.function_words  # 'siden 300 personer flyttet': 'since', not 'the side'
                    and not counts_a_noun
                    and (_inflected_label(prev.lower, lex.not_claim_labels) or _labelled_compound(prev.lower))
                )
            )
            if labelled and (not measured or label in ORDINAL_MARKERS):
                # but 'i britisk sone 4.500 tonn høyere': a label names no amount; 'passasjer nr. 2
                # millioner' is one all the same
                return False
            if prev.text == "per":
                return False  # '40 tilfeller per 100.000 innbyggere': the base of a rate (not the name Per)
            named_street = prev.is_capitalized or (i > 1 and self.tokens[i - 2].is_capitalized)
            if not is_word and not measured and named_street and STREET.search(prev.text):
                return False  # 'i Vestfjordgaten 4', 'Kongens gate 9': a street's house number
            spans_hours = prev.lower in ("mellom", "fra") and i > 1 and self.tokens[i - 2].lower in HOUR_SPANS
            if spans_hours and value <= 24 and not measured:
                return False  # 'i timen mellom 8 og 9', 'i tidsrommet fra 15 til 18': hours of the day
            called = prev.lower == "til" and i > 1 and ordbank().noun_lemma(self.tokens[i - 2].lower) in CALLS
            if called and not is_word:
                return False  # '12 mislykkede anrop til 110': the number called
            if prev.lower in lex.months and not is_word and len(token.text) <= 2 and value < 100 and not measured:
                return False  # 'fra 7.391 i april 17': the year 2017 (a date is '17. april')
            if (
                prev.is_acronym
                and not prev.text.endswith("s")
                and prev.end + 1 == token.start
                and not measured
                and (is_word or (token.text.isdigit() and len(token.text) <= 3))
                and not self.counts_a_noun(j)
            ):
                # 'TV 2', 'E 6'; but 'MDG 6,2 prosent' is a party's share, 'UiB 3.260' and 'MBRV 105
                # utrykninger' counts
                return False
        if self.shares_a_tail(j):
            # 'i 20- og 30-årene', '3- og 4-roms': the first takes the second's tail, and counts as it does
            parsed = self.number_at(j + 2)
            return parsed is not None and self.is_count(j + 2, parsed[1], parsed[0], parsed[2])
        # Durations and ages: 'fem årene', '45 år gammel', '45-åring'; but how long a sentence is
        # counts: 'fengsel i fire år', 'fire års fengsel'.
        if nxt is not None and (nxt.lower in lex.time_units or nxt.lower.lstrip("-").startswith("åring")):
            if nxt.lower in POINT_IN_TIME and after is not None and after.lower in ("før", "etter"):
                return True  # 'mot 174 året før': the figure of a year, not a span of one
            return self.sentence_length(i, j) or (nxt.lower == "år" and (self.takes_time(i) or self.lasting_years(i)))
        day = token.text
        if nxt is not None and nxt.lower in lex.months and len(day) <= 2 and day.isdecimal() and 1 <= int(day) <= 31:
            return False  # '20 mai': a date written without its dot, as '20. mai'
        described = nxt is not None and is_word and nxt.is_word and nxt.lower not in lex.units and _describes(nxt.lower)
        if described and after is not None and after.lower in lex.time_units:
            return False  # 'Etter to svake år', 'Ett godt år gjør ingen sommer': years described, a span
        if self.compound_modifier(token) or (nxt is not None and self.unit_compound(nxt)):
            return False
        if nxt is not None and nxt.lower in RANKING_AFTER:
            return False  # 'blant de 15 beste', 'i årets seks første måneder'
        # A digit inside a name: 'SpareBank 1 SMN', 'TV 2 Sport'.
        if (
            prev is not None
            and nxt is not None
            and len(token.text) == 1
            and prev.is_word
            and prev.is_capitalized
            and nxt.is_word
            and nxt.is_capitalized
            and prev.end + 1 == token.start
            and token.end + 1 == nxt.start
        ):
            return False
        # A digit closing a name before its verb or the sentence's end: 'Tone Hafstad i Eiendomsmegler 1
        # tror at …' ('fikk 1 stemme' counts: a noun follows)
        if (
            prev is not None
            and len(token.text) == 1
            and token.text.isdigit()
            and prev.is_word
            and prev.is_capitalized
            and ((i > 1 and self.tokens[i - 2].is_word) or self.noun_opens_name(i - 1))
            and prev.end + 1 == token.start
            and (nxt is None or not nxt.is_word or verb_not_noun(nxt.lower))
            and not self.unit_or_scale(j)  # 'og Agder 5%': a measure closes no name
        ):
            return False
        # A digit closing a quoted name: 'havriggen «Ocean Farm 1»'
        if (
            prev is not None
            and prev.is_word
            and prev.is_capitalized
            and len(token.text) == 1
            and prev.end + 1 == token.start
            and self.char_after(token.end) in CLOSING_QUOTES
        ):
            return False
        if i == 0 and self.list_number(token, nxt):
            return False
        if self.list_number(token, nxt) and self.ranking(i):
            return False  # '…var: 1 Obos, 2 Systemhus og 3 Mesterhus'
        if i == 1 and len(self.tokens) == 2 and self.numbered_heading(self.tokens[0], token):
            return False
        # A number opening a name after a preposition: 'vaktleder X i 110 Vest', 'ved 330 skvadron'
        # is no count ('i 20 Oslo-skoler' counts: a hyphenated compound is a common noun)
        if (
            prev is not None
            and nxt is not None
            and prev.lower in NAME_PREPOSITIONS
            and token.text.isdigit()
            and nxt.is_word
            and nxt.is_capitalized
            and "-" not in nxt.text
            and nxt.lower not in lex.months
            and nxt.lower not in lex.units
            and token.end + 1 == nxt.start
        ):
            return False
        # Ages in parentheses after a person: 'Knut Haugen (74)'; 'Nordfylke (12)' and a crowd
        # 'Brann-Sandnes Ulf (15.300)' count.
        if (
            prev is not None
            and prev.text == "("
            and nxt is not None
            and nxt.text == ")"
            and value <= MAX_AGE
            and self.after_person(i - 1)
        ):
            return False
        if self.framed(j) or self.temporal(i, j):
            return False
        # Phone numbers: leading zeros, or a number to call.
        # 'nummer' itself only right before the number: 'ble nummer tre, 19,8 sekunder bak' is a placing
        reach = max(0, i - 6)
        window = {t.lower for k, t in enumerate(self.tokens[reach:i], reach) if t.lower != "nummer" or k >= i - 2}
        if (window & PHONE_CUES or any(word.endswith(PHONE_COMPOUNDS) for word in window)) and not self.counts_a_noun(
            j
        ):
            return False  # 'ring 113', 'på trafikktelefon 175'
        decimal = "," in token.text or (POINT_DECIMAL.fullmatch(token.text) and self.unit_or_scale(j))
        if not is_word and token.text.startswith("0") and len(token.text) > 1 and not decimal:
            return False
        if prev is not None and prev.lower == "til" and i >= 2 and CLOCK_HOUR.fullmatch(self.tokens[i - 2].text):
            return False  # 'fra 09 til 21 i helgene': hours, the first written as a clock's
        if (
            not is_word
            and HARMONISED_NUMBER.fullmatch(self.text, token.start - self.offset, self.tokens[j - 1].end - self.offset)
            and (nxt is None or not nxt.is_word or nxt.lower in ("og", "eller"))
        ):
            return False  # 'kontakte legevakten på 116 117'
        if not is_word and self.digit_groups(i) >= 3:
            return False
        if self.age_in_a_clause(i, j) or self.age_limit(i, j, value):
            return False
        if self.race_distance(i, j) or self.latitude(i, j):
            return False
        if is_word:
            # 'de to partiene', 'alle tre': counted before, referred to now ('vi fem prosent' counts)
            if self.halved(i) or self.the_other(i) or self.the_last_few(i, j) or self.wood(i, j):
                return False
            if self.one_or_two(i):
                return False
            if prev is not None and prev.lower in REFERRING_BEFORE and not self.unit_or_scale(j):
                # but 'blant dem ti fra Sivilforsvaret' counts a part of those just named, and 'Nå
                # kjører vi to skift' the object after an inverted subject ('Vi to har jobbet' refers)
                # ('blant de ti mest besøkte' ranks: 'de' before the number refers, as elsewhere)
                among = i > 1 and self.tokens[i - 2].lower == "blant" and prev.lower != "de"
                counted = prev.lower in ("vi", "dere") and nxt is not None and _indefinite_noun(nxt.lower)
                # 'Sist gang tok de tre maskiner': 'de' is 'they' before an indefinite plural ('de
                # tre maskinene' would refer back)
                counted = counted or (prev.lower == "de" and nxt is not None and _indefinite_plural(nxt.lower))
                counted = counted or (prev.lower == "de" and self.counts_the_named(value, nxt))
                if not self.partitive_whole(i) and not among and not counted:
                    return False
            if self.alternative_follows(j, value):
                return True  # 'to eller tre ansatte': a range said with 'eller'
            if nxt is not None and nxt.lower in NOT_AFTER_NUMBER_WORD and nxt.lower != "og":
                if nxt.lower == "av":
                    return True
                # 'to ganger', 'tre ganger på liggende' are how often; 'under tjue ganger' counts,
                # and so do times counted over a period: 'avluset sju ganger siden juli'
                return nxt.lower == "ganger" and (value > SPELLED_FREQUENCY or self.over_a_period(j + 1))
            if token.lower == "tre" and self.a_tree(i):
                return False  # 'et tre', 'et norsk tre', 'brukt mye tre og stein': a tree, wood
            if prev is not None and prev.lower == "halv" and (i < 2 or self.tokens[i - 2].lower not in ("en", "og")):
                return False  # 'i halv elleve-tiden', 'klokken halv ti': a clock time
            if self.infinitive(i, j):
                return False
            return True
        if self.enumerates(i) or self.inside_a_name(i, j) or _coordinate(nxt, after, prev):
            return False
        # Dates and ordinals: '3. mars', '12. desember', 'den 3. største', '14.-plass'.
        if (
            nxt is not None
            and nxt.text == "."
            and after is not None
            and after.text in DASHES
            and after.start == nxt.end
        ):
            return False
        if nxt is not None and nxt.text == "." and after is not None and after.is_word and not after.is_capitalized:
            return False
        if nxt is not None and nxt.text == "." and after is not None and after.lower in lex.months:
            return False
        # Clock times and dotted dates: '06.40', '16.12.2016', '3.5'; not a decimal point before a
        # unit ('1.5 prosent', read by `read_number`)
        dotted = ("." in token.text or ":" in token.text) and not GROUPED.fullmatch(token.text)
        if dotted and not (POINT_DECIMAL.fullmatch(token.text) and self.unit_or_scale(j)):
            return False
        # Years: 1800–2100 written without a separator, used as a time.
        if _year_like(token.text):
            qualifier = _match_before(self.tokens, i, "qualifiers")
            # 'registrerte i 2023 flere saker', 'Planen fra 2019 forutsatte', 'fra januar 2024 svarte
            # 12 prosent': after these, the year
            dated = prev is not None and (
                prev.lower in TIME_PREPOSITIONS or prev.lower == "fra" or prev.lower in lex.months
            )
            counted = nxt is not None and (
                nxt.lower in lex.units
                or nxt.lower in lex.multipliers
                or nxt.lower in lex.person_nouns
                or (nxt.lower in COMPARATIVE_COUNTS and not dated)  # 'behandlet 2000 flere pasienter'
                or (not dated and self.adjective_counted(j))  # 'Vi hadde 1800 påmeldte til årets løp'
                or _plural_noun(nxt.lower)  # '2000 hordalendinger': no year is followed by what it counts
                or (qualifier is None and self.counts_plural_after(i, nxt.lower))
                or (qualifier is None and self.describes_a_plural(j))  # '1852 påmeldte lag'
                or self.low_end_of_measured(i)  # 'mellom 2000 og 2800 kroner'
            )
            if qualifier is None and not counted:
                return False
            if qualifier is not None and not counted and self.approximate_year(qualifier, j):
                return False
        if self.historical_year(i, j):
            return False
        # Scores: '2–1'; a tight 'A–B' with B not above A is never a range ('etter 2–2').
        if nxt is not None and nxt.text in DASHES and after is not None and after.is_number:
            if nxt.start == token.end and (self.is_score(i) or _tight_draw(token.text, after.text, nxt, after)):
                return False
        # Clock times: 'ved 12-tiden'.
        if self.text[token.end - self.offset : token.end - self.offset + 6].lower() == "-tiden":
            return False
        # Seasons: 'vinteren 2024/25', 'sesongen 2019/2020': the end of a span of two years
        if prev is not None and prev.text == "/" and i > 1 and _year_like(self.tokens[i - 2].text):
            return False
        if prev is not None and prev.text in DASHES and i > 1 and self.tokens[i - 2].is_number:
            first = self.tokens[i - 2]
            if prev.start == first.end and (self.is_score(i - 2) or _tight_draw(first.text, token.text, prev, token)):
                return False
            chained = i > 2 and self.tokens[i - 3].text in DASHES  # '1–2–3': no recursion down a chain
            parsed = None if chained else self.number_at(i - 2)
            if parsed is not None and parsed[1] == i - 1 and not self.is_count(i - 2, i - 1, parsed[0], False):
                return False  # 'i ukene 32–35': the end of a span whose start is no figure
        return True

    def one_or_two(self, i: int) -> bool:
        """'en dag eller to', 'et år eller to': 'one thing or two' says a few, vaguely; the number
        word after 'eller' counts nothing of its own (not 'én skole eller to barnehager')."""
        if i < 3 or self.tokens[i].lower not in ("to", "tre") or self.tokens[i - 1].lower != "eller":
            return False
        noun, article, after = self.tokens[i - 2], self.tokens[i - 3], self.token(i + 1)
        if after is not None and after.is_word and after.lower not in self.lex.function_words:
            if "noun" in ordbank().classes(after.lower):
                return False  # 'eller to barnehager': what the number counts
        one = article.lower in ONE_WORDS or article.lower == "et"
        return one and noun.is_word and noun.text == noun.lower and "noun" in ordbank().classes(noun.lower)

    def wood(self, i: int, j: int) -> bool:
        """'fundamentene av tre tørker ut', 'hus i tre', 'av jern og tre': the material, 'tre'
        (wood), where no number before makes it a share ('to av tre') and no noun after is counted
        ('av tre bygninger')."""
        if self.tokens[i].lower != "tre" or i < 2:
            return False
        if self.tokens[i - 1].lower in ("og", "eller") and self.material_before(i - 2):
            i -= 2  # 'av jern og tre': read as 'av tre'
        if self.tokens[i - 1].lower not in ("av", "i"):
            return False
        before, nxt = self.tokens[i - 2], self.tokens[j] if j < len(self.tokens) else None
        if before.is_number or before.lower in self.lex.number_words or before.lower in ONE_WORDS or not before.is_word:
            return False  # 'to av tre', 'én av tre kan innvilges'
        if nxt is None or nxt.text in (",", ".", ";", ":", "!", "?", ")"):
            return True  # not 'i tre–fire døgn'
        # a word after is what is counted ('i tre bigårder'), unless a verb or a conjunction
        return nxt.lower in ("og", "eller", "men", "som") or ordbank().classes(nxt.lower) == {"verb"}

    def material_before(self, k: int) -> bool:
        """Token k is a bare noun after 'av' or 'i' that 'og tre' joins: 'av jern og tre', 'i stein
        eller tre'; not a counted noun ('av to hus og tre')."""
        if k < 2 or self.tokens[k - 1].lower not in ("av", "i"):
            return False
        word = self.tokens[k]
        return word.is_word and word.text.islower() and "noun" in ordbank().classes(word.lower)

    def adjective_counted(self, j: int) -> bool:
        """Token j is an adjective in '-e' used as a plural noun, with no noun after it: '1800
        påmeldte til årets løp', '400 frivillige i år' (not '1800 påmeldte lag')."""
        word = self.tokens[j] if j < len(self.tokens) else None
        if word is None or not word.is_word or not word.text.islower() or not word.lower.endswith("e"):
            return False
        if "adj" not in ordbank().classes(word.lower) or word.lower.endswith(("ste", "re")):
            return False
        after = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        return after is None or not after.is_word or "noun" not in ordbank().classes(after.lower)

    def race_distance(self, i: int, j: int) -> bool:
        """'vant 1500 meter på 4.12,08', 'på 400 meter hekk', 'ble nummer to på 1500 meter': a race
        named by its distance, after a win or a placing or before a discipline, measures nothing."""
        unit = self.tokens[j] if j < len(self.tokens) else None
        if unit is None or unit.lower not in ("meter", "m") or i == 0:
            return False
        after = self.tokens[j + 1].lower if j + 1 < len(self.tokens) else ""
        prev = self.tokens[i - 1].lower
        before = self.tokens[i - 2] if i >= 2 else None
        # 'nummer to på', 'først på', 'gull på': a placing, its number a word or digits
        placing = before is not None and (
            before.lower in PLACINGS or before.is_number or before.lower in self.lex.number_words
        )
        # '5000 meter for menn': the class that runs it names the race
        raced_by = after == "for" and j + 2 < len(self.tokens) and self.tokens[j + 2].lower in RACE_SEXES
        return after in DISCIPLINES or prev in RACE_VERBS or (prev == "på" and placing) or raced_by

    def latitude(self, i: int, j: int) -> bool:
        """'nord for 62 grader': a parallel named by the side of it, a place on the map, no amount
        (with the compass point after the degrees, '70 grader nord', it is `_coordinate`'s)."""
        unit = self.tokens[j].lower if j < len(self.tokens) else ""
        if unit not in ("grader", "grad") or i < 2:
            return False
        return self.tokens[i - 2].lower in COMPASS and self.tokens[i - 1].lower == "for"

    def age_limit(self, i: int, j: int, value: Decimal) -> bool:
        """'personer over 18', 'barn under 12 år': an age that bounds who is counted, after a noun
        for people and 'over' or 'under', with no noun of its own after it."""
        if i < 2 or value != int(value) or value > MAX_AGE or self.tokens[i - 1].lower not in ("over", "under"):
            return False
        if self.tokens[i - 2].lower not in self.lex.person_nouns:
            return False
        nxt = self.tokens[j] if j < len(self.tokens) else None
        return nxt is None or not nxt.is_word or nxt.lower == "år" or ordbank().noun_lemma(nxt.lower) is None

    def age_in_a_clause(self, i: int, j: int) -> bool:
        """'siden han var fire', 'da jeg var 12': a person's age in a clause of time, no noun after
        it; 'Nå er hun ni og har nesten gitt opp': one person is a number, an age, in any clause."""
        if i < 2:
            return False
        nxt = self.tokens[j] if j < len(self.tokens) else None
        before = [t.lower for t in self.tokens[i - 2 : i]]
        one_person = (before[1] in AGE_VERBS and before[0] in ONE_PERSON) or (
            before[0] in AGE_VERBS and before[1] in ONE_PERSON
        )
        if one_person:
            return nxt is None or not nxt.is_word or nxt.lower in CLAUSE_JOINS
        if i < 3 or before[1] not in AGE_VERBS:
            return False
        return before[0] in PERSONAL_PRONOUNS and self.tokens[i - 3].lower in WHEN_WORDS and not (nxt and nxt.is_word)

    def low_end_of_measured(self, i: int) -> bool:
        """The number at i opens a range whose high end has a unit or multiplier: 'mellom 2000 og
        2800 kroner', 'fra 2000 til 2800 kroner' (years have none: 'mellom 2022 og 2025'; and 'fra
        2,1 prosent i 2014 til 4,3 prosent', 'kvoten for 2026 til 14.500 tonn' are years)."""
        joined = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        high = self.tokens[i + 2] if i + 2 < len(self.tokens) else None
        opener = self.tokens[i - 1].lower if i > 0 else ""
        return (
            joined is not None
            and ((joined.lower, opener) in (("og", "mellom"), ("til", "fra")) or joined.text in DASHES)
            and opener not in TIME_PREPOSITIONS
            and high is not None
            and high.is_number
            and self.unit_or_scale(i + 3)
        )

    def approximate_year(self, qualifier: tuple[int, str], j: int) -> bool:
        """'et pigment som først ble tatt i bruk rundt 1960.', 'passere 6 millioner rundt 2040.': a
        year-like number after 'rundt' that ends its clause, with nothing counted after it, dates;
        but after a copula or a preposition of amount it is a figure whose noun is left out ('Tallet
        var rundt 2000.', 'økte fra 1500 til rundt 2000.')."""
        start, phrase = qualifier
        nxt, then = self.token(j), self.token(j + 1)
        before = self.token(start - 1)
        # 'bygget rundt 1890 og var blant de eldste': 'og' and a verb start the next clause
        next_clause = nxt is not None and nxt.lower == "og" and then is not None and inflected_verb(then.lower)
        return (
            self.lex.qualifiers[phrase] == "approx"
            and (nxt is None or nxt.text in CLAUSE_ENDS or next_clause)
            and before is not None
            and before.is_word
            and before.lower not in AMOUNT_TAKERS
        )

    def historical_year(self, i: int, j: int) -> bool:
        """'tent første gang i 1655', 'siden 1720': four digits before 1800 after a preposition of
        time, with no noun after them, are a year ('i 1500 hjem' counts homes)."""
        token = self.tokens[i]
        nxt = self.tokens[j] if j < len(self.tokens) else None
        return (
            i > 0
            and self.tokens[i - 1].lower in ("i", "fra", "siden", "til", "år", "før", "etter")
            and token.text.isdecimal()
            and len(token.text) == 4
            and 1000 <= int(token.text) < 1800
            and (nxt is None or not nxt.is_word)
        )

    def halved(self, i: int) -> bool:
        """'Støtten er delt i to': split in parts, no count."""
        return (
            i > 1
            and self.tokens[i - 1].lower == "i"
            and "dele" in ordbank().verb_lemmas(self.tokens[i - 2].lower)
            and self.tokens[i].lower in ("to", "tre", "fire")
        )

    def the_other(self, i: int) -> bool:
        """'de øvrige fire sjefene', 'de andre to': the rest of those counted before, referred to."""
        return (
            i > 1
            and self.tokens[i - 1].lower in ("øvrige", "andre", "resterende")
            and self.tokens[i - 2].lower in REFERRING_BEFORE
        )

    def the_last_few(self, i: int, j: int) -> bool:
        """'de siste ti sesongene', 'de første fem ukene': a span of things named by where in a row
        they stand, counted elsewhere if at all; its noun is definite."""
        if i < 2 or self.tokens[i - 1].lower not in ROW_PLACES or self.tokens[i - 2].lower not in REFERRING_BEFORE:
            return False
        noun = self.tokens[j].lower if j < len(self.tokens) else ""
        return noun.endswith(("ne", "a")) and "noun" in ordbank().classes(noun)

    def inside_a_name(self, i: int, j: int) -> bool:
        """'Rema 1000 setter ned prisene', 'hos Rema 1000.': a number right after a capitalised word
        Ordbank does not know (or one with a capital inside: 'SpareBank'), before a verb or the end
        of the clause, ends a name; a count is followed by what it counts."""
        if i == 0 or not self.tokens[i].text.isdigit():
            return False
        prev, nxt = self.tokens[i - 1], self.tokens[j] if j < len(self.tokens) else None
        if not (prev.is_word and prev.is_capitalized and not prev.is_acronym and prev.end + 1 == self.tokens[i].start):
            return False
        branded = any(c.isupper() for c in prev.text[1:])  # 'SpareBank 1 og DNB': a capital inside the word
        known = ordbank().is_known(prev.lower) and not branded
        if known or prev.lower in self.lex.months or prev.lower in self.lex.function_words:
            return False
        if _match_before(self.tokens, i, "qualifiers") is not None:
            return False  # 'Over 60 hytter er …'
        if self.unit_or_scale(j):
            return False  # 'Oslo 32%, Buskerud 17%': a measure, no name
        if nxt is None or not nxt.is_word or nxt.lower in ("og", "eller"):
            return True
        lemmas = ordbank().verb_lemmas(nxt.lower)
        return bool(lemmas) and nxt.lower not in lemmas and nxt.lower not in self.lex.units

    def enumerates(self, i: int) -> bool:
        """'1. LO taper terreng', '2. Flere står utenfor': a number and a full stop that open a
        block before a capitalised word number a heading or a list item; they count nothing."""
        if i != 0 or len(self.tokens) < 3:
            return False
        number, stop, word = self.tokens[0], self.tokens[1], self.tokens[2]
        return (
            number.text.isdigit()
            and len(number.text) <= 2
            and stop.text == "."
            and stop.start == number.end
            and word.is_word
            and word.is_capitalized
            and word.lower not in self.lex.months
        )

    def figure(
        self,
        i: int,
        j: int,
        value: Decimal | None,
        low: Decimal | None,
        high: Decimal | None,
        qualifier: Qualifier,
        unit: str | None,
        factor: float | None = None,
    ) -> Figure:
        start = self.tokens[i].start
        end = self.tokens[j - 1].end
        return Figure(
            start, end, self.text[start - self.offset : end - self.offset], value, low, high, qualifier, unit, factor
        )


@cache
def _sayings_by_first() -> dict[str, list[tuple[str, ...]]]:
    return by_first_word(lexicon().number_idioms)


def _in_sayings(tokens: list[Token]) -> frozenset[int]:
    """The indexes of tokens inside a saying with numbers ('to fluer i én smekk', 'Én ulykke
    kommer sjelden alene'; number_idioms.txt): one pass, a dict lookup per token."""
    words = [t.lower.replace("é", "e") for t in tokens]
    by_first = _sayings_by_first()
    inside: set[int] = set()
    for i, word in enumerate(words):
        for saying in by_first.get(word, ()):
            if tuple(words[i : i + len(saying)]) == saying:
                inside.update(range(i, i + len(saying)))
    return frozenset(inside)


def _indefinite_noun(word: str) -> bool:
    """A word Norsk Ordbank knows as a noun, in no definite form ('skift', 'ansatte'; not 'skiftene')."""
    return "noun" in ordbank().classes(word) and not definite_noun(word)


def _indefinite_plural(word: str) -> bool:
    """'maskiner', 'biler': a noun in an indefinite form other than its lemma, and no adjective
    ('siste', 'største')."""
    classes = ordbank().classes(word)
    lemma = ordbank().noun_lemma(word)
    return "adj" not in classes and lemma not in (None, word) and _indefinite_noun(word) and word.endswith(("er", "ar"))


def _plural_noun(word: str) -> bool:
    """A word Norsk Ordbank knows only as a noun, in an indefinite plural form ('pasienter',
    'søkere', 'hordalendinger', and 'nordmenn' of 'nordmann'), not a definite one ('pasienten',
    'søkerne'); a compound Ordbank lacks by its last part ('2000 snegleposer')."""
    classes = ordbank().classes(word)
    lemma = ordbank().noun_lemma(word)
    inflected = lemma is not None and lemma != word
    if not classes and inflected and word.endswith("er"):
        return True
    if classes == {"noun"} and inflected and word.endswith("menn") and lemma and lemma.endswith("mann"):
        return True
    return classes == {"noun"} and inflected and word.endswith(("er", "ar", "e")) and not word.endswith("ne")


def _names_an_average(word: str) -> bool:
    """'snittet', 'i gjennomsnitt', 'landsgjennomsnittet', 'fylkessnittet': an average, by the
    head of its noun's lemma (Norsk Ordbank, compounds it lacks by their last known part)."""
    if word in AVERAGING:
        return True
    lemma = ordbank().noun_lemma(word) if word.isalpha() else None
    return lemma is not None and lemma.endswith(AVERAGE_NOUNS)


def _names_a_duration(word: str) -> bool:
    """'ventetid', 'saksbehandlingstiden', 'reisetida': a noun Norsk Ordbank knows, for a span of time."""
    return word.endswith(("tid", "tiden", "tida")) and "noun" in ordbank().classes(word)


def _describes(word: str) -> bool:
    """An adjective Norsk Ordbank lists ('godt', 'svake'), that may stand between a number and its
    noun ('to svake år')."""
    return "adj" in ordbank().classes(word)


BOUNDS: Final = frozenset({"more_than", "less_than", "at_least", "at_most"})  # qualifiers that bound a figure
PER_PERIOD: Final = frozenset({"i", "om", "per", "pr.", "hver", "hvert"})  # 'én dag i uka', 'to timer om dagen'
FREQUENCY_ADVERBS: Final = frozenset({"daglig", "ukentlig", "månedlig", "årlig"})
# 'eller' and a comparative after a figure: 'eller mer' is at least it, 'eller mindre' at most
OR_MORE: Final[dict[str, Qualifier]] = {
    **dict.fromkeys(("mer", "flere", "fler", "høyere", "fortere", "større", "lengre", "eldre"), "at_least"),
    **dict.fromkeys(("mindre", "færre", "lavere", "saktere", "kortere", "yngre"), "at_most"),
}


def _from_to(tokens: list[Token]) -> bool:
    """The tokens hold 'fra', a number and later 'til': a change spelled out ('fra 29 til 59'); not
    the years it happened between ('doblet seg fra 2017 til 2018')."""
    return any(
        a.lower == "fra" and b.is_number and not _year_like(b.text) and any(t.lower == "til" for t in tokens[k + 2 :])
        for k, (a, b) in enumerate(pairwise(tokens))
    )


def _inflected_label(word: str, labels: frozenset[str]) -> bool:
    """'i ukene 32–35': a label noun in another form, by its lemma; not a form that is also a verb
    ('Ifølge CargoNet sporet seks av vognene av': derailed, not the track)."""
    return ordbank().noun_lemma(word) in labels and "verb" not in ordbank().classes(word)


LABEL_HEAD: Final = 5  # letters of a label noun that is a verb too, as a compound's head ('tiltakspakke 3')


def _labelled_compound(word: str) -> bool:
    """'produksjonsområde 6', 'brannsone 3', 'risikogruppe 4': a compound noun whose head is a label
    noun (not a verb such as 'ringe'), as the head itself is; a word Ordbank lists only when it is
    a noun and nothing else."""
    if ordbank().is_known(word) and ordbank().classes(word) != {"noun"}:
        return False
    lemma = ordbank().noun_lemma(word) or word  # 'aldersgruppen 18-64'
    return any(lemma.endswith(label) and len(lemma) > len(label) + 2 for label in _label_heads())


@cache
def _label_heads() -> tuple[str, ...]:
    """The label nouns a compound may end in: four letters or more, and only nouns ('område',
    'sone'), or five or more in a noun's base form whatever else they are ('trinn' in 'byggetrinn
    2', 'pakke' in 'tiltakspakke 3'); never a word for calling ('ringe', 'ring'). Read once, not at
    each number."""
    labels = lexicon().not_claim_labels - PHONE_CUES
    words = ordbank()
    return tuple(
        label
        for label in labels
        if (len(label) >= 4 and words.classes(label) == {"noun"})
        or (len(label) >= LABEL_HEAD and "noun" in words.classes(label) and words.noun_lemma(label) == label)
    )


def _year_like(digits: str) -> bool:
    """'2020': four digits from 1800 to 2100, as a year is written."""
    return digits.isdecimal() and len(digits) == 4 and 1800 <= int(digits) <= 2100


RANGE_DIGITS: Final = 12  # a range written short ('150–60') is of ordinary numbers, never a run of digits


def _completed(low: str, high: str) -> Decimal | None:
    """'150–60 millioner' is 150 to 160: a range's end written short takes the first digits of
    its start; from 100 up, as no score is written so."""
    if not (low.isdecimal() and high.isdecimal()) or len(low) > RANGE_DIGITS or int(low) < 100 or len(high) >= len(low):
        return None
    full = Decimal(low[: len(low) - len(high)] + high)
    return full if full > int(low) else None


def _tight_draw(low: str, high: str, dash: Token, second: Token) -> bool:
    """'2–2', '3–1' written tight with small numbers: a result, not a range (a range rises: '10–20').
    Nor does a range start at nothing: 'snudde 0–1 til 3–1' is a score."""
    if not (low.isdecimal() and high.isdecimal()) or dash.end != second.start or max(len(low), len(high)) > 2:
        return False  # a score is of one or two digits a side
    return int(high) <= int(low) < 100 or (int(low) == 0 and int(high) < 100)


def _power_of_ten(value: Decimal) -> bool:
    """100, 1.000, 100.000: a one and zeros."""
    return value == value.to_integral_value() and str(int(value)).rstrip("0") == "1"
