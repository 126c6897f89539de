"""Norwegian Bokmål word knowledge from Norsk Ordbank: which word class a written form belongs to,
and its lemma, for about 484,000 noun, 79,000 adjective and 49,000 verb forms.

The data is Norsk Ordbank (Språkbanken, Nasjonalbiblioteket; CC-BY 4.0) as packaged in
`spacy-lookups-data`, read as plain gzipped JSON (spaCy itself is not needed). It answers the
questions hand lists cannot keep up with: is this capitalised token a known common word or a name
candidate; is 'tordnet' a form of the verb 'tordne'; what is the lemma of 'sauebøndene'.

Loaded once per process on first use: about 2 s from the JSON, about 0.3 s from the word cache
the first load leaves in the user's cache folder (tablecache.py); a build with no cache loads it
before it forks its workers, so they share it (building/run.py)."""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Final, Literal, cast

from claimpack.errors import ClaimpackError
from claimpack.lexicons import tablecache

WordClass = Literal["noun", "verb", "adj", "adv"]
CLASSES: Final[tuple[WordClass, ...]] = ("noun", "verb", "adj", "adv")
DATA: Final = "nb_lemma_exc.json.gz"
# definite and plural endings of regular nouns: 'tallene', 'rapporten', 'grunner', 'avisa'
NOUN_ENDINGS: Final = (("ene", ""), ("en", ""), ("et", ""), ("er", ""), ("a", "e"), ("e", ""))
# present, past and participle endings of weak verbs: 'øker', 'økte', 'økt'; 'hevdet'; 'prøvde'
WEAK_VERB_ENDINGS: Final = (("er", "e"), ("te", "e"), ("et", "e"), ("de", "e"), ("dde", ""), ("t", "e"), ("r", ""))


class Ordbank:
    """Form -> lemma tables per word class (lower-case forms; nouns also keep capitalised ones)."""

    def __init__(self, tables: dict[WordClass, dict[str, str]]) -> None:
        self.tables = tables
        # Asked for most words of every text, and the compound search is a loop: remembered.
        self._noun_lemmas = lru_cache(maxsize=1 << 16)(self._find_noun_lemma)
        self._classes = lru_cache(maxsize=1 << 16)(self._find_classes)
        # built when first asked for (not cached_property: mypyc compiles that as a plain property)
        self._verb_lemma_set: frozenset[str] | None = None
        self._verb_forms: dict[str, set[str]] | None = None

    def lemma(self, word: str, word_class: WordClass) -> str | None:
        table = self.tables[word_class]
        return table.get(word) or table.get(word.lower())

    def classes(self, word: str) -> frozenset[WordClass]:
        """The word classes `word` (any case) is a form of; empty for an unknown word."""
        return self._classes(word.lower())

    def _find_classes(self, low: str) -> frozenset[WordClass]:
        return frozenset(c for c in CLASSES if low in self.tables[c])

    def is_known(self, word: str) -> bool:
        low = word.lower()
        return any(low in self.tables[c] for c in CLASSES)

    def verb_lemmas(self, word: str) -> frozenset[str]:
        """Every verb `word` can be a form of. The table keeps one lemma per form ('økte' is listed
        as the verb 'økte' only), so the regular weak endings are tried too: 'økte' -> {'økte', 'øke'}."""
        low = word.lower()
        found = set()
        listed = self.tables["verb"].get(low)
        if listed is not None:
            found.add(listed)
        for ending, replacement in WEAK_VERB_ENDINGS:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                candidate = low[: -len(ending)] + replacement
                if candidate in self.verb_lemma_set:
                    found.add(candidate)
        return frozenset(found)

    @property
    def verb_lemma_set(self) -> frozenset[str]:
        if self._verb_lemma_set is None:
            self._verb_lemma_set = frozenset(self.tables["verb"].values())
        return self._verb_lemma_set

    def verb_forms(self, lemma: str) -> frozenset[str]:
        """Every form of the verb `lemma` ('tordne' -> tordner, tordnet, …), lower-case."""
        if self._verb_forms is None:
            forms: dict[str, set[str]] = {}
            for form in self.tables["verb"]:
                for known in self.verb_lemmas(form):
                    forms.setdefault(known, set()).add(form)
            self._verb_forms = forms
        return frozenset(self._verb_forms.get(lemma, ()))

    def is_proper_noun(self, word: str) -> bool:
        """Ordbank lists some names ('Oslo', 'Norge') as capitalised nouns."""
        return word[:1].isupper() and word in self.tables["noun"]

    def noun_lemmas(self, word: str) -> frozenset[str]:
        """The lemma Ordbank gives and the regular de-inflections of `word`: the table keeps one
        lemma per form ('tallene' is listed under the rarer 'talle' only), so 'tall' is tried too."""
        low = word.lower()
        found = {low}
        listed = self.noun_lemma(low)
        if listed is not None:
            found.add(listed)
        for ending, replacement in NOUN_ENDINGS:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                found.add(low[: -len(ending)] + replacement)
        return frozenset(found)

    def noun_lemma(self, word: str) -> str | None:
        """'sauebøndene' -> 'sauebonde'; compounds Ordbank lacks are lemmatised by their last
        known part: 'cyberkrimsenteret' -> 'cyberkrimsenter'."""
        return self._noun_lemmas(word.lower())

    def _find_noun_lemma(self, low: str) -> str | None:
        found = self.tables["noun"].get(low)
        if found is not None:
            return found
        if any(low in self.tables[c] for c in ("verb", "adj", "adv")) or len(low) > LONGEST_WORD:
            return None  # a run of letters longer than any compound is no word to take apart
        for cut in range(2, len(low) - 2):
            head, tail = low[:cut], low[cut:]
            if len(tail) < 3:
                break
            lemma = self.tables["noun"].get(tail)
            if lemma is not None and len(head) >= 2:
                return head + lemma
        return None


# Letters in the longest word read as a compound: Norwegian compounds stay well under it, and a
# longer run in hostile text is not cut into every head and tail (the square of its length)
LONGEST_WORD: Final = 60


@cache
def ordbank() -> Ordbank:
    """The Ordbank tables, read once per process: from the word cache when it holds them for
    this data and this code (lexicons/tablecache.py), else from the JSON, and then cached."""
    try:
        raw = (resources.files("spacy_lookups_data") / "data" / DATA).read_bytes()
        key = _cache_key(raw)
        tables = tablecache.load(key, CLASSES) if key else None
        if tables is None:
            tables = _tables(json.loads(gzip.decompress(raw)))
            if key:
                tablecache.store(key, tables)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as error:
        raise ClaimpackError(
            None, f"Norwegian word data is missing ({error}); reinstall claimpack (it needs spacy-lookups-data)"
        ) from None
    return Ordbank(cast(dict[WordClass, dict[str, str]], tables))


def _tables(data: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, str]]:
    intern = sys.intern
    tables: dict[str, dict[str, str]] = {}
    for word_class in CLASSES:
        table = {form: intern(lemmas[0]) for form, lemmas in data.get(word_class, {}).items() if lemmas}
        if word_class != "noun":  # a capitalised noun is a name ('Oslo'); other classes are looked up lower-case
            table.update({form.lower(): lemma for form, lemma in table.items() if not form.islower()})
        tables[word_class] = table
    return tables


def _cache_key(raw: bytes) -> str | None:
    """Names the cached tables after the data and this module, whose code makes them from it."""
    try:
        code = Path(__file__).read_bytes()
    except OSError:
        return None
    return "ordbank-" + hashlib.sha256(raw + b"\0" + code).hexdigest()[:32]
