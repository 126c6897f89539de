"""The Norwegian lexicons, read once from the data files in `claimpack/lexicons/`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Final, Literal, get_args

from claimpack.errors import ClaimpackError
from claimpack.lexicons.ordbank import ordbank
from claimpack.model import Qualifier, SourceKind
from claimpack.resources import lexicon_path

Cell = Callable[[str], Any]  # reads one cell; ValueError when the cell is not of its kind


def _rows(name: str, *cells: Cell, optional: int = 0) -> Iterator[list[Any]]:
    """The rows of a lexicon file (blank and '#' lines skipped), one value per column read by
    `cells`; the last `optional` columns may be left out (read as ''). A row that does not fit is
    a one-line error naming file:line, not a traceback from deep inside a rule."""
    cells = cells or (str,)
    path = lexicon_path(name)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            row = line.split("\t")
            if not len(cells) - optional <= len(row) <= len(cells):
                wanted = f"{len(cells) - optional} to {len(cells)}" if optional else str(len(cells))
                raise ClaimpackError(f"{path}:{number}", f"expected {wanted} tab-separated columns, found {len(row)}")
            row += [""] * (len(cells) - len(row))
            try:
                yield [read(cell) for read, cell in zip(cells, row, strict=True)]
            except ValueError as error:
                raise ClaimpackError(f"{path}:{number}", str(error)) from None


def _words(name: str) -> list[str]:
    return [row[0] for row in _rows(name)]


def _one_of(closed: Any) -> Cell:
    """A reader for a cell that must be one of the values of the Literal type `closed`."""
    allowed: tuple[str, ...] = get_args(closed)

    def read(cell: str) -> str:
        if cell not in allowed:
            raise ValueError(f"{cell!r} is not one of {', '.join(allowed)}")
        return cell

    return read


def _names(cell: str) -> tuple[str, ...]:
    """'a,b' -> ('a', 'b'); '' -> ()."""
    return tuple(filter(None, cell.split(",")))


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: SourceKind
    type: str
    aliases: tuple[str, ...]


COMPOUND_ROLE_TAIL: Final = 5  # letters a role must have to end a compound: 'skipper', not 'mor' or 'far'


@lru_cache(maxsize=1 << 16)  # any word of any article is asked: bounded, as the other word caches
def _compound_role(word: str, roles: frozenset[str]) -> bool:
    """'båtskipper', 'storbonde': a noun Ordbank knows (with or without a linking 's' or 'e')
    followed by a role of COMPOUND_ROLE_TAIL letters or more is a role too."""
    words = ordbank()
    longest = max(map(len, roles), default=0)  # only a role's length of tail: linear in the word
    for cut in range(max(3, len(word) - longest), len(word) - COMPOUND_ROLE_TAIL + 1):
        tail = word[cut:]
        head = word[:cut]
        if tail in roles and any(
            part and "noun" in words.classes(part) for part in (head, head[:-1] if head.endswith(("s", "e")) else "")
        ):
            return True
    return False


@dataclass(frozen=True)
class Lexicon:
    cue_forms: dict[str, tuple[str, str]]  # written form -> (lemma, tense)
    cue_uses: dict[str, CueUse]  # lemma -> where the verb reports (reporting_verbs.tsv)
    cue_listed: frozenset[str]  # the forms written in reporting_verbs.tsv (the rest come from Ordbank)
    source_prepositions: tuple[str, ...]
    knowing_verbs: tuple[str, ...]  # 'etter det NRK kjenner til'
    number_words: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, tuple[int, int]]
    qualifiers: dict[str, Qualifier]
    relative: dict[str, float]
    units: dict[str, str]
    weekdays: dict[str, int]
    months: dict[str, int]
    abbreviations: frozenset[str]
    first_names: dict[str, str]
    roles: frozenset[str]
    role_suffixes: tuple[str, ...]
    org_types: dict[str, tuple[SourceKind, frozenset[str]]]
    organisations: dict[str, Organisation]  # lower-cased name or alias -> entry
    group_nouns: dict[str, tuple[SourceKind, str]]  # noun -> (kind, type noun)
    agencies: frozenset[str]
    countries: dict[str, tuple[str, ...]]
    demonyms: dict[str, str]
    person_nouns: dict[str, str]
    events: dict[str, str]
    subject_synonyms: dict[str, str]  # 'fartøy' -> 'båt': one thing named in other words
    municipalities: frozenset[str]  # Norway's municipalities, as SSB names them ('Kristiansund')
    counties: frozenset[str]  # Norway's counties, new and old ('Innlandet', 'Viken')
    not_claim_labels: frozenset[str]
    time_units: frozenset[str]
    sentences: frozenset[str]  # punishments measured in time ('fengsel'): their length is a figure
    anonymous_nouns: frozenset[str]
    anonymous_suffixes: tuple[str, ...]
    function_words: frozenset[str]
    credit_words: tuple[str, ...]
    change_verbs: frozenset[str]
    documents: dict[str, str]  # lemma of what a body publishes -> type of body that issues it ('*': any)
    company_forms: frozenset[str]
    club_forms: dict[str, str]  # 'FK' -> 'fotballklubb'
    framing_nouns: frozenset[str]
    number_idioms: tuple[tuple[str, ...], ...]  # sayings whose numbers count nothing, as lower-case tokens
    dispute_markers: tuple[tuple[str, ...], ...]  # 'på sin side', 'det reelle tallet': a figure set against another's
    # 'before' / 'after' -> words placing a number of time units in time; 'earlier' -> words after
    # 'som' that compare with an earlier time
    temporal_words: dict[str, frozenset[str]]

    def is_role(self, word: str) -> bool:
        """A role or title word ('ordfører', 'kommunikasjonssjef'), in any case."""
        low = word.lower()
        if low in self.roles:
            return True
        if low.endswith(self.role_suffixes) and any(
            low.endswith(suffix) and len(low) > len(suffix) + 2 for suffix in self.role_suffixes
        ):
            return True
        return _compound_role(low, self.roles)

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


# A qualifier cue's third column: 'close' when it puts the figure just below or above the number
Nearness = Literal["", "close"]

# Where a reporting verb reports speech (the header of reporting_verbs.tsv says what each means)
CueUse = Literal["any", "quote", "that", "document", "request", "opinion", "forecast", "calls"]


def _reporting_verbs() -> tuple[dict[str, tuple[str, str]], dict[str, CueUse], frozenset[str]]:
    """Written form -> (lemma, tense), and lemma -> use. Forms listed in the file come first; the
    rest of every one-word lemma's forms come from Norsk Ordbank, so no tense is missing. A form
    that is also a noun ('sukket', 'ropet') is a cue only closing a quote (attributions.py)."""
    forms: dict[str, tuple[str, str]] = {}
    uses: dict[str, CueUse] = {}
    for lemma, present, past, participle, use in _rows("reporting_verbs.tsv", str, str, str, str, _one_of(CueUse)):
        uses[lemma] = use
        for tense, written in (("present", present), ("past", past), ("participle", participle)):
            for form in filter(None, written.split(",")):
                forms.setdefault(form, (lemma, tense))
    listed = frozenset(forms)
    words = ordbank()
    for lemma in uses:
        if " " in lemma:
            continue  # 'slå fast': its particle makes the forms, listed in the file
        siblings = sorted(words.verb_forms(lemma))
        for form in siblings:
            imperative = lemma[:-1] if lemma.endswith("e") else lemma
            if form not in (lemma, imperative) and form.endswith(FINITE_ENDINGS):
                forms.setdefault(form, (lemma, verb_tense(form, siblings)))
            elif _strong_past(form, lemma, words.classes(form)):
                forms.setdefault(form, (lemma, "past"))  # 'gjentok', 'påsto', 'beskrev', 'skrek'
    return forms, uses, listed


def _strong_past(form: str, lemma: str, classes: frozenset[str]) -> bool:
    """A form Ordbank knows only as a verb, in no regular ending, that is neither the stem nor a
    passive nor a present participle: a strong past ('gjentok' of 'gjenta', 'oppgav' of 'oppgi')."""
    if classes != {"verb"} or lemma.startswith(form) or form.endswith(("s", "nde", "e")):
        return False
    return not form.endswith(FINITE_ENDINGS)


# present, past and participle endings: not the passive ('opplyses'), the imperative ('svar', which is
# also a noun) or the present participle ('ropende')
FINITE_ENDINGS: Final = ("r", "te", "et", "de", "dde", "t", "dd")


def verb_tense(form: str, siblings: Iterable[str] = ()) -> str:
    """The tense a verb form is read as: present ends in -r ('tordner'); a participle in -t but
    not -et ('ropt', 'sagt'), since weak pasts in -et are finite ('tordnet'), and not a strong past
    whose verb has its participle in -tt ('utbrøt' beside 'utbrutt', 'gråt' beside 'grått'); the
    rest is past."""
    if form.endswith("r"):
        return "present"
    if form.endswith("t") and not form.endswith("et"):
        strong_past = not form.endswith("tt") and any(s.endswith("tt") for s in siblings)
        return "past" if strong_past else "participle"
    return "past"


def by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases of lower-case tokens indexed by their first word, so a scan looks them up per token."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return index


@cache
def qualifier_cues() -> tuple[dict[str, Qualifier], frozenset[str]]:
    """qualifiers.tsv alone: each cue's qualifier, and the cues marked 'close'. The validators read
    the close ones without loading the whole lexicon (and Norsk Ordbank) that extraction needs."""
    rows = list(_rows("qualifiers.tsv", str, _one_of(Qualifier), _one_of(Nearness), optional=1))
    return {cue: qualifier for cue, qualifier, _ in rows}, frozenset(cue for cue, _, near in rows if near == "close")


@cache
def lexicon() -> Lexicon:
    cue_forms, cue_uses, cue_listed = _reporting_verbs()
    weekdays: dict[str, int] = {}
    months: dict[str, int] = {}
    for word, index in _rows("calendar.tsv", str, str):
        if index.startswith("m"):
            months[word] = int(index[1:])
        else:
            weekdays[word] = int(index)
    roles = _words("roles.txt")
    org_types = {
        word: (kind, frozenset(parents))
        for word, kind, parents in _rows("organisation_types.tsv", str, _one_of(SourceKind), _names, optional=1)
    }
    organisations: dict[str, Organisation] = {}
    for name, kind, type_, aliases in _rows("organisations.tsv", str, _one_of(SourceKind), str, _names, optional=1):
        entry = Organisation(name, kind, type_, aliases)
        for key in (name, *aliases):
            organisations.setdefault(key.lower(), entry)
    countries = {country: names for country, names in _rows("countries.tsv", str, _names, optional=1)}
    anonymous = _words("anonymous_nouns.txt")
    return Lexicon(
        cue_forms=cue_forms,
        cue_uses=cue_uses,
        cue_listed=cue_listed,
        source_prepositions=tuple(_words("source_prepositions.txt")),
        knowing_verbs=tuple(_words("knowing_verbs.txt")),
        number_words=dict(_rows("number_words.tsv", str, int)),
        multipliers=dict(_rows("multipliers.tsv", str, int)),
        vague={w: (lo, hi) for w, lo, hi in _rows("vague_amounts.tsv", str, int, int)},
        qualifiers=qualifier_cues()[0],
        relative=dict(_rows("relative_factors.tsv", str, float)),
        units=dict(_rows("units.tsv", str, str)),
        weekdays=weekdays,
        months=months,
        abbreviations=frozenset(_words("abbreviations.txt")),
        first_names=dict(_rows("first_names.tsv", str, str)),
        roles=frozenset(r for r in roles if not r.startswith("-")),
        role_suffixes=tuple(r[1:] for r in roles if r.startswith("-")),
        org_types=org_types,
        organisations=organisations,
        group_nouns={
            noun: (kind, type_) for noun, kind, type_ in _rows("group_nouns.tsv", str, _one_of(SourceKind), str)
        },
        agencies=frozenset(_words("agencies.txt")),
        countries=countries,
        demonyms={d: c for c, ds in countries.items() for d in ds},
        person_nouns=dict(_rows("person_nouns.tsv", str, str)),
        events=dict(_rows("events.tsv", str, str)),
        subject_synonyms=dict(_rows("subject_synonyms.tsv", str, str)),
        municipalities=frozenset(_words("municipalities.txt")),
        counties=frozenset(_words("counties.txt")),
        not_claim_labels=frozenset(_words("not_claim_labels.txt")),
        time_units=frozenset(_words("time_units.txt")),
        sentences=frozenset(_words("sentences.txt")),
        anonymous_nouns=frozenset(a for a in anonymous if not a.startswith("-")),
        anonymous_suffixes=tuple(a[1:] for a in anonymous if a.startswith("-")),
        function_words=frozenset(_words("function_words.txt")),
        credit_words=tuple(_words("credit_words.txt")),
        change_verbs=frozenset(_words("change_verbs.txt")),
        documents=dict(_rows("documents.tsv", str, str)),
        company_forms=frozenset(_words("company_forms.txt")),
        club_forms=dict(_rows("club_forms.tsv", str, str)),
        framing_nouns=frozenset(_words("framing_nouns.txt")),
        number_idioms=tuple(tuple(line.split()) for line in _words("number_idioms.txt")),
        dispute_markers=tuple(tuple(line.split()) for line in _words("dispute_markers.txt")),
        temporal_words={
            side: frozenset(w for w, where in _rows("temporal_words.tsv", str, str) if where == side)
            for side in ("before", "after", "earlier", "last_year", "day_part")
        },
    )
