"""Every named person or body in a block, whether or not it speaks: they are what pronouns,
surnames and role nouns later refer back to ('Opposisjonens kandidat, Mira Adrov, …' makes
'Adrov hevder' resolvable)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from claimpack.extract.phrases import NounPhrase, PhraseParser, is_brand, small_word_may_open
from claimpack.extract.words import inflected_verb
from claimpack.lexicons.ordbank import ordbank
from claimpack.segment.tokens import Token

PLACE_PREPOSITIONS: Final = frozenset(
    {
        "i",
        "på",
        "fra",
        "til",
        "ved",
        "mot",
        "utenfor",
        "nær",
        "gjennom",
        "over",
        "rundt",
        "langs",
        "innenfor",
        "sør",
        "nord",
        "øst",
        "vest",
        "av",
        "mellom",
    }
)
# 'mellom Koppang og Atna': after these, the name joined by 'og' is a place too; not after 'av'
# ('framforhandlet av Tyrkia og Russland': the agents)
JOINED_PLACE_PREPOSITIONS: Final = PLACE_PREPOSITIONS - {"av"}
SKIP_OPENERS: Final = frozenset({"–", "—", "-", "«", '"', "men", "og", "mens"})
# the finite forms that most often stand second in a clause with a fronted adverbial
FINITE_AUXILIARIES: Final = frozenset(
    {"har", "hadde", "er", "var", "blir", "ble", "skal", "skulle", "vil", "ville", "kan", "kunne", "må", "måtte"}
)
# a preposition that opens a fronted adverbial ('I fjor fikk …', 'Etter valget har …')
FRONTING_PREPOSITIONS: Final = PLACE_PREPOSITIONS | {"etter", "før", "under", "siden", "for", "med", "innen"}
FRONTED_REACH: Final = 5  # words of a fronted adverbial before the verb: 'I løpet av sommeren har'

UNNAMED_OPENERS: Final = frozenset({"en", "ei", "et"})  # 'En dørvakt', 'Ei kvinne', 'Et vitne'


@dataclass(frozen=True)
class NameMention:
    phrase: NounPhrase
    subject: bool  # opens its sentence: the preferred antecedent for 'han' and 'hun'


def scan_names(parser: PhraseParser, tokens: list[Token], ranges: list[tuple[int, int]]) -> list[NameMention]:
    found: list[NameMention] = []
    for first, last in ranges:
        first = _after_dateline(parser, tokens, first, last)
        opening = first
        while opening < last and tokens[opening].lower in SKIP_OPENERS:
            opening += 1
        unnamed = _unnamed_subject(parser, tokens, opening, last) or _group_subject(parser, tokens, opening, last)
        if unnamed is not None:
            found.append(unnamed)  # 'En dørvakt var sikker på …' before 'Han forklarte at …'
        inverted = _inverted_subject(tokens, opening, last)
        k = first
        while k < last:
            phrase = None
            if _may_open_name(parser, tokens[k], k):
                phrase = parser.parse(k)  # 'analysebyrået Sentio': the noun says what Sentio is
                if phrase is None and parser.is_genitive(k):
                    phrase = parser.evidence_owner(k)  # 'Fiskeridirektoratets forslag': the body behind it
            # a body named by its owner ('Norges forskningsråd', 'FNs kontor for …') is a name too
            owned = phrase is not None and phrase.kind == "group" and phrase.name[:1].isupper()
            if phrase is None or (phrase.kind != "name" and not owned) or phrase.last <= k:
                k += 1
                continue
            after_place_word = k > first and (
                tokens[k - 1].lower in PLACE_PREPOSITIONS
                # 'mellom Koppang og Atna', 'i Oslo og Bergen': a place joined to a place
                or (k > first + 2 and tokens[k - 1].lower == "og" and tokens[k - 3].lower in JOINED_PLACE_PREPOSITIONS)
            )
            if (
                after_place_word
                and phrase.source_kind in ("organization", "country")
                and phrase.single_word
                and not phrase.types
                # 'ved NTNU', 'på OUS': an acronym names a body, not a place
                and not (tokens[k].is_acronym and phrase.source_kind == "organization")
            ):
                k = phrase.last
                continue  # 'i Syria', 'fra Otta': places, not sources
            if k == opening and phrase.source_kind == "person" and phrase.role is None:
                phrase = parser.role_by_copula(phrase)  # 'Torfinn Kringlebotn er styreleder i Ottestad IL.'
            found.append(NameMention(phrase, subject=k in (opening, inverted)))
            k = phrase.last
    return found


def _inverted_subject(tokens: list[Token], opening: int, last: int) -> int | None:
    """'Aldri før har Redningsselskapet hatt så mange oppdrag', 'I fjor fikk Helse Nord …': after
    a fronted adverbial the finite verb stands second and the subject right after it; where
    that subject would stand, when the sentence opens with an adverb or a preposition and names
    no place of its own before the verb."""
    if opening >= last or not tokens[opening].is_word:
        return None
    low = tokens[opening].lower
    if "adv" not in ordbank().classes(low) and low not in FRONTING_PREPOSITIONS:
        return None
    for k in range(opening + 1, min(last - 1, opening + 1 + FRONTED_REACH)):
        token = tokens[k]
        if not (token.is_word or token.is_number):
            return None  # 'Nå, etter valget, …': a comma ends the search
        if token.is_capitalized:
            return None  # 'I Lofoten har Vestvågøy kommune …': a scene set elsewhere, not the story's subject
        finite = ordbank().classes(token.lower) == {"verb"} and inflected_verb(token.lower)
        if token.lower in FINITE_AUXILIARIES or finite:
            return k + 1
    return None


def _may_open_name(parser: PhraseParser, token: Token, k: int) -> bool:
    """Whether a name, or a body named by its type, may start at token k. A word in small letters
    opens no name by its capital, an article or a company's compound: those tests are skipped."""
    if not token.is_capitalized:
        if token.is_word and not small_word_may_open(token.text):
            return False  # what each test below asks of the word first: most words pass here
        return (
            is_brand(token)  # what name_like asks of a word in small letters: 'iTromsø'
            or parser.is_genitive(k)  # 'politiets pressetalsperson'
            or (token.is_word and parser.is_role_word(k))
            or (token.is_word and parser.describing_noun(k) and parser.name_like(k + 1))
        )
    return (
        parser.name_like(k)
        or _coordinated_compound(parser, k)  # 'Frukt- og bærbonde Halvor Øyri (58) har …'
        or parser.is_genitive(k)
        or (token.is_word and parser.is_role_word(k))
        or (token.is_word and parser.describing_noun(k) and parser.name_like(k + 1))
        or parser.article_opens_name(k)  # 'Den Norske Turistforening', 'Den norske Forleggerforening'
        or (token.is_word and parser.company_compound(k))  # 'Tine-konsernet'
        # 'Direktoratet for mineralforvaltning skal behandle …': a body named by its field
        or parser.named_for(k)
        # 'Universitetet i Sørøst-Norge (USN) har fått …': a type noun and the place it serves
        or parser.named_by_place(k)
        or parser.spelled_by_acronym(k)  # 'Norsk pasientskadeerstatning (NPE)'
    )


def _coordinated_compound(parser: PhraseParser, k: int) -> bool:
    """Token k opens two compounds joined with their shared part left out ('Frukt- og bærbonde',
    'Helse- og omsorgsminister'): the phrase may be a role before a name."""
    hyphen, joined = parser.token(k + 1), parser.token(k + 2)
    return (
        hyphen is not None
        and hyphen.text == "-"
        and hyphen.start == parser.tokens[k].end
        and joined is not None
        and joined.lower in ("og", "eller")
    )


DATELINE_REACH: Final = 6  # tokens from a dateline's place to its colon: 'ROMERIKE (RB.no ):'


def _after_dateline(parser: PhraseParser, tokens: list[Token], first: int, last: int) -> int:
    """'ROMERIKE (RB.no ): Fredag la politimester …', 'OSLO (NTB): …': the place a story was
    filed from, in capitals before a colon (a publisher in brackets between), names nobody who
    speaks: where the sentence starts after it."""
    if first >= last or not (tokens[first].text.isupper() and tokens[first].text.isalpha()):
        return first
    if tokens[first].lower in parser.lex.organisations:
        return first  # 'NAV: …' names a body
    for k in range(first + 1, min(last, first + DATELINE_REACH)):
        if tokens[k].text == ":":
            return k + 1
        if tokens[k].text[:1].islower() and tokens[k - 1].text != "(":
            return first  # words of a sentence before any colon
    return first


GROUP_SUBJECT_WORDS: Final = 3  # 'Beboerne på Lura': a group noun and its place, no longer


def _group_subject(parser: PhraseParser, tokens: list[Token], opening: int, last: int) -> NameMention | None:
    """'Beboerne på Lura har fått nok. De forteller …': a group of people in the definite plural
    opening a sentence as the subject of its verb is what a later 'de' may refer back to."""
    if opening >= last or not tokens[opening].is_word or tokens[opening].lower in UNNAMED_OPENERS:
        return None
    lemma = ordbank().noun_lemma(tokens[opening].lower) or ""
    if not (parser.lex.is_anonymous_noun(lemma) or parser.lex.is_role(lemma)):
        return None  # not 'Pengene', 'Skolekorpsene'; asked first, as it is cheap and parsing is not
    phrase = parser.parse(opening, speaker=True)
    if (
        phrase is None
        or phrase.kind != "group"
        or not phrase.plural
        or phrase.first != opening
        or phrase.last >= last
        or phrase.last - opening > GROUP_SUBJECT_WORDS
    ):
        return None
    verb = tokens[phrase.last]
    return NameMention(phrase, subject=True) if verb.is_word and "verb" in ordbank().classes(verb.lower) else None


def _unnamed_subject(parser: PhraseParser, tokens: list[Token], opening: int, last: int) -> NameMention | None:
    """'En dørvakt var sikker på at …', 'Et vitne forklarte …': an unnamed person opening a
    sentence as its subject is what a later 'han' or 'hun' may refer back to."""
    if opening >= last or tokens[opening].lower not in UNNAMED_OPENERS:
        return None
    phrase = parser.anonymous(opening, speaker=True)
    if phrase is None or phrase.kind != "anonymous" or phrase.plural or phrase.last > last:
        return None
    head = tokens[phrase.last - 1].lower  # a person: 'en dørvakt', not 'en hall til 2 milliarder'
    lex = parser.lex
    if not (lex.is_anonymous_noun(head) or lex.is_role(head) or head in lex.person_nouns):
        return None
    return NameMention(phrase, subject=True)
