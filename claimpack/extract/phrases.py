"""Noun phrases that can name a source.

A phrase is read left to right over tokens: optional determiner and adjectives, premodifiers
(roles 'innsatsleder', genitives 'FNs', type nouns 'nettselskapet'), a head (a name, a body
such as 'politiet' or 'greske myndigheter', a role noun 'Utenriksministeren', a pronoun) and
postmodifiers (an affiliation 'i Fagforbundet', '(UD)', '(74)', an apposition
', sjef for Røde Kors' operasjoner i Syria,').
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Final, Literal, TypedDict, Unpack

from claimpack.extract.quotes import OPENERS as QUOTE_OPENERS
from claimpack.extract.words import (
    COMPANY_NOUNS,
    CONTACT_VERBS,
    MAX_AGE,
    PERSONAL_PRONOUNS,
    SENTENCE_ENDS,
    compound_adjective,
    definite_noun,
    first_name_gender,
    group_noun,
    inflected_noun,
    inflected_verb,
    is_adjective,
    is_country_region,
    is_first_name,
    is_function_word,
    is_time_noun,
    kind_of_company,
    language_adjective,
    organisation_type,
    spells,
    verb_not_noun,
)
from claimpack.lexicons import Organisation, lexicon
from claimpack.lexicons.ordbank import LONGEST_WORD, ordbank
from claimpack.model import SourceKind
from claimpack.segment.tokens import Token

PRONOUNS: Final = {"hun": "f", "han": "m", "henne": "f", "ham": "m"}  # the object forms after «ifølge»
# 'ifølge hennes oversikt': the owner of a document, as the pronoun «ifølge» would take
OWNER_PRONOUNS: Final = {"hennes": "henne", "hans": "ham"}
# What ends an owner's role with no name where a speaker stands: 'sier klubbens styreleder.',
# 'påpeker Ottestads styreleder at'; not 'til', which may open the role's field ('FNs
# spesialutsending til Syria')
OWNERS_ROLE_ENDS: Final = frozenset({".", "!", "?", ":", ",", "at"})
ACRONYM_SPELLS: Final = 3  # words in small letters a bracketed acronym may spell after a capitalised one
# Kinship and close ties, a closed class of nouns for people that no role list holds: after
# 'ifølge Olsens', these speak themselves ('ifølge Olsens kone'); other nouns are Olsen's (cited_thing).
KIN_NOUNS: Final = frozenset(
    {
        "mor",
        "far",
        "foreldre",
        "bror",
        "søster",
        "søsken",
        "sønn",
        "datter",
        "barn",
        "kone",
        "mann",
        "ektemann",
        "ektefelle",
        "samboer",
        "kjæreste",
        "venn",
        "venninne",
        "kollega",
        "nabo",
        "onkel",
        "tante",
        "fetter",
        "kusine",
        "bestemor",
        "bestefar",
        "besteforeldre",
        "barnebarn",
        "familie",
    }
)
OWN: Final = frozenset({"egen", "eget", "egne"})
DETERMINERS: Final = frozenset({"den", "det", "de"})
ARTICLES: Final = frozenset({"en", "ei", "et"})
DETERMINERS_OR_ARTICLES: Final = DETERMINERS | ARTICLES
AFFILIATION_PREPOSITIONS: Final = frozenset({"i", "ved", "fra", "hos"})
# Where an unnamed source is: 'en kilde i UD', 'en beboer på mottaket'
PLACE_OF_UNNAMED: Final = AFFILIATION_PREPOSITIONS | {"på"}
COMPOUND_PREPOSITIONS: Final = frozenset(
    {"tett på", "nær", "med innsikt", "med innsikt i", "med kjennskap til", "med kunnskap om", "med tilknytning til"}
)
DEFINITE_ENDINGS: Final = ("en", "et", "ene", "na")


MAX_BRAND_DIGITS: Final = 4  # 'Rema 1000', 'Sparebank 1'; a longer run is a count or a year
PATRONYMIC_ENDINGS: Final = ("sen", "son")  # 'Olaussen', 'Anundsen', 'Carlsson'


def _patronymic(token: Token) -> bool:
    """'Olaussen', 'Hansen', 'Carlsson': a first name and '-sen' or '-son' make a surname, a
    person's ('Elevundersøkelsen', 'Dagsavisen' are no first name's)."""
    low = token.lower
    if not token.is_capitalized or token.is_acronym or not low.endswith(PATRONYMIC_ENDINGS) or len(low) > LONGEST_WORD:
        return False
    stem = low[: -len("sen")]
    names = {stem, stem + "s", stem + "e", stem.removesuffix("s")}  # 'Hans-en', 'Ol-sen', 'Carls-son'
    # a given name the lexicon or Norsk Ordbank (which lists names as proper nouns) knows
    return any(
        len(name) > 1 and (is_first_name(name.capitalize()) or ordbank().is_proper_noun(name.capitalize()))
        for name in names
    )


def _region(token: Token) -> bool:
    """'Innlandet', 'Vestlandet': a part of the country named by the definite 'landet', which
    Norsk Ordbank lists as a common noun ('innland'), not as a place."""
    return token.is_capitalized and token.lower.endswith("landet") and len(token.lower) > len("landet")


# The definite singular and plural of a common noun that names a group or body: 'festivalen',
# 'rederiet', 'avisa', 'bøndene'
# words the role lexicon holds that only qualify a role: 'en tidligere arbeidsleder' is an arbeidsleder
ROLE_MODIFIERS: Final = frozenset({"sittende", "tidligere", "fungerende", "konstituert"})
DEPUTIES: Final = frozenset({"assisterende", "stedfortredende"})  # before a role: the deputy of whoever holds it
DOCUMENT_REACH: Final = 40  # tokens looked back from 'Den viser at' for the sentence before
# the kinds of source that are bodies
BODY_KINDS: Final[frozenset[SourceKind]] = frozenset({"organization", "government"})
# a role's modifier cut short, its full stop no sentence end ('adm. direktør', 'konst. rådmann')
ABBREVIATED_MODIFIERS: Final = frozenset({"adm", "konst", "kst", "fung", "ass"})
GROUP_ENDINGS: Final = ("en", "et", "a", "ene", "ne")
GROUP_PREPOSITIONS: Final = frozenset({"i", "på", "ved", "fra", "hos", "rundt", "blant", "under", "utenfor", "langs"})
# adjectives that count or order a group named before, not name one: 'de fleste', 'de andre'
NOMINAL_EXCLUDED: Final = frozenset(
    {"fleste", "færreste", "andre", "samme", "siste", "første", "neste", "øvrige", "resterende", "enkelte", "spurte"}
)
# words that open a subject after its fronted verb ('Ifølge X spiser hver nordmann', '… har det vært')
INVERTED_SUBJECT_OPENERS: Final = frozenset(
    {"hver", "hvert", "det", "de", "den", "denne", "disse", "han", "hun", "vi", "jeg", "man", "alle", "ikke", "også"}
)
ACTION_ENDINGS: Final = ("ing", "else")  # 'evakueringen', 'undersøkelsen' name what happened, not who spoke
# 'ifølge nye tall fra …', 'ifølge NRKs beregninger': words before what a body published
# (documents.tsv holds the nouns)
EVIDENCE_OPENERS: Final = frozenset(
    {"ny", "nytt", "nye", "fersk", "ferskt", "ferske", "foreløpig", "foreløpige", "offisiell", "offisielle"}
    | OWN
    | {"siste", "en", "ei", "et", "de"}
)
# what may open the words for a document: 'ifølge nye tall', 'Det viser den ukentlige statistikken fra NVE'
EVIDENCE_LEADS: Final = EVIDENCE_OPENERS | {"den", "det", "samme"}
NAMED_FIELD_REACH: Final = 8  # tokens of a body's name after a role's 'for' ('sjef for UP-distrikt 5 i Nord-Norge')
ACCESS_NOUNS: Final = frozenset({"innsyn", "tilgang"})  # 'har fått innsyn i', 'har fått tilgang til'
GOT_FROM_REACH: Final = 8  # words of where figures were got from ('fra billettsystemet'): bounded, linear time
EVIDENCE_LEAD_REACH: Final = 4  # lead words read at most: a cue's reading stays constant however they repeat
# The organs that speak for the body that owns them (organisation_types.tsv): 'NTNUs ledelse'
BODY_ORGANS: Final = frozenset({"ledelse", "administrasjon", "styre"})
# 'en måling Norstat har gjort': the verbs of a relative clause that names who made a document
# Verbs (lemmas) a body makes or issues a document with: 'en måling Norstat har gjort', 'en
# børsmelding selskapet sendte ut'; 'la' stands for 'la fram' (the past of 'legge')
MADE_BY: Final = frozenset(
    {
        "gjøre",
        "utføre",
        "gjennomføre",
        "lage",
        "ta",
        "publisere",
        "utarbeide",
        "legge",
        "la",
        "sende",
        "offentliggjøre",
        "presentere",
        "hente",  # 'Tallene Norsk Toppfotball har hentet inn'
        "samle",  # 'tall kommunen har samlet inn'
        "innhente",
    }
)
DESCRIBING_REACH: Final = 4  # adjectives, and the quote marks around one, before a document's noun
# 'De «offisielle» tallene': a word held at a distance, between the marks that open and close quotes
SCARE_QUOTES: Final = frozenset(QUOTE_OPENERS) | frozenset(QUOTE_OPENERS.values())
COMING_FROM: Final = frozenset({"komme", "stamme"})  # 'tallene som kommer fra Helfo': where figures come from
FETCHING: Final = frozenset({"hente", "innhente", "få"})  # 'har hentet fra', 'har fått fra': got from a giver
FETCHER_WORDS: Final = 4  # tokens naming who fetched figures, before 'har hentet fra' ('P4 - nyhetene')
ROLE_PREPOSITIONS: Final = frozenset({"i", "for", "til", "ved", "på", "hos", "av"})  # 'leder av hovedutvalget'
POSSESSIVES: Final = frozenset({"hans", "hennes", "deres", "dets", "dens", "sin", "sitt"})
NAME_PARTICLES: Final = frozenset(
    {"de", "van", "von", "der", "al", "bin", "ibn", "la", "le", "du", "da", "di", "dos", "del", "ter", "af", "el"}
)
NAME_CONNECTORS: Final = frozenset({"for", "of", "and", "&"})
# Nouns (lemmas, or their last part) for who runs a body: 'ledelsen ved X', 'konsernledelsen i X'
GOVERNING_NOUNS: Final = ("ledelse", "administrasjon", "direksjon")
# Words that link the parts of a body's name spelled out before its acronym
NAME_LINKS: Final = frozenset({"for", "og", "i", "mot", "til", "av"})
# Bodies of elected members that speak for themselves at their institution: 'Studentparlamentet ved
# USN', 'Elevrådet ved skolen', 'Studentutvalget ved NTNU'
ELECTED_ORGANS: Final = ("parlament", "råd", "utvalg", "ting")
MUNICIPALITY_NOUNS: Final = frozenset({"kommune", "fylkeskommune"})
SLOGAN_LINKS: Final = frozenset({"til", "mot"})  # 'Nei til husleiesjokk', 'Folkeaksjonen mot …'
SLOGAN_OPENERS: Final = frozenset({"nei", "ja"})
SLOGAN_WORDS: Final = 4  # lower-case words after the link: 'Plass til alle', 'Nei til nye bomstasjoner'
# Words inside the common nouns that end a body's name: 'Grenland brann og redning', 'Familie uten grenser'
FIELD_LINKS: Final = frozenset({"og"})
YEARS_OLD: Final = frozenset({"gammel", "gammelt", "gamal"})  # 'en 19 år gammel kvinne'
COORDINATED_LEAD: Final = 2  # words in small letters before a name's '- og <type noun>' ('faglitterær forfatter- og …')
FIELD_PREPOSITIONS: Final = frozenset({"uten", "mot"})
SAID_TO: Final = frozenset({"til", "overfor"})  # 'Det opplyser X til NTB'

TYPED_RUN: Final = (
    4  # capitalised words read after a nationality for a body's type noun ('Norske Kvinners Sanitetsforening')
)
# Type nouns whose names go on with 'for <field>': 'Norsk institutt for vannforskning', 'Senter for …'
NAMED_FOR_TYPES: Final = frozenset(
    {"institutt", "direktorat", "senter", "råd", "tilsyn", "forbund", "forening", "organisasjon", "kontor", "nemnd"}
    | {"utvalg", "ombud", "departement", "fond", "sekretariat", "kommisjon", "byrå", "etat", "nettverk"}
    | {"lag", "selskap", "akademi"}  # 'Landslaget for spelemenn', 'Selskapet for norsk kultur'
    | {"forum"}  # 'Beslutningsforum for nye metoder'
)
UNNAMED_CUES: Final = (
    "stå fram",
    "står fram",
    "bli navngitt",
    "navngis",
    "oppgi navn",
    "ha navnet",
    "bli identifisert",
)
PLACE_NOUNS: Final = frozenset({"sentrum"})
# 'i slutten av 30-årene': the part of a decade of age
AGE_PARTS: Final = frozenset({"begynnelsen", "midten", "slutten"})
ANONYMOUS_OPENERS: Final = frozenset(
    {"en", "ei", "et", "flere", "noen", "anonyme", "to", "tre", "én", "mange", "enkelte"}
)
PLURAL_OPENERS: Final = frozenset({"flere", "noen", "mange", "enkelte", "to", "tre"})  # 'Flere bønder sier …'
# What follows an unnamed speaker: the end, what is said ('at'), to whom or about what
SAID_NEXT: Final = frozenset({".", "!", "?", ",", ":", "at", "til", "om", "overfor"})
# Indefinite nouns of an amount or a time, never someone: 'Det sier en del om …', 'en rekke',
# 'Denne uken', 'forrige måned', 'hele året': a determiner before a noun of time makes a time
TIME_DETERMINERS: Final = frozenset({"denne", "dette", "disse", "forrige", "neste", "hele", "samme"})
# 'beskriver en kaotisk natt' (units of time are is_time_noun's)
NOT_SOMEONE: Final = frozenset(
    {"del", "rekke", "mengde", "gang", "flertall", "mindretall", "stund", "tid", "periode"}
    | {"natt", "kveld", "morgen", "formiddag", "ettermiddag", "helg"}
)
# What is left of those counted, or half of them: 'Resten svarer vet ikke', 'Halvparten svarer nei'
# are answers in a poll, never a source
REMAINDERS: Final = frozenset({"rest", "halvpart"})
# At most this many first parts listed before a shared type noun: 'Barne-, ungdoms- og familiedirektoratet'
LISTED_PARTS: Final = 4
# At most this many words of a body's name before its role compound: 'Telenor Norge-direktør X'
BODY_INTO_ROLE_WORDS: Final = 3
# A document compound that opens so is the state's: 'statsbudsjettet', 'statsregnskapet'
STATE_PREFIX: Final = "stats"
OPENING_PUNCTUATION: Final = frozenset({"–", "—", "-", "«", '"', "(", ":"})

PhraseKind = Literal["name", "group", "anonymous", "pronoun", "role"]


@dataclass(frozen=True)
class NounPhrase:
    first: int  # index of the first token
    last: int  # index after the last token the parse consumed (commas of an apposition included)
    start: int
    end: int
    kind: PhraseKind
    name: str
    name_start: int
    name_end: int
    source_kind: SourceKind | None = None
    gender: str | None = None
    plural: bool = False
    role: str | None = None
    role_heads: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    alias: str | None = None
    affiliation: NounPhrase | None = None
    single_word: bool = False
    extra: tuple[NounPhrase, ...] = field(default_factory=tuple)
    document: str | None = None  # 'dommen': the type of body that issues it ('rett'), or '*' for any
    owns: str | None = None  # 'en måling Norstat har gjort': the lemma of the document the body stands behind


class PhraseDetails(TypedDict, total=False):
    """What a parse rule may add to the phrase it makes (NounPhrase's optional fields)."""

    source_kind: SourceKind | None
    gender: str | None
    plural: bool
    role: str | None
    role_heads: frozenset[str]
    types: frozenset[str]
    alias: str | None
    affiliation: NounPhrase | None
    single_word: bool
    extra: tuple[NounPhrase, ...]
    document: str | None


@cache
def _lower_countries() -> frozenset[str]:
    return frozenset(country.lower() for country in lexicon().countries)


@lru_cache(maxsize=1 << 16)
def _document_lemma(word: str) -> str | None:
    """`PhraseParser.document_lemma` of a lower-case word, remembered: it tries every document
    noun against every lemma of the word."""
    documents = lexicon().documents
    lemmas = ordbank().noun_lemmas(word)
    found = sorted(documents.keys() & lemmas)
    if not found:
        found = sorted(d for d in documents if len(d) >= 4 and any(lemma.endswith(d) for lemma in lemmas))
    return found[0] if found else None


@cache
def _credit_words() -> frozenset[str]:
    """The words that open a picture credit, lower-cased ('foto', 'arkivfoto')."""
    return frozenset(word.lower() for word in lexicon().credit_words)


def is_document_word(word: str) -> bool:
    """'rapporten', 'aktivitetsbarometeret': a lower-case word for what a body publishes."""
    return _document_lemma(word) is not None


@cache
def _organisation_openers() -> frozenset[str]:
    """The first words of the lexicon's organisations of two words or more."""
    return frozenset(name.split(" ", 1)[0] for name in lexicon().organisations if " " in name)


@lru_cache(maxsize=1 << 16)
def _role_word(word: str) -> bool:
    """`PhraseParser.is_role_word` of a lower-case word, remembered: the name scan asks it of
    nearly every word, and a role's stem is tried against every role suffix."""
    lex = lexicon()
    return (lex.is_role(word) and lex.role_stem(word) is None) or word in lex.roles


def _joined_capitals(tokens: list[Token]) -> bool:
    """'Handel og Kontor', 'Natur og Ungdom': capitalised common nouns joined by 'og' are all the
    name's, so its last word is no type ('Handel og Kontor' is no office: 'forbundet' may be it);
    after places the last word is the type ('Molde og Romsdal Havn' is a havn)."""
    joins = [k for k, t in enumerate(tokens) if t.lower == "og" and k > 0]
    if not joins or not tokens[-1].is_capitalized:
        return False
    before = tokens[joins[-1] - 1]
    return "noun" in ordbank().classes(before.lower) and not ordbank().is_proper_noun(before.text)


ACTION_STEM: Final = 3  # letters at least of the verb stem an action noun is made from ('bygg' in 'bygging')


@lru_cache(maxsize=1 << 16)
def names_an_action(lemma: str) -> bool:
    """'evakuering', 'boligbygging', 'undersøkelse': a noun made from a verb (its stem and -e is a
    verb in Norsk Ordbank, for the whole noun or a noun it ends with) names what happened, not who
    spoke. 'sameting', 'storting' end so, but are made from no verb: 'ting' is a noun of its own."""
    words = ordbank()
    for ending in ACTION_ENDINGS:
        if not lemma.endswith(ending):
            continue
        # the whole noun, then the nouns it ends with, no longer than Ordbank's longest word
        tails = range(max(1, len(lemma) - LONGEST_WORD), len(lemma) - len(ending) - ACTION_STEM + 1)
        for k in (0, *tails):
            tail = lemma[k:]
            if k > 0 and words.noun_lemma(tail) != tail:
                continue
            stem = tail[: -len(ending)]
            # 'bevilgning' of 'bevilge', 'sammenslåing' of 'slå': the verb with or without its -e
            verbs_made = (stem + "e", stem, stem[:-1] + "e" if stem.endswith("n") else "")
            if any(verb and words.lemma(verb, "verb") == verb for verb in verbs_made):
                return True
    return False


@lru_cache(maxsize=1 << 16)
def _base_noun(word: str) -> bool:
    """A word Norsk Ordbank knows only as a noun, in its base form ('ungdom', 'helse'; not 'ruter')."""
    return ordbank().classes(word) == {"noun"} and ordbank().noun_lemma(word) == word


# Types of body that have branches by place: 'Norsk Sykepleierforbund i Agder' is the union's
# county branch, as 'Fellesforbundet i Vestfold' is; 'Sundbøen Verft i Hareid' is where a yard is.
# An acronym closes the name: 'Norsk Sykepleierforbund (NSF) i Larvik' is the union, met in Larvik.
BRANCHED_TYPES: Final = frozenset({"forbund", "forening", "fagforening", "lag", "parti"})


def _branched(token: Token) -> bool:
    """The last word of a name is a type of body with branches by place ('Sykepleierforbund')."""
    typed = organisation_type(token.lower)
    return typed is not None and typed[0] in BRANCHED_TYPES


def _noun_or_compound(word: str) -> bool:
    """A noun Norsk Ordbank knows, or a compound it lacks whose last part is one ('premiestrukturen'
    of 'struktur', in 'ifølge UEFAs premiestruktur')."""
    classes = ordbank().classes(word)
    return "noun" in classes or (not classes and ordbank().noun_lemma(word) is not None)


def compound_of_type(word: str) -> bool:
    """'tannlegeforening', 'legeforening': a compound whose head is an organisation's type noun
    and that is that type in its base form (not 'foreningen')."""
    typed = organisation_type(word)
    return typed is not None and typed[2] == word and typed[0] != word


def _noun_in_base_form(word: str) -> bool:
    """A word Norsk Ordbank knows as a noun in its base form, whatever else it is ('sau')."""
    return "noun" in ordbank().classes(word) and ordbank().noun_lemma(word) == word


@lru_cache(maxsize=1 << 16)
def _definite_noun(word: str) -> bool:
    """A lower-case word Norsk Ordbank knows as an inflected common noun, in a definite form:
    the word's own part of `PhraseParser.describing_noun`, remembered."""
    lemma = ordbank().noun_lemma(word)
    if lemma is None or lemma == word or word in lexicon().function_words:
        return False
    # the feminine '-a' ('avisa', 'bygda', 'jenta'): the lemma with its last 'e' changed for it
    return word.endswith(DEFINITE_ENDINGS) or word in (lemma + "a", lemma.removesuffix("e") + "a")


def is_brand(token: Token) -> bool:
    """A name written with a small first letter and a capital second: 'iTromsø', 'eBay'."""
    text = token.text
    return len(text) > 2 and text[0].islower() and text[1].isupper() and text.isalpha()


@lru_cache(maxsize=1 << 16)
def small_word_may_open(text: str) -> bool:
    """Whether a word in small letters can open a name or a speaker at all, by itself: a brand
    ('iTromsø'), a genitive in -s long enough to own ('politiets'), a role ('ordfører') or a
    definite noun that describes ('avisa'). What `PhraseParser.is_genitive`, `is_role_word` and
    `describing_noun` ask of the word first, remembered, so the name scan passes the most common
    words of a text at one lookup each."""
    low = text.lower()
    return (
        (len(text) > 2 and text[1].isupper() and text.isalpha())  # is_brand
        or (low.endswith("s") and len(low) >= 5)
        or _role_word(low.split("-")[-1] if "-" in text else low)
        or _definite_noun(low)
    )


SAINTS: Final = frozenset({"St", "Sta", "Sct"})  # 'St. Olavs hospital', 'St. Hanshaugen'


TITLE_REACH: Final = 12  # tokens from a capitalised title to the comma before its holder's name

# Public offices of which a place has one, named by it: 'Namsfogden i Trøndelag', 'Legevakten i Odda'
OFFICES_NAMED_BY_PLACE: Final = frozenset({"legevakt", "namsfogd"})


class PhraseParser:
    """Parses noun phrases in one block's tokens; `starts` are tokens that open a sentence."""

    def __init__(
        self,
        text: str,
        offset: int,
        tokens: list[Token],
        starts: set[int],
        proper_nouns: frozenset[str] = frozenset(),
        spoken_to: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.offset = offset
        self.tokens = tokens
        self.starts = starts
        self.proper_nouns = proper_nouns  # words the article capitalises mid-sentence: names
        self.spoken_to = spoken_to  # what the article's people speak to ('sier hun til NRK'): its own newsroom
        self.lex = lexicon()
        self._named: dict[tuple[int, int, tuple[int, ...], int | None, frozenset[str]], NounPhrase] = {}
        # filled when first asked for: mypyc compiles a cached_property as a plain property, which
        # would walk the tokens again at every call
        self._words_end: list[int] | None = None
        self._clause_end: list[int] | None = None

    # -- helpers -----------------------------------------------------------------------------

    @property
    def words_end(self) -> list[int]:
        """For each token, the first token at or after it that is no word (len: none). Read once:
        a run of words with no punctuation would be walked again for every role before it."""
        if self._words_end is None:
            self._words_end = _first_from(self.tokens, lambda token: not token.is_word)
        return self._words_end

    @property
    def clause_end(self) -> list[int]:
        """For each token, the first ',', '.', '!', '?' or '»' at or after it (len: none)."""
        if self._clause_end is None:
            self._clause_end = _first_from(self.tokens, lambda token: token.text in (",", ".", "!", "?", "»"))
        return self._clause_end

    def span(self, a: int, b: int) -> str:
        return self.text[self.tokens[a].start - self.offset : self.tokens[b - 1].end - self.offset]

    def names_a_medium(self, k: int) -> bool:
        """Token k opens a newsroom the lexicon knows ('NRK', 'TV 2') or a name ending in a
        newsroom's type noun ('Rana Blad'): after 'for', the client of a poll or a survey, not the
        end of a name."""
        token = self.token(k)
        if token is None:
            return False
        orgs = self.lex.organisations
        pair = f"{token.lower} {self.tokens[k + 1].lower}" if k + 1 < len(self.tokens) else ""
        entry = orgs.get(pair) or orgs.get(token.lower)
        if entry is not None:
            return entry.kind == "media"
        # a name that ends in a newsroom's type noun: 'Respons Analyse for Rana Blad'
        last = k
        while last + 1 < len(self.tokens) and self.tokens[last + 1].is_capitalized and self.tokens[last + 1].is_word:
            last += 1
        typed = organisation_type(self.tokens[last].lower) if last > k else None
        return typed is not None and typed[1] == "media"

    def at_start(self, k: int) -> bool:
        return k in self.starts or (k > 0 and self.tokens[k - 1].text in OPENING_PUNCTUATION)

    def token(self, k: int) -> Token | None:
        return self.tokens[k] if 0 <= k < len(self.tokens) else None

    def is_genitive(self, k: int) -> bool:
        token = self.tokens[k]
        if not token.is_capitalized and token.is_word:
            # 'politiets pressetalsperson', 'kommunens kommunikasjonssjef'
            stem = token.lower[:-1]
            return (
                token.lower.endswith("s")
                and len(stem) >= 4
                and (group_noun(stem) is not None or bool(organisation_type(stem)) or self.owner_of_title(k))
            )
        if len(token.text) < 3 or (len(token.text) < 4 and not token.text[:-1].isupper()):
            return False  # 'Ifølge Aas flyttet …': a surname, not the genitive of 'Aa'; 'FNs' is one
        if token.lower in self.lex.organisations and token.lower[:-1] not in self.lex.organisations:
            return False  # 'Kripos koster …': a name the lexicon knows whole ends in s, and owns nothing
        nxt = self.token(k + 1)
        if self.at_start(k) and (self.body_noun_owns_document(k) or self.name_owns_document(k)):
            return True  # 'Valgdirektoratets oversikt viser', 'Kommunens tall viser', 'Felleskjøpets prognoser'
        if not token.text.endswith(("'", "’")) and not self.noun_may_follow(k + 1):
            return False  # 'Havbris fikk …': a name ending in s before a verb owns nothing
        if self.verb_after_source(k):
            return False  # 'Ifølge Nyhus betalte bedriften …': the verb after the source, not an adjective
        if nxt is not None and nxt.lower in self.lex.cue_forms and self.lex.cue_forms[nxt.lower][1] != "participle":
            return False  # 'Fagforbundet Sandnes varsler …': the reporting verb, not a noun 'varsler'
        if (
            self.at_start(k)
            and token.text.endswith("s")
            and self.lowercase_word(k + 1)
            and ordbank().noun_lemma(token.lower[:-1]) is not None
            and not ordbank().is_proper_noun(token.text[:-1])
            and (self.is_role_word(k + 1) or (is_adjective(self.tokens[k + 1].lower) and self.is_role_word(k + 2)))
        ):
            return True  # 'Festivalens daglige leder': a common noun, capitalised as it opens the sentence
        if (
            self.at_start(k)
            and token.text.endswith("s")
            and nxt is not None
            and self.lowercase_word(k + 1)
            and (organisation_type(nxt.lower) is not None or self.lex.is_role(nxt.lower))
            and self.name_like(k + 2)
        ):
            return True  # 'Landets katastrofeetat NDRRMC', 'Byens ordfører Ida Hætta'; not 'Statens vegvesen'
        role = self.token(k + 2)
        if (
            self.at_start(k)
            and token.text.endswith("s")
            and nxt is not None
            and self.lowercase_word(k + 1)
            and is_adjective(nxt.lower)
            and role is not None
            and self.lex.is_role(role.lower)
            and self.name_like(k + 3)
        ):
            return True  # 'Storhamars daglige leder Kjersti Aasen': an owner, an adjective, a role and a name
        return (
            token.text.endswith(("'", "’"))
            or (
                token.text.endswith("s")
                and (
                    token.is_acronym
                    or token.text[:-1] in self.lex.countries
                    # 'Statens' opens the names of state bodies ('Statens vegvesen', 'Statens
                    # institutt for folkehelse'): part of the name, though 'statens forhandlingsleder' owns
                    or (group_noun(token.text[:-1].lower()) is not None and token.text != "Statens")
                    or token.text[:-1].lower() in self.lex.organisations
                    or (
                        self.at_start(k) is False
                        and not token.text.endswith("ss")
                        and not _noun_ending_in_s(token.lower)
                        and not _name_ending_in_s(token.text)
                    )
                )
            )
        )

    def acronym_after(self, end: int, spelled: str | None = None) -> tuple[str | None, int]:
        """'Det internasjonale skiforbundet (FIS)': the acronym in brackets after a body is its alias
        ('ifølge FIS' later); (alias, where the phrase now ends). With `spelled`, a short word that
        spells it counts too ('Studentsamskipnaden i Trondheim (Sit)'; '(Sp)' spells no such name)."""
        opener, inside, closer = self.token(end), self.token(end + 1), self.token(end + 2)
        if opener is not None and inside is not None and closer is not None:
            short_word = spelled is not None and inside.is_capitalized and len(inside.text) <= 6
            known = inside.is_acronym or (short_word and spells(inside.text, spelled or ""))
            if (opener.text, closer.text) == ("(", ")") and known:
                return inside.text, end + 3
        return None, end

    def spelled_by_acronym(self, k: int) -> bool:
        """'Norsk pasientskadeerstatning (NPE) betalte …': a capitalised word and at most
        ACRONYM_SPELLS words in small letters before an acronym in brackets that spells them name a
        body, whatever its words."""
        if not self.tokens[k].is_capitalized:
            return False
        end = k + 1
        while end <= k + ACRONYM_SPELLS and self.token(end) is not None and self.lowercase_word(end):
            end += 1
        alias, _ = self.acronym_after(end)
        return alias is not None and spells(alias, self.span(k, end))

    def title_before_name(self, k: int) -> bool:
        """'agent Ola Dahl', 'Talentspeider Stig Moe': a common noun (Norsk Ordbank knows it, in
        the indefinite singular) right before a known first name is a title, whatever the noun."""
        token = self.tokens[k]
        if token.lower in self.lex.function_words:
            return False
        # 'sa NRK-kommentator Kari Nordmann': a name and a common noun written together
        head, _, tail = token.text.rpartition("-")
        compound = bool(head) and tail[:1].islower()
        word = tail if compound else token.lower
        capitalized = token.is_capitalized and not compound
        if capitalized and (not self.at_start(k) or len(token.text) < 6 or is_first_name(token.text)):
            return False  # 'Lise Marie Tan' is a name; 'Talentspeider Stig Moe' opens with a title
        nxt, before = self.token(k + 1), self.token(k - 1)
        # a word that is a verb too is a title only right after the reporting verb ('sier makker Preben Madsen')
        after_cue = before is not None and before.lower in self.lex.cue_forms
        if not after_cue and before is not None and k >= 2 and self.tokens[k - 2].lower in self.lex.cue_forms:
            after_cue = before.is_capitalized and self.is_genitive(k - 1)  # 'sa NRKs kommentator Patrick Rowlands'
        if not after_cue and before is not None:
            after_cue = self.owner_after_cue(k)  # 'sier mannens forsvarer Geir Jesinsky'
        # 'Skipper Arnt Rusten (58)': an age after the name says it is a person's, known or not
        aged = nxt is not None and self.aged_name(k + 1)
        # 'sier disponent Arnt Johansen': right after the cue, a name of two words, known or not;
        # 'sier naturforvalter Linn Karlsen': a given name Ordbank knows as a word, and a surname
        named = (
            after_cue
            and not capitalized
            and not organisation_type(word)
            and (self.person_like(k + 1) or self.person_like(k + 1, surname_only=True))
        )
        return (
            nxt is not None
            and organisation_type(word) is None  # 'opplyser bompengeselskapet Ferde': a body's type, then its name
            and (is_first_name(nxt.text) or aged or named or (not capitalized and self.lone_surname(k + 1)))
            # 'sier skipper X': right after the cue (or before an aged name), a lemma that is also
            # another noun's plural ('skipp')
            and (ordbank().noun_lemma(word) == word or ((after_cue or aged) and word in ordbank().noun_lemmas(word)))
            # a verb form too ('utbygger', 'forfatter') only right after the cue, before an aged name
            # ('Forfatter Live Nygård (38) mener'), or opening the sentence before a whole name
            # ('Utbygger Nils Brenna sier'): news does not open a sentence with a verb
            and (
                "verb" not in ordbank().classes(word)
                or after_cue
                or aged
                or (self.at_start(k) and self.person_like(k + 1))
            )
        )

    def verb_after_source(self, k: int) -> bool:
        """'Ifølge Nyhus betalte bedriften …': after 'ifølge' and a name the finite verb comes
        next (the clause's second place), so a word after the name that Ordbank knows as a verb
        and no noun is that verb, though it may also be an adjective ('betalte')."""
        nxt = self.token(k + 1)
        if k == 0 or self.tokens[k - 1].lower != "ifølge" or nxt is None or not nxt.is_word:
            return False
        classes = ordbank().classes(nxt.lower)
        return "verb" in classes and "noun" not in classes and nxt.lower not in ordbank().verb_lemmas(nxt.lower)

    def owner_of_title(self, k: int) -> bool:
        """'sier mannens forsvarer X', 'Ifølge galleriets eier, Trude Holmsen,': a common noun in
        the genitive right after the reporting verb's words, before a title and a name (or a name
        in apposition), owns that title."""
        if k + 2 >= len(self.tokens) or not self.tokens[k + 1].is_word:
            return False
        if not (self.name_like(k + 2) or (self.tokens[k + 2].text == "," and self.name_like(k + 3))):
            return False
        return (self.is_role_word(k + 1) or self.title_before_name(k + 1)) and self.owner_after_cue(k + 1)

    def owner_after_cue(self, k: int) -> bool:
        """'sier mannens forsvarer X', 'svarer den dømte spillerens forsvarer X': between the
        reporting verb (or 'ifølge') and the title at k, a common noun in the genitive (with its
        article and adjectives) says whose title it is."""
        owner = self.tokens[k - 1]
        stem = owner.lower[:-1]
        if owner.is_capitalized or not owner.lower.endswith("s") or len(stem) < 4:
            return False
        if "noun" not in ordbank().classes(stem) and ordbank().noun_lemma(stem) is None:
            return False
        j = k - 2
        while j >= 0 and k - j <= 5 and not self.opens_owner(j):
            word = self.tokens[j]
            known = word.lower in ("den", "det", "de") or "adj" in ordbank().classes(word.lower)
            if not word.is_word or word.is_capitalized or not known:
                return False
            j -= 1
        return j >= 0 and self.opens_owner(j)

    def opens_owner(self, j: int) -> bool:
        """A reporting verb or 'ifølge' at j, after which an owner's title names the speaker."""
        return self.tokens[j].lower in self.lex.cue_forms or self.tokens[j].lower == "ifølge"

    def second_given_name(self, tokens: list[Token]) -> bool:
        """'Lan Marie Berg', 'Ngoc Anh Tran': three or four capitalised words, the second a given
        name the lexicon knows, none a body's type noun, a company form or a known body."""
        if not 3 <= len(tokens) <= 4 or not is_first_name(tokens[1].text):
            return False
        if not all(t.is_word and t.is_capitalized and not t.is_acronym for t in tokens):
            return False
        return not any(
            organisation_type(t.lower) or t.text in self.lex.company_forms or t.lower in self.lex.organisations
            for t in tokens
        )

    def nationality_before_name(self, k: int) -> bool:
        """'Danske TV 2 Sport', 'Svenske Aftonbladet': a nationality adjective opening the sentence
        before a name the lexicon knows or a word Ordbank does not; 'Danske Bank' and 'Norske Skog'
        are names, their second word a common noun."""
        token, nxt = self.tokens[k], self.token(k + 1)
        if not (self.at_start(k) and token.is_capitalized and token.lower.endswith("ske")) or nxt is None:
            return False
        if "adj" not in ordbank().classes(token.lower) or self.known_name_at(k):
            return False
        if self.typed_run_after(k + 1):
            return False  # 'Norske Reindriftsamers Landsforbund (NRL) mener': the adjective opens the body's name
        return self.known_name_at(k + 1) or (self.name_like(k + 1) and not ordbank().is_known(nxt.lower))

    def typed_run_after(self, k: int) -> bool:
        """Tokens k.. are two or more capitalised words, the last a body's type noun: 'Reindriftsamers
        Landsforbund', 'Kvinners Sanitetsforening' (not 'Volvo', nor 'Handelsbanken' alone)."""
        end = k
        while (
            end < len(self.tokens)
            and end - k < TYPED_RUN
            and self.tokens[end].is_word
            and self.tokens[end].is_capitalized
        ):
            end += 1
        return end - k >= 2 and organisation_type(self.tokens[end - 1].lower) is not None

    def owner_before_person(self, k: int) -> bool:
        """'Senterpartiets Kjersti Toppe', 'NRKs Ola Hansen': a capitalised word in the genitive,
        itself no first name ('Lars Erik Hansen'), before a first name and a surname; 'Høyres Sirin
        Høyen': a known body's or place's genitive before a name no list holds."""
        token, nxt = self.tokens[k], self.token(k + 1)
        owner = token.text[:-1]
        return (
            token.is_word
            and token.is_capitalized
            and token.text.endswith("s")
            and len(token.text) >= 4
            and not is_first_name(token.text)
            and not is_first_name(owner)  # a given name's genitive ('Pers', 'Kristins') owns no party
            and nxt is not None
            and (is_first_name(nxt.text) or (self.known_owner(owner) and not ordbank().is_known(nxt.lower)))
            and self.person_like(k + 1)
        )

    def known_owner(self, owner: str) -> bool:
        """'Høyre', 'NHO': a body the lexicon knows, a place Ordbank lists, or an acronym."""
        return owner.lower() in self.lex.organisations or ordbank().is_proper_noun(owner) or owner.isupper()

    def owned_by_name(self, j: int, k: int) -> NounPhrase | None:
        """'Alfred Johanssons assistent Per Lie': a name in the genitive owns the role after it; the
        one named after the role is the phrase."""
        role = self.token(k)
        if (
            k - j < 1
            or not self.tokens[k - 1].text.endswith("s")
            or role is None
            or not role.is_word
            or role.is_capitalized
            or not (self.is_role_word(k) or self.title_before_name(k))
            or not self.name_like(k + 1)
        ):
            return None
        inner = self.general(k)
        if inner is None or inner.kind != "name":
            return None
        return self.rebase(inner, j, inner.role)

    def aged_name(self, j: int) -> bool:
        """'Arnt Rusten (58)': two or more capitalised words and an age in brackets after them name
        a person, whether or not the first name is one the lexicon knows."""
        end = self.name_run(j)
        opener, age, closer = self.token(end), self.token(end + 1), self.token(end + 2)
        if end - j < 2 or opener is None or age is None or closer is None:
            return False
        aged = len(age.text) <= 3 and age.text.isdecimal() and int(age.text) <= MAX_AGE
        return opener.text == "(" and closer.text == ")" and aged

    def lone_surname(self, k: int) -> bool:
        """'sier målscorer Dahl til NRK': one capitalised word, no body, country or acronym, and
        no name going on after it, is a person named by the surname alone."""
        token, after = self.tokens[k], self.token(k + 1)
        return (
            token.is_word
            and token.is_capitalized
            and not token.is_acronym
            and token.lower not in self.lex.organisations
            and token.text not in self.lex.countries
            and not (after is not None and after.is_word and after.is_capitalized)
        )

    def initial_at(self, k: int) -> bool:
        """'M.' in 'Ola M. Dahl': one capital letter and a full stop before a capitalised word."""
        token = self.token(k)
        if token is None or len(token.text) != 1:
            return False  # asked of every word of a name: the cheap test first
        stop, after = self.token(k + 1), self.token(k + 2)
        return (
            token.text.isupper()
            and stop is not None
            and stop.text == "."
            and stop.start == token.end
            and after is not None
            and after.is_word
            and after.is_capitalized
        )

    def role_by_copula(self, person: NounPhrase) -> NounPhrase:
        """'Torfinn Kringlebotn er styreleder i Ottestad IL.': a person named as the subject of 'er'
        or 'var' and a role noun holds the role, at the body named after it ('Ottestads
        styreleder' later is this person); the phrase itself ends with the name."""
        verb, k = self.token(person.last), person.last + 1
        if verb is None or verb.lower not in ("er", "var"):
            return person
        roles: list[int] = []
        while k < len(self.tokens) and self.lowercase_word(k) and self.is_role_word(k):
            roles.append(k)
            k += 1
        if not roles:
            return person
        heads = frozenset(self.lex.role_stem(self.tokens[r].lower) or self.tokens[r].lower for r in roles)
        prep = self.token(k)
        body = None
        if prep is not None and prep.lower in AFFILIATION_PREPOSITIONS and self.name_like(k + 1):
            found = self.general(k + 1)
            body = found if found is not None and found.first == k + 1 and found.kind == "name" else None
        role = self.span(roles[0], body.last if body is not None else roles[-1] + 1)
        return replace(person, role=role, role_heads=person.role_heads | heads, affiliation=body)

    def owners_role(self, i: int, j: int, roles: list[int]) -> NounPhrase:
        """Tokens i..j, an owner in the genitive and a role ('klubbens styreleder'): the one who
        holds the role, found by resolve/entities.py as 'styrelederen' is."""
        held = self.tokens[roles[-1]].lower
        held = self.lex.role_stem(held) or held
        owner = self.tokens[i]
        named = owner.is_capitalized and ordbank().noun_lemma(owner.lower[:-1]) is None  # 'Ottestads styreleder'
        name = self.span(i, j) if named else self.span(i, j).lower()
        phrase = self.make(i, j, "role", name, roles[-1], j, role_heads=frozenset({held}))
        # a named owner says whose role it is: the holder at that body, not another body's
        return replace(phrase, affiliation=self.synthetic(i, owner.text[:-1])) if named else phrase

    def unnamed_role(self, i: int, j: int, roles: list[int]) -> NounPhrase | None:
        """'…, opplyser innsatsleder i politiet til NTB': a role with the body it serves and no name
        is a person known by the role (resolve/entities.py finds the one named before, if any)."""
        prep, target = self.token(j), self.token(j + 1)
        if not roles or prep is None or target is None or prep.lower not in AFFILIATION_PREPOSITIONS:
            return None
        named = self.person_after_body(j + 1)
        if named is not None:
            person, body_name = named
            affiliation = replace(self.synthetic(j + 1, body_name), last=person.first)
            return replace(person, first=i, start=self.tokens[i].start, role=self.span(i, j), affiliation=affiliation)
        body = self.general(j + 1, common=True)
        if body is None or body.kind not in ("name", "group") or body.first != j + 1:
            return None
        heads = frozenset(self.tokens[r].lower.split("-")[-1] for r in roles)
        name = self.span(roles[0], body.last)
        return self.make(
            i, body.last, "role", name[0].lower() + name[1:], roles[0], body.last, role_heads=heads, affiliation=body
        )

    def person_after_body(self, j: int) -> tuple[NounPhrase, str] | None:
        """'daglig leder i Palmesus Leif Fosselie': after a role and its preposition, a run of
        capitalised words whose later part opens with a first name is the body, then the person
        who holds the role, with no comma between them. The person, and the body's name."""
        end = self.name_run(j)
        for m in range(j + 1, end - 1):
            if is_first_name(self.tokens[m].text):
                person = self.general(m)
                if person is None or person.first != m or person.source_kind != "person" or person.last != end:
                    return None
                return person, self.span(j, m)
        return None

    def capitalised_type_closes(self, k: int) -> bool:
        """Token k is a capitalised type noun in the indefinite form ending a name: 'Bondelag' in
        'Innlandet Bondelag', whose first word is then a place, not a noun describing the body."""
        token = self.token(k)
        if token is None or not token.is_word or not token.is_capitalized or self.token(k + 1) is None:
            return False
        typed = organisation_type(token.lower)
        closes = (typed is not None and typed[2] == token.lower) or _type_compound(token.lower)
        return closes and not self.tokens[k + 1].is_capitalized

    def type_noun_closes(self, k: int) -> bool:
        """Token k is a body's type noun in the indefinite form, which closes a name
        ('politidistrikt' in 'Innlandet politidistrikt'; not 'politidistriktet')."""
        if not self.lowercase_word(k):
            return False
        typed = organisation_type(self.tokens[k].lower)
        return typed is not None and typed[2] == self.tokens[k].lower

    def common_noun_tail(self, tokens: list[Token]) -> bool:
        """A name whose last word is a common noun or adjective Norsk Ordbank knows, and which no
        known first name opens, is a body's ('Sandvik Turn', 'Beito Langrenn', 'Trysilfjellet
        Alpin'). Surnames that are nouns too ('Kari Berg') come after a first name."""
        if is_first_name(tokens[0].text) or tokens[-1].is_acronym:
            return False
        listed = [ordbank().is_proper_noun(t.text) for t in tokens]
        if listed[0] and (listed[-1] or (len(tokens) >= 3 and listed[1])):
            # 'Kasper Lunde' ('lunde' is a bird too), 'Sven Thore Kloster': names Ordbank lists
            # before a surname, as a person's are written
            return False
        last = tokens[-1].lower
        return bool(ordbank().classes(last) & {"noun", "adj"}) and last not in self.lex.function_words

    def role_field(self, j: int) -> int | None:
        """Token j is a role with its field before a person's name ('byråd for helse og omsorg Kari
        Lie', 'Fylkesråd for utdanning Hanne Mørch', where a body's type noun names the post;
        'professor i statsvitenskap Ingrid Dalen', a role's subject): where the name starts, or None."""
        token, prep = self.token(j), self.token(j + 1)
        if token is None or prep is None or prep.lower not in ("for", "i", "på") or not token.is_word:
            return None
        if not (self.is_role_word(j) or (prep.lower == "for" and organisation_type(token.lower))):
            return None
        place = self.token(j + 2)
        if prep.lower in ("i", "på") and place is not None and self.place_before_name(j + 2):
            return j + 3  # 'vara-brannsjef på Hitra Per-Arne Willman': a role, where it is held, the name
        if prep.lower == "på":
            return None
        name = self.field_end(j + 1)
        if name == j + 1 and prep.lower == "for":
            name = self.named_field_end(j + 2)
        if name == j + 2 or self.token(name) is None:
            return None
        # 'kommunalsjef for integrering Samira Ellingsen': a name of two words, known or not;
        # 'Byråd for helse Linn Kvamme': after a role and its field, a first name Ordbank knows as
        # a common word ('linn', mild) counts when a surname it does not know follows
        if is_first_name(self.tokens[name].text) or self.person_like(name):
            return name
        return name if self.person_like(name, surname_only=True) else None

    def place_before_name(self, k: int) -> bool:
        """Token k is one place's name (Norsk Ordbank lists it as a proper noun) and a person's
        name of two words follows: 'på Hitra Per-Arne Willman', 'i Bodø Ida Pinnerød'."""
        place = self.tokens[k]
        if not place.is_capitalized or place.is_acronym or not ordbank().is_proper_noun(place.text):
            return False
        first = self.token(k + 1)
        return first is not None and (is_first_name(first.text) or self.person_like(k + 1))

    def named_field_end(self, k: int) -> int:
        """'sjef for UP-distrikt 5 i Nord-Norge, Ola Hansen', 'leder for UP Nord-Norge Ola Hansen':
        a body named after a role's 'for' (capitalised words, a number after one, 'i' and a place),
        then at most a comma; where the person's name starts, or k when no such name follows."""
        m = k
        while m < len(self.tokens) and m - k < NAMED_FIELD_REACH:
            token, nxt = self.tokens[m], self.token(m + 1)
            person_next = nxt is not None and is_first_name(nxt.text) and self.person_like(m + 1)
            if token.text == "," and m > k:
                return m + 1 if person_next else k
            named = token.is_word and (token.is_capitalized or token.is_acronym)
            numbered = m > k and token.text.isdigit() and len(token.text) <= 2
            placed = m > k and token.lower in ("i", "på") and nxt is not None and nxt.is_capitalized
            if not (named or numbered or placed):
                return k
            if person_next and not placed:
                return m + 1
            m += 1
        return k

    def person_like(self, k: int, surname_only: bool = False) -> bool:
        """Tokens k and k+1 read as a person's first name and surname: two capitalised words, the
        first a name Ordbank lists or a word it does not know ('Arnt Johansen', 'Samira
        Ellingsen'), neither an acronym, a body or a country. With `surname_only`, where the
        sentence expects a name, the second word alone decides: a name or a word Ordbank does not know."""
        first, second = self.token(k), self.token(k + 1)
        if first is None or second is None or not (first.is_word and second.is_word):
            return False
        if not (first.is_capitalized and second.is_capitalized) or first.is_acronym or second.is_acronym:
            return False
        if first.lower in self.lex.organisations or first.text in self.lex.countries or organisation_type(second.lower):
            return False
        if surname_only:
            return ordbank().is_proper_noun(second.text) or not ordbank().classes(second.lower)
        return is_first_name(first.text) or ordbank().is_proper_noun(first.text) or not ordbank().classes(first.lower)

    def bare_role_ends(self, j: int) -> bool:
        """A speaker's role noun with no article ends at token j: punctuation or a verb follows
        ('ifølge aktor.', 'ifølge aktor vil to vitner forklare'), not a name or a place."""
        head = self.token(j)
        if head is not None and head.text == "," and self.name_like(j + 1):
            return False  # 'sier styreleder, Renate Larsen': the name after the comma is the speaker
        if head is None or not head.is_word or ordbank().classes(head.lower) == {"verb"}:
            return True
        return head.lower in self.lex.cue_forms  # 'Aktor mente at …': 'mente' is a noun's form too

    def joined_role(self, j: int) -> int | None:
        """After a role, 'og' or ',' and another role (adjectives between), before a name or the
        second role's field and a name in apposition: the second role's token ('sjefredaktør og
        direktør X', 'Aktor, politiadvokat X', 'økonom og leder av Alta Frp, X')."""
        token = self.token(j)
        if token is None or token.text not in ("og", ",") or token.lower != token.text:
            return None
        k = j + 1
        while self.lowercase_word(k) and is_adjective(self.tokens[k].lower) and not self.is_role_word(k):
            k += 1
        if self.token(k) is None or not self.is_role_word(k):
            return None
        after = k + 1
        while after < len(self.tokens) and self.tokens[after].is_word and self.is_role_word(after):
            after += 1
        if self.name_like(after):
            return k
        field = self.token(after)
        if field is None or field.lower not in ROLE_PREPOSITIONS:
            return None
        named = self.role_with_apposition(k, after, [k], None)
        return k if named is not None and named.kind == "name" else None

    def noun_may_follow(self, k: int) -> bool:
        """Token k can start what a genitive owns: a noun or adjective, or a word Norsk Ordbank
        does not know (a name, a new compound); not a verb, adverb or punctuation."""
        token = self.token(k)
        if token is None or not token.is_word or token.lower in self.lex.function_words:
            return False  # 'Troms om …': 'om' is a preposition (Ordbank also lists a rare noun 'om')
        classes = ordbank().classes(token.lower)
        return not classes or bool(classes & {"noun", "adj"})

    def is_role_word(self, k: int) -> bool:
        token = self.tokens[k]
        word = token.lower.split("-")[-1] if "-" in token.text else token.lower
        if token.is_capitalized and not self.at_start(k) and "-" not in token.text and not self.titles_a_name(k):
            return False
        return _role_word(word)

    def titles_a_name(self, k: int) -> bool:
        """A title written with a capital before a first name: 'sier Helsedirektør Bjørn Guldvog';
        or before where it is held and, after a comma, the name: 'sier Brannsjef ved Elverum
        brannvesen, Nils Haagenrud'."""
        nxt, after = self.token(k + 1), self.token(k + 2)
        named = after is not None and after.is_word and after.is_capitalized
        if nxt is not None and nxt.is_word and is_first_name(nxt.text) and named:
            return True
        if nxt is None or nxt.lower not in ("ved", "i", "hos"):
            return False
        comma = next(
            (m for m in range(k + 2, min(len(self.tokens), k + TITLE_REACH)) if self.tokens[m].text == ","), None
        )
        if comma is None:
            return False
        first = self.token(comma + 1)
        return first is not None and is_first_name(first.text) and self.person_like(comma + 1)

    def known_name_at(self, k: int) -> bool:
        """A lexicon organisation of two or three words starts here ('Meteorologisk institutt')."""
        return self.known_name_length(k) > 0

    def known_name_length(self, k: int) -> int:
        """How many tokens the lexicon organisation starting at k spans (0 when none does)."""
        if not 0 <= k < len(self.tokens) or self.tokens[k].lower not in _organisation_openers():
            return 0  # asked of every capitalised word: only a listed name's first word opens one
        words = [t.lower for t in self.tokens[k : k + 3]]
        return next((n for n in (3, 2) if len(words) >= n and " ".join(words[:n]) in self.lex.organisations), 0)

    def name_like(self, k: int) -> bool:
        """Could this token be (part of) a proper name?"""
        if not 0 <= k < len(self.tokens):
            return False
        token = self.tokens[k]
        if not token.is_capitalized:
            return is_brand(token)  # 'iTromsø', 'eBay' (a brand never opens with a capital)
        if not token.is_word:
            return False
        low = token.lower
        if token.text in ("TV",):
            return self.known_name_length(k) > 0  # 'TV 2' is a name; 'norsk TV' is none
        if token.is_acronym:
            return True
        if low in self.lex.function_words:
            return False
        head, _, tail = token.text.rpartition("-")
        if head.isupper() and len(head) >= 2 and tail.isalpha() and not ordbank().is_known(tail.lower()):
            return True  # 'HK-dir', an acronym and an abbreviation: a name, not 'TV-kanalen'
        if len(head) == 1 and head.isupper() and tail.islower() and organisation_type(tail) is not None:
            return True  # 'A-krimsenteret', 'E-tjenesten': a letter names the body a type noun says it is
        if self.acronym_unit(k):
            return True  # 'UP-distrikt Øst': an acronym's type noun and the region it serves
        if "-" in token.text and token.text.rsplit("-", 1)[1][:1].islower() and not self.is_role_word(k):
            return False  # 'TV-kanalen', 'Assad-regimet': common nouns
        if not self.at_start(k):
            return True
        # Capitalised only because it opens a sentence.
        if low in self.lex.function_words or low in self.lex.weekdays or low in self.lex.qualifiers:
            return False
        if low.endswith("ens") and low[:-3] in self.lex.weekdays:
            return False  # 'Søndagens publikum': a day's genitive says when, never who
        if self.two_noun_name(k):
            return True  # 'Natur og Ungdom mener': the capital on 'Ungdom' says it is a name
        if self.type_noun_closes(k + 1):
            return True  # 'Innlandet politidistrikt', 'Sandnes kommune': a place and a body's type noun
        nxt = self.token(k + 1)
        if nxt is not None and (nxt.text in self.lex.club_forms or nxt.text in self.lex.company_forms):
            return True  # 'Bryne FK', 'Hav AS': a club's or company's form closes a name
        if (
            low in self.lex.organisations
            or low in _lower_countries()
            or is_first_name(token.text)
            or self.known_name_at(k)
        ):
            return True
        if ordbank().is_proper_noun(token.text) and ordbank().noun_lemma(low) not in (None, low):
            return True  # 'Vinmonopolet', 'Riksrevisjonen': Ordbank lists the definite form itself as a name
        if self.lex.is_role(low) or self.lex.role_stem(low) or group_noun(low):
            return False
        if nxt is not None and nxt.is_word and nxt.is_capitalized and not nxt.is_acronym:
            return True
        typed = organisation_type(low)
        if typed is not None:
            # 'Innenriksdepartementet' and 'Redningsselskapet' are names; 'Klubben' refers back, and
            # so does a kind of company Norsk Ordbank knows as a common noun ('Forsikringsselskapet')
            # or one it does not, named by a common noun ('Infrastrukturselskapet opplyser')
            common = typed[0] in COMPANY_NOUNS and (
                "noun" in ordbank().classes(low) or (kind_of_company(typed) and token.text not in self.proper_nouns)
            )
            return typed[0] != typed[2] and not common
        if nxt is not None and nxt.text == "," and self.is_genitive(k + 2) and self.token(k + 3) is not None:
            if organisation_type(self.tokens[k + 3].lower) or self.is_role_word(k + 3):
                return True  # 'Kanarifansen, Lillestrøms supporterklubb, hevder': described, so named
        if token.text in self.proper_nouns:
            return True  # 'Ruter skriver …' where the article also writes 'busser fra Ruter'
        if low in self.lex.vague or (ordbank().classes(low) == {"adv"} and not ordbank().is_proper_noun(token.text)):
            # 'Tusenvis av tillitsvalgte står …', 'Heldigvis': an amount or an adverb, no body ('Sammen
            # opplyser' after 'Studentsamskipnaden Sammen' is a name, by the check above)
            return False
        speaks = nxt is not None and nxt.lower in self.lex.cue_forms
        listed = ordbank().is_proper_noun(token.text) or low.endswith(("sen", "son"))
        if speaks and listed and not ordbank().is_known(low):
            # 'Hansen innrømmer at …' (Norsk Ordbank lists the name), 'Anundsen innrømmer at …' (a
            # patronymic no dictionary holds): a surname that speaks; 'Bergen har …' stays a place
            return True
        if ordbank().is_proper_noun(token.text) and self.field_tail(k, k + 1) > k + 1:
            return True  # 'Bergen brann og redning opplyser': a place, and the field a reporting verb closes
        if language_adjective(low) and self.field_tail(k, k + 1) > k + 1:
            return True  # 'Norsk pasientskadeerstatning opplyser': a nationality opens a body's name
        if speaks and self.bare_singular(low) and low not in self.lex.person_nouns:
            return True  # 'Kiwi opplyser at …': a common noun bare of any article speaks as a name
        digit = self.token(k + 1)
        if digit is not None and len(digit.text) == 1 and digit.text.isdigit() and self.closes_a_name(k + 1):
            return ordbank().classes(low) <= {"noun"}  # 'Apotek 1 skriver …': a digit closes the name
        if speaks and not ordbank().is_known(low) and ordbank().noun_lemma(low) is None:
            return True  # 'Nationen skrev at …': a word no dictionary holds, not even as a compound, speaks
        if low.endswith(("ere", "ører", "ter", "ner", "ene")) or (low.endswith(("en", "et")) and len(low) > 5):
            return False  # 'Valgobservatører', 'Evakueringen': common nouns
        if inflected_noun(low):
            return False  # 'Fiskerne', 'Elever': a common noun Norsk Ordbank knows, inflected
        unlisted = not ordbank().is_known(low) and compound_adjective(low)  # not 'Gjensidige', which Ordbank lists
        if unlisted and nxt is not None and nxt.is_word and "noun" in ordbank().classes(nxt.lower):
            return False  # 'Rekordmange barn har meldt seg på': an adjective before its noun, not a body
        if (
            ordbank().classes(low) & {"verb", "adj"}
            and not ordbank().is_proper_noun(token.text)
            and not self.coordinated_type(k + 1)  # 'Kommunal- og distriktsdepartementet'
        ):
            return False  # 'Basert på modeller estimerer FHI': a participle opening the sentence
        if (
            ordbank().classes(low) == {"noun"}
            and not ordbank().is_proper_noun(token.text)
            and not self.coordinated_type(k + 1)  # 'Lotteri- og stiftelsestilsynet anslo'
        ):
            return False  # 'Brudd på forbudet kan gi bot, ifølge kommunen': a common noun opening the sentence
        return True

    # -- entry point ---------------------------------------------------------------------------

    def parse(self, i: int, speaker: bool = False) -> NounPhrase | None:
        """The phrase starting at token i. Where a speaker stands (next to a reporting verb), 'de'
        and a common noun in the definite form ('festivalen', 'bøndene') name one too."""
        token = self.token(i)
        if token is not None and self.age_noun(i):
            # 'sa 22-åringen': the person of that age, as a pronoun names one of either gender
            return self.make(i, i + 3, "pronoun", self.span(i, i + 3).lower(), i, i + 3)
        if token is not None and speaker and self.aged_description(i):
            # 'sa den 24 år gamle skytteren': the person of that age, as '24-åringen' is
            return self.make(i, i + 5, "pronoun", self.span(i, i + 5).lower(), i, i + 5)
        if token is not None and (token.is_number or token.lower in self.lex.number_words):
            counted = self.counted_bodies(i)
            if counted is not None or token.lower not in ARTICLES:
                return counted  # 'en jublende Stenersen' goes on: 'en' is also the article
        if token is None or not token.is_word:
            return None
        low = token.lower
        nxt = self.token(i + 1)
        if low in TIME_DETERMINERS and nxt is not None and is_time_noun(nxt.lower):
            return None  # 'Denne uken skrev Vesteraalens Avis': when, never who
        if low.endswith("s") and is_time_noun(low[:-1]) and nxt is not None and self.is_document(i + 1):
            # 'Årets undersøkelse estimerer …': the document of a time, the one the body before made
            return replace(self.document(i + 1), first=i, start=token.start)
        if low in PRONOUNS:
            return self.make(i, i + 1, "pronoun", low, i, i + 1, gender=PRONOUNS[low])
        if low in ABBREVIATED_MODIFIERS and nxt is not None and nxt.text == "." and self.is_role_word(i + 2):
            title = self.parse(i + 2, speaker)  # 'adm. direktør Henning Lauridsen', 'konst. rådmann X'
            return self.rebase(title, i, title.role) if title is not None and title.first == i + 2 else None
        if low == "de" and speaker and self.nominal_adjective(i, i + 2):
            return self.common_group(i, i + 1, i, nominal=True)  # 'ifølge de frivillige'
        if low == "de" and speaker:
            return self.make(i, i + 1, "pronoun", "de", i, i + 1, plural=True)
        if low in ("den", "denne") and speaker and self.refers_to_a_document(i):
            # 'la fram sin kartlegging. Ifølge den jobber lærerne …': what the last body published
            return self.make(
                i, i + 1, "group", low, i, i + 1, source_kind="organization", types=frozenset({low}), document="*"
            )
        if low in ("den", "denne") and speaker:
            described = self.described_one(i) or self.one_so_described(i)
            if described is not None:
                return described
        found = (
            self.article_name(i)
            or self.anonymous(i, speaker)
            or self.body_into_role(i)
            or self.general(i, common=speaker)
            or self.coordinated_title(i)
        )
        return self.quoted_name(found) if found is not None else None

    def coordinated_title(self, i: int) -> NounPhrase | None:
        """'sier dykker og båteier Håvard Strøm': a noun in small letters joined by 'og' to a title
        before a name is a second title of the same person, whatever the noun (as a title before a
        first name is: `title_before_name`)."""
        joiner = self.token(i + 1)
        if joiner is None or joiner.text != "og" or not self.lowercase_word(i):
            return None
        word = self.tokens[i].lower
        if word in self.lex.function_words or ordbank().noun_lemma(word) != word:
            return None  # a noun in the indefinite singular, as a title is written
        if self.token(i + 2) is None or not self.title_before_name(i + 2):
            return None
        person = self.parse(i + 2)
        if person is None or person.first != i + 2 or person.source_kind != "person":
            return None
        return self.rebase(person, i, role=self.span(i, i + 3))

    def described_as_a_person(self, type_words: set[str], tokens: list[Token]) -> bool:
        """'atferdsforskeren Pelle Guldborg Hansen': a role's noun in the definite form before two or
        three capitalised words, none of them a common noun or a company's form, describes a person
        whose first name no list holds ('oppdretteren Kvitfjord Laks' is a company)."""
        return (
            all(self.lex.is_role(word) for word in type_words)
            and 2 <= len(tokens) <= 3
            and all(t.is_word and t.is_capitalized and not t.is_acronym for t in tokens)
            and tokens[-1].text not in self.lex.company_forms
            and not self.common_noun_tail(tokens)
            and not common_word_head(tokens[0])
        )

    def one_so_described(self, i: int) -> NounPhrase | None:
        """'Den fornærmede, som i dag er 79 år, forteller', 'Den tiltalte nekter': a participle that
        names people (lexicons/person_nouns.tsv) after 'den' is one unnamed person."""
        word = self.token(i + 1)
        if word is None or not self.lowercase_word(i + 1) or not word.lower.endswith("e"):
            return None
        if word.lower not in self.lex.person_nouns or "noun" in ordbank().classes(word.lower):
            return None
        return self.make(i, i + 2, "anonymous", self.span(i, i + 2).lower(), i, i + 2, source_kind="anonymous")

    def described_one(self, i: int) -> NounPhrase | None:
        """'sier den ansatte' after 'En ansatt ved biblioteket, som ikke vil stå fram': an adjective
        used as a noun for an unnamed source, after 'den', refers back to that source."""
        word = self.token(i + 1)
        if word is None or not word.is_word or "noun" in ordbank().classes(word.lower):
            return None
        single = word.lower[:-1] if word.lower.endswith("e") else word.lower  # 'ansatte' -> 'ansatt'
        if not self.lex.is_anonymous_noun(single):
            return None
        name = self.span(i, i + 2).lower()
        return self.make(i, i + 2, "group", name, i, i + 2, source_kind="organization", types=frozenset({single}))

    def body_into_role(self, i: int) -> NounPhrase | None:
        """'sier NHO Reiseliv-sjef Kristin Krohn Devold', 'Telenor Norge-direktør Kari Lund': a body's
        name runs into the first part of a role compound. The phrase is the person, the body their
        affiliation (as 'Brann-trener Mads Eikrem' names the club in one word)."""
        first = i + 1 if self.opening_participle(i) else i  # 'Assisterende UP-sjef Roar Skjelbred Larsen'
        k = first
        while k < first + BODY_INTO_ROLE_WORDS and self.name_word_at(k):
            k += 1
        compound = self.token(k)
        if k == first and first > i:
            person = self.general(first)  # 'UP-sjef X' after the participle: the role in one word
            ok = person is not None and person.first == first and person.source_kind == "person"
            return replace(person, first=i, start=self.tokens[i].start) if ok and person is not None else None
        if k == first or compound is None or compound.text.count("-") != 1 or not compound.text[:1].isupper():
            return None
        if compound.start != self.tokens[k - 1].end + 1:
            return None
        if not (self.is_role_word(k) or self.lex.role_stem(compound.lower.rpartition("-")[2])):
            return None  # 'NHO Reiseliv-direktør Kristin Krohn Devold', 'NHO Reiseliv-direktøren'
        person = self.general(k)
        if person is None or person.first != k:
            return None
        body = self.span(first, k + 1).rpartition("-")[0]
        affiliation = replace(self.synthetic(first, body), last=k + 1)
        if person.kind == "role":
            # 'sier NHO Reiseliv-direktøren': the definite role with no name refers back to the one
            # who holds it, as 'Brann-treneren' does
            return replace(person, first=i, start=self.tokens[i].start, name=self.span(i, k + 1))
        if person.source_kind != "person":
            return None
        return replace(person, first=i, start=self.tokens[i].start, role=self.span(i, k + 1), affiliation=affiliation)

    def name_word_at(self, k: int) -> bool:
        """A capitalised word with no hyphen, not a role: one word of a body's name ('NHO',
        'Reiseliv'); not a participle opening the sentence (`opening_participle`)."""
        token = self.token(k)
        return (
            token is not None
            and token.is_word
            and token.is_capitalized
            and "-" not in token.text
            and not self.is_role_word(k)
            and not self.opening_participle(k)
        )

    def opening_participle(self, k: int) -> bool:
        """A present participle capitalised only because it opens the sentence: 'Assisterende',
        'Fungerende' describe the role after them."""
        token = self.tokens[k]
        return self.at_start(k) and token.lower.endswith("ende") and "adj" in ordbank().classes(token.lower)

    def place_completes(self, k: int) -> bool:
        """Token k is one place Ordbank lists, and the name ends with it: after a capitalised type
        noun it completes the body's name ('Sykehuset Østfold', 'Sykehuset Innlandet'); a body the
        lexicon knows is named, not completed ('Flyselskapet Widerøe' is Widerøe), and so is one
        written as an acronym that names no country ('Boligbyggelaget OBOS' is OBOS)."""
        token, after = self.token(k), self.token(k + 1)
        return (
            token is not None
            and (ordbank().is_proper_noun(token.text) or _region(token))
            and not (token.is_acronym and token.text not in self.lex.countries)
            and not is_first_name(token.text)
            and token.lower not in self.lex.organisations
            and not (after is not None and after.is_word and after.is_capitalized)
        )

    def company_noun(self, k: int) -> bool:
        """Token k is a company's type noun ('selskapet', 'forsikringsselskapet', 'konsernet')."""
        typed = organisation_type(self.tokens[k].lower)
        return typed is not None and typed[0] in COMPANY_NOUNS

    def company_compound(self, k: int) -> bool:
        """Token k is a name and a company noun written together: 'Tine-konsernet', not
        'NRK-konsernet' (an acronym's compound reads as a name already) or 'Oslo-politiet'."""
        left, _, right = self.tokens[k].text.partition("-")
        typed = organisation_type(right.lower()) if right[:1].islower() else None
        return typed is not None and typed[0] in COMPANY_NOUNS and left[:1].isupper() and not left.isupper()

    def refers_to_a_document(self, i: int) -> bool:
        """'den' at i after 'ifølge' with a verb next stands alone ('Ifølge den jobber lærerne'),
        not before its noun ('ifølge den nye rapporten')."""
        before, nxt = self.token(i - 1), self.token(i + 1)
        if before is None or before.lower != "ifølge" or nxt is None or not nxt.is_word:
            return False
        classes = ordbank().classes(nxt.lower)
        return "verb" in classes and "adj" not in classes

    def article_opens_name(self, i: int) -> bool:
        """'Det Norske Maskinistforbund', 'Den Norske Opera', 'Den norske Forleggerforening': a
        capitalised article and an adjective before a capitalised word ('Det norske folk' is no name)."""
        if self.tokens[i].text not in ("Det", "Den"):
            return False  # asked of every token the name scan passes: the cheap test first
        adjective, word = self.token(i + 1), self.token(i + 2)
        if adjective is None or not adjective.is_word:
            return False
        if not adjective.lower.endswith("e") or "adj" not in ordbank().classes(adjective.lower):
            return False
        # a small adjective only of a nation or a creed ('norske', 'samiske', 'katolske'): 'Det
        # opplyste Oslo politidistrikt' is a verb before a name
        small = adjective.lower.endswith("ske") and adjective.lower not in self.lex.cue_forms
        # or any adjective no verb shares before a capitalised type noun: 'Det frivillige Skyttervesen'
        typed = word is not None and word.is_capitalized and organisation_type(word.lower) is not None
        typed = typed and not ordbank().verb_lemmas(adjective.lower)
        return (
            adjective.is_capitalized
            or ((small or typed) and word is not None and self.name_like(i + 2))
            or (small and self.lower_type_closes(i + 2))
            or self.article_inside_sentence(i)
        )

    def article_inside_sentence(self, i: int) -> bool:
        """'ved Det kongelige hoff', 'i Den norske kirke': an article capitalised inside a sentence,
        before an adjective and a lower-case noun in its base form, can only open a name (a noun in
        the definite form, 'Den offentlige tannhelsetjenesten i Møre og Romsdal', is read on as a
        body of its type)."""
        word = self.token(i + 2)
        return (
            self.at_start(i) is False
            and word is not None
            and self.lowercase_word(i + 2)
            and "noun" in ordbank().classes(word.lower)
            and ordbank().noun_lemma(word.lower) == word.lower
            and word.lower not in self.lex.function_words
        )

    def lower_type_closes(self, k: int) -> bool:
        """Token k is a lower-case compound of an organisation's type noun, in its base form, that
        closes the name: 'Den norske tannlegeforening sier', 'i Den norske legeforening'."""
        word = self.token(k)
        if word is None or not self.lowercase_word(k) or not compound_of_type(word.lower):
            return False
        nxt = self.token(k + 1)
        return nxt is None or not (nxt.is_word and nxt.is_capitalized)

    def article_name(self, i: int) -> NounPhrase | None:
        """The name an article and an adjective open (`article_opens_name`), all of it."""
        if not self.article_opens_name(i):
            return None
        if not self.tokens[i + 1].is_capitalized and (self.lower_type_closes(i + 2) or self.article_inside_sentence(i)):
            typed = organisation_type(self.tokens[i + 2].lower)
            kind: SourceKind = typed[1] if typed is not None else "organization"
            types = frozenset(self.types_of(self.tokens[i + 2].lower))
            return self.make(i, i + 3, "name", self.span(i, i + 3), i, i + 3, source_kind=kind, types=types)
        article, adjective = self.tokens[i], self.tokens[i + 1]
        first = i + 1 if adjective.is_capitalized else i + 2
        named = self.general(first)
        if named is None or named.kind != "name" or named.name_start != self.tokens[first].start:
            return None
        name = self.text[article.start - self.offset : named.name_end - self.offset]
        return replace(named, first=i, start=article.start, name=name, name_start=article.start)

    def age_noun(self, i: int) -> bool:
        """'22-åringen': a number, a hyphen and 'åringen' written together."""
        hyphen, noun = self.token(i + 1), self.token(i + 2)
        return (
            self.tokens[i].is_number
            and hyphen is not None
            and noun is not None
            and hyphen.text == "-"
            and noun.lower == "åringen"
            and hyphen.start == self.tokens[i].end
            and noun.start == hyphen.end
        )

    def document_showing(self, i: int) -> NounPhrase | None:
        """'Rapporten bygger på regningskort. Den viser at …': 'den' opening a sentence before a verb
        by which documents report is the document the sentence before opened with."""
        verb = self.token(i + 1)
        uses = lexicon().cue_uses
        if verb is None or not any(uses.get(lemma) == "document" for lemma in ordbank().verb_lemmas(verb.lower)):
            return None
        starts = [m for m in range(i - 1, max(-1, i - 1 - DOCUMENT_REACH), -1) if self.at_start(m)]
        if not starts:
            return None
        token = self.tokens[i]
        if not self.is_document(starts[0]):
            # 'Statistisk sentralbyrå er nå ute med befolkningstallene. De viser at …': the document
            # the sentence before presents, as 'Tallene viser at' would name it
            named = self.presented_document(starts[0], i, token.lower)
            return None if named is None else replace(named, first=i, last=i + 1, start=token.start, end=token.end)
        document = self.evidence_owner(starts[0])
        if document is None or document.first != starts[0] or document.last != starts[0] + 1:
            return None
        return replace(document, first=i, last=i + 1, start=token.start, end=token.end)

    def presented_document(self, start: int, end: int, pronoun: str) -> NounPhrase | None:
        """The last document noun of the sentence from `start` to `end` that `pronoun` can stand
        for ('de' a plural, 'den' a singular), lower-case (a name is no document); None if the
        sentence opens with no body to present it ('Ola Hansen har lest rapporten')."""
        opener = self.general(start)
        if opener is None or opener.kind not in ("name", "group") or opener.source_kind not in BODY_KINDS:
            return None
        for m in range(end - 1, opener.last - 1, -1):
            token = self.tokens[m]
            if token.is_capitalized or not self.is_document(m):
                continue
            plural = token.lower.endswith(("ene", "er")) or self.document_lemma(m) == "tall"
            if (pronoun == "de") == plural:
                return self.document(m)
        return None

    def acronym_unit(self, k: int) -> bool:
        """Token k is an acronym joined to a noun in its base form, and a capitalised word that is
        no first name follows it: 'UP-distrikt Øst', not 'UP-betjenten' nor 'UP-distriktet'."""
        head, _, tail = self.tokens[k].text.rpartition("-")
        if not (head.isupper() and len(head) >= 2):
            return False
        nxt = self.token(k + 1)
        return (
            _noun_in_base_form(tail)
            and nxt is not None
            and nxt.is_word
            and nxt.is_capitalized
            and not is_first_name(nxt.text)
        )

    def people_by_role(self, k: int) -> bool:
        """Token k is the plural of a noun for people by what they do: 'bønder' ('bonde'), 'fiskere'
        ('fisker'), as 'Flere bønder sier …' speak unnamed."""
        word = self.tokens[k].lower
        lemma = ordbank().noun_lemma(word)
        return lemma is not None and lemma != word and (self.lex.is_role(lemma) or self.lex.is_anonymous_noun(lemma))

    def bare_singular_name(self, adjective: int, head: int, typed: tuple[str, SourceKind, str] | None) -> bool:
        """'Norsk kulturråd', 'Norsk sykepleierforbund': one capitalised adjective in its
        indefinite form opening a sentence, then a singular compound on a body's type noun with no
        article. Such a count noun cannot stand bare as a subject ('Et norsk råd', 'Norske råd'), so
        this is a name; not 'Norske bønder', nor 'Norsk teater' or 'Norsk politi', which a plain
        type noun can mean in general. `typed` is the head's `organisation_type`."""
        word, noun = self.tokens[adjective], self.tokens[head].lower
        return (
            head == adjective + 1
            and typed is not None
            and typed[2] != typed[0]  # a compound: 'kulturråd', not 'teater'
            and self.at_start(adjective)
            and word.is_capitalized
            and not word.lower.endswith("e")  # 'Norske', 'Lokale': plural or definite
            and self.bare_singular(noun)
        )

    def years_old_end(self, k: int) -> int:
        """'en 19 år gammel kvinne', 'ei fire år gammel jente': where an age in years standing
        between the article and the noun ends (k when none stands at k)."""
        age, years, old = (self.token(k + n) for n in range(3))
        if age is None or years is None or old is None:
            return k
        counted = age.lower in self.lex.number_words or (age.text.isdecimal() and int(age.text) <= MAX_AGE)
        return k + 3 if counted and years.lower == "år" and old.lower in YEARS_OLD else k

    def aged_description(self, i: int) -> bool:
        """'den 24 år gamle skytteren': 'den', an age in years and a noun in the definite form."""
        words = [self.token(i + n) for n in range(5)]
        if any(word is None for word in words) or self.tokens[i].lower != "den":
            return False
        age, years, old, noun = (word.lower for word in words[1:] if word is not None)
        counted = self.tokens[i + 1].is_number or age in self.lex.number_words
        return counted and years == "år" and old == "gamle" and definite_noun(noun)

    def quoted_name(self, phrase: NounPhrase) -> NounPhrase:
        """'Aksjonsgruppa «Trygg vei Hølonda»', 'stiftelsen «Fri»': a body's type noun with a
        short name in guillemets right after it is the body of that name."""
        opener = self.token(phrase.last)
        if opener is None or opener.text != "«" or phrase.last - phrase.first != 1 or not phrase.types:
            return phrase
        reach = range(phrase.last + 1, min(phrase.last + 8, len(self.tokens)))
        close = next((k for k in reach if self.tokens[k].text == "»"), None)
        inside = self.tokens[phrase.last + 1 : close] if close is not None else []
        if close is None or not inside or not inside[0].is_capitalized or not all(t.is_word for t in inside):
            return phrase
        name = self.span(phrase.last + 1, close)
        kind = phrase.source_kind or "organization"
        return self.make(phrase.first, close + 1, "name", name, phrase.last + 1, close, source_kind=kind)

    def counted_bodies(self, i: int) -> NounPhrase | None:
        """'analyser fra 12 meglerhus', 'ifølge tre fagforbund': a count of bodies of one type is a
        source of its own; 'meglerhusene' refers back to it (resolve/entities.py)."""
        noun = self.token(i + 1)
        if noun is None or not self.lowercase_word(i + 1):
            return None
        typed = organisation_type(noun.lower)
        if typed is None or self.definite_noun(i + 1):
            return None  # the indefinite plural of a type noun ('meglerhus', 'banker'), not 'kommunen'
        name = self.span(i, i + 2)
        return self.make(
            i, i + 2, "group", name, i, i + 2, source_kind=typed[1], plural=True, types=frozenset({typed[0]})
        )

    def anonymous(self, i: int, speaker: bool = False) -> NounPhrase | None:
        """'en kilde i UD', 'en av observatørene', 'En syrisk regjeringskilde', 'kilder i politiet';
        where a speaker stands, any person an indefinite noun names ('sier en kunde')."""
        low = self.tokens[i].lower
        j = i
        partitive = False
        if low in ANONYMOUS_OPENERS:
            j += 1
            if low in ARTICLES:
                j = self.years_old_end(j)  # 'En 19 år gammel kvinne forteller …'
            if self.token(j) is not None and self.tokens[j].lower == "av":
                j += 1
                partitive = True
                if (
                    low in ("en", "ei", "et", "én")
                    and self.token(j) is not None
                    and (self.tokens[j].lower == "dem" or (self.tokens[j].lower == "de" and not self.describes(j + 1)))
                ):
                    # 'En av dem hevder …': one of the group named before (resolve/entities.py);
                    # 'en av de ansatte' is a description ('de' is its determiner)
                    return self.make(i, j + 1, "anonymous", "en av dem", i, j + 1, source_kind="anonymous", plural=True)
                if self.token(j) is not None and self.tokens[j].lower in ("de", "disse") and self.describes(j + 1):
                    # 'en av de ansatte', 'en av de unge kvinnene': the determiner's words are the noun
                    # a person named by an adjective's form counts as the noun: 'en av de tidligere ansatte'
                    second = self.tokens[j + 2].lower if j + 2 < len(self.tokens) else ""
                    noun_follows = self.describes(j + 2) and (
                        "noun" in ordbank().classes(second) or second in self.lex.person_nouns
                    )
                    adjective = noun_follows and self.tokens[j + 2].lower not in self.lex.cue_forms
                    end = (j + 2 if adjective and is_adjective(self.tokens[j + 1].lower) else j + 1) + 1
                    name = self.span(i, end)
                    return self.make(i, end, "anonymous", name, i, end, source_kind="anonymous", plural=False)
            while (
                self.token(j) is not None
                and is_adjective(self.tokens[j].lower)
                and not self.lex.is_anonymous_noun(self.tokens[j].lower)
                and not (self.lex.is_role(self.tokens[j].lower) and self.tokens[j].lower not in ROLE_MODIFIERS)
                and not (partitive and self.definite_plural(j))  # 'en av foreldrene': the noun, not an adjective
            ):
                j += 1
            nxt = self.token(j + 1)
            if (
                self.lowercase_word(j)
                and self.tokens[j].lower not in self.lex.function_words
                and nxt is not None
                and nxt.is_word
                and (self.lex.is_anonymous_noun(nxt.lower) or self.lex.is_role(nxt.lower))
                and not (self.lex.is_anonymous_noun(self.tokens[j].lower) or self.lex.is_role(self.tokens[j].lower))
            ):
                j += 1  # 'en erfaren fjellfører': any word between the article and the noun describes it
            elif low in ARTICLES and j == i + 1 and self.adjective_before_noun(j):
                j += 1  # 'en lokal entreprenør': 'lokal' is a noun too, but not before another noun
        token = self.token(j)
        if token is None:
            return None
        # 'ifølge lærere', 'ifølge eksperter': people by what they do, a group no one names
        by_ifolge = (
            j == i
            and i > 0
            and self.tokens[i - 1].lower == "ifølge"
            and self.people_by_role(j)
            # not 'ifølge kommunedirektøren', 'ifølge forskerne': the definite form points back
            and not low.endswith((*DEFINITE_ENDINGS, "ne"))
        )
        # 'en kilde', or a role after an article: 'en erfaren fjellfører'; 'en av foreldrene'
        known = (
            self.lex.is_anonymous_noun(token.lower)
            or (j > i and self.lex.is_role(token.lower))
            or (partitive and self.definite_plural(j))
            or (j > i and low in PLURAL_OPENERS and self.people_by_role(j))
            or by_ifolge
        )
        # 'En jeger i Åmot, som ikke vil stå fram': any person noun, when the clause says so
        unnamed = j > i and low in ("en", "ei", "et") and self.lowercase_word(j) and not is_function_word(token)
        if not (known or unnamed):
            return None
        if j == i and not low.endswith("er") and not by_ifolge:
            return None
        if j == i and self.name_like(j + 1):
            return None  # 'beboer Kari Hansen' is a role before a name, not an unnamed source
        end = self.age_decade_end(j + 1)
        prep = self.token(end)
        width = next(
            (
                n
                for n in (3, 2)
                if self.token(end + n - 1) is not None and self.span(end, end + n).lower() in COMPOUND_PREPOSITIONS
            ),
            1,
        )
        if partitive and self.definite_plural(j):
            prep = None  # 'en av foreldrene fra galleriet': one of the parents, wherever they stand
        if prep is not None and (prep.lower in PLACE_OF_UNNAMED or width > 1):
            target = self.token(end + width)
            definite = self.definite_after(end + width) if target is not None and target.lower in DETERMINERS else 0
            if definite:
                end = definite  # 'en kilde i det sorvanske helsedepartementet'
            elif target is not None and target.lower in ("en", "ei", "et") and self.lowercase_word(end + width + 1):
                end += width + 2  # 'en lege ved et legesenter i Bergen sentrum'
                if self.tokens[end - 1].lower == "av" and self.token(end) is not None and self.definite_plural(end):
                    end += 1  # 'en vert ved en av fiskecampene i Torsken'
                nested = self.token(end)
                if nested is not None and nested.lower in AFFILIATION_PREPOSITIONS and self.name_like(end + 1):
                    end = self.place_end(self.name_run(end + 1))
                elif nested is not None and nested.lower == "i" and self.lowercase_word(end + 1):
                    end += 2 if self.tokens[end + 1].lower in PLACE_NOUNS else 0  # '… i en butikk i sentrum'
            elif (
                target is not None
                and target.is_word
                and (
                    target.is_capitalized
                    or group_noun(target.lower)
                    or organisation_type(target.lower)
                    or target.lower.endswith(DEFINITE_ENDINGS)  # 'en kilde i næringen'
                )
            ):
                end = self.name_run(end + width) if target.is_capitalized else end + width + 1
                if not target.is_capitalized and self.name_like(end) and not self.at_start(end):
                    end = self.name_run(end)  # 'en diplomatkilde i hovedstaden Varn'
                nested = self.token(end)
                if (
                    not target.is_capitalized
                    and nested is not None
                    and nested.lower in AFFILIATION_PREPOSITIONS
                    and self.name_like(end + 1)
                    and not self.at_start(end + 1)
                ):
                    end = self.name_run(end + 1)  # 'en kilde i beredskapsstaben i Hitra kommune'
            elif (
                target is not None
                and self.lowercase_word(end + width)
                and is_adjective(target.lower)
                and self.lowercase_word(end + width + 1)
                and "noun" in ordbank().classes(self.tokens[end + width + 1].lower)
                and self.tokens[end + width + 1].lower not in self.lex.cue_forms
            ):
                end += width + 2  # 'en kilde i norsk politi', 'en ansatt i statlig forvaltning'
        elif self.token(end + 1) is not None and self.span(end, end + 2).lower() == "om bord":
            end += 2  # 'en ansatt om bord'
        elif prep is not None and prep.lower == "med":
            end = self.knowledge_end(end)  # 'en kilde med god kjennskap til saken'
        after = self.token(end)
        if after is not None and after.text == "," and self.name_like(end + 1):
            return None  # 'en talsperson for politiet, Kari Hansen,': named after all
        if known and end == j + 1 and self.name_like(end) and not self.at_start(end):
            named = self.parse(end)  # 'sa en skuffet Molde-trener Geir Rønneberg': who it is, named
            if named is not None and named.kind == "name" and named.source_kind == "person":
                return self.rebase(named, i, role=token.lower)
        if not known and not (unnamed and speaker and self.someone(j, end)) and not self.unnamed_clause(end):
            return None
        name = self.span(i, end)
        name = name[0].lower() + name[1:]
        return self.make(i, end, "anonymous", name, i, end, source_kind="anonymous")

    def adjective_before_noun(self, k: int) -> bool:
        """Token k is a word Norsk Ordbank lists as an adjective (whatever else it is) before a
        lower-case common noun that is no reporting verb or function word: it describes that noun."""
        nxt = self.token(k + 1)
        return (
            self.lowercase_word(k)
            and "adj" in ordbank().classes(self.tokens[k].lower)
            and nxt is not None
            and self.lowercase_word(k + 1)
            and "noun" in ordbank().classes(nxt.lower)
            and nxt.lower not in self.lex.cue_forms
            and nxt.lower not in self.lex.function_words  # 'en ansatt ved …': 'ved' is a noun too
        )

    def someone(self, k: int, end: int) -> bool:
        """'sier en kunde', 'skriver en leser at': an indefinite singular noun (Norsk Ordbank knows
        it) in a speaker's place, where what is said or who hears it follows, is someone unnamed;
        not a document ('viser en rapport'), an amount ('en del', 'en tredel'), a time ('en
        kaotisk natt') or a body's type ('en kommune'), nor the object of a verb of expecting
        ('ventet en omsetning på …')."""
        word = self.tokens[k].lower
        return (
            self.said_next(end)
            and ordbank().noun_lemma(word) == word
            and not any(key.endswith(" " + word) for key in self.lex.relative)
            and not self.is_document(k)
            and word not in NOT_SOMEONE
            and not is_time_noun(word)
            and organisation_type(word) is None
            and word not in self.lex.units
            and word not in self.lex.multipliers
        )

    def age_decade_end(self, k: int) -> int:
        """'en mann i 40-årene', 'en kvinne i slutten av 30-åra': where the person's age, after
        the noun at k - 1, ends (k when none follows)."""
        if self.token(k) is None or self.tokens[k].lower != "i":
            return k
        m = k + 1
        if self.token(m + 1) is not None and self.tokens[m + 1].lower == "av" and self.tokens[m].lower in AGE_PARTS:
            m += 2  # 'i slutten av', 'i begynnelsen av', 'i midten av'
        decade = self.token(m)
        dash, years = self.token(m + 1), self.token(m + 2)
        if decade is None or dash is None or years is None or not decade.text.isdigit():
            return k
        if dash.text == "-" and years.lower in ("årene", "åra") and dash.start == decade.end:
            return m + 3
        return k

    def said_next(self, k: int) -> bool:
        """After a speaker: the end, what is said, to whom or about what, a relative clause
        ('som ikke vil stå fram') or who the reporter spoke with ('NTB har snakket med'); or a
        reporting verb it is the subject of ('En mor i Kristiansand forteller til NRK at …')."""
        after, verb = self.token(k), self.token(k + 1)
        if after is None or after.lower in SAID_NEXT or after.lower == "som":
            return True
        if self.lex.cue_forms.get(after.lower, ("", ""))[1] in ("present", "past"):
            return True
        contact = after.is_capitalized or after.lower in PERSONAL_PRONOUNS
        return contact and verb is not None and verb.lower in CONTACT_VERBS

    def definite_after(self, k: int) -> int:
        """'det sorvanske helsedepartementet' from the determiner at k: adjectives, then a noun in
        the definite form; where it ends, or 0."""
        m = k + 1
        while self.lowercase_word(m) and is_adjective(self.tokens[m].lower) and not self.definite_noun(m):
            m += 1
        return m + 1 if m > k + 1 and self.lowercase_word(m) and self.definite_noun(m) else 0

    def knowledge_end(self, k: int) -> int:
        """'med god kjennskap til saken', 'med innsyn i forhandlingene': what an unnamed source
        knows, after 'med' at k, ending on a noun in the definite form (at most six words)."""
        for m in range(k + 1, min(k + 7, len(self.tokens))):
            if not self.lowercase_word(m):
                break
            if self.definite_noun(m) and m > k + 1:
                return m + 1
        return k

    def described_body(self, i: int) -> NounPhrase | None:
        """'Verdens matvareprogram (WFP)', 'Politiets nasjonale cyberkrimsenter, NC3,': a genitive
        description followed by its acronym is the body's name."""
        head = self.tokens[i]
        if not (head.is_capitalized and (self.is_genitive(i) or (head.text.endswith("s") and len(head.text) > 3))):
            return None
        m = i + 1
        while self.lowercase_word(m) and m - i <= 3:
            m += 1
        opener, acronym, closer = self.token(m), self.token(m + 1), self.token(m + 2)
        if m == i + 1 or opener is None or acronym is None or closer is None or not acronym.is_acronym:
            return None
        typed = organisation_type(self.tokens[m - 1].lower)
        if (opener.text, closer.text) != ("(", ")") and not ((opener.text, closer.text) == (",", ",") and typed):
            return None
        kind = typed[1] if typed else "organization"
        return self.make(i, m + 3, "name", self.span(i, m), i, m, source_kind=kind, alias=acronym.text)

    def spelled_out(self, i: int) -> NounPhrase | None:
        """'Norsk organisasjon for asylsøkere (NOAS)', 'Foreldreutvalget for grunnopplæringen
        (FUG)': a capitalised word and a few nouns, adjectives and linking words, then the acronym
        they spell (its letters in order, the first one first), are one body's name."""
        head = self.tokens[i]
        if not head.is_word or not head.is_capitalized or head.is_acronym or self.known_name_at(i):
            return None  # 'Statistisk sentralbyrå (SSB)' is known with its types
        m = i + 1
        while m - i <= 5 and self.lowercase_word(m) and self.name_word(self.tokens[m].lower):
            m += 1
        opener, acronym, closer = self.token(m), self.token(m + 1), self.token(m + 2)
        if m == i + 1 or opener is None or acronym is None or closer is None or not acronym.is_acronym:
            return None
        if (opener.text, closer.text) != ("(", ")") or not spells(acronym.text, self.span(i, m)):
            return None
        words = [t.lower for t in self.tokens[i:m]]
        typed = next((t for t in map(organisation_type, words) if t), None)
        kind = typed[1] if typed else "organization"
        types = frozenset().union(*(self.types_of(word) for word in words))  # 'organisasjonen' refers back
        name, end = self.span(i, m), m + 3
        prep = self.token(end)
        if prep is not None and prep.lower == "i" and self.name_like(end + 1) and not self.at_start(end + 1):
            # 'Kommunalt foreldreutvalg (KFU) i Bærum': the place after the acronym says which one
            place = self.place_run(end + 1)
            name, end = f"{name} {self.span(end, place)}", place
        return self.make(i, end, "name", name, i, end, source_kind=kind, alias=acronym.text, types=types)

    @staticmethod
    def name_word(word: str) -> bool:
        """A word that can stand inside a body's name: a linking preposition, or a noun or
        adjective and nothing else by Norsk Ordbank ('har', 'fått' are verbs: a clause, no name)."""
        classes = ordbank().classes(word)
        return word in NAME_LINKS or (bool(classes) and classes <= {"noun", "adj"})

    def place_with_type(self, j: int) -> bool:
        """'Sandnes kommune', 'Lindesnes kommune': a place ending in s before a body's type noun
        in its bare form is the body's name. 'Landets katastrofeetat', 'Norges Bank' are not."""
        token, nxt = self.tokens[j], self.token(j + 1)
        if (
            nxt is None
            or token.is_acronym  # 'FNs flyktningorganisasjon UNHCR'
            or token.lower.endswith(("ens", "ets"))
            or token.text[:-1] in self.lex.countries
            or self.name_like(j + 2)  # 'Kinas byrå Xinhua': a genitive describing the name after it
        ):
            return False
        typed = organisation_type(nxt.lower)
        return typed is not None and typed[2] == nxt.lower

    def unnamed_clause(self, k: int) -> bool:
        """', som ikke vil stå fram (med navn)', ', som ikke ønsker å bli navngitt': the clause that
        makes any person noun an unnamed source."""
        words = [t.lower for t in self.tokens[k : k + 9]]
        if words[:1] == [","]:
            words = words[1:]
        if words[:2] != ["som", "ikke"]:
            return False  # 'En ansatt som ikke vil stå fram med navn, sier …' needs no comma either
        rest = " ".join(words[2:])
        return any(cue in rest for cue in UNNAMED_CUES)

    def place_end(self, k: int) -> int:
        """'Bergen sentrum': a place noun after a name belongs to the place."""
        token = self.token(k)
        return k + 1 if token is not None and token.lower in PLACE_NOUNS else k

    def general(self, i: int, common: bool = False) -> NounPhrase | None:
        described = self.described_body(i) or self.spelled_out(i)
        if described is not None:
            return described
        j = i
        roles: list[int] = []
        genitive: int | None = None
        type_words: set[str] = set()
        adjectives_from: int | None = None
        if (
            self.tokens[j].lower in DETERMINERS_OR_ARTICLES
            and self.token(j + 1) is not None
            and not self.name_like(j + 1)
        ):
            if self.at_start(j) and self.tokens[j + 1].lower in self.lex.cue_forms:
                return None  # 'Det opplyste selskapet': a fronted 'Det' and a reporting verb, not a phrase
            adjectives_from = j
            j += 1
        if adjectives_from == i:
            j = self.described_name(j)  # 'ropte en jublende Stenersen': words that describe the name
        while j < len(self.tokens):
            token = self.tokens[j]
            nxt = self.token(j + 1)
            if token.lower in POSSESSIVES and nxt is not None and nxt.is_word and self.is_role_word(j + 1):
                j += 1  # 'hans pressetalsperson Ida Ruud'
                continue
            if (
                self.is_genitive(j)
                and nxt is not None
                and nxt.is_word
                and not nxt.is_capitalized
                and not self.known_name_at(j)  # 'Statens vegvesen' is a name, not a genitive
                and not self.place_with_type(j)  # 'Sandnes kommune' neither
                and not self.coordinated_type(j + 2)  # 'Norges vassdrags- og energidirektorat'
            ):
                genitive = j
                j += 1
                continue
            if j == i and self.nationality_before_name(j):
                adjectives_from = j  # 'Danske TV 2 Sport hevder': where the name is from, no part of it
                j += 1
                continue
            if genitive is None and self.owner_before_person(j):
                genitive = j  # 'Senterpartiets Kjersti Toppe': the party owns, the person speaks
                j += 1
                continue
            field = self.role_field(j)
            if field is not None:
                roles.append(j)  # 'Fylkesråd for utdanning Hanne Mørch': a role and its field
                j = field
                continue
            if token.is_word and (self.is_role_word(j) or self.title_before_name(j)):
                roles.append(j)
                j += 1
                continue
            joined = self.joined_role(j) if roles else None
            if joined is not None:
                roles.append(joined)  # 'styreleder og daglig leder Hilde Kvam Strøm', 'Forsvarer, advokat X'
                j = joined + 1
                continue
            conjunction = self.token(j + 2)
            role = self.after_adjectives(j + 3)
            if (
                token.is_word
                and nxt is not None
                and nxt.text == "-"
                and nxt.start == token.end
                and conjunction is not None
                and conjunction.lower in ("og", "eller")
                and self.token(role) is not None
                and self.is_role_word(role)
            ):
                # 'Helse- og omsorgsminister Eirin Halvorsen', 'Forsknings- og høyere utdanningsminister X'
                roles.append(role)
                j = role + 1
                continue
            if (
                token.is_word
                and (not token.is_capitalized or (self.at_start(j) and token.text not in self.proper_nouns))
                and (organisation_type(token.lower) or self.describing_noun(j))
                and (self.name_like(j + 1) or self.slogan_end(j + 1) > 0)
                and not (nxt is not None and is_country_region(nxt.text))  # 'Redningssentralen Sør-Norge' is one name
                # 'Sykehuset Østfold' too; but a company is named, not placed: 'Forsikringsselskapet Gjensidige'
                and not (token.is_capitalized and self.place_completes(j + 1) and not self.company_noun(j))
                and not (token.is_capitalized and self.capitalised_type_closes(j + 1))  # 'Innlandet Bondelag'
                and not is_first_name(token.text)
                and not (token.is_capitalized and token.lower in self.lex.organisations)  # 'Fagforbundet Sandnes'
                # 'Fjordmeieriet AS': a company's form closes the name the word opens; it names nothing alone
                and not (token.is_capitalized and nxt is not None and nxt.text in self.lex.company_forms)
            ):
                type_words.update(self.types_of(token.lower) or self.lemma_types(token.lower))
                j += 1
                continue
            # a short adjective ('nye', 'ny') counts after a determiner: 'sier den nye lederen'; a
            # participle Ordbank lists as an adjective too, before a role: 'avgått direktør X'
            listed_adjective = "adj" in ordbank().classes(token.lower)
            after_determiner = adjectives_from is not None and listed_adjective
            before_role = listed_adjective and nxt is not None and nxt.is_word and self.is_role_word(j + 1)
            if (
                token.is_word
                and not token.is_capitalized
                and (is_adjective(token.lower) or after_determiner or before_role)
                and not (roles and token.lower in self.lex.cue_forms)  # 'Aktor mente at': the verb
                and nxt is not None
                and ((nxt.is_word and not nxt.is_capitalized) or nxt.text.split("-")[0] == "TV")
            ):
                adjectives_from = j if adjectives_from is None else adjectives_from
                j += 1
                continue
            if (
                token.is_word
                and self.at_start(j)
                and is_adjective(token.lower)
                and not ordbank().is_proper_noun(token.text)  # 'Ringerike kommune' is a name
                and not self.known_name_at(j)
                and nxt is not None
                and nxt.is_word
                and not nxt.is_capitalized
                and not self.lex.is_role(nxt.lower)
                and (group_noun(nxt.lower) or organisation_type(nxt.lower))
                and not self.named_for(j + 1)  # 'Norsk institutt for bioøkonomi' is a name
                and not self.coordinated_type(j + 2)  # 'Norsk teater- og orkesterforening' too
            ):
                adjectives_from = j
                j += 1
                continue
            break
        if self.name_like(j) and not (roles and self.tokens[roles[-1]].end == self.tokens[j].start):
            return self.named(i, j, roles, genitive, type_words)
        if self.name_like(j):
            return self.named(i, j, roles, genitive, type_words)
        if self.slogan_end(j):
            return self.named(i, j, roles, genitive, type_words)  # 'Aksjonsgruppen Nei til husleiesjokk'
        head = self.token(j)
        # 'ifølge sin forsvarer', 'sier hans advokat': a possessive before a role with no name
        possessed = roles == [i + 1] and j == i + 2 and self.tokens[i].lower in POSSESSIVES
        if (
            common
            and ((roles == [i] and j == i + 1) or possessed)
            and self.bare_role_ends(j)
            and self.tokens[roles[0]].lower not in ROLE_MODIFIERS
        ):
            # 'ifølge aktor', 'sa forsvarer.': a role noun with no article, as courts are reported
            role = roles[0]
            held = self.lex.role_stem(self.tokens[role].lower) or self.tokens[role].lower
            return self.make(i, j, "role", self.tokens[role].lower, role, j, role_heads=frozenset({held}))
        owners_role = roles and genitive == i and common
        if owners_role and (head is None or head.lower in OWNERS_ROLE_ENDS):
            # 'sier klubbens styreleder.', 'påpeker Ottestads styreleder at …': an owner's role with
            # no name, where a speaker stands, refers back to the one who holds it (a name in
            # apposition after a comma is the speaker: 'sier klubbens styreleder, Kari Lund')
            apposed = (
                self.role_with_apposition(i, j, roles, genitive) if head is not None and head.text == "," else None
            )
            return apposed or self.owners_role(i, j, roles)
        if head is None or not head.is_word:
            return self.role_with_apposition(i, j, roles, genitive) if roles else None
        after_head = self.token(j + 1)
        pair = f"{head.lower} {after_head.lower}" if after_head is not None else ""
        particle = head.lower in ROLE_PREPOSITIONS and after_head is not None and after_head.lower == "at"
        if roles and genitive == i and (head.lower in self.lex.cue_forms or pair in self.lex.cue_forms or particle):
            # 'Festivalens daglige leder varsler', 'Kvinnens forsvarer peker på at', 'peker kvinnens
            # forsvarer på at': an owner's role with no name refers back to the one who holds it, as
            # 'Den daglige lederen' does
            return self.owners_role(i, j, roles)
        if roles and (head.text == "," or head.lower in ROLE_PREPOSITIONS):
            return self.role_with_apposition(i, j, roles, genitive)
        # A role noun in the definite form: 'Utenriksministeren', 'Ordføreren'.
        stem = self.lex.role_stem(head.lower)
        typed_head = organisation_type(head.lower)
        if (
            stem
            and typed_head
            and (head.lower.endswith("et") or (typed_head[0] == stem and stem not in self.lex.roles))
        ):
            # 'Byrådet opplyser': the council (neuter), not the councillor ('byråden'); 'legevakten':
            # a type noun of its own, a role only by its last part ('-vakt')
            stem = None
        if stem and not roles:
            return self.make(i, j + 1, "role", head.lower, j, j + 1, role_heads=frozenset({stem}))
        # 'Ledelsen ved Husnes Metallverk varsler': who runs a body speaks for it.
        governs = (ordbank().noun_lemma(head.lower) or "").endswith(GOVERNING_NOUNS)
        after = self.token(j + 1)
        if governs and after is not None and after.lower in ("ved", "i", "hos") and self.name_like(j + 2):
            inner = self.general(j + 2)
            if inner is not None and inner.kind == "name" and not is_first_name(self.tokens[j + 2].text):
                run = inner if inner.source_kind != "person" else replace(inner, source_kind="organization")
                return self.rebase(run, i, role=head.lower)  # nobody runs a person: the name is a body's
        # Bodies without a proper name: 'politiet', 'greske myndigheter', 'den statlige TV-kanalen'.
        body = group_noun(head.lower) or (head.text == "TV" and ("media", "tv"))
        typed = organisation_type(head.lower)
        acronym_compound = "-" in head.text and head.text.split("-")[0].isupper()
        # 'opplyser Norges sjømatråd': a country's body, named by a noun Norsk Ordbank knows (or its last part)
        national = (
            genitive is not None
            and genitive + 1 == j
            and self.tokens[genitive].text[:-1] in self.lex.countries
            and not head.is_capitalized
            and ordbank().noun_lemma(head.lower) is not None
        )
        if self.company_compound(j):
            # 'Tine-konsernet', 'Equinor-selskapet': the company is the name before the hyphen
            left, _, right = head.text.partition("-")
            kinds = frozenset(self.types_of(right.lower()))
            return self.make(i, j + 1, "name", left, j, j + 1, source_kind="organization", types=kinds)
        if body or national or (typed and (not head.is_capitalized or self.at_start(j) or acronym_compound)):
            kind = body[0] if body else typed[1] if typed else "organization"
            types = self.types_of(head.lower) | ({body[1]} if body else set())
            if national and not types:
                types = self.lemma_types(head.lower)  # 'Sjømatrådet' refers back to 'Norges sjømatråd'
            first = adjectives_from if adjectives_from is not None else j
            end = j + 1
            owned = genitive is not None and self.tokens[genitive].is_capitalized and self.named_for(j)
            # 'Direktoratet for mineralforvaltning opplyser': opening a sentence, the type noun and its field
            field = (
                self.field_end(j + 1) if owned or (first == j and head.is_capitalized and self.named_for(j)) else end
            )
            if field == end and not head.is_capitalized and self.named_for(j) and self.name_like(j + 2):
                field = self.name_run(j + 2)  # 'opplyser villreinnemnda for Forollhogna': the place it serves
            if owned and genitive is not None:
                first, end = genitive, field  # 'FNs kontor for koordinering av humanitær innsats'
            elif field > j + 2:
                owned, end = True, field
            elif genitive is not None and genitive + 1 == j and self.tokens[genitive].text[:-1] in self.lex.countries:
                first, owned = genitive, True  # 'Sudans regjering': a country's body is named by it
            elif not body and adjectives_from is not None and self.bare_singular_name(adjectives_from, j, typed):
                owned = True  # 'Norsk kulturråd vil kjøpe inn …': no article, so a name ('rådet' later)
            name = self.span(first, end)
            name_end = end
            # 'Nasjonal kommunikasjonsmyndighet (Nkom) opplyser': a short word in brackets that spells
            # the phrase makes it a name, as an acronym does
            alias, end = self.acronym_after(end, name)
            spelled = alias is not None and self.tokens[first].is_capitalized
            kept = self.tokens[first].is_acronym or (first == j and acronym_compound)  # 'AMK-sentralen'
            if not kept and not owned and not spelled:
                name = name[0].lower() + name[1:]
            phrase = self.make(
                i,
                end,
                "group",
                name,
                first,
                name_end,
                source_kind=kind,
                types=frozenset(types),
                plural=head.lower.endswith(("ene", "er")),
                alias=alias,
            )
            return self.named_in_apposition(self.with_place(phrase))
        # 'Valgobservatører fra OSSE': people from a body speak for it.
        if self.token(j + 1) is not None and self.tokens[j + 1].lower == "fra" and self.name_like(j + 2):
            inner = self.general(j + 2)
            if inner is not None:
                return self.rebase(inner, i, role=head.lower)
        return self.common_group(i, j, adjectives_from) if common else None

    def nominal_adjective(self, adjectives_from: int | None, j: int) -> bool:
        """'Ifølge de frivillige i Matbanken kommer …', 'sier de pårørende': 'de' and one adjective
        or present participle (Norsk Ordbank), with no noun after it, name a group of people. Not a
        word that counts or orders them ('de fleste', 'de andre', 'de siste'), and only where no
        noun follows ('de frivillige organisasjonene' has its noun)."""
        if adjectives_from is None or j != adjectives_from + 2 or self.tokens[adjectives_from].lower != "de":
            return False
        word = self.tokens[j - 1].lower
        if not word.endswith("e") or word in NOMINAL_EXCLUDED:
            return False
        if "adj" not in ordbank().classes(word) and not word.endswith("ende"):
            return False
        head = self.token(j)
        if head is None or not head.is_word or head.lower in GROUP_PREPOSITIONS:
            return True  # 'de frivillige i Matbanken': a place or body after a preposition belongs to them
        return head.lower in self.lex.function_words or ordbank().classes(head.lower) != {"noun"}

    def common_group(self, i: int, j: int, adjectives_from: int | None, nominal: bool = False) -> NounPhrase | None:
        """A common noun in the definite form names who speaks, whatever the noun: 'festivalen',
        'Bøndene mener', 'naboene rundt Vaterland', 'mannskapene på redningsstasjonen i Ballstad'.
        Norsk Ordbank tells a noun from a verb or adverb; a place or body after a preposition
        belongs to the phrase."""
        head = self.tokens[j]
        low = head.lower
        lemma = low if nominal else ordbank().noun_lemma(low)  # 'de frivillige': an adjective as a noun
        if lemma is None or (not nominal and not self.names_a_group(j, lemma)):
            return None
        end = j + 1
        for _ in range(2):  # 'på redningsstasjonen i Ballstad'
            prep, target = self.token(end), self.token(end + 1)
            if prep is None or target is None or not target.is_word:
                break
            if prep.lower == "til" and not target.is_capitalized and self.definite_noun(end + 1):
                end += 2  # 'naboene til cruisekaien'; not 'beboerne til NRK', where 'til' names the listener
                continue
            if prep.lower not in GROUP_PREPOSITIONS:
                break
            if self.name_like(end + 1) and not self.at_start(end + 1):
                end = self.name_run(end + 1)
                if self.token(end) is not None and self.tokens[end].lower == "og" and self.name_like(end + 1):
                    end = self.name_run(end + 1)  # 'jegerne i Elverum og Åmot'
            elif (not target.is_capitalized or "-" in target.text) and self.definite_common_noun(
                target.lower.split("-")[-1]
            ):
                end += 2  # 'naboene i området', 'naboene i Kjevik-området'
            else:
                break
        first = adjectives_from if adjectives_from is not None else j
        name = self.span(first, end)
        plural = nominal or low.endswith(("ene", "ne")) or self.plural_with_place(j)
        kind: SourceKind = "anonymous" if plural else "organization"
        alias, after = self.acronym_after(end, name)
        if alias is not None and not plural and self.tokens[first].is_capitalized:
            # 'Studentsamskipnaden i Trondheim (Sit)': an acronym that spells the phrase makes it a name
            return self.make(
                i, after, "name", name, first, end, source_kind=kind, types=frozenset({lemma}), alias=alias
            )
        name = name[0].lower() + name[1:]
        phrase = self.make(i, end, "group", name, first, end, source_kind=kind, types=frozenset({lemma}), plural=plural)
        return self.named_in_apposition(phrase)  # 'Utbyggeren, Selvaag Bolig, anslår'

    def names_a_group(self, j: int, lemma: str) -> bool:
        """The noun at j, of this lemma, is a definite (or placed plural) common noun that can name
        who speaks: not its lemma itself, a function word, a time, a document or an action."""
        head = self.tokens[j]
        low = head.lower
        return not (
            lemma == low
            or not (low.endswith(GROUP_ENDINGS) or self.plural_with_place(j))
            or (head.is_capitalized and not self.at_start(j))
            or low in self.lex.function_words
            or low in self.lex.time_units
            or lemma in self.lex.time_units
            or is_time_noun(low)  # 'Tidligere denne uken skrev Vesteraalens Avis': when, not who
            or lemma in self.lex.documents
            or lemma in REMAINDERS
            or names_an_action(lemma)
        )

    @staticmethod
    def definite_common_noun(word: str) -> bool:
        """'området', 'cruisekaien': a noun in a form other than its lemma (Norsk Ordbank)."""
        return ordbank().noun_lemma(word) not in (None, word)

    def plural_with_place(self, j: int) -> bool:
        """'Elever ved Bergen katedralskole sier', 'Innbyggere i Lom mener', 'Foreldre ved skolen
        forteller': an indefinite plural names a group only where a preposition and a name or a
        definite noun say which ('Elever sier' alone is anybody)."""
        prep, target = self.token(j + 1), self.token(j + 2)
        if prep is None or prep.lower not in GROUP_PREPOSITIONS or target is None or not target.is_word:
            return False
        low = self.tokens[j].lower
        lemma = ordbank().noun_lemma(low)
        plural = low.endswith("er") or (
            low.endswith("e") and lemma is not None and lemma != low and not low.endswith(GROUP_ENDINGS)
        )
        if self.name_like(j + 2):
            return plural
        # 'Foreldre ved skolen': people, placed by a definite noun (not 'politiets patruljer på stedet')
        people = lemma is not None and (lemma in self.lex.person_nouns or self.lex.is_role(lemma))
        return plural and people and not target.is_capitalized and self.definite_common_noun(target.lower)

    # -- pieces --------------------------------------------------------------------------------

    def line_opens_label(self, k: int) -> bool:
        """Token k opens a line and a colon follows it: a label or a credit ('Foto:'), not the rest
        of a name on the line before; nor is a credit word on the name's own line ('Øystein Holtet
        Foto: Anne Kari Løberg / NRK')."""
        nxt = self.token(k + 1)
        if nxt is None or nxt.text != ":":
            return False  # asked of every word of a name: the colon first, the text between only then
        if self.tokens[k].lower in _credit_words():
            return True
        return self.text.find("\n", self.tokens[k - 1].end - self.offset, self.tokens[k].start - self.offset) != -1

    def name_run(self, j: int) -> int:
        """End of a run of capitalised words from j: 'Syrian Observatory for Human Rights', 'Staffan de Mistura'."""
        known = self.known_name_length(j)
        if known:
            region, after = self.token(j + known), self.token(j + known + 1)
            if (
                region is not None
                and region.is_word
                and region.is_capitalized
                and not region.is_acronym
                and not is_first_name(region.text)
                and not (after is not None and after.is_word and after.is_capitalized)
            ):
                return j + known + 1  # 'Norges Fotballforbund Innlandet': a known body's branch in a region
            return j + known  # 'Samordna opptak', 'Meteorologisk institutt'
        slogan = self.slogan_end(j)
        if slogan:
            return slogan  # 'foreldreaksjonen Plass til alle', 'Nei til husleiesjokk'
        k = j
        while k < len(self.tokens):
            token = self.tokens[k]
            if k > j and self.line_opens_label(k):
                break  # 'Elisabeth Enger, rådmann nye Drammen' / 'Foto: …': the next line's label is no name
            if k > j and self.initial_at(k):
                k += 2  # 'Ola M. Dahl': a middle initial
                continue
            stop, after = (self.token(k + 1), self.token(k + 2)) if k == j and token.text in SAINTS else (None, None)
            if stop is not None and stop.text == "." and after is not None:
                if after.is_word and after.is_capitalized:
                    k += 2  # 'St. Olavs hospital': a saint's abbreviation opens the name
                    continue
            if k > j and token.is_number and token.text.isdigit() and len(token.text) == 1 and self.name_like(k + 1):
                k += 1  # 'SpareBank 1 SMN': a digit inside a name
                continue
            if k > j and token.is_number and token.text.isdigit() and len(token.text) == 1 and self.closes_a_name(k):
                k += 1  # 'Tone Hafstad i Eiendomsmegler 1 tror': a digit closing a name
                continue
            if k > j and token.is_number and self.brand_number(k) and (self.closes_a_name(k) or self.joins_at(k + 1)):
                k += 1  # 'Rema 1000 opplyser', 'hos Rema 1000.': a number closing a brand's name
                continue
            if k == j or (token.is_word and token.is_capitalized and token.text != "TV" and not self.is_role_word(k)):
                if k > j and self.tokens[k - 1].text.endswith(("'", "’")):
                    break
                slogan = self.slogan_end(k) if k > j else 0
                if slogan:
                    return slogan  # 'Aksjonsgruppen Nei til husleiesjokk': the type noun, then the slogan
                k += 1
                continue
            nxt = self.token(k + 1)
            if (
                token.lower in NAME_PARTICLES
                and k > j
                and nxt is not None
                and nxt.is_capitalized
                and not nxt.is_acronym  # 'Kristin Haldorsen da NTB besøkte': 'da' is 'when'
                and not is_first_name(nxt.text)
            ):
                k += 1
                continue
            if token.lower in NAME_CONNECTORS and k > j and nxt is not None and nxt.is_capitalized:
                after = self.token(k + 2)
                ampersand = token.text == "&"  # 'Lund & Co', 'Procter & Gamble': one name
                # 'Folkeaksjonen for Svarthammaren': a body's type noun names what it is for
                typed = token.lower == "for" and organisation_type(self.tokens[k - 1].lower) is not None
                client = token.lower == "for" and self.names_a_medium(k + 1)  # 'Respons Analyse for NRK Vestland'
                if not client and (
                    k - j >= 2 or ampersand or typed or (after is not None and after.is_word and after.is_capitalized)
                ):
                    k += 1  # 'Syrian Observatory for Human Rights'; not 'Sentio for Nationen'
                    continue
            if token.lower == "og" and k > j and self.genitive_then_type(k + 1):
                k += 3  # 'Bodø og Omegns Turistforening', 'Ås og Omegn Fiskeforening': one body
            elif token.lower == "og" and self.coordinated_name(j, k):
                k += 2  # 'Norsk Sau og Geit', 'Norsk Bonde og Fisker': one body, not two
            elif token.lower == "og" and k > j and self.places_of_one_body(j, k):
                k = self.places_of_one_body(j, k)  # 'Nord-Troms og Senja tingrett': one court, not two
            elif token.lower == "og" and self.region_of_body(j, k):
                k += 2  # 'NAV Møre og Romsdal': a body's office for a region of two places
            elif token.text == "," and k > j:
                k = self.places_listed_for_one_body(j, k) or k  # 'Ringerike, Asker og Bærum tingrett'
            break
        form = self.token(k)
        if k > j + 1 and form is not None and form.text in self.lex.company_forms:
            return k + 1  # 'Sogn Frukt og Bær SA': the company form closes a name joined by 'og'
        # 'Kommunal- og distriktsdepartementet', 'Norges vassdrags- og energidirektorat'
        # 'vassdrags- og energidirektorat' after 'Norges'; 'Norsk faglitterær forfatter- og
        # oversetterforening', a describing word first (not 'Martin Ødegård i plan- og …', a person at a body)
        for skip in range(COORDINATED_LEAD + 1):
            lead = [self.tokens[m].lower for m in range(k, k + skip) if self.lowercase_word(m)]
            if self.coordinated_type(k + skip) and len(lead) == skip and not set(lead[:-1]) & self.lex.function_words:
                return k + skip + 3
        listed = self.listed_type(k) if k > j else 0
        if listed:
            return listed  # 'Barne-, ungdoms- og familiedirektoratet'
        if k > j and self.coordinated_capitals(k):
            return k + 3  # 'Norsk Bonde- og Småbrukarlag': a name's words share a tail
        # 'Østre Agder brannvesen', 'Gjøvik kommune', 'Meteorologisk institutt': a type noun closes the name.
        if (
            k > j
            and self.lowercase_word(k)
            and self.lowercase_word(k + 1)
            and ordbank().classes(self.tokens[k].lower) == {"adj"}
            and organisation_type(self.tokens[k + 1].lower)
        ):
            k += 1  # 'Tromsdalen videregående skole': an adjective before the type noun
        elif k == j + 1 and self.capitalised_adjective_opens_name(j):
            k += 1  # 'tall fra Nasjonalt vaksinasjonsregister': a name capitalises its first word only
        tail = self.token(k)
        if (
            tail is not None
            and tail.is_word
            and not tail.is_capitalized
            and (organisation_type(tail.lower) or _type_compound(tail.lower))  # 'Vang beitelag'
            and tail.lower not in self.lex.function_words
            and not (k == j + 1 and self.whole_body_name(j))
        ):
            k += 1
            if self.named_for(k - 1):
                k = self.field_end(k)  # 'Norsk institutt for bioøkonomi'
        elif k == j + 1 and self.at_start(j) is False and self.named_for(j):
            k = self.field_end(k)  # 'Direktoratet for høyere utdanning og kompetanse'
        return k

    def whole_body_name(self, j: int) -> bool:
        """Token j is a body's whole name, the definite form of a compound of a type noun
        ('Mattilsynet', 'Arbeidstilsynet'): a type noun after it is no part of it ('gjennomførte
        Mattilsynet tilsyn i 1.971 dyrehold'), as 'kommune' is of 'Gjøvik kommune'."""
        low = self.tokens[j].lower
        typed = organisation_type(low)
        return typed is not None and typed[2] != typed[0] and low != typed[2] and low.startswith(typed[2])

    def capitalised_adjective_opens_name(self, j: int) -> bool:
        """An adjective capitalised inside a sentence ('Nasjonalt', 'Norsk') before a lower-case
        noun opens a name: Norwegian capitalises only a name's first word ('Nasjonalt
        vaksinasjonsregister'); no adjective is capitalised mid-sentence otherwise."""
        word, noun = self.tokens[j], self.token(j + 1)
        if self.at_start(j) or noun is None or not self.lowercase_word(j + 1):
            return False
        words = ordbank()
        classes = words.classes(word.lower)
        if "adj" not in classes or noun.lower in self.lex.function_words:
            return False
        if "noun" in classes and not language_adjective(word.lower):
            return False  # 'Norske' is also a verb's form, never a noun's; 'Norsk' is one: the language
        if classes != {"adj"} and words.is_proper_noun(word.text):
            return False  # 'Ifølge Eide gir det …': a surname or a place that is also a word
        if organisation_type(noun.lower) or _type_compound(noun.lower):
            return False  # 'Nordisk institutt for studier av …': the type noun's own rule reads on
        if words.noun_lemma(noun.lower) is None:
            return False
        if words.classes(noun.lower) <= {"noun"}:
            return True
        # 'opplyser Norske tog.', 'Ifølge Norske tog er …': a noun that is also a verb's form, before
        # the sentence goes on with no phrase (an end, a function word or a verb alone)
        after = self.token(j + 2)
        if after is None or (not after.is_word and not after.is_number) or after.lower in self.lex.function_words:
            return True  # not 'Boreal mangler 112 sjåfører': the verb before its object
        return words.classes(after.lower) == {"verb"}

    def field_tail(self, j: int, k: int) -> int:
        """'Grenland brann og redning anslår at …', '…, anslår Grenland brann og redning.',
        'Familie uten grenser anslår': common nouns after a name, joined by 'og' or after 'uten' or
        'mot', belong to the body's name when a reporting verb makes the
        whole phrase its subject, or 'ifølge' its source. Only words Norsk Ordbank knows as nouns and nothing else, and
        never after a first name ('Kari Berg sier')."""
        if k == j + 1 and self.named_for(j):
            return max(k, self.field_end(k))  # 'Landsforeningen for hytteeiere mener': a name with its field
        if is_first_name(self.tokens[j].text) or organisation_type(self.tokens[k - 1].lower) is not None:
            return k  # 'Oslo kommune' is whole: its type noun closes it ('Det krever Oslo kommune penger')
        lex = self.lex
        m = k
        while m - k < 4 and self.lowercase_word(m):
            word = self.tokens[m].lower
            if (word in FIELD_LINKS and m > k) or (word in FIELD_PREPOSITIONS and m == k):
                m += 1
                continue
            dated = word in lex.weekdays or word in lex.months or word in lex.time_units  # 'opplyser X onsdag'
            classes = ordbank().classes(word)
            # a compound Norsk Ordbank lacks is a noun by its last part: 'Troms fylkestrafikk opplyser';
            # a noun that is an adverb too, or a verb too before 'og': 'Søndre Frogn vel', 'Lesja sau og geit'
            joined = self.token(m + 1) is not None and self.tokens[m + 1].lower in FIELD_LINKS
            noun = (
                classes == {"noun"}
                or classes == {"noun", "adv"}
                or (classes == {"noun", "verb"} and joined)
                or (not classes and ordbank().noun_lemma(word) is not None)
            )
            if self.tokens[m - 1].lower in FIELD_PREPOSITIONS:
                noun = "noun" in classes  # 'uten grenser': after the preposition, a noun that is a verb too
            if not noun and self.adjective_of_field(m):
                m += 1  # 'Sarpsborg kommunale kjøkken sier': an adjective before the field's noun
                continue
            if not noun or word in lex.function_words or dated:
                break
            m += 1
            if (
                organisation_type(word) is not None
                and self.token(m) is not None
                and self.tokens[m].lower not in FIELD_LINKS
            ):
                break  # 'Oslo kommune' is whole: a type noun closes the name ('Det krever Oslo kommune penger')
        if m == k or self.tokens[m - 1].lower in FIELD_LINKS | FIELD_PREPOSITIONS:
            return k
        form = self.token(m)
        if form is not None and form.text in lex.company_forms:
            m += 1  # 'Rogaland brann og redning IKS opplyser': the company's form closes the name
        after, before, comma = self.token(m), self.token(j - 1), self.token(j - 2)
        # '…, anslår Grenland brann og redning.'; 'Det opplyser Nidaros bispedømme til NTB.', where
        # the fronted 'Det' is what was said; not 'Nå krever Redningsselskapet tiltak.', an object
        closing = comma is not None and (comma.text in (",", "»", "”", '"') or self.fronted_det(j - 2))
        cue_before = closing and before is not None and before.lower in self.lex.cue_forms
        # '…, ifølge Haugaland brann og redning.', 'Ifølge Grenland brann og redning har …'
        source_before = before is not None and before.lower in self.lex.source_prepositions
        told = after is not None and after.lower in SAID_TO and self.name_like(m + 1)  # '… til NTB'
        ends = after is None or after.text in (".", ",", "!") or (cue_before and told)
        if (
            (after is not None and after.lower in self.lex.cue_forms)
            or (cue_before and ends)
            or (source_before and (ends or (after is not None and "verb" in ordbank().classes(after.lower))))
        ):
            return m
        return k

    def adjective_of_field(self, m: int) -> bool:
        """Token m is an adjective in its '-e' form (and no verb) before a lower-case noun and nothing
        else, both in a body's name after its place ('Sarpsborg kommunale kjøkken', 'Bergen
        offentlige bibliotek')."""
        word, noun = self.tokens[m].lower, self.token(m + 1)
        return (
            "adj" in ordbank().classes(word)
            and "verb" not in ordbank().classes(word)  # 'Firda omsatte selskapet for …': a verb
            and word.endswith("e")
            and noun is not None
            and self.lowercase_word(m + 1)
            and ordbank().classes(noun.lower) == {"noun"}
        )

    def fronted_det(self, k: int) -> bool:
        """Token k is a 'Det' or 'Dette' that opens its sentence ('Det opplyser X til NTB.')."""
        token = self.token(k)
        opens = k == 0 or (self.token(k - 1) is not None and self.tokens[k - 1].text in SENTENCE_ENDS)
        return token is not None and token.text in ("Det", "Dette") and opens

    def named_for(self, k: int) -> bool:
        """Token k is a type noun that names a body by its field: 'Direktoratet for …', 'institutt for …'."""
        typed = organisation_type(self.tokens[k].lower)
        nxt = self.token(k + 1)
        return typed is not None and typed[0] in NAMED_FOR_TYPES and nxt is not None and nxt.lower == "for"

    def named_by_place(self, k: int) -> bool:
        """Token k is a type noun and a place follows it: 'Universitetet i Sørøst-Norge',
        'Sysselmesteren på Svalbard'."""
        nxt, place = self.token(k + 1), self.token(k + 2)
        return (
            organisation_type(self.tokens[k].lower) is not None
            and nxt is not None
            and nxt.lower in ("i", "på")
            and place is not None
            and place.is_capitalized
        )

    def fronted_verb(self, m: int) -> bool:
        """'Ifølge Opplysningskontoret for frukt og grønt spiser hver nordmann …', 'Ifølge Landslaget
        for spelemenn var 287 av deltakerne …': a finite verb form (Ordbank also knows 'spiser' and
        'var' as nouns) with its subject, or a figure, after it ends the field."""
        word, nxt = self.tokens[m].lower, self.token(m + 1)
        lemmas = ordbank().verb_lemmas(word)
        subject_next = nxt is not None and (
            nxt.lower in INVERTED_SUBJECT_OPENERS or nxt.is_number or nxt.lower in self.lex.number_words
        )
        return bool(lemmas) and word not in lemmas and subject_next

    def names_a_deed(self, lemma: str | None) -> bool:
        """'forslaget', 'håndteringen': a document or an action, never the field a body is named for
        ('Opplysningsrådet for veitrafikken' is one); not a body's type noun, though an action's
        form ('direktør for statistikkavdelingen Irene Hilleren')."""
        if lemma is None or organisation_type(lemma) is not None:
            return False
        return lemma in self.lex.documents or names_an_action(lemma)

    def field_end(self, k: int) -> int:
        """Where the field after 'for' at k ends: lowercase nouns and adjectives, joined by 'og' or
        'av' ('for høyere utdanning og kompetanse', 'for koordinering av humanitær innsats'), ending
        on a noun; k itself when there is none."""
        end = k
        m = k + 1
        while m < len(self.tokens) and m - k <= 7:
            if self.suspended_hyphen(m):
                m += 1  # 'for fjord- og kystkommuner': a compound's first part, its head after 'og'
                continue
            if self.tokens[m].text == "," and m > k + 1 and self.field_list_goes_on(m):
                m += 1  # 'for studier av innovasjon, forskning og utdanning (Nifu)'
                continue
            if not self.lowercase_word(m):
                break
            word = self.tokens[m].lower
            classes = ordbank().classes(word)
            if word in ("og", "av") and m > k + 1 and self.lowercase_word(m + 1):
                m += 1
                continue
            if (
                word in self.lex.function_words
                or word in self.lex.cue_forms
                or (classes and not classes & {"noun", "adj"})
            ):
                break  # 'mener' is also the plural of 'men': a reporting verb ends the field
            if self.fronted_verb(m) or (end == m and self.finite_verb_form(word)):
                break  # 'Direktoratet for nye metoder koster …': after the field's noun, its verb
            lemma = ordbank().noun_lemma(word)
            if lemma not in (None, word) and word.endswith(DEFINITE_ENDINGS) and self.names_a_deed(lemma):
                break  # 'kritiserer Fiskeridirektoratet for forslaget': the deed, not a field
            if not classes or "noun" in classes or word.endswith("ende") or self.adjective_as_noun(m):
                end = m + 1  # 'for kollektivreisende': a participle used as a noun
            m += 1
        return end

    def adjective_as_noun(self, m: int) -> bool:
        """'Landsforeningen for overvektige mener …': an adjective in its plural form with no noun
        after it stands for the people it describes."""
        word, nxt = self.tokens[m].lower, self.token(m + 1)
        if "adj" not in ordbank().classes(word) or not word.endswith("e"):
            return False
        if nxt is None or not self.lowercase_word(m + 1) or self.finite_verb_form(nxt.lower):
            return True  # 'mener' is also the plural of 'men': a verb's form after it ends the phrase
        return not ordbank().classes(nxt.lower) & {"noun", "adj"}

    @staticmethod
    def finite_verb_form(word: str) -> bool:
        """'koster', 'mente': a verb's present or past form (Ordbank also knows 'koster' as a noun)."""
        lemmas = ordbank().verb_lemmas(word)
        return bool(lemmas) and word not in lemmas and word.endswith(("er", "te", "de"))

    def field_list_goes_on(self, m: int) -> bool:
        """The comma at m lists one more field of a body's name: lower-case words, 'og' and a last
        one, then the body's short name in brackets ('…, forskning og utdanning (Nifu)') or, after a
        role, the holder's name ('Byråd for barnehage, skole og idrett Lene Brekke'). Otherwise a
        comma ends the name ('Direktoratet for byggkvalitet, Husbanken og …')."""
        n = m + 1
        while n < m + 5 and self.lowercase_word(n) and self.tokens[n].lower != "og":
            n += 1
        if n == m + 1 or self.token(n) is None or self.tokens[n].lower != "og" or not self.lowercase_word(n + 1):
            return False
        opener, short, closer = self.token(n + 2), self.token(n + 3), self.token(n + 4)
        if opener is not None and is_first_name(opener.text) and short is not None and self.person_like(n + 2):
            return True
        if opener is None or short is None or closer is None:
            return False
        return opener.text == "(" and short.is_capitalized and closer.text == ")"

    def named_and_typed(self, tokens: list[Token]) -> bool:
        """'Reinheimen nasjonalparksenter', 'Orkla fiskeforening', 'Telemark tingrett': a word
        Ordbank does not know, or knows as a place, and a lower-case type noun."""
        words = ordbank()
        opener = tokens[0]
        named = not words.is_known(opener.lower) or words.is_proper_noun(opener.text)
        return len(tokens) == 2 and not tokens[1].is_capitalized and named

    def municipality(self, phrase: NounPhrase) -> bool:
        """'Tromsø kommune', 'Troms fylkeskommune': a place and the type noun of a municipality."""
        last = self.tokens[phrase.last - 1]
        typed = organisation_type(last.lower)
        return (
            phrase.kind == "name"
            and not last.is_capitalized
            and typed is not None
            and typed[0] == "kommune"
            and phrase.last - phrase.first == 2
        )

    def placed_by_position(self, phrase: NounPhrase) -> bool:
        """'Nordre Follo', 'Indre Østfold', 'Øvre Eiker': a place named by an adjective of where it
        lies and a capitalised name, with no type noun of a body."""
        if phrase.kind != "name" or phrase.last - phrase.first != 2:
            return False
        position, place = self.tokens[phrase.first], self.tokens[phrase.last - 1]
        return (
            position.is_capitalized
            and place.is_capitalized
            and "adj" in ordbank().classes(position.lower)
            and not is_first_name(place.text)
            and organisation_type(place.lower) is None
        )

    def suspended_hyphen(self, m: int) -> bool:
        """The '-' of 'fjord- og kystkommuner': right after a word, before 'og' or 'eller'."""
        token, after = self.tokens[m], self.token(m + 1)
        return (
            token.text == "-"
            and m > 0
            and self.tokens[m - 1].end == token.start
            and after is not None
            and after.lower in ("og", "eller")
        )

    def place_run(self, j: int) -> int:
        """End of a place name from j, where two places joined by 'og' are one ('Vestfold og
        Telemark', 'Oslo og Viken', 'Sogn og Fjordane'), and so is a list ending on 'og' ('Gjøvik,
        Ålesund og Trondheim'): each place after the first is a lone_place."""
        end = self.name_run(j)
        listed = end
        while self.lone_place(listed, ","):
            listed += 2  # 'Gjøvik, Ålesund og Trondheim': a list of places ends on 'og' and one more
        return listed + 2 if self.lone_place(listed, "og") else end

    def organ_of(self, tokens: list[Token], target: NounPhrase) -> bool:
        """'Studentparlamentet', 'Elevrådet': one capitalised common noun in the definite form names
        an elected organ, and the body after 'ved' is the institution it belongs to."""
        if len(tokens) != 1 or target.kind != "name" or target.source_kind == "person":
            return False
        low = tokens[0].lower
        lemma = ordbank().noun_lemma(low)
        if lemma is None or lemma == low or ordbank().is_proper_noun(tokens[0].text):
            return False
        return lemma.endswith(ELECTED_ORGANS)  # 'Blodbanken ved SUS' is the hospital's unit: the hospital speaks

    @staticmethod
    def bare_singular(low: str) -> bool:
        """A noun Norsk Ordbank knows in its indefinite singular only, no verb or adjective: as the
        subject of a verb it needs an article ('en kiwi', 'kiwien'), so standing bare it is a name."""
        return ordbank().classes(low) == {"noun"} and ordbank().noun_lemma(low) == low

    def brand_number(self, k: int) -> bool:
        """The number at k, of digits alone, follows a capitalised word no dictionary lists ('Rema
        1000'), as the figure scanner's `inside_a_name` reads it: a name, not a count."""
        token, before = self.tokens[k], self.tokens[k - 1]
        return (
            token.text.isdigit()
            and len(token.text) <= MAX_BRAND_DIGITS
            and before.is_word
            and before.is_capitalized
            and not before.is_acronym
            and before.end + 1 == token.start
            and not ordbank().is_known(before.lower)
            and before.lower not in self.lex.months
        )

    def joins_at(self, k: int) -> bool:
        """Token k is 'og' or 'eller' joining another name ('Rema 1000 og Kiwi')."""
        word, after = self.token(k), self.token(k + 1)
        return word is not None and word.lower in ("og", "eller") and after is not None and after.is_capitalized

    def closes_a_name(self, k: int) -> bool:
        """The digit at k closes the name before it: a verb, or no word, follows ('Eiendomsmegler 1
        tror', 'i Eiendomsmegler 1.'); not 'fikk 1 stemme', nor the first group of a number written
        with spaces ('beslagla Tolletaten 1 750 kilo'), nor a score after a name ('slo Mikael Lund 7–4')."""
        nxt, after = self.token(k + 1), self.token(k + 2)
        if nxt is not None and nxt.is_number:
            return False
        if nxt is not None and nxt.text in ("-", "–") and after is not None and after.is_number:
            return False
        if nxt is None or not nxt.is_word:
            return self.tokens[k - 1].end + 1 == self.tokens[k].start
        return verb_not_noun(nxt.lower)

    def slogan_end(self, j: int) -> int:
        """'Aksjonsgruppen Nei til husleiesjokk har …', 'naboforeningen Nei til støy på Kvitfjellheia',
        'foreldreaksjonen Plass til alle': a campaign named by a slogan, a capitalised word and
        'til' or 'mot' and lower-case words that are no verb (a place may close it), after a noun
        saying what it is or opening on 'Nei' or 'Ja'; where it ends, or 0."""
        word, link = self.token(j), self.token(j + 1)
        if word is not None and (imperative := self.imperative_slogan(j)):
            return imperative
        if word is None or link is None or link.lower not in SLOGAN_LINKS or not word.is_capitalized:
            return 0
        if word.is_acronym or (self.at_start(j) and word.lower not in SLOGAN_OPENERS):
            return 0
        if word.lower not in SLOGAN_OPENERS and not (j > 0 and self.describing_noun(j - 1)):
            return 0
        m = j + 2
        named = word.lower in SLOGAN_OPENERS  # 'Nei til EU': a name may close it
        while m < min(len(self.tokens), j + 2 + SLOGAN_WORDS) and self.slogan_word(m, named):
            m += 1
        if m == j + 2:
            return 0
        at, place = self.token(m), self.token(m + 1)
        if at is not None and place is not None and at.lower in ("på", "i") and self.name_like(m + 1):
            m = self.place_run(m + 1)  # 'Nei til støy på Kvitfjellheia'
        return m

    def imperative_slogan(self, j: int) -> int:
        """'Aksjonsgruppen Behold bussen har …', 'aksjonen Bevar lokalsykehuset': after a noun saying
        what it is, a capitalised verb in the imperative (its infinitive less the final 'e') and
        lower-case words that are no verb name a campaign; where it ends, or 0."""
        word, first = self.tokens[j], self.token(j + 1)
        if not word.is_capitalized or self.at_start(j) or not (j > 0 and self.describing_noun(j - 1)):
            return 0
        if word.lower in SLOGAN_OPENERS or ordbank().is_proper_noun(word.text):
            return 0  # 'Nei til …' is a slogan of its own; 'Strand til NRK' a surname
        if word.lower + "e" not in ordbank().verb_lemmas(word.lower):
            return 0
        if (
            first is None
            or not ({"noun", "adj"} & ordbank().classes(first.lower))
            or first.lower in self.lex.function_words
        ):
            return 0  # what the verb asks for: 'Behold bussen', 'Bevar lokalsykehuset'
        m = j + 1
        while m < min(len(self.tokens), j + 1 + SLOGAN_WORDS) and self.slogan_word(m, False):
            m += 1
        return m if m > j + 1 else 0

    def slogan_word(self, m: int, named: bool) -> bool:
        """A word of a slogan: a noun, adjective or pronoun, no verb ('har', 'mener'); capitalised
        only when `named` ('Nei til EU')."""
        token = self.tokens[m]
        if not token.is_word or (token.is_capitalized and not named) or token.lower in self.lex.cue_forms:
            return False
        if token.is_capitalized:
            return not self.at_start(m)
        classes = ordbank().classes(token.lower)
        return "verb" not in classes and token.lower not in ("på", "i", "og", "som")

    def lone_place(self, k: int, joiner: str) -> bool:
        """Tokens k.. read '<joiner> Place', where the place is one capitalised word that is no
        person, body, country or acronym, and no name goes on after it."""
        sign, word, after = self.token(k), self.token(k + 1), self.token(k + 2)
        return (
            sign is not None
            and sign.lower == joiner
            and word is not None
            and word.is_word
            and word.is_capitalized
            and not word.is_acronym
            and not is_first_name(word.text)
            and word.lower not in self.lex.organisations
            and word.text not in self.lex.countries
            and not (after is not None and after.is_word and after.is_capitalized)
        )

    def places_of_one_body(self, j: int, k: int) -> int:
        """'og' at k joining two places that one body's type noun closes ('Nord-Troms og Senja
        tingrett', 'Møre og Romsdal fylkeskommune'): where that name ends before its type noun,
        or 0."""
        m = k + 1
        while m < len(self.tokens) and self.tokens[m].is_word and self.tokens[m].is_capitalized:
            m += 1
        tail = self.token(m)
        if m == k + 1:
            return 0
        if tail is not None and self.lowercase_word(m) and organisation_type(tail.lower) is not None:
            return m
        # 'Molde og Romsdal Havn', 'Oslo og Akershus Universitetssykehus': the type noun is the
        # name's last capitalised word, after the second place; every word of the run from j is a
        # place ('NRK Rogaland og Stavanger Aftenblad' is two bodies)
        last = self.tokens[m - 1]
        places = [t.text for t in self.tokens[j : m - 1] if t.lower != "og"]
        if m - 1 > k + 1 and organisation_type(last.lower) is not None and all(map(ordbank().is_proper_noun, places)):
            return m
        return 0

    def places_listed_for_one_body(self, j: int, comma: int) -> int:
        """'Ringerike, Asker og Bærum tingrett': places listed with a comma, then 'og', closed by one
        body's type noun; where that name ends before its type noun, or 0 (`places_of_one_body`)."""
        m = comma + 1
        while m < len(self.tokens) and self.tokens[m].is_word and self.tokens[m].is_capitalized:
            m += 1
        joined = self.token(m)
        if m == comma + 1 or joined is None or joined.lower != "og":
            return 0
        if not all(ordbank().is_proper_noun(t.text) for t in self.tokens[j:comma]):
            return 0
        return self.places_of_one_body(comma + 1, m)

    def region_of_body(self, j: int, k: int) -> bool:
        """Does 'og' at k join two places after a body's own word ('NAV Møre og Romsdal', 'NRK
        Troms og Finnmark', 'NHO Vestfold og Telemark')? Norsk Ordbank lists both places as
        proper nouns and the body's word not, unless it is an acronym; a capitalised word after them
        would make a list ('NAV Troms og Finnmark Kraft'), and so does a body the lexicon knows ('for
        NRK Trøndelag og Adresseavisen': Ordbank lists the paper too)."""
        nxt, after = self.token(k + 1), self.token(k + 2)
        proper = ordbank().is_proper_noun
        return (
            k - j >= 2
            and (not proper(self.tokens[j].text) or self.tokens[j].is_acronym)
            and proper(self.tokens[k - 1].text)
            and nxt is not None
            and proper(nxt.text)
            and nxt.lower not in self.lex.organisations
            and not (after is not None and after.is_word and after.is_capitalized)
        )

    def genitive_then_type(self, k: int) -> bool:
        """Tokens k, k+1 are a capitalised common noun, or its genitive, and a capitalised type noun
        ('Omegns Turistforening' in 'Bodø og Omegns Turistforening', 'Ås og Omegn Fiskeforening')."""
        word, kind = self.token(k), self.token(k + 1)
        if word is None or kind is None or not word.is_capitalized or not kind.is_capitalized:
            return False
        low = word.lower
        common = ordbank().classes(low) == {"noun"} or (low.endswith("s") and ordbank().classes(low[:-1]) == {"noun"})
        return common and organisation_type(kind.lower) is not None

    def coordinated_name(self, j: int, k: int) -> bool:
        """Does 'og' at k join the last word of a body's name ('Norsk Sau og Geit')? Only after a
        run of two or more words opening with an adjective, or with an acronym when a common noun
        follows ('NHO Service og Handel', 'DNT Oslo og Omegn'), before a last capitalised word
        that is no name, country or body of its own ('Oslo Sporveier og Ruter' stays two)."""
        nxt, after = self.token(k + 1), self.token(k + 2)
        lex = self.lex
        opener = self.tokens[j]
        # a word Ordbank knows only as a noun, in its base form: 'Handel', 'Omegn' (not 'Ruter')
        common = (
            nxt is not None
            and ordbank().classes(nxt.lower) == {"noun"}
            and ordbank().noun_lemma(nxt.lower) == nxt.lower
        )
        if k - j == 1 and self.two_noun_name(j):
            return True  # 'Natur og Ungdom', 'Mat og Helse'
        if k - j == 2 and ordbank().is_proper_noun(opener.text) and self.two_noun_name(j + 1, after_place=True):
            return True  # 'Holtålen Sau og Geit': a place's body named by two nouns
        return (
            k - j >= 2
            # 'Norsk', 'Samisk': a name, not a list of places; 'NHO' before 'og Handel'
            and (is_adjective(opener.lower) or (opener.is_acronym and common))
            and nxt is not None
            and nxt.is_word
            and nxt.is_capitalized
            and not nxt.is_acronym
            and not is_first_name(nxt.text)
            and not is_first_name(self.tokens[j].text)
            and nxt.text not in lex.countries
            and nxt.lower not in lex.organisations
            and self.tokens[j].text not in lex.countries
            and not (after is not None and after.is_word and after.is_capitalized)
        )

    def two_noun_name(self, j: int, after_place: bool = False) -> bool:
        """'Natur og Ungdom', 'Mat og Helse': two common nouns in their base form, both capitalised
        (the second mid-sentence), joined by 'og', are one body's name; not two places or names
        ('Norge og Sverige', 'Kari og Per'), nor a plural or definite noun ('Oslo Sporveier og
        Ruter', 'Bergen Havn og Kystverket'). `after_place`: a place opened the name ('Holtålen Sau
        og Geit'), so a noun that is a verb's form too counts ('Sau')."""
        first, link, second = self.token(j), self.token(j + 1), self.token(j + 2)
        if first is None or link is None or second is None or link.text != "og":
            return False
        noun = _noun_in_base_form if after_place else _base_noun
        return all(
            t.is_word and t.is_capitalized and not t.is_acronym and not is_first_name(t.text) and noun(t.lower)
            for t in (first, second)
        )

    def describes(self, k: int) -> bool:
        """Token k is a word that makes the 'de' before it a determiner ('de ansatte', not 'de som')."""
        return self.lowercase_word(k) and self.tokens[k].lower not in self.lex.function_words

    def after_adjectives(self, k: int) -> int:
        """The first token from k that is no lowercase adjective ('høyere' in 'høyere utdanningsminister')."""
        while self.lowercase_word(k) and "adj" in ordbank().classes(self.tokens[k].lower) and self.token(k + 1):
            k += 1
        return k

    def lowercase_word(self, k: int) -> bool:
        if not 0 <= k < len(self.tokens):
            return False
        token = self.tokens[k]
        return token.is_word and not token.is_capitalized

    def coordinated_capitals(self, k: int) -> bool:
        """Tokens k.. read '- og <Capitalised>' right after a capitalised word ('Bonde- og
        Småbrukarlag', 'Jeger- og Fiskerforbund'): one name whose two words share a tail."""
        if not 0 <= k < len(self.tokens) or self.tokens[k].text != "-":
            return False  # asked after most words of a name: the dash first
        dash, conjunction, last = self.tokens[k], self.token(k + 1), self.token(k + 2)
        return (
            dash.start == self.tokens[k - 1].end
            and self.tokens[k - 1].is_capitalized
            and conjunction is not None
            and conjunction.lower == "og"
            and last is not None
            and last.is_word
            and last.is_capitalized
        )

    def listed_type(self, k: int) -> int:
        """Tokens k.. read '-, ungdoms- og familiedirektoratet': first parts listed with commas
        before the shared type noun; the end of the name, or 0. At most LISTED_PARTS parts."""
        m = k
        for _ in range(LISTED_PARTS):
            if not 0 <= m < len(self.tokens) or self.tokens[m].text != "-":
                break  # asked after most words of a name: the dash first
            dash, comma, part, next_dash = (self.token(m + n) for n in range(4))
            if dash is None or dash.text != "-" or comma is None or comma.text != ",":
                break
            if part is None or not part.is_word or next_dash is None or next_dash.text != "-":
                break
            m += 3
        return m + 3 if m > k and self.coordinated_type(m) else 0

    def coordinated_type(self, k: int) -> bool:
        """Tokens k.. read '- og <type noun>': the shared tail of a coordinated compound name."""
        if not 0 <= k < len(self.tokens) or self.tokens[k].text != "-":
            return False  # asked after most words of a name: the dash first
        conjunction = self.token(k + 1)
        return (
            conjunction is not None
            and conjunction.lower in ("og", "eller")
            and self.tokens[k + 2].is_word  # 'vassdrags- og energidirektorat', 'Jeger- og Fiskerforbund'
            and organisation_type(self.tokens[k + 2].lower) is not None
        )

    def word_and_place(self, tokens: list[Token]) -> bool:
        """A name of two words whose second is a Norwegian municipality or county and whose first
        is no name Norsk Ordbank or the first-name lexicon knows: a body for a place ('Visit
        Tromsø'), not a person whose surname is a place ('Kari Lier')."""
        first, place = tokens
        return (
            (place.text in self.lex.municipalities or place.text in self.lex.counties)
            and first.is_word
            and not is_first_name(first.text)
            and not ordbank().is_proper_noun(first.text)
        )

    def named(self, i: int, j: int, roles: list[int], genitive: int | None, type_words: set[str]) -> NounPhrase:
        """The named phrase, remembered: the name scan and the speaker search (parse with and
        without `speaker`) reach the same name from the same tokens, and the parser's tokens never
        change."""
        key = (i, j, tuple(roles), genitive, frozenset(type_words))
        found = self._named.get(key)
        if found is None:
            found = self._named[key] = self._read_named(i, j, roles, genitive, type_words)
        return found

    def unnamed_workplace_end(self, k: int) -> int | None:
        """After a person's name and 'ved', 'i', 'fra' or 'hos': where a workplace named by no name
        ends ('Daglig leder Linh Tran ved en sushirestaurant på Grünerløkka forteller'): an
        indefinite article, lower-case words and a noun Norsk Ordbank knows, and the place it is
        at ('på Grünerløkka'), so the reporting verb after it is the person's. None otherwise."""
        if self.token(k) is None or self.tokens[k].lower not in ARTICLES:
            return None
        m = k + 1
        while m <= k + 3 and self.lowercase_word(m) and "adj" in ordbank().classes(self.tokens[m].lower):
            m += 1
        if not self.lowercase_word(m) or ordbank().noun_lemma(self.tokens[m].lower) is None:
            return None
        m += 1
        place = self.token(m)
        if place is not None and place.lower in ("på", "i") and self.name_like(m + 1) and not self.at_start(m + 1):
            m = self.place_run(m + 1)
        after = self.token(m)
        return m if after is not None and after.lower in self.lex.cue_forms else None

    def regional_unit(self, tokens: list[Token]) -> Organisation | None:
        """The lexicon body a name opens when only places follow it: 'NAV Vestfold og Telemark' and
        'Nav Innlandet' are Nav offices, an etat ('etaten' refers back to it), as 'NHO Nordland' is an NHO."""
        for width in (3, 2, 1):
            if len(tokens) <= width:
                continue
            entry = self.lex.organisations.get(" ".join(t.lower for t in tokens[:width]))
            places = [t for t in tokens[width:] if t.lower != "og"]
            if entry is not None and places and tokens[-1].lower != "og" and all(self.region(t) for t in places):
                return entry
        return None

    def region(self, token: Token) -> bool:
        """A place a body's office serves: one Norsk Ordbank lists, or a county or a municipality
        it lacks ('Innlandet' in 'Nav Innlandet'); no first name ('NHO Kari')."""
        lex = self.lex
        place = ordbank().is_proper_noun(token.text) or token.text in lex.counties or token.text in lex.municipalities
        return place and not is_first_name(token.text)

    def _read_named(self, i: int, j: int, roles: list[int], genitive: int | None, type_words: set[str]) -> NounPhrase:
        k = self.field_tail(j, self.name_run(j))
        acronym = self.token(k)
        if acronym is not None and acronym.text in self.lex.company_forms and k > j + 1 and self.lowercase_word(k - 1):
            k += 1  # 'Sørlandet sykehus HF', 'Bergen bussdrift AS': the company's form closes its name
        elif acronym is not None and acronym.is_acronym and k > j + 1 and self.lowercase_word(k - 1):
            known = self.span(j, k).lower() in self.lex.organisations  # 'Statens vegvesen NRK' stays two
            if self.types_of(self.tokens[k - 1].lower) and not known:
                # 'Landets nasjonale beredskapsinstitutt INDECI': what the body is, then its name
                type_words = type_words | {self.tokens[k - 1].lower}
                j, k = k, k + 1
        owned = self.owned_by_name(j, k)
        if owned is not None:
            return owned
        core_text = self.span(j, k)
        if core_text.endswith(("'", "’")):
            core_text = core_text[:-1]
        tokens = self.tokens[j:k]
        lex = self.lex
        entry = lex.organisations.get(core_text.lower()) or self.regional_unit(tokens)
        kind: SourceKind
        gender = None
        core_types = set(type_words)
        if entry is not None:
            kind = entry.kind
            core_types |= self.types_of(entry.type)
        elif core_text in lex.countries:
            kind = "country"
        elif len(tokens) >= 2 and tokens[-1].text in lex.club_forms:
            kind = "organization"  # 'Aalesunds FK', 'Runar Håndball' are clubs: 'klubben' refers back to it
            core_types.add(lex.club_forms[tokens[-1].text])
        elif is_first_name(tokens[0].text) and len(tokens) >= 2:
            kind = "person"
            gender = first_name_gender(tokens[0].text)
        elif self.second_given_name(tokens):
            kind = "person"  # 'Lan Marie Berg': a first name the lexicon lacks, then one it knows
            gender = first_name_gender(tokens[1].text)
        elif (type_words and not self.described_as_a_person(type_words, tokens)) or (
            len(tokens) >= 2 and tokens[0].text[:-1] in lex.countries and tokens[0].text[-1:] == "s"
        ):
            kind = "organization"  # 'Norges Råfisklag', 'Sveriges Riksbank': a country's body, not a person
        elif len(tokens) >= 2 and tokens[0].text.endswith("s") and ordbank().is_proper_noun(tokens[0].text[:-1]):
            kind = "organization"  # 'Trondhjems Cykleklub', 'Hansens Bakeri': a name's genitive owns a body
        elif any(t.lower == "og" for t in tokens) or (len(tokens) >= 2 and tokens[-1].text in lex.company_forms):
            kind = "organization"  # 'Norsk Sau og Geit', 'Brekke Marine ASA'
        elif len(tokens) >= 2 and tokens[-1].text in lex.countries and tokens[0].text not in lex.countries:
            kind = "organization"  # 'Eiendom Norge', 'Sjømat Norge': nobody's surname is a country
        elif any(organisation_type(t.lower) for t in tokens if len(t.text) > 3):
            typed = [organisation_type(t.lower) for t in tokens if organisation_type(t.lower)]
            kind = typed[-1][1] if typed and typed[-1] else "organization"
            for t in tokens:
                core_types |= self.types_of(t.lower)
        elif len(tokens) >= 2 and is_country_region(tokens[-1].text):
            kind = "organization"  # 'Revisjon Midt-Norge': nobody's surname is a region of a country
        elif not roles and len(tokens) == 2 and self.word_and_place(tokens):
            kind = "organization"  # 'Visit Tromsø', 'Destinasjon Trysil': a word no name opens with, and a place
        elif len(tokens) >= 2 and not roles and _type_compound(tokens[-1].lower):
            kind = "organization"  # 'Gaula Elveierlag', 'Vang Beitelag': nobody's surname is a kind of body
            core_types.add(tokens[-1].lower)
        elif not roles and len(tokens) >= 2 and self.common_noun_tail(tokens):
            kind = "organization"  # 'Sandvik Turn', 'Nordkyst Sjømat', 'NHO Reiseliv': nobody's surname is 'turn'
        elif len(tokens) >= 2 and tokens[0].text.endswith("s") and definite_noun(tokens[0].lower[:-1]):
            kind = "organization"  # 'Kirkens Bymisjon': a common noun's genitive owns a body, no person
        elif not roles and len(tokens) >= 2 and common_word_head(tokens[0]):
            kind = "organization"  # 'Helse Nord-Trøndelag', 'Norsk Kennel Klub': nobody is named 'Helse'
        elif not roles and len(tokens) >= 2 and j > 0 and self.tokens[j - 1].lower == "i":
            kind = "organization"  # 'bonde i New Zealand': a place, where nobody is 'in' a person
        elif len(tokens) >= 2 and tokens[-1].is_number:
            kind = "organization"  # 'Rema 1000', 'SpareBank 1': nobody's name ends in a number
        elif (
            (roles and len(tokens) >= 2)
            or (len(tokens) >= 2 and not any(t.lower in NAME_CONNECTORS for t in tokens) and not tokens[0].is_acronym)
            or (roles and not tokens[0].is_acronym)
            or (len(tokens) == 1 and _patronymic(tokens[0]))
        ):
            kind = "person"
        else:
            kind = "organization"
        if kind == "organization" and type_words:
            kinds = [organisation_type(t) for t in type_words]
            kind = next((typed[1] for typed in kinds if typed), kind)
        masthead = organisation_type(tokens[-1].lower) if kind == "organization" and len(tokens) >= 2 else None
        if masthead is not None and masthead[1] == "media":
            kind = "media"  # 'Drammens Tidende': a paper, whoever's genitive names it
        field = next((n for n, t in enumerate(tokens) if t.lower == "for"), None)
        if kind not in ("person", "country") and field is not None and field > 0:
            # 'Nettverk for fjord- og kystkommuner' is a nettverk, not a kommune: 'nettverket'
            core_types |= self.types_of(tokens[field - 1].lower)
        elif kind not in ("person", "country") and len(tokens) >= 2 and not _joined_capitals(tokens):
            core_types |= self.lemma_types(tokens[-1].lower)  # 'Norges Råfisklag' is a råfisklag: 'Råfisklaget'
        end = k
        alias = None
        # '(UD)' names an alias; '(74)' is an age; after a person, '(Ap)' is the party, not another name for her
        if (
            self.token(end) is not None
            and self.tokens[end].text == "("
            and self.token(end + 2) is not None
            and self.tokens[end + 2].text == ")"
        ):
            inside = self.tokens[end + 1]
            if (inside.is_acronym or inside.is_capitalized) and kind != "person":
                alias = inside.text
            end += 3
        affiliation = self.genitive_phrase(genitive)
        # 'i Innlandet politidistrikt', 'ved Universitetet i Bergen': the body a person speaks for,
        # or the place that belongs to an institution's name ('Innenriksdepartementet i Merkand').
        prep = self.token(end)
        if kind == "person" and prep is not None and prep.lower in AFFILIATION_PREPOSITIONS:
            end = self.unnamed_workplace_end(end + 1) or end
            prep = self.token(end)
        if (
            prep is not None
            and (prep.lower in AFFILIATION_PREPOSITIONS or (prep.lower == "på" and kind != "person"))
            and (self.name_like(end + 1) or (kind == "person" and self.article_opens_name(end + 1)))
            and not self.at_start(end + 1)
        ):
            target_end = self.place_run(end + 1)
            target = self.article_name(end + 1) or self.general(end + 1)
            if kind == "person" and self.acronym_unit(end + 1):
                # 'Politiinspektør Kai Voldengen i UP-distrikt Øst': the unit of a body, by its region
                unit_end = self.name_run(end + 2)
                affiliation = replace(self.synthetic(end + 1, self.span(end + 1, unit_end)), last=unit_end)
                end = unit_end
            elif kind == "person":
                if target is not None:
                    affiliation = target
                    end = max(target.last, target_end) if target.kind == "name" else target_end
            elif (
                # 'Pendlerforeningen på Fosen'; 'Equinor på Mongstad', a body the lexicon knows, is where it is
                (prep.lower == "i" or (prep.lower == "på" and entry is None))
                and kind in ("government", "organization")
                # the name's own type ('Havnevesenet i Narvik'), not a noun before it: 'Rederiet
                # Nordvestfangst i Ålesund' is where the company is, as 'Nordvestfangst i Ålesund' is
                and core_types - type_words
                # 'Sundbøen Verft i Hareid' is where it is; 'Røde Kors i Filippinene' is a known body's branch
                and (
                    len(tokens) == 1
                    or not tokens[-1].is_capitalized
                    or entry is not None
                    or (alias is None and _branched(tokens[-1]))
                )
                # 'Reinheimen nasjonalparksenter i Lesja': a name and its type are whole; the place is where it is
                and (entry is not None or not self.named_and_typed(tokens))
                and target is not None
                and (
                    (target.source_kind in ("country", "organization") and target.single_word)
                    or self.municipality(target)  # 'Boligkontoret i Tromsø kommune'
                    or self.placed_by_position(target)  # 'Utdanningsforbundet i Nordre Follo'
                )
            ):
                if not target.single_word:
                    target_end = max(target_end, target.last)  # the municipality's type noun too
                core_text = self.span(j, target_end)
                k = target_end
                end = target_end
                if alias is None:  # 'Havnevesenet i Narvik (HiN)': the acronym spells the body with its place
                    alias, end = self.acronym_after(end, core_text)
            elif prep.lower == "ved" and target is not None and self.organ_of(tokens, target):
                # 'Studentparlamentet ved Universitetet i Innlandet': an organ of the institution it
                # serves, named by it
                end = k = max(target.last, target_end)
                core_text = self.span(j, end)
        role_text = None
        # 'assisterende rådmann Espen Hvalby': a deputy, whom 'rådmannen' does not refer to
        deputy = bool(roles) and roles[0] > 0 and self.tokens[roles[0] - 1].lower in DEPUTIES
        if roles:
            role_end = roles[-1] + 1
            if self.role_field(roles[-1]) == j:
                # 'fylkesråd for utdanning Hanne Mørch', 'sjef for UP-distrikt 5 i Nord-Norge, X': the
                # role with its field ('UP-sjefen' later refers back to it)
                role_end = j - 1 if self.tokens[j - 1].text == "," else j
            role_text = self.span(roles[0] - 1 if deputy else roles[0], role_end)
        role_heads = {
            self.tokens[r].lower.split("-")[-1]
            for r in roles
            if self.lex.is_role(self.tokens[r].lower.split("-")[-1]) and not deputy
        }
        role_heads -= ROLE_MODIFIERS | {"daglig", "administrerende"}
        # 'Brann-trener Mads Eikrem': the compound names the club.
        if roles and "-" in self.tokens[roles[0]].text and affiliation is None:
            club = self.tokens[roles[0]].text.split("-")[0]
            if club[:1].isupper():
                affiliation = self.synthetic(roles[0], club)
        last = end
        apposition = self.apposition(end) if kind == "person" or roles else None
        described = self.apposition(end) if apposition is None and kind != "person" else None
        if described is not None and self.tokens[described[1] - 1].is_word:
            # 'Kanarifansen, Lillestrøms supporterklubb,': an apposition saying what kind of body it is
            body_type = organisation_type(self.tokens[described[1] - 1].lower)
            if body_type is not None and described[1] - described[0] <= 3:
                last = described[2]
                kind = body_type[1]  # its type stays off: 'klubben' later is the club, not its supporters' club
        if apposition is not None:
            role_start, role_end, last = apposition
            appos = self.span(role_start, role_end)
            role_text = f"{role_text}, {appos}" if role_text else appos
            role_heads |= {self.tokens[role_start].lower}
            affiliation = affiliation or self.affiliation_in(role_start, role_end)
        phrase = self.make(
            i,
            last,
            "name",
            core_text,
            j,
            k,
            source_kind=kind,
            gender=gender,
            role=role_text,
            role_heads=frozenset(role_heads),
            types=frozenset(core_types),
            alias=alias,
            affiliation=affiliation,
            single_word=len(tokens) == 1,
            # 'Nødetatene' opening a sentence: a type noun's definite plural names many bodies
            plural=len(tokens) == 1
            and tokens[0].lower.endswith("ene")
            and organisation_type(tokens[0].lower) is not None,
        )
        return phrase

    def role_with_apposition(self, i: int, j: int, roles: list[int], genitive: int | None) -> NounPhrase | None:
        """'UNHCRs talsperson i regionen, Jonas Eriksen,' / 'FNs spesialutsending til Syria, Staffan de Mistura,'."""
        k = j
        if self.token(k) is not None and self.tokens[k].lower in ROLE_PREPOSITIONS:
            # the words after the preposition, or a name ('sjeføkonom i SpareBank 1 SMN, Ola Dahl')
            k = self.name_run(k + 1) if self.name_like(k + 1) else self.words_end[k + 1]
            if self.lowercase_word(k):
                k = self.words_end[k]  # 'politistasjonssjef for Sandefjord politistasjon, Brian Jacobsen'
        titled = (
            self.token(k + 2) is not None and self.is_role_word(k + 1) and self.name_like(k + 2)
        )  # 'påtaleansvarlig i saken, politiadvokat John R. Sødahl Furunes'
        if self.token(k) is None or self.tokens[k].text != "," or not (self.name_like(k + 1) or titled):
            return self.unnamed_role(i, j, roles) if genitive is None else None
        comma = k
        if titled:
            k += 1  # the title after the comma says the same post: the name after it is the speaker
        name_end = self.name_run(k + 1)
        tokens = self.tokens[k + 1 : name_end]
        if not tokens:
            return None
        last = self.bracket_end(name_end)  # 'Kristian Fossum Hovde (Sp),'
        last = last + 1 if self.token(last) is not None and self.tokens[last].text == "," else last
        role_text = self.span(roles[0] if roles else i, comma)
        if genitive is not None and genitive < (roles[0] if roles else comma):
            role_text = self.span(genitive, comma)
        gender = first_name_gender(tokens[0].text)
        return self.make(
            i,
            last,
            "name",
            self.span(k + 1, name_end),
            k + 1,
            name_end,
            source_kind="person",
            gender=gender,
            role=role_text,
            role_heads=frozenset(self.tokens[r].lower for r in roles),
            affiliation=self.genitive_phrase(genitive) or self.affiliation_in(j, comma),
        )

    def described_name(self, k: int) -> int:
        """Where a name starts after adjectives from k ('tydelig preget Ødegård Sunde'); k when
        no name follows them."""
        m = k
        while m < len(self.tokens) and self.lowercase_word(m) and "adj" in ordbank().classes(self.tokens[m].lower):
            m += 1
        return m if m > k and self.name_like(m) else k

    def bracket_end(self, k: int) -> int:
        """Where a one-word bracket at k ends: a party '(Sp)', an age '(47)'; k when none is there."""
        opener, closer = self.token(k), self.token(k + 2)
        if opener is not None and closer is not None and (opener.text, closer.text) == ("(", ")"):
            return k + 3
        return k

    def apposition(self, end: int) -> tuple[int, int, int] | None:
        """', sjef for Røde Kors' operasjoner i Syria,' right after a name: (start, end, consumed)."""
        comma = self.token(end)
        first = self.token(end + 1)
        if comma is None or comma.text != "," or first is None or not first.is_word:
            return None
        if first.is_capitalized and not self.is_genitive(end + 1):
            return None
        if not (self.lex.is_role(first.lower.split("-")[-1]) or self.is_genitive(end + 1)):
            return None
        k = self.clause_end[end + 1]
        consumed = k + 1 if self.token(k) is not None and self.tokens[k].text == "," else k
        return end + 1, k, consumed

    def affiliation_in(self, a: int, b: int) -> NounPhrase | None:
        """The first named body inside a role phrase ('sjef for Røde Kors' operasjoner i Syria')."""
        places: list[NounPhrase] = []
        k = a
        while k < b:
            if self.name_like(k) and not self.at_start(k):
                phrase = self.general(k)
                if phrase is not None and phrase.kind == "name":
                    if phrase.source_kind != "country":
                        return phrase
                    places.append(phrase)
                    k = max(k + 1, phrase.last)
                    continue
            k += 1
        return places[0] if places else None

    def genitive_phrase(self, genitive: int | None) -> NounPhrase | None:
        if genitive is None:
            return None
        token = self.tokens[genitive]
        name = token.text.rstrip("'’")
        if name.endswith("s") and not token.text.endswith(("'", "’")):
            name = name[:-1]
        return self.synthetic(genitive, name)

    def synthetic(self, k: int, name: str) -> NounPhrase:
        """A body named inside another word: 'FNs' -> FN, 'Brann-trener' -> Brann."""
        token = self.tokens[k]
        entry = self.lex.organisations.get(name.lower())
        kind: SourceKind = entry.kind if entry else "country" if name in self.lex.countries else "organization"
        types = self.types_of(entry.type) if entry else frozenset()
        typed = organisation_type(name) if entry is None and kind != "country" else None
        if typed is not None:  # 'Fiskeridirektoratets forslag': 'direktoratet' later is this body
            kind, types = typed[1], {typed[0], typed[2]}
        return NounPhrase(
            k,
            k + 1,
            token.start,
            token.start + len(name),
            "name",
            name,
            token.start,
            token.start + len(name),
            source_kind=kind,
            types=frozenset(types),
            single_word=True,
        )

    def evidence_owner(self, k: int, nested: bool = False, cited: bool = False) -> NounPhrase | None:
        """'ifølge nye tall fra Helsedirektoratet', 'ifølge NRKs beregninger', 'ifølge kommunens egne
        tall': the body behind the figures is the source; one document may be another's ('tall fra
        nettsidene til strømbørsen Nord Pool': Nord Pool's). `cited`: the phrase follows 'ifølge',
        where an owner speaks for any thing of theirs that is no person (`cited_thing`)."""
        j = k
        while (
            j - k < EVIDENCE_LEAD_REACH
            and self.token(j) is not None
            and (self.tokens[j].lower in EVIDENCE_LEADS or self.dates_a_thing(j))
        ):
            j += 1  # 'ifølge de nye tallene', 'Det viser årets telling fra NINA'
        described = j
        while described - j < DESCRIBING_REACH and (
            (self.lowercase_word(described) and is_adjective(self.tokens[described].lower))
            or (self.token(described) is not None and self.tokens[described].text in SCARE_QUOTES)
        ):
            described += 1  # 'den ukentlige magasinstatistikken fra NVE', 'De «offisielle» tallene fra Helfo'
        if described != j and self.token(described) is not None and self.is_document(described):
            j = described
        token = self.token(j)
        if token is None or not token.is_word:
            return None
        acronym = self.acronym_document(j) or self.named_document(j)
        if acronym is not None:
            return acronym
        pronoun = OWNER_PRONOUNS.get(token.lower)
        document = j + 2 if self.token(j + 1) is not None and self.tokens[j + 1].lower in OWN else j + 1
        if pronoun is not None and self.token(document) is not None and self.is_document(document):
            # 'Ifølge hennes oversikt står 112 personer', 'ifølge hans egne tall': as 'ifølge henne'
            return self.make(j, document + 1, "pronoun", pronoun, j, j + 1, gender=PRONOUNS[pronoun])
        if token.lower == "deres" and self.token(document) is not None and self.is_document(document):
            # 'Ifølge deres telling har snittet vært …': as 'ifølge dem', the group or body before
            return self.make(j, document + 1, "pronoun", "de", j, j + 1, plural=True)
        if self.is_document(j) and (
            not token.is_capitalized
            or (self.at_start(j) and token.text not in self.proper_nouns and not self.register_name(j))
        ):  # 'ifølge Rovdata' is a name, and 'Hjorteviltregisteret oppgir' after 'fra Hjorteviltregisteret'
            prep = self.token(j + 1)
            # 'tall fra SSB', 'tallene hos NAV', 'oversikten til strømbørsen Nord Pool'
            by = prep is not None and prep.lower in ("fra", "hos", "til")
            owner = self.genitive_name_owner(j + 2) if by else None
            if by and owner is None and not nested and self.token(j + 2) is not None and self.is_document(j + 2):
                inner = self.evidence_owner(j + 2, nested=True)  # one level: a chain of documents is no deeper
                owner = inner if inner is not None and inner.document is None else None
            maker = owner or (self.parse(j + 2) if by else self.made_by(j + 1))
            if by and maker is None and self.token(j + 2) is not None:
                maker = self.genitive_owner(j + 2)  # 'tall fra SSBs statistikk
            if maker is not None and prep is not None and prep.lower == "til" and maker.kind not in ("name", "group"):
                maker = None  # 'rapporten til neste år', 'tallene til dem
            if maker is not None and prep is not None and prep.lower == "til" and maker.name.lower() in self.spoken_to:
                # 'Ifølge ubekreftede opplysninger til NRK' where people speak to NRK: the article's
                # own newsroom, whose unnamed sources are no source; 'til Bergens Tidende' is another's
                maker = None
            if maker is not None:
                return replace(maker, owns=self.document_lemma(j))  # 'Ifølge målingen' later is the maker's
            # 'ifølge rapporten', 'Samme rapport anslår': the document named before
            same = j > k and self.tokens[j - 1].lower == "samme"
            return self.document(j) if self.definite_document(j) or same else None
        return self.named_owner(j, cited) or self.genitive_owner(j, cited)

    def definite_document(self, k: int) -> bool:
        """'rapporten', 'tallene': a document word in a definite form, which refers back; not
        'Rovdata', which ends in the document's own form ('data' is no definite 'datum')."""
        lemma = self.document_lemma(k)
        return self.definite_noun(k) and not (lemma is not None and self.tokens[k].lower.endswith(lemma))

    def register_name(self, k: int) -> bool:
        """'Kreftregisteret opplyser', 'Hjertestarterregisteret oppgir': a compound of a noun that
        is a document and a body alike names the body that keeps it (not 'Registeret', which
        refers back, nor 'Årsrapporten', a document only)."""
        typed = organisation_type(self.tokens[k].lower)
        return typed is not None and typed[0] != typed[2]

    def genitive_name_owner(self, k: int) -> NounPhrase | None:
        """'tall fra Nord Pools nettsider', 'fra strømbørsen Nord Pools nettsider': a name in the
        genitive before its document owns it (Nord Pool), after at most a word for its kind; read
        as a name, it would be 'Nord Pools'."""
        if self.token(k) is None:
            return None
        if self.lowercase_word(k) and organisation_type(self.tokens[k].lower) is not None:
            k += 1  # 'strømbørsen', 'analyseselskapet'
        return self.named_owner(k) if self.token(k) is not None else None

    def dates_a_thing(self, k: int) -> bool:
        """'årets', 'månedens', 'fjorårets': a time noun in the genitive dates what follows."""
        word = self.tokens[k].lower
        return self.lowercase_word(k) and word.endswith("s") and is_time_noun(word[:-1])

    def acronym_document(self, j: int) -> NounPhrase | None:
        """'ifølge FHI-tallene', 'SSB-statistikken viser': an acronym joined by a hyphen to a
        document noun names the body behind the document."""
        head, joined, tail = self.tokens[j].text.partition("-")
        if not joined or len(head) < 2 or not head.isupper() or _document_lemma(tail.lower()) is None:
            return None
        return self.synthetic(j, head)

    def named_document(self, j: int) -> NounPhrase | None:
        """'tall fra Ungdata-undersøkelsen', 'ifølge Levekårs-rapporten': a name joined by a hyphen to a
        document noun names the document itself, a source of its own; 'undersøkelsen' later is it."""
        head, joined, tail = self.tokens[j].text.partition("-")
        lemma = _document_lemma(tail.lower()) if joined and tail.islower() else None
        if lemma is None or len(head) < 3 or not head[:1].isupper() or head.isupper():
            return None
        if head.lower() in self.lex.months or is_time_noun(head.lower()):
            return None  # 'Januar-tallene fra Nav viser': the month dates the figures, Nav made them
        phrase = self.make(j, j + 1, "name", self.tokens[j].text, j, j + 1, source_kind="organization")
        return replace(phrase, types=frozenset({lemma}), owns=lemma)

    def body_noun_owns_document(self, k: int) -> bool:
        """Token k is a body's definite noun in the genitive ('Valgdirektoratets', 'Kommunens'),
        capitalised as it opens the sentence, before a document: it owns the document."""
        stem = self.tokens[k].lower[:-1]
        if not self.tokens[k].lower.endswith("s") or len(stem) < 4 or self.token(k + 1) is None:
            return False
        body = group_noun(stem) is not None or organisation_type(stem) is not None
        return body and self.document_follows(k)

    def document_follows(self, k: int) -> bool:
        """A document comes right after token k, or after at most two words that open evidence:
        'Forbundets egne tall viser'."""
        after = k + 1
        while after - k <= 2 and self.lowercase_word(after) and self.tokens[after].lower in EVIDENCE_OPENERS:
            after += 1
        return self.token(after) is not None and self.lowercase_word(after) and self.is_document(after)

    def name_owns_document(self, k: int) -> bool:
        """Token k opens the sentence, in the genitive of a word the article capitalises
        mid-sentence (a name, though Norsk Ordbank knows it as a common noun), before a document:
        'Felleskjøpets prognoser viser' where the text also says 'i Felleskjøpet Agri'."""
        text = self.tokens[k].text
        return text.endswith("s") and len(text) > 3 and text[:-1] in self.proper_nouns and self.document_follows(k)

    def speaks_for_owner(self, k: int, cited: bool) -> bool:
        """Token k, after a genitive, is a thing whose owner is the source: a document or an organ
        ('NVEs statistikk', 'NTNUs ledelse'), or, after 'ifølge', any thing of theirs (`cited_thing`)."""
        return self.is_document(k) or self.names_an_organ(k) or (cited and self.cited_thing(k))

    def cited_thing(self, k: int) -> bool:
        """'ifølge Aandahls kalkyler', 'ifølge Aftenpostens kilder': after 'ifølge', a common noun
        after a genitive is the owner's, and the owner gives the figure, unless the noun is a
        person ('ifølge politiets talsperson', 'ifølge Olsens kone': that person speaks) or a
        body's type, which makes a name ('ifølge Verdens helseorganisasjon'). A common noun's
        genitive written with a capital makes a name too ('Statens naturoppsyn', 'Bondens
        marked'); in small letters it is a body ('ifølge politiets logg')."""
        word, owner = self.tokens[k].lower, self.tokens[k - 1]
        named_as_common = (
            owner.is_capitalized
            and owner.lower[:-1] not in self.lex.organisations
            and ordbank().noun_lemma(owner.lower[:-1]) is not None
        )
        return (
            self.lowercase_word(k)
            and word not in self.lex.function_words
            and _noun_or_compound(word)
            and not named_as_common
            and organisation_type(word) is None
            and not self.is_role_word(k)
            and ordbank().noun_lemma(word) not in KIN_NOUNS
            and word not in self.lex.person_nouns
            and group_noun(word) is None
        )

    def names_an_organ(self, k: int) -> bool:
        """'ifølge NTNUs ledelse', 'UiAs studieadministrasjon', 'klubbens styre': a body's organ
        after its genitive speaks for the owner; other type nouns there make a name ('Statens
        vegvesen', 'FNs flyktningorganisasjon UNHCR')."""
        typed = organisation_type(self.tokens[k].lower) if self.lowercase_word(k) else None
        return typed is not None and typed[0] in BODY_ORGANS  # not 'Statens vegvesen', a name

    def genitive_owner(self, j: int, cited: bool = False) -> NounPhrase | None:
        """'ifølge byrådets forslag', 'SSBs statistikk': a word in the genitive before a document
        owns it as a body does; 'årets telling' is dated, not owned. `cited`: as evidence_owner."""
        token = self.tokens[j]
        if self.dates_a_thing(j):
            return None
        owns = self.is_genitive(j) or (
            token.lower.endswith("s") and not token.is_capitalized and self.definite_common_noun(token.lower[:-1])
        )
        if not owns:
            return None
        after = j + 1
        while self.token(after) is not None and self.tokens[after].lower in EVIDENCE_OPENERS:
            after += 1
        described = after
        while described - after < 2 and self.lowercase_word(described) and is_adjective(self.tokens[described].lower):
            described += 1  # 'ifølge selskapets automatiske tellere', as `evidence_owner` reads them
        if described != after and self.token(described) is not None and self.speaks_for_owner(described, cited):
            after = described
        if self.token(after) is None or not self.speaks_for_owner(after, cited):
            return None
        owner = token.text.rstrip("'’")
        owner = owner[:-1] if owner.endswith("s") and not token.text.endswith(("'", "’")) else owner
        # the phrase runs over the document it owns ('Kommunens tall', then 'viser'); its name is the owner's
        last, end = after + 1, self.tokens[after].end
        kind_of = organisation_type(owner.lower())
        generic = group_noun(owner.lower()) is not None or (kind_of is not None and kind_of[0] == kind_of[2])
        if token.is_capitalized and not (self.at_start(j) and generic):
            # but 'Kommunens oversikt viser', 'Forbundets egne tall viser' open on the common noun
            return replace(self.synthetic(j, owner), last=last, end=end)
        owner = owner.lower()
        typed = group_noun(owner) or kind_of
        kind = "organization" if typed is None else typed[0] if len(typed) == 2 else typed[1]
        phrase = self.make(
            j, j + 1, "group", owner.lower(), j, j + 1, source_kind=kind, types=frozenset(self.types_of(owner))
        )
        return replace(phrase, last=last, end=end)

    def named_owner(self, j: int, cited: bool = False) -> NounPhrase | None:
        """'ifølge Eiendom Norges månedlige statistikk', 'NVEs ukentlige magasinstatistikk': a name of
        several words, or an acronym, in the genitive, before (adjectives and) a document, is the
        body behind it, named without the 's'. `cited`: as evidence_owner."""
        if not self.tokens[j].is_capitalized:
            return None
        end = self.name_run(j)
        for width in (3, 2):  # 'Statistisk sentralbyrås': a lexicon name, its last word in the genitive
            if j + width <= len(self.tokens) and self.span(j, j + width).lower()[:-1] in self.lex.organisations:
                end = j + width
                break
        typed = self.token(end)
        if (
            typed is not None
            and self.lowercase_word(end)
            and typed.lower.endswith("s")
            and organisation_type(typed.lower[:-1]) is not None
        ):
            end += 1  # 'Tromsø kommunes egen oversikt': a place and a body's type noun in the genitive
        last = self.tokens[end - 1]
        acronym_owner = end - j == 1 and len(last.text) >= 3 and last.is_acronym  # 'NVEs', 'SSBs', 'UiAs'
        if (end - j < 2 and not acronym_owner) or not last.text.endswith("s") or last.text.endswith("ss"):
            return None
        if _noun_ending_in_s(last.lower):
            return None  # 'Ifølge Haugesunds Avis sto …': 'Avis' is a noun of the name, in no genitive
        if last.is_acronym and not acronym_owner:
            return None
        after = end
        while (
            after - end < 3
            and self.lowercase_word(after)
            and (self.tokens[after].lower in EVIDENCE_OPENERS or is_adjective(self.tokens[after].lower))
        ):
            after += 1  # 'månedlige', 'nye': at most three words before the document
        if self.token(after) is None or not self.speaks_for_owner(after, cited):
            return None
        name = self.span(j, end)[:-1]
        entry = self.lex.organisations.get(name.lower())
        kind: SourceKind = entry.kind if entry else "organization"
        phrase = self.make(j, after + 1, "name", name, j, end, source_kind=kind)  # the document is part of it
        return replace(phrase, name_end=phrase.name_end - 1)

    def made_by(self, k: int) -> NounPhrase | None:
        """'en måling Norstat har gjort for NRK', 'en undersøkelse som Respons Analyse har utført',
        'en børsmelding selskapet sendte ut': the name in a relative clause after a document made
        it. The phrase reaches the end of that clause, so the verb after it ('… viser at') finds its
        subject there."""
        if self.token(k) is not None and self.tokens[k].lower == "som":
            k += 1
            passive = self.made_in_passive(k)
            if passive is not None:
                return passive
            coming = self.token(k)
            if (
                coming is not None
                and ordbank().verb_lemmas(coming.lower) & COMING_FROM
                and inflected_verb(coming.lower)
            ):
                return self.given_by(k + 1)  # 'tallene som kommer fra Helfo viser at …': Helfo's
        elif self.lowercase_word(k) and (reduced := self.made_by_participle(k)) is not None:
            return reduced  # 'en undersøkelse utført av Opinion': a passive with no 'som ble'
        fetched = self.fetched_from(k)
        if fetched is not None:
            return fetched
        if not (self.name_like(k) or self.definite_noun(k)):
            return None
        owner = self.parse(k, speaker=True)
        if owner is None or owner.kind not in ("name", "group"):
            return None
        verb_at = owner.last
        if self.token(verb_at) is not None and self.tokens[verb_at].lower in ("selv", "sjøl"):
            verb_at += 1  # 'tall sykehuset selv har lagt fram'
        if self.token(verb_at) is not None and self.tokens[verb_at].lower in ("har", "hadde"):
            verb_at += 1
        if self.token(verb_at) is not None and self.tokens[verb_at].lower in ("fått", "fikk", "får"):
            giver = self.given_by(verb_at + 1)
            if giver is not None:
                return giver  # 'tall NRK har fått fra Politidirektoratet': the directorate's figures
            if self.token(verb_at + 1) is not None and self.tokens[verb_at + 1].lower == "fra":
                # 'tall Fjordenes Tidende har fått fra billettsystemet': from no body, so the one
                # that got them gives them; the phrase reaches the end of the clause
                end = verb_at + 2
                while end - verb_at <= GOT_FROM_REACH and self.token(end) is not None and self.tokens[end].is_word:
                    end += 1
                return replace(owner, last=end)
            access = self.token(verb_at + 1)
            if access is not None and access.lower in ACCESS_NOUNS and self.token(verb_at + 2) is not None:
                # 'tall NRK Innlandet har fått innsyn i': no body named that gave them, so the one
                # that got to see them gives them; the phrase reaches the end of the clause
                return replace(owner, last=verb_at + 3)
            verb_at += 1  # 'undersøkelsen som Statnett har fått utført': made for it, its own
        verb = self.token(verb_at)
        if verb is None or not (ordbank().verb_lemmas(verb.lower) & MADE_BY):
            return None
        end = verb_at + 1
        while (
            self.token(end) is not None
            and self.tokens[end].is_word
            and self.tokens[end].lower not in self.lex.cue_forms
        ):
            end += 1  # 'for NRK'
        return replace(owner, last=end)

    def fetched_from(self, k: int) -> NounPhrase | None:
        """'tall P4-nyhetene har hentet fra Helsedirektoratet', 'tall avisen har fått fra NAV': the
        body after 'fra' gave the figures, whoever fetched them (named in a few tokens before the verb)."""
        for verb_at in range(k + 1, min(len(self.tokens), k + FETCHER_WORDS + 2)):
            verb = self.tokens[verb_at].lower
            if verb in ("har", "hadde", "-"):
                continue  # 'P4-nyhetene': a compound written with a hyphen is one word
            if not self.tokens[verb_at].is_word:
                return None
            if ordbank().verb_lemmas(verb) & FETCHING and inflected_verb(verb):
                return self.given_by(verb_at + 1)
        return None

    def given_by(self, k: int) -> NounPhrase | None:
        """The body after 'fra' at k that gave a document to whoever got it: 'tall NRK har fått fra
        Politidirektoratet' (the phrase reaches the end of the name, so the clause ends there)."""
        if self.token(k) is None or self.tokens[k].lower != "fra":
            return None
        giver = self.parse(k + 1, speaker=True)
        if giver is None or giver.first != k + 1 or giver.kind not in ("name", "group"):
            return None
        # a body, not a thing: 'fra billettsystemet' names where the figures were read
        return giver if giver.kind == "name" or organisation_type(giver.name.split()[-1]) else None

    def made_in_passive(self, k: int) -> NounPhrase | None:
        """'tall som ble lagt fram av Eiendom Norge torsdag': a passive relative clause names its
        maker after 'av'."""
        auxiliary = self.token(k)
        if auxiliary is None or auxiliary.lower not in ("ble", "er", "var", "blir"):
            return None
        return self.made_by_participle(k + 1)

    def made_by_participle(self, k: int) -> NounPhrase | None:
        """'lagt fram av Eiendom Norge', 'en konsensus innhentet av Infront': a participle of making
        at k, then 'av' and its maker."""
        verb = self.token(k)
        if verb is None or not verb.is_word or not ordbank().verb_lemmas(verb.lower) & MADE_BY:
            return None
        by = k + 1
        if self.lowercase_word(by) and self.tokens[by].lower in ("fram", "frem", "ut", "inn"):
            by += 1  # 'lagt fram', 'sendt ut', 'samlet inn'
        if self.token(by) is None or self.tokens[by].lower != "av" or not self.name_like(by + 1):
            return None
        maker = self.parse(by + 1, speaker=True)
        return maker if maker is not None and maker.kind in ("name", "group") else None

    def is_document(self, k: int) -> bool:
        """A word for what a body publishes, in any form ('tall', 'beregningene', 'dommen')."""
        return self.document_lemma(k) is not None

    def document_lemma(self, k: int) -> str | None:
        """The document noun token k is, or ends with ('trafikkstatistikken' is a 'statistikk')."""
        token = self.tokens[k]
        return _document_lemma(token.lower) if token.is_word else None

    def definite_plural(self, k: int) -> bool:
        """'foreldrene', 'naboene': a noun in the definite plural (Norsk Ordbank knows the noun)."""
        token = self.tokens[k]
        return self.lowercase_word(k) and token.lower.endswith(("ene", "ne")) and self.definite_noun(k)

    def definite_noun(self, k: int) -> bool:
        token = self.tokens[k]
        lemma = ordbank().noun_lemma(token.lower)
        return lemma is not None and lemma != token.lower and token.lower.endswith(GROUP_ENDINGS)

    def document(self, k: int) -> NounPhrase:
        """'ifølge dommen', 'Ifølge pressemeldingen': the document stands for the body that issued it,
        resolved as a back-reference (resolve/entities.py)."""
        token = self.tokens[k]
        lemma = self.document_lemma(k) or token.lower
        issuer = self.lex.documents.get(lemma, "*")
        if token.lower.startswith(STATE_PREFIX) and token.lower[len(STATE_PREFIX) :].startswith(lemma):
            # 'ifølge statsbudsjettet': the state's, not the last body's that spoke ('stats' and the
            # document, nothing between: 'statsforvalterrapporten' is the county governor's)
            issuer = "stat"
        return self.make(
            k,
            k + 1,
            "group",
            token.lower,
            k,
            k + 1,
            source_kind="organization",
            types=frozenset({lemma}),
            document=issuer,
        )

    def with_place(self, phrase: NounPhrase) -> NounPhrase:
        """'Opposisjonen i Taloria' is still 'opposisjonen': the place is dropped from the name, but
        for a public body it says which one ('myndighetene i Kelmar', 'byrådet i Tromsø')."""
        prep = self.token(phrase.last)
        government = phrase.source_kind == "government" and phrase.kind == "group"
        if (
            prep is not None
            # 'myndighetene på Balearene'; not 'melder politiet på Twitter', where it was said
            and (prep.lower == "i" or (government and prep.lower == "på" and self.proper_place(phrase.last + 1)))
            and self.name_like(phrase.last + 1)
            and not self.at_start(phrase.last + 1)
        ):
            end = self.place_run(phrase.last + 1)
            alias, after = self.acronym_after(end, self.span(phrase.first, end))
            if alias is not None and phrase.alias is None and self.tokens[phrase.first].is_capitalized:
                # 'Studentsamskipnaden i Trondheim (Sit)': a body whose place and acronym follow is
                # named by them all ('ifølge Sit' later)
                return self.make(
                    phrase.first,
                    after,
                    "name",
                    self.span(phrase.first, end),
                    phrase.first,
                    end,
                    source_kind=phrase.source_kind,
                    types=phrase.types,
                    plural=phrase.plural,
                    alias=alias,
                )
            # 'eiendomsavdelingen i Malvik kommune': a department of a municipality (the place run
            # takes the type noun)
            municipal = self.tokens[end - 1].lower in MUNICIPALITY_NOUNS
            placed = replace(phrase, last=end, end=self.tokens[end - 1].end)
            # 'Sykehusene i Vestre Viken melder': bodies of one type, named by where they are
            bodies = phrase.kind == "group" and phrase.plural and organisation_type(phrase.name.split()[-1]) is not None
            if self.institution_by_place(phrase):
                # 'Universitetet i Agder skriver …', 'Namsfogden i Trøndelag': an institution's type
                # noun, capitalised, and the place it serves are its name ('universitetet' later is it)
                return replace(placed, kind="name", name=self.span(phrase.first, end))
            if government or municipal or bodies:
                # 'myndighetene i Kelmar', 'valgstyret i Flakstad': a public body is named by its place
                named = self.span(phrase.first, end)
                return replace(placed, name=named[0].lower() + named[1:])
            return placed
        return phrase

    def institution_by_place(self, phrase: NounPhrase) -> bool:
        """The phrase is one capitalised type noun of an organisation in the definite singular
        ('Universitetet', 'Sykehuset'), or a public office one place has one of ('Namsfogden i
        Trøndelag', 'Legevakten i Trondheim'); not another public body ('Politiet i Agder' stays
        'politiet') nor a word no list of types holds ('Opposisjonen i Taloria')."""
        token = self.tokens[phrase.first]
        typed = organisation_type(token.lower) if phrase.last == phrase.first + 1 else None
        return (
            phrase.kind == "group"
            and not phrase.plural
            and token.is_capitalized
            and typed is not None
            and (typed[1] == "organization" or typed[0] in OFFICES_NAMED_BY_PLACE)
            and typed[0] == typed[2]
            and _definite_noun(token.lower)
        )

    def proper_place(self, k: int) -> bool:
        """Token k is a place Norsk Ordbank lists ('Balearene', 'Svalbard'), not a site or a service."""
        token = self.token(k)
        return token is not None and ordbank().is_proper_noun(token.text)

    def named_in_apposition(self, phrase: NounPhrase) -> NounPhrase:
        """'årsregnskapet til eierselskapet, Kristen Mediaallianse Drift AS.', 'ifølge morselskapet,
        Schibsted ASA,': a body named right after its type noun, between commas, is that body (not
        a list: 'kommunen, Statens vegvesen og politiet' names three). An adjective may open the
        apposition: 'skriver morselskapet, svenske Norrpack AB, i en børsmelding'."""
        opening = phrase.last + 1
        if self.lowercase_word(opening) and "adj" in ordbank().classes(self.tokens[opening].lower):
            opening += 1
        if phrase.kind != "group" or phrase.plural or not self.name_like(opening):
            return phrase
        comma = self.token(phrase.last)
        if comma is None or comma.text != ",":
            return phrase
        name = self.general(opening)
        if name is None or name.kind != "name" or name.source_kind not in BODY_KINDS:
            return phrase
        after = self.token(name.last)
        if after is not None and after.text not in (",", ".", ";", "!", "?", ")"):
            return phrase
        # 'opplyser arrangøren, Otta idrettslag': the noun says what the body is, as without the comma
        described = phrase.name if " " not in phrase.name and phrase.name.islower() else None
        return self.rebase(name, phrase.first, role=described)

    def rebase(self, inner: NounPhrase, i: int, role: str | None) -> NounPhrase:
        return replace(inner, first=i, start=self.tokens[i].start, role=role)

    def describing_noun(self, j: int) -> bool:
        """'Fiskebåtrederiet Havbris', 'avisa Nationen', 'turoperatøren Arctic Fjord': a common noun
        in the definite form right before a name says what the named one is (Norsk Ordbank knows
        the noun; no list of body types is needed). Not a word Ordbank knows only as a guessed
        compound before a common noun: 'Sundbøen Verft' ('sund' + 'bøen'?) is one name, as
        'Sandvik Turn' is; nor a place Ordbank lists ('Rana Metall' is one name, though 'rana' is
        also a noun's form), nor a word the article capitalises inside its sentences."""
        if not _definite_noun(self.tokens[j].lower) or self.at_start(j + 1):
            return False
        if ordbank().is_proper_noun(self.tokens[j].text):
            return False
        if self.tokens[j].is_capitalized and self.tokens[j].text in self.proper_nouns:
            return False  # 'Felleskjøpet Agri' where the article writes '… i Felleskjøpet Agri': one name
        nxt, after = self.token(j + 1), self.token(j + 2)
        guessed = not ordbank().is_known(self.tokens[j].lower)
        if guessed and nxt is not None and ordbank().classes(nxt.lower) in ({"noun"}, {"adj"}):
            # 'Sundbøen Verft', 'Trysilfjellet Alpin' are names
            return after is not None and after.is_word and after.is_capitalized
        return True

    def lemma_types(self, word: str) -> set[str]:
        """The noun's lemma as a type: 'fiskebåtrederiet' -> {'fiskebåtrederi'}."""
        lemma = ordbank().noun_lemma(word)
        return {lemma} if lemma else set()

    def types_of(self, word: str) -> set[str]:
        typed = organisation_type(word)
        if typed is None:
            return set()
        type_noun, _, stem = typed
        return {type_noun, stem}

    def make(
        self,
        i: int,
        last: int,
        kind: PhraseKind,
        name: str,
        a: int,
        b: int,
        **details: Unpack[PhraseDetails],
    ) -> NounPhrase:
        """The phrase over tokens i..last whose name is tokens a..b (trailing commas left out)."""
        tail = max(i, last - 1)
        while tail > i and self.tokens[tail].text == ",":
            tail -= 1
        return NounPhrase(
            first=i,
            last=last,
            start=self.tokens[i].start,
            end=self.tokens[tail].end,
            kind=kind,
            name=name,
            name_start=self.tokens[a].start,
            name_end=self.tokens[b - 1].end,
            **details,
        )


def common_word_head(token: Token) -> bool:
    """A name's first word that Norsk Ordbank knows only as a common noun, or as an adjective, and
    no first name is ('Helse', 'Posten', 'Innovasjon'; 'Norsk Kennel Klub'): a body's name opens
    so, a person's does not."""
    classes = ordbank().classes(token.lower)
    return (
        (classes == {"noun"} or "adj" in classes)
        and not ordbank().is_proper_noun(token.text)
        and not is_first_name(token.text)
    )


@lru_cache(maxsize=1 << 14)
@cache
def _type_compound(word: str) -> bool:
    """'elveierlag', 'beitelag', 'grendeutvalg': a word that ends in a type noun of a body after a
    first part of three letters or more (`organisation_type` is stricter with short type nouns,
    'lag' in 'forslag', for lower-case words in running text); not when a longer noun Norsk Ordbank
    lists closes it ('budsjettforslag' ends in 'forslag', not in 'lag')."""
    types = lexicon().org_types

    def closes(type_noun: str) -> bool:
        # a linking 's' may stand before the type noun ('idretts|lag'), so 'slag' is not looked at
        longer = (word[-n:] for n in range(len(type_noun) + 2, min(len(word) - 2, LONGEST_WORD)))  # linear
        return not any(part not in types and "noun" in ordbank().classes(part) for part in longer)

    return any(word.endswith(t) and len(word) >= len(t) + 3 and closes(t) for t in types)


def _name_ending_in_s(name: str) -> bool:
    """'Nidaros bispedømme': a name Norsk Ordbank lists whole, whose stem without the s it does
    not ('Nidaro'), owns nothing ('Hamars' is no listed name: Hamar's)."""
    return ordbank().is_proper_noun(name) and not ordbank().is_proper_noun(name[:-1])


def _noun_ending_in_s(word: str) -> bool:
    """'Respons Analyse', 'Status Norge': a common noun whose own last letter is s, with nothing
    Norsk Ordbank knows left when the s goes, owns nothing: it is a word of the name."""
    classes = ordbank().classes
    return "noun" in classes(word) and not classes(word[:-1]) and not ordbank().is_proper_noun(word[:-1].title())


def _first_from(tokens: list[Token], test: Callable[[Token], bool]) -> list[int]:
    """For each index up to len(tokens), the first index at or after it whose token passes `test`."""
    found = [len(tokens)] * (len(tokens) + 1)
    following = len(tokens)
    for k in range(len(tokens) - 1, -1, -1):
        if test(tokens[k]):
            following = k
        found[k] = following
    return found
