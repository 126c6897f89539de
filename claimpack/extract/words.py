"""Word-level predicates on Norwegian tokens, backed by the lexicons."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Final

from claimpack.lexicons import lexicon
from claimpack.lexicons.ordbank import LONGEST_WORD, ordbank
from claimpack.model import SourceKind
from claimpack.segment.tokens import Token

MAX_AGE: Final = 120  # a number in parentheses after a name is an age only up to this
TIME_UNITS: Final = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds"})
CURRENCIES: Final = frozenset({"NOK", "EUR", "USD", "GBP", "SEK", "DKK", "ISK"})
PERSONAL_PRONOUNS: Final = frozenset({"jeg", "du", "han", "hun", "vi", "dere", "de"})
SENTENCE_ENDS: Final = frozenset({".", "!", "?"})
# the verbs of speaking with someone, in a relative clause with no 'som' that names the reporter
CONTACT_VERBS: Final = frozenset({"har", "hadde", "snakket", "pratet", "møtte", "traff", "intervjuet"})

DEFINITE_ENDINGS: Final = ("ene", "en", "et", "a", "n")
ADJECTIVE_ENDINGS: Final = ("iske", "ske", "lige", "ige", "ale", "elle", "sk", "ig", "lig", "e")


def stems(word: str) -> list[str]:
    """Candidate indefinite forms: 'valgkommisjonen' -> ['valgkommisjon', …], 'gruppa' -> ['gruppe']."""
    low = word.lower()
    found = [low]
    for ending in DEFINITE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            found.append(low[: -len(ending)])
    if low.endswith("a") and len(low) > 3:
        found.append(low[:-1] + "e")
    if low.endswith("er") and len(low) > 4:
        found.append(low[:-2])
    if low.endswith("et") and len(low) > 4:
        found.append(low[:-1])  # 'valgstyret' -> 'valgstyre'
        if low[-3] in "ei":
            found.append(low[:-2] + "um")  # a Latin neuter drops -um: 'museet' -> 'museum', 'akvariet'
    return found


@cache
def organisation_type(word: str) -> tuple[str, SourceKind, str] | None:
    """('kommisjon', 'government', 'valgkommisjon') for 'valgkommisjonen'; None for other words.

    The longest type noun the word's stem ends with wins, so 'brannvesenet' is a 'brannvesen'.
    A word Norsk Ordbank knows, but not as a noun, is none: 'havnet' (ended up) is no 'havn'.
    """
    classes = ordbank().classes(word)
    if classes and "noun" not in classes:
        return None
    types = lexicon().org_types
    documents = lexicon().documents
    # a noun Ordbank lists as a lemma of its own ('oppretter', a founder) is no plural ('opp|retter')
    own_noun = word.endswith("er") and "noun" in classes and ordbank().lemma(word, "noun") == word
    best: tuple[str, SourceKind, str] | None = None
    for stem in stems(word.replace("‐", "-")):
        if stem in documents and stem not in types:
            continue  # 'forslaget' names a document, not a team ('lag')
        for type_noun, (kind, _) in types.items():
            if stem.endswith(type_noun) and (best is None or len(type_noun) > len(best[0])):
                if own_noun and stem == word[:-2]:
                    continue  # 'Mattilsynet oppretter …' is no body of courts ('rett')
                prefix = stem[: -len(type_noun)]
                # 'kanal' in 'tv-kanal' is fine, and 'råd' after the noun 'region' ('regionrådet');
                # 'lag' in 'forslag' is not a team.
                if prefix and not prefix.endswith(("-", "s")) and len(type_noun) <= 3 and not _noun_before(prefix):
                    continue
                if len(type_noun) < _document_tail(stem):
                    continue  # 'budsjettforslag' ends in the document 'forslag', so in no 'lag'
                best = (type_noun, kind, stem)
    return best


NOUN_BEFORE_TYPE: Final = 4  # letters a noun opening a compound on a short type noun has at least ('region')


def _noun_before(prefix: str) -> bool:
    """The first part of a compound on a short type noun is a noun or an adjective of its own
    ('region' in 'regionråd', 'lokal' in 'lokallag'), not a word that only opens others ('for' in
    'forslag', 'bi' in 'bilag')."""
    classes = ordbank().classes(prefix)
    if len(prefix) < NOUN_BEFORE_TYPE or not classes:
        return False
    # 'forbruker' in 'Forbrukerrådet' is also a verb's form, but a noun in its base form first
    return classes <= {"noun", "adj"} or ("noun" in classes and ordbank().noun_lemma(prefix) == prefix)


@cache
def _document_tail(stem: str) -> int:
    """The length of the longest document noun (no type noun) the stem ends with, or 0: looked up
    by the stem's endings, not by every document noun."""
    documents, types = lexicon().documents, lexicon().org_types
    longest = max(map(len, documents), default=0)
    return max(
        (n for n in range(2, min(len(stem), longest) + 1) if stem[-n:] in documents and stem[-n:] not in types),
        default=0,
    )


# Type nouns that mean a company ('selskapet'; 'ledelsen', the company it leads): a compound of one
# is a kind of company, not a name ('Forsikringsselskapet anslår'), and a body named with a company
# form ('AS', 'ASA') is the first they refer back to.
COMPANY_NOUNS: Final = frozenset({"selskap", "bedrift", "firma", "konsern", "ledelse", "utbygger"})


def kind_of_company(typed: tuple[str, SourceKind, str]) -> bool:
    """A compound of a company noun Norsk Ordbank lacks whose first part is a common noun it
    knows: 'infrastruktur|selskapet', 'destinasjons|selskapet' describe a company, as
    'forsikringsselskapet' does. (A name such as 'Redningsselskapet' is one the article also
    writes capitalised mid-sentence, or one the lexicon knows: the caller asks first.)"""
    type_noun, _, stem = typed
    prefix = stem[: -len(type_noun)]
    prefix = prefix[:-1] if prefix.endswith("s") and not ordbank().is_known(prefix) else prefix
    return (
        len(prefix) >= NOUN_BEFORE_TYPE
        and not ordbank().is_known(stem)
        and "noun" in ordbank().classes(prefix)
        and not ordbank().is_proper_noun(prefix.capitalize())
    )


def type_family(type_noun: str) -> frozenset[str]:
    """A type noun with its synonyms: 'fjernsyn' -> {'fjernsyn', 'tv', 'kanal', …}."""
    entry = lexicon().org_types.get(type_noun)
    return frozenset({type_noun, *(entry[1] if entry else ())})


def is_adjective(word: str) -> bool:
    """'greske', 'statlige', 'syrisk' – but not nouns that end the same way ('myndighetene',
    'fiskerne'): a word Norsk Ordbank knows is an adjective only if it lists one; the endings
    judge the words it does not know."""
    low = word.lower()
    if not (low.isalpha() and len(low) > 3):
        return False
    classes = ordbank().classes(low)
    if classes and "adj" not in classes:
        return False
    if classes != {"adj"} and not low.endswith(ADJECTIVE_ENDINGS) and not (not classes and compound_adjective(low)):
        return False  # 'kommersiell' is one by Ordbank alone; unknown words need an adjective's ending
    return low not in lexicon().function_words and group_noun(low) is None and organisation_type(low) is None


COMPOUND_PART: Final = 4  # letters the adjective that ends a compound needs ('trafikk|operativ'), and its first part


@lru_cache(maxsize=1 << 16)  # bounded: a hostile text's unknown words are many
def compound_adjective(word: str) -> bool:
    """'trafikkoperativ', 'beredskapsoperativ': a word Norsk Ordbank does not list whose last part it
    lists as an adjective only, after a first part it knows ('trafikk'). Words longer than any
    compound are not taken apart (hostile text stays linear)."""
    words = ordbank()
    if len(word) > LONGEST_WORD:
        return False
    for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1):
        head, tail = word[:cut], word[cut:]
        if words.classes(tail) == {"adj"} and (words.is_known(head) or words.is_known(head.removesuffix("s"))):
            return True
    return False


def inflected_verb(word: str) -> bool:
    """'hentet', 'mente', 'har': a verb's form other than its infinitive (Norsk Ordbank)."""
    lemmas = ordbank().verb_lemmas(word)
    return bool(lemmas) and word not in lemmas


def language_adjective(word: str) -> bool:
    """'norsk', 'svensk', 'samisk': a nationality's adjective, which Norsk Ordbank also lists as a
    noun, its language. As a name's first word it is an adjective all the same ('Norsk
    hjertestansregister'), not a noun standing alone."""
    classes = ordbank().classes(word)
    return word.endswith("sk") and {"adj", "noun"} <= classes


def verb_not_noun(word: str) -> bool:
    """Norsk Ordbank knows the word as a verb and as no noun, or it reports speech ('tror'): what
    follows a name's closing digit ('Eiendomsmegler 1 tror'), not what a number counts."""
    classes = ordbank().classes(word)
    return ("verb" in classes and "noun" not in classes) or word in lexicon().cue_forms


def is_function_word(token: Token) -> bool:
    return token.lower in lexicon().function_words


def first_name_gender(word: str) -> str | None:
    return lexicon().first_names.get(word)


def is_country_region(word: str) -> bool:
    """'Nord-Norge', 'Sør-Norge', 'Midt-Sverige': a part of a country, named by it (nobody's
    surname, and a place that completes a body's name: 'Revisjon Midt-Norge')."""
    return "-" in word and word.split("-")[-1] in lexicon().countries


@cache
def _demonym_lemmas() -> frozenset[str]:
    """The lemmas of the nationality nouns of countries.tsv ('svensker' -> 'svenske')."""
    lemmas = (ordbank().noun_lemma(plural) for plural in lexicon().demonyms)
    return frozenset(lemma for lemma in lemmas if lemma)


def one_of_a_nation(word: str) -> bool:
    """'svensken', 'nordmannen', 'russeren': one person of a nationality, in the definite singular;
    not 'svenskene' or 'svensker', a people."""
    low = word.lower()
    if low in lexicon().demonyms or low.endswith("ene") or not low.endswith("en"):
        return False
    return ordbank().noun_lemma(low) in _demonym_lemmas()


def is_first_name(word: str) -> bool:
    """'Kari', and a double name of two joined by a hyphen: 'Nils-Erik', 'Anne-Lise'."""
    names = lexicon().first_names
    if word in names:
        return True
    first, hyphen, second = word.partition("-")
    return bool(hyphen) and first in names and second in names


def definite_noun(word: str, compound: bool = False) -> bool:
    """'landsgjennomsnittet', 'fabrikken': a noun only (Norsk Ordbank), in a definite form; with
    `compound`, also a compound Ordbank does not list but splits ('månedsinntekta')."""
    classes = ordbank().classes(word)
    lemma = ordbank().noun_lemma(word) if classes == {"noun"} or (compound and not classes) else None
    return lemma is not None and lemma != word and word.endswith(("et", "en", "a", "ene"))


def is_time_noun(word: str) -> bool:
    """'året', 'måneden', 'fjoråret', 'skoleåret': a noun whose lemma, or the last part of it, is
    a unit of time (units.tsv), so its genitive dates a thing ('årets telling') and owns nothing."""
    lemma = ordbank().noun_lemma(word.lower())
    if lemma is None:
        return False  # 'står' ends like 'år' but is a verb
    units = lexicon().units
    return any(units.get(lemma[cut:]) in TIME_UNITS for cut in (0, *range(2, len(lemma) - 1)))


def inflected_noun(word: str) -> bool:
    """Norsk Ordbank lists the word itself as an inflected form of a common noun ('fiskerne',
    'elever'), not only a compound it could split ('Nordlandssykehuset' is a name)."""
    low = word.lower()
    lemma = ordbank().lemma(low, "noun")
    return lemma is not None and lemma != low


def group_noun(word: str) -> tuple[SourceKind, str] | None:
    """('government', 'politi') for 'politiet'; None when the word is not a body without a name."""
    return lexicon().group_nouns.get(word.lower()) or lexicon().group_nouns.get(word)


def spells(acronym: str, name: str) -> bool:
    """Are the acronym's letters those of the name, in order, the first one first ('NOAS' in
    'Norsk organisasjon for asylsøkere', 'FUG' in 'Foreldreutvalget for grunnopplæringen')?"""
    letters, text = acronym.lower(), name.lower()
    if not letters.isalpha() or not text.startswith(letters[0]):
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position) + 1
        if position == 0:
            return False
    return True
