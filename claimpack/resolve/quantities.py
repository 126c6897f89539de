"""What each figure counts and how figures relate.

- subject: the noun after the figure ('3.000 sivile' -> 'sivile'), the noun of a copula clause
  ('valgdeltakelsen var 71 prosent'), or, for a bare figure ('3.000 er evakuert'), the subject of
  the last figure with the same event; person nouns are normalised ('mennesker' -> 'personer').
- event: the predicate normalised by the events lexicon ('brakt ut' -> 'evakuert').
- part_of: '3.000 av de 6.400 evakuerte', 'fire av dem', 'Blant dem er minst 150', 'Av de 4,6
  millioner … bor ca. 1,1 millioner'.
- relative_to: the figure a factor applies to ('dobbelt så høyt' -> the last figure; 'som på samme
  tid i fjor' -> the figure whose context shares those words).
- unconfirmed: 'Tallet er ikke bekreftet' marks the figures of the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from claimpack.extract.figures import Figure
from claimpack.extract.lexicon import lexicon
from claimpack.segment.tokens import Token

AUXILIARIES = frozenset(
    {
        "er",
        "var",
        "ble",
        "blir",
        "har",
        "hadde",
        "skal",
        "vil",
        "kan",
        "må",
        "kunne",
        "ville",
        "skulle",
        "bli",
        "blitt",
        "vært",
        "være",
        "ha",
        "fått",
        "får",
    }
)
ADVERBS = frozenset(
    {
        "fortsatt",
        "faktisk",
        "alvorlig",
        "helt",
        "nå",
        "allerede",
        "også",
        "ikke",
        "trolig",
        "så",
        "langt",
        "bare",
        "midlertidig",
        "snart",
    }
)
COORDINATORS = frozenset({"og", "eller", ","})
ANAPHORIC_COUNTS = frozenset({"tallet", "antallet"})
PREPOSITIONS = frozenset(
    {
        "i",
        "på",
        "til",
        "fra",
        "av",
        "med",
        "om",
        "for",
        "ved",
        "mot",
        "over",
        "under",
        "etter",
        "før",
        "per",
        "hos",
        "blant",
        "uten",
        "innen",
        "siden",
        "rundt",
    }
)
STOP_NOUNS = frozenset({"som", "at", "og", "eller", "men", "mens", "da", "der", "hvor", "inkludert", "til"})
COPULAS = frozenset({"er", "var", "blir", "ble", "har", "hadde"})
CLAUSE_WORDS = frozenset({"mens", "men", "sier", "sa", "opplyser", "skriver", "melder"})
MEASURES = frozenset(
    {
        "percent",
        "percentage_points",
        "NOK",
        "EUR",
        "USD",
        "GBP",
        "mm",
        "cm",
        "m",
        "km",
        "scandinavian_miles",
        "decares",
        "hectares",
        "m2",
        "km2",
        "degrees_celsius",
        "tonnes",
        "kg",
        "litres",
        "kWh",
        "MW",
    }
)
UNCONFIRMED = re.compile(
    r"\b(?:ikke|ikkje)\s+(?:\w+\s+){0,2}?(?:bekreftet|verifisert|bekreftes|verifiseres|bekrefta)\b"
    r"|\bubekreftet\b|\buverifisert\b|\bikke\s+latt\s+seg\s+bekrefte\b|\bverken\s+bekreftet\b"
    r"|\bingen\s+av\s+(?:tallene|opplysningene)\s+(?:er|har|kan)\s+(?:\w+\s+){0,2}?(?:bekreftet|verifisert)\b",
    re.IGNORECASE,
)
REFERS_BACK = re.compile(
    r"^\W*(?:tallet|tallene|ingen av tallene|opplysningene|dette|disse tallene|begge tallene)\b", re.IGNORECASE
)
PROPER_NOUN = re.compile(r"(?<!^)(?<![.!?–] )\b[A-ZÆØÅ][a-zæøå]{2,}\b")
# 'Kommunen har ikke bekreftet tallet': a sentence with no figure of its own about the last one
MENTIONS_FIGURES = re.compile(r"\b(?:tallet|tallene|antallet|opplysningene|anslaget|estimatet)\b", re.IGNORECASE)
PART_PRONOUNS = frozenset({"dem", "disse", "dette"})


@dataclass
class FigureContext:
    """A figure with the sentence it stands in (as tokens) and what is learned about it."""

    figure: Figure
    block: int
    sentence_index: int
    sentence_start: int
    sentence_end: int
    tokens: list[Token]  # tokens of the sentence
    first: int  # token range of the figure within `tokens`
    last: int
    subject: str | None = None
    event: str | None = None
    unit: str | None = None
    part_of: int | None = None  # index into the article's figures
    relative_to: int | None = None
    unconfirmed: bool = False
    baseline: bool = False  # 'mot 298 i samme uke i fjor': a comparison, not the main figure
    subject_tokens: set[int] = field(default_factory=set)


def link_figures(contexts: list[FigureContext], sentence_texts: dict[tuple[int, int], str]) -> None:
    """Fill subject, event, unit, part_of, relative_to and unconfirmed for an article's figures."""
    lex = lexicon()
    for ctx in contexts:
        _mark_subject(ctx, lex)
    for index, ctx in enumerate(contexts):
        ctx.event = _event(ctx, contexts, lex)
        ctx.baseline = ctx.first > 0 and ctx.tokens[ctx.first - 1].lower == "mot"
        _part_of(index, ctx, contexts, lex)
    _share_coordinated_events(contexts)
    for ctx in contexts:
        if ctx.part_of is not None and contexts[ctx.part_of].event is not None:
            ctx.event = contexts[ctx.part_of].event  # '3.000 av de 6.400 evakuerte': a part of the evacuated
    for index, ctx in enumerate(contexts):
        if ctx.subject is None and (ctx.figure.unit is None):
            _inherit_subject(index, ctx, contexts)
        if ctx.figure.qualifier == "relative":
            ctx.relative_to = _referent(index, ctx, contexts)
            antecedent = _antecedent(index, ctx, contexts)
            if antecedent is not None:
                # 'Det er dobbelt så mange som da rekorden på 10.650 ble satt': 'Det' is the figure
                # of the sentence before; the one after 'som' is only the baseline.
                ctx.subject, ctx.event = antecedent.subject, antecedent.event
            elif ctx.relative_to is not None and ctx.subject is None:
                referent = contexts[ctx.relative_to]
                ctx.subject = ctx.subject or referent.subject
                ctx.event = ctx.event or referent.event
        ctx.unit = _unit(ctx, lex)
        if ctx.subject is None and ctx.unit == "people":
            ctx.subject = "personer"  # '3.000 er evakuert' counts the same people as 'de 6.400 evakuerte'
    _people_by_origin(contexts, sentence_texts)
    _compound_heads(contexts)
    _unconfirmed(contexts, sentence_texts)


def _antecedent(index: int, ctx: FigureContext, contexts: list[FigureContext]) -> FigureContext | None:
    """The figure a sentence-initial 'Det er …' / 'Dette er …' relative claim is about, when its
    referent stands later in the same sentence (the 'som …' baseline) rather than before it."""
    if ctx.relative_to is None or contexts[ctx.relative_to].sentence_start != ctx.sentence_start:
        return None
    lead = [t.lower for t in ctx.tokens[: ctx.first] if t.is_word]
    if len(lead) < 2 or lead[0] not in ("det", "dette") or lead[1] not in COPULAS:
        return None
    for earlier in range(index - 1, -1, -1):
        other = contexts[earlier]
        if other.sentence_start < ctx.sentence_start and other.figure.qualifier != "relative" and other.subject:
            return other
    return None


def _compound_heads(contexts: list[FigureContext]) -> None:
    """'valgdeltakelsen' and 'deltakelsen' in one article name one quantity: a compound counts as
    its head when the head alone is also used ('lønnsforskjellen' -> 'forskjellen')."""
    subjects = {ctx.subject for ctx in contexts if ctx.subject}
    for ctx in contexts:
        if ctx.subject is None:
            continue
        heads = [s for s in subjects if s != ctx.subject and len(s) >= 5 and ctx.subject.endswith(s)]
        if heads:
            ctx.subject = max(heads, key=len)


def _people_by_origin(contexts: list[FigureContext], sentence_texts: dict[tuple[int, int], str]) -> None:
    """'18 000 taloriere' and '45.000' who crossed the border count the same people: a demonym
    (from the lexicon, or a plural built on a place named in the article: Taloria -> taloriere)
    counts 'personer'."""
    places = {word.lower() for text in sentence_texts.values() for word in PROPER_NOUN.findall(text)}
    demonyms = lexicon().demonyms
    for ctx in contexts:
        subject = ctx.subject
        if subject is None:
            continue
        stem = subject.removesuffix("ere").removesuffix("er") if subject.endswith(("ere", "er")) else None
        derived = (
            stem is not None
            and len(stem) >= 3
            and any(place.startswith(stem) and len(place) <= len(stem) + 3 for place in places)
        )
        if subject in demonyms or derived:
            ctx.subject = "personer"
            if ctx.unit == subject:
                ctx.unit = "people"


# -- subject ----------------------------------------------------------------------------------


def _normalise(noun: str, lex: object) -> str:
    persons = lexicon().person_nouns
    return persons.get(noun, noun)


def _mark_subject(ctx: FigureContext, lex: object) -> None:
    tokens = ctx.tokens
    k = ctx.last
    figure = ctx.figure
    lexi = lexicon()
    if figure.unit in MEASURES:
        # '14 prosent av sengene', '95 millimeter nedbør'; else the copula subject.
        if k < len(tokens) and tokens[k].lower == "av" and k + 1 < len(tokens):
            noun = _noun_at(tokens, k + 1)
            if noun is not None:
                ctx.subject = _normalise(tokens[noun].lower, lex)
                return
        noun = _noun_at(tokens, k)
        if noun is not None:
            ctx.subject = _normalise(tokens[noun].lower, lex)
            ctx.subject_tokens.add(noun)
            return
        ctx.subject = _copula_subject(ctx)
        return
    noun = _noun_at(tokens, k)
    if noun is None and k < len(tokens) and tokens[k].lower == "av":
        # '3.000 av de 6.400 evakuerte er opprørere': the part is named after 'er'.
        predicate = _predicate_noun(tokens, k)
        if predicate is not None and tokens[predicate].lower not in lexi.events:
            ctx.subject = _normalise(tokens[predicate].lower, lex)
            return
        group = _noun_at(tokens, k + 1, skip_figures=True)
        if group is not None and tokens[group].lower not in lexi.events:
            ctx.subject = _normalise(_plural(tokens[group].lower), lex)
            ctx.subject_tokens.add(group)
        return
    if noun is not None:
        word = tokens[noun].lower
        ctx.subject_tokens.add(noun)
        if word in lexi.events and word not in lexi.person_nouns.keys() - {"evakuerte"}:
            return  # 'de 6.400 evakuerte': a participle; the event says what they are
        ctx.subject = _normalise(word, lex)
        return
    if figure.qualifier == "relative":
        ctx.subject = _copula_subject(ctx) if figure.unit else None


def _plural(word: str) -> str:
    """'gjestene' -> 'gjester', 'velgerne' -> 'velgere': the indefinite form figures are counted in."""
    if word.endswith("ene") and len(word) > 5:
        return word[:-3] + "er"
    if word.endswith("erne"):
        return word[:-2]
    return word


def _noun_at(tokens: list[Token], k: int, skip_figures: bool = False) -> int | None:
    """Index of the head noun of a noun chunk starting at k: 'planlagte operasjoner' -> operasjoner."""
    lex = lexicon()
    j = k
    if (j < len(tokens) and tokens[j].lower in ("de", "den", "det")) or _genitive(tokens, j):
        j += 1
    head: int | None = None
    while j < len(tokens) and j < k + 4:
        token = tokens[j]
        if not token.is_word or (token.is_capitalized and not token.is_acronym and j > k and head is not None):
            break
        if skip_figures and (token.is_number or token.lower in lex.number_words or token.lower in lex.multipliers):
            j += 1
            continue
        low = token.lower
        if (
            low in AUXILIARIES
            or low in PREPOSITIONS
            or low in STOP_NOUNS
            or low in lex.function_words
            or low in lex.cue_forms
            or low in lex.units
            or low in lex.time_units
            or low in ADVERBS
            or _starts_event_phrase(tokens, j)  # '1.300 tatt ut': no noun, the event follows
        ):
            break
        if token.is_capitalized and not token.is_acronym:
            break
        head = j
        if not (
            low.endswith(("e", "ske", "ige"))
            and low not in lex.person_nouns  # '67 sivile drept': 'sivile' is the noun, 'drept' the event
            and j + 1 < len(tokens)
            and tokens[j + 1].lower not in lex.events
            and j + 1 < len(tokens)
            and tokens[j + 1].is_word
            and not tokens[j + 1].is_capitalized
            and tokens[j + 1].lower not in AUXILIARIES
            and tokens[j + 1].lower not in PREPOSITIONS
            and tokens[j + 1].lower not in STOP_NOUNS
            and tokens[j + 1].lower not in lex.function_words
        ):
            break
        j += 1
    return head


def _starts_event_phrase(tokens: list[Token], j: int) -> bool:
    """A multi-word event ('tatt ut', 'krysset grensen') begins at token j."""
    found = _event_phrase_at(tokens, j, len(tokens))
    return found is not None and found[0] > 1


def _event_phrase_at(tokens: list[Token], j: int, hi: int) -> tuple[int, str] | None:
    """(length, event) of the longest lexicon event phrase starting at token j and ending by hi."""
    for words, event in _events_by_first_word().get(tokens[j].lower, ()):
        if j + len(words) <= hi and all(tokens[j + n].lower == w for n, w in enumerate(words)):
            return len(words), event
    return None


@cache
def _events_by_first_word() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The events lexicon indexed by first word, longest phrase first (a lookup, not a scan)."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, event in lexicon().events.items():
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append((words, event))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def _genitive(tokens: list[Token], j: int) -> bool:
    """'kommunens 40 ansatte' has a genitive before the noun; '20 hus er skadet' does not."""
    if j + 1 >= len(tokens) or not tokens[j].is_word or not tokens[j].text.endswith("s"):
        return False
    word, nxt = tokens[j].lower, tokens[j + 1]
    if word in lexicon().function_words or word.endswith("ss") or not nxt.is_word or nxt.is_capitalized:
        return False
    following = nxt.lower
    return not (
        following in AUXILIARIES
        or following in PREPOSITIONS
        or following in STOP_NOUNS
        or following in COPULAS
        or following in lexicon().function_words
        or following in lexicon().cue_forms
    )


def _predicate_noun(tokens: list[Token], k: int) -> int | None:
    """After '… av de 6.400 evakuerte', the noun after 'er' ('er opprørere')."""
    for j in range(k, min(len(tokens), k + 8)):
        if tokens[j].lower in ("er", "var", "blir", "ble") and j + 1 < len(tokens):
            return _noun_at(tokens, j + 1)
        if tokens[j].text in (",", ";"):
            return None
    return None


def _copula_subject(ctx: FigureContext) -> str | None:
    """'valgdeltakelsen var 71 prosent' -> 'valgdeltakelsen': the first noun of the figure's clause."""
    tokens = ctx.tokens
    lex = lexicon()
    start = 0
    for j in range(ctx.first - 1, -1, -1):
        low = tokens[j].lower
        if low == "og" and any(tokens[i].lower == "mellom" for i in range(max(0, j - 4), j)):
            continue  # 'forskjellen mellom private og kommunale barnehager er …': one noun phrase
        if low in ("at", "mens", "og") or low in lex.cue_forms or tokens[j].text in (";",):
            cue_with_at = low in lex.cue_forms and j + 1 < ctx.first and tokens[j + 1].lower == "at"
            start = j + 2 if cue_with_at else j + 1  # 'sier at 3.000 …': the clause starts after 'at'
            break
    for j in range(start, ctx.first):
        token = tokens[j]
        low = token.lower
        if not token.is_word or low in lex.function_words or low in AUXILIARIES or low in PREPOSITIONS:
            continue
        if low in lex.cue_forms or (token.is_capitalized and j != start):
            continue
        if low.endswith(("en", "et", "a", "ene", "ne")) and len(low) > 4:
            return low
    return None


def _inherit_subject(index: int, ctx: FigureContext, contexts: list[FigureContext]) -> None:
    """A bare figure counts what the last figure with the same event counted."""
    if ctx.part_of is not None:
        return
    if ctx.baseline:
        for earlier in range(index - 1, -1, -1):
            other = contexts[earlier]
            if other.sentence_start == ctx.sentence_start:
                ctx.subject = other.subject
                return
    if ctx.event is None and _names_the_figure(ctx):
        # 'Politiet anslår tallet til 8000': 'tallet' is the last figure's quantity.
        for earlier in range(index - 1, -1, -1):
            other = contexts[earlier]
            if other.subject is not None and other.figure.qualifier != "relative":
                ctx.subject, ctx.event = other.subject, other.event
                return
    for earlier in range(index - 1, -1, -1):
        other = contexts[earlier]
        if other.part_of == index:
            continue  # '3.000 av de 6.400 evakuerte er opprørere': the part names only itself
        if (
            other.event is not None
            and other.event == ctx.event
            and other.subject is not None
            and other.figure.unit not in MEASURES
        ):
            ctx.subject = other.subject
            return


def _share_coordinated_events(contexts: list[FigureContext]) -> None:
    """'45 elever og tre lærere ble sendt hjem': both figures were sent home."""
    for ctx, nxt in reversed(list(pairwise(contexts))):
        if ctx.event is not None or nxt.event is None or nxt.tokens is not ctx.tokens:
            continue
        between = range(ctx.last, nxt.first)
        if any(ctx.tokens[j].lower in COORDINATORS for j in between) and all(
            j in ctx.subject_tokens or ctx.tokens[j].lower in COORDINATORS for j in between
        ):
            ctx.event = nxt.event


def _names_the_figure(ctx: FigureContext) -> bool:
    """'tallet', 'antallet' or 'tallet på …' in the figure's clause, before the figure."""
    lo, _ = _clause(ctx)
    return any(ctx.tokens[j].lower in ANAPHORIC_COUNTS for j in range(lo, ctx.first))


# -- event ------------------------------------------------------------------------------------


def _event(ctx: FigureContext, contexts: list[FigureContext], lex: object) -> str | None:
    lexi = lexicon()
    tokens = ctx.tokens
    taken = {t for other in contexts if other.tokens is tokens for t in other.subject_tokens}
    taken |= {t for other in contexts if other.tokens is tokens for t in range(other.first, other.last)}
    lo, hi = _clause(ctx)
    candidates: list[tuple[int, str]] = []
    for j in range(lo, hi):
        if j in taken:
            continue
        found = _event_phrase_at(tokens, j, hi)
        if found is not None:
            candidates.append((j, found[1]))
    if ctx.last < len(tokens) and tokens[ctx.last].lower in lexi.events and ctx.subject is None:
        return lexi.events[tokens[ctx.last].lower]
    if candidates:
        after = [c for c in candidates if c[0] >= ctx.last]
        best = after[0] if after else candidates[-1]
        return best[1]
    # No known event: the first content word after the auxiliaries following the figure.
    j = ctx.last
    while j < hi and (
        j in taken
        or tokens[j].lower in AUXILIARIES
        or tokens[j].lower in ADVERBS
        or (tokens[j].lower in PREPOSITIONS and j + 1 in taken)  # 'Hundrevis av demonstranter samlet seg'
    ):
        j += 1
    if j < hi and tokens[j].is_word and not tokens[j].is_capitalized:
        word = tokens[j].lower
        if word in PREPOSITIONS and j + 1 < hi and tokens[j + 1].is_word:
            if tokens[j + 1].lower in lexi.function_words:
                return None  # 'av de 800': a partitive, not what happened
            return f"{word} {tokens[j + 1].lower}"
        if word not in lexi.function_words and word not in lexi.cue_forms:
            return word
    return _participle_before(ctx, lo, taken)


PARTICIPLE_ENDINGS = ("et", "rt", "gt", "lt", "dt", "kt", "st", "tt", "d")


def _participle_like(word: str) -> bool:
    """'observert', 'beslaglagt', 'funnet', 'meldt'; short words in -t are mostly adverbs ('langt')."""
    return word.endswith(PARTICIPLE_ENDINGS) and (len(word) >= 6 or word.endswith(("dt", "et")))


def _participle_before(ctx: FigureContext, lo: int, taken: set[int]) -> str | None:
    """'ble det observert fire droner', 'har politiet beslaglagt 40 kilo': the participle after an
    auxiliary (and at most one word: 'det', the subject) before the figure says what happened."""
    lexi = lexicon()
    tokens = ctx.tokens
    for j in range(ctx.first - 1, max(lo, 1) - 1, -1):
        token = tokens[j]
        if j in taken or not token.is_word or token.is_capitalized:
            continue
        word = token.lower
        if word in lexi.function_words or word in lexi.cue_forms or word in ADVERBS or not _participle_like(word):
            continue
        if tokens[j - 1].lower in AUXILIARIES or (j >= 2 and tokens[j - 2].lower in AUXILIARIES):
            return word
        return None  # the nearest candidate decides
    return None


def _clause(ctx: FigureContext) -> tuple[int, int]:
    """Token range of the clause around the figure: cut at ', og', ', mens', ';' and reporting tails."""
    tokens = ctx.tokens
    lo, hi = 0, len(tokens)
    for j in range(ctx.first - 1, 0, -1):
        if tokens[j].text == ";" or (tokens[j].lower in ("mens", "men", "og") and tokens[j - 1].text == ","):
            lo = j + 1
            break
    for j in range(ctx.last, len(tokens) - 1):
        if tokens[j].text == ";" or (tokens[j].text == "," and tokens[j + 1].lower in CLAUSE_WORDS | {"og"}):
            hi = j
            break
    return lo, hi


# -- relations --------------------------------------------------------------------------------


def _part_of(index: int, ctx: FigureContext, contexts: list[FigureContext], lex: object) -> None:
    tokens = ctx.tokens
    k = ctx.last
    same_sentence = [(i, c) for i, c in enumerate(contexts) if c.tokens is tokens]
    # '3.000 av de 6.400 evakuerte', 'tre av kommunens tolv barneskoler'
    if k < len(tokens) and tokens[k].lower == "av":
        for i, other in same_sentence:
            if other.first > k and other.first <= k + 3:
                ctx.part_of = i
                return
        target = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        if target in PART_PRONOUNS:
            # 'over halvparten av dem': a share of people, never of a percentage
            ctx.part_of = _latest(
                index,
                contexts,
                lambda c: not c.baseline and c.figure.qualifier != "relative" and c.figure.unit not in MEASURES,
            )
            return
        group = _noun_at(tokens, k + 1)
        if group is not None:
            noun = _plural(tokens[group].lower)
            persons = lexicon().person_nouns
            ctx.part_of = _latest(
                index,
                contexts,
                lambda c: (
                    c.subject is not None and _normalise(c.subject, lex) == _normalise(noun, lex) and not c.baseline
                ),
            )
            if ctx.part_of is None and noun in persons:
                ctx.part_of = _latest(
                    index,
                    contexts,
                    lambda c: (
                        c.figure.unit is None
                        and not c.baseline
                        and (c.subject is None or c.subject in persons.values())
                    ),
                    window=2,
                )
        return
    # 'Blant dem er minst 150 nordmenn'
    before = [t.lower for t in tokens[max(0, ctx.first - 3) : ctx.first]]
    if before[:2] == ["blant", "dem"] or before[-3:-1] == ["blant", "dem"]:
        ctx.part_of = _latest(index, contexts, lambda c: not c.baseline)
        return
    # 'Av de 4,6 millioner registrerte velgerne bor ca. 1,1 millioner i utlandet'
    if tokens and tokens[0].lower == "av":
        for i, other in same_sentence:
            if other.first <= 3 and i != index and other.first < ctx.first:
                ctx.part_of = i
                return


def _latest(index: int, contexts: list[FigureContext], accept: object, window: int = 3) -> int | None:
    block = contexts[index].block
    for earlier in range(index - 1, -1, -1):
        other = contexts[earlier]
        if block - other.block > window:
            return None
        if accept(other):  # type: ignore[operator]
            return earlier
    return None


def _referent(index: int, ctx: FigureContext, contexts: list[FigureContext]) -> int | None:
    """The figure a relative claim multiplies."""
    tokens = ctx.tokens
    if ctx.part_of is not None:
        return ctx.part_of
    # 'dobbelt så mange som da den forrige rekorden på 10.650 ble satt': the figure inside.
    comparison = [j for j in range(ctx.last, len(tokens)) if tokens[j].lower == "som"]
    if comparison:
        inside = [i for i, c in enumerate(contexts) if c.tokens is tokens and c.first > comparison[0]]
        if inside:
            return inside[0]
        words = {t.lower for t in tokens[comparison[0] + 1 :] if t.is_word and len(t.text) > 2}
        best, score = None, 0
        for i, other in enumerate(contexts):
            if i == index or other.figure.qualifier == "relative":
                continue
            # the words right after a figure say what it is: '298 i samme uke i fjor'
            nearby = other.tokens[other.last : other.last + 6]
            cut = next((n for n, t in enumerate(nearby) if t.text in (",", ";")), len(nearby))
            shared = len(words & {t.lower for t in nearby[:cut] if t.is_word})
            if shared > score:
                best, score = i, shared
        if best is not None and score >= 2:
            return best
    if ctx.last < len(tokens) and tokens[ctx.last].lower == "av":
        # 'over halvparten av dem som fikk tilbud': a share of people, not of a percentage
        counted = _latest(
            index, contexts, lambda c: c.figure.qualifier != "relative" and c.figure.unit not in MEASURES, window=3
        )
        if counted is not None:
            return counted
    return _latest(index, contexts, lambda c: c.figure.qualifier != "relative" and not c.baseline, window=2) or _latest(
        index, contexts, lambda c: c.figure.qualifier != "relative", window=2
    )


def _unit(ctx: FigureContext, lex: object) -> str | None:
    figure = ctx.figure
    if figure.unit is not None:
        return figure.unit
    persons = lexicon().person_nouns
    if ctx.subject is None:
        return "people" if ctx.event is not None else None
    if ctx.subject in persons or ctx.subject in persons.values():
        return "people"
    return ctx.subject


def _unconfirmed(contexts: list[FigureContext], sentence_texts: dict[tuple[int, int], str]) -> None:
    keys = sorted(sentence_texts)
    for position, key in enumerate(keys):
        text = sentence_texts[key]
        if not UNCONFIRMED.search(text):
            continue
        own = [c for c in contexts if (c.block, c.sentence_index) == key]
        if own and not REFERS_BACK.search(text):
            for c in own:
                c.unconfirmed = True
            continue
        if (REFERS_BACK.search(text) or (not own and MENTIONS_FIGURES.search(text))) and position > 0:
            previous = keys[position - 1]
            for c in contexts:
                if (c.block, c.sentence_index) == previous:
                    c.unconfirmed = True
