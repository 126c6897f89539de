"""The Norwegian lexicons, read once from the data files in `claimpack/lexicons/`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from claimpack.lexicons.ordbank import ordbank
from claimpack.resources import lexicon_path


def _rows(name: str) -> Iterator[list[str]]:
    """Non-comment lines of a lexicon file, split on tabs."""
    with lexicon_path(name).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield line.split("\t")


def _words(name: str) -> list[str]:
    return [row[0] for row in _rows(name)]


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: str
    type: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    cue_forms: dict[str, tuple[str, str]]  # written form -> (lemma, tense)
    cue_uses: dict[str, str]  # lemma -> any | quote | that (reporting_verbs.tsv)
    cue_listed: frozenset[str]  # the forms written in reporting_verbs.tsv (the rest come from Ordbank)
    source_prepositions: tuple[str, ...]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, tuple[int, int]]
    qualifiers: dict[str, str]
    relative: dict[str, float]
    units: dict[str, str]
    weekdays: dict[str, int]
    months: dict[str, int]
    abbreviations: frozenset[str]
    first_names: dict[str, str]
    roles: frozenset[str]
    role_suffixes: tuple[str, ...]
    org_types: dict[str, tuple[str, frozenset[str]]]
    organisations: dict[str, Organisation]  # lower-cased name or alias -> entry
    group_nouns: dict[str, tuple[str, str]]
    agencies: frozenset[str]
    countries: dict[str, tuple[str, ...]]
    demonyms: dict[str, str]
    person_nouns: dict[str, str]
    events: dict[str, str]
    not_claim_labels: frozenset[str]
    time_units: frozenset[str]
    anonymous_nouns: frozenset[str]
    anonymous_suffixes: tuple[str, ...]
    function_words: frozenset[str]
    credit_words: tuple[str, ...]
    change_verbs: frozenset[str]
    documents: dict[str, str]  # lemma of what a body publishes -> type of body that issues it ('*': any)
    company_forms: frozenset[str]
    framing_nouns: frozenset[str]
    temporal_words: dict[str, frozenset[str]]  # 'before' / 'after' -> words placing a number of time units in time

    def is_role(self, word: str) -> bool:
        """A role or title word ('ordfører', 'kommunikasjonssjef'), in any case."""
        low = word.lower()
        if low in self.roles:
            return True
        if not low.endswith(self.role_suffixes):  # fast path; same answer
            return False
        return any(low.endswith(suffix) and len(low) > len(suffix) + 2 for suffix in self.role_suffixes)

    def role_stem(self, word: str) -> str | None:
        """'Utenriksministeren' -> 'utenriksminister' when the stem is a role, else None."""
        low = word.lower()
        for ending in ("en", "n", "et", "a"):
            if low.endswith(ending) and self.is_role(low[: -len(ending)]):
                return low[: -len(ending)]
        return None

    def is_anonymous_noun(self, word: str) -> bool:
        low = word.lower()
        return low in self.anonymous_nouns or any(low.endswith(suffix) for suffix in self.anonymous_suffixes)


def _reporting_verbs() -> tuple[dict[str, tuple[str, str]], dict[str, str], frozenset[str]]:
    """Written form -> (lemma, tense), and lemma -> use. Forms listed in the file come first; the
    rest of every one-word lemma's forms come from Norsk Ordbank, so no tense is missing. A form
    that is also a noun ('sukket', 'ropet') is a cue only closing a quote (attributions.py)."""
    forms: dict[str, tuple[str, str]] = {}
    uses: dict[str, str] = {}
    for lemma, present, past, participle, use in _rows("reporting_verbs.tsv"):
        uses[lemma] = use
        for tense, written in (("present", present), ("past", past), ("participle", participle)):
            for form in filter(None, written.split(",")):
                forms.setdefault(form, (lemma, tense))
    listed = frozenset(forms)
    words = ordbank()
    for lemma in uses:
        if " " in lemma:
            continue  # 'slå fast': its particle makes the forms, listed in the file
        for form in sorted(words.verb_forms(lemma)):
            imperative = lemma[:-1] if lemma.endswith("e") else lemma
            if form not in (lemma, imperative) and form.endswith(FINITE_ENDINGS):
                forms.setdefault(form, (lemma, verb_tense(form)))
    return forms, uses, listed


# present, past and participle endings: not the passive ('opplyses'), the imperative ('svar', which is
# also a noun) or the present participle ('ropende')
FINITE_ENDINGS = ("r", "te", "et", "de", "dde", "t", "dd")


def verb_tense(form: str) -> str:
    """The tense a verb form is read as: present ends in -r ('tordner'); a participle in -t but
    not -et ('ropt', 'sagt'), since weak pasts in -et are finite ('tordnet'); the rest is past."""
    if form.endswith("r"):
        return "present"
    if form.endswith("t") and not form.endswith("et"):
        return "participle"
    return "past"


@cache
def lexicon() -> Lexicon:
    cue_forms, cue_uses, cue_listed = _reporting_verbs()
    weekdays: dict[str, int] = {}
    months: dict[str, int] = {}
    for word, index in _rows("calendar.tsv"):
        if index.startswith("m"):
            months[word] = int(index[1:])
        else:
            weekdays[word] = int(index)
    roles = _words("roles.txt")
    org_types = {
        row[0]: (row[1], frozenset(filter(None, (row[2] if len(row) > 2 else "").split(","))))
        for row in _rows("organisation_types.tsv")
    }
    organisations: dict[str, Organisation] = {}
    for row in _rows("organisations.tsv"):
        aliases = tuple(filter(None, (row[3] if len(row) > 3 else "").split(",")))
        entry = Organisation(row[0], row[1], row[2], aliases)
        for key in (row[0], *aliases):
            organisations.setdefault(key.lower(), entry)
    countries = {
        row[0]: tuple(filter(None, (row[1] if len(row) > 1 else "").split(","))) for row in _rows("countries.tsv")
    }
    anonymous = _words("anonymous_nouns.txt")
    return Lexicon(
        cue_forms=cue_forms,
        cue_uses=cue_uses,
        cue_listed=cue_listed,
        source_prepositions=tuple(_words("source_prepositions.txt")),
        number_words={w: int(v) for w, v in _rows("number_words.tsv")},
        multipliers={w: int(v) for w, v in _rows("multipliers.tsv")},
        vague={w: (int(lo), int(hi)) for w, lo, hi in _rows("vague_amounts.tsv")},
        qualifiers={w: q for w, q in _rows("qualifiers.tsv")},
        relative={w: float(f) for w, f in _rows("relative_factors.tsv")},
        units={w: u for w, u in _rows("units.tsv")},
        weekdays=weekdays,
        months=months,
        abbreviations=frozenset(_words("abbreviations.txt")),
        first_names={n: g for n, g in _rows("first_names.tsv")},
        roles=frozenset(r for r in roles if not r.startswith("-")),
        role_suffixes=tuple(r[1:] for r in roles if r.startswith("-")),
        org_types=org_types,
        organisations=organisations,
        group_nouns={row[0]: (row[1], row[2]) for row in _rows("group_nouns.tsv")},
        agencies=frozenset(_words("agencies.txt")),
        countries=countries,
        demonyms={d: c for c, ds in countries.items() for d in ds},
        person_nouns={w: g for w, g in _rows("person_nouns.tsv")},
        events={w: e for w, e in _rows("events.tsv")},
        not_claim_labels=frozenset(_words("not_claim_labels.txt")),
        time_units=frozenset(_words("time_units.txt")),
        anonymous_nouns=frozenset(a for a in anonymous if not a.startswith("-")),
        anonymous_suffixes=tuple(a[1:] for a in anonymous if a.startswith("-")),
        function_words=frozenset(_words("function_words.txt")),
        credit_words=tuple(_words("credit_words.txt")),
        change_verbs=frozenset(_words("change_verbs.txt")),
        documents={lemma: issuer for lemma, issuer in _rows("documents.tsv")},
        company_forms=frozenset(_words("company_forms.txt")),
        framing_nouns=frozenset(_words("framing_nouns.txt")),
        temporal_words={
            side: frozenset(w for w, where in _rows("temporal_words.tsv") if where == side)
            for side in ("before", "after")
        },
    )
