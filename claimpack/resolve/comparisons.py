"""Comparisons with what another source gives: 'dobbelt så mange som fylket oppgir' is twice the
figure the county gave, not twice the speaker's own. Needs who gave each figure, so it runs after
the speakers are known (pipeline), on the figures' contexts (quantities)."""

from __future__ import annotations

import math
from typing import Final

from claimpack.extract.words import TIME_UNITS
from claimpack.lexicons import lexicon
from claimpack.lexicons.ordbank import ordbank
from claimpack.resolve.entities import Entity
from claimpack.resolve.quantities import MEASURES, FigureContext, compares_counts, restates_the_figure_before

# 'så mange som kommunen opererer med', '… som fylket regner med': verbs that give a count and are
# no reporting verbs elsewhere
COUNTING_VERBS: Final = frozenset(
    {"opererer", "opererte", "regner", "regnet", "teller", "talte", "telte", "registrerer", "registrerte"}
)
# '… som politiet har registrert': a perfect of a counting or reporting verb after the source
COUNTING_PARTICIPLES: Final = frozenset({"registrert", "telt", "talt", "regnet"})
COMPARED_SOURCE_WORDS: Final = 3  # 'fylket', 'Statens vegvesen', 'Nord universitet Bodø'
SOM_REACH: Final = 6  # tokens from a comparison's figure to its 'som': '… så mange med bussene som'
# verbs after a name that say nothing it did ('som Norge er'; 'som politiet har registrert' is a perfect)
NO_DEEDS: Final = frozenset({"er", "var", "blir", "ble", "har", "hadde", "vil", "skal", "kan", "må"})


def _compared_source(ctx: FigureContext) -> list[str] | None:
    """'dobbelt så mange som fylket oppgir', 'mer enn tre ganger så mange som Fjord1 oppgir': the
    comparison is with the figure another source gave, and these are the words that name it (the
    subject of a reporting verb right after 'som', or of its perfect: 'som politiet har registrert');
    None for a comparison with a time or a thing."""
    if ctx.figure.qualifier != "relative" or ctx.figure.factor is None or ctx.figure.factor <= 1:
        return None
    tokens, lex = ctx.tokens, lexicon()
    som = next((j for j in range(ctx.last, min(len(tokens), ctx.last + SOM_REACH)) if tokens[j].lower == "som"), None)
    if som is None:
        return None
    for verb in range(som + 2, min(len(tokens), som + 2 + COMPARED_SOURCE_WORDS)):
        words = tokens[som + 1 : verb]
        if not all(t.is_word for t in words) or words[0].lower in lex.function_words:
            return None
        word = tokens[verb].lower
        if word in COUNTING_VERBS or (word in lex.cue_forms and lex.cue_forms[word][1] in ("present", "past")):
            return [t.lower for t in words]
        if word not in NO_DEEDS and "verb" in ordbank().classes(word) and words[0].is_capitalized:
            # 'nesten dobbelt så mange som SNO klarte å felle': a name (capitalised after 'som', never
            # a common noun) and any verb that says what it did
            return [t.lower for t in words]
        participle = tokens[verb + 1].lower if verb + 1 < len(tokens) else ""
        perfect = participle in COUNTING_PARTICIPLES or lex.cue_forms.get(participle, ("", ""))[1] == "participle"
        if word in ("har", "hadde") and perfect:
            return [t.lower for t in words]
    return None


FIGURE_REACH: Final = 60  # figures looked back over for the one a comparison names: linear in a long text


def compare_with_sources(contexts: list[FigureContext], speakers: list[Entity | None]) -> None:
    """'– Det er dobbelt så mange som fylket oppgir': the comparison is with a figure the source it
    names gave (by a word of its name, or of its speaker's body), not with the speaker's own."""
    for index, ctx in enumerate(contexts):
        words = _compared_source(ctx)
        if words is None or ctx.figure.factor is None:
            continue
        stems = _stems(words)
        given = [
            j
            for j in range(index - 1, max(-1, index - 1 - FIGURE_REACH), -1)
            if speakers[j] is not speakers[index]
            and contexts[j].figure.qualifier != "relative"
            and _named_by(speakers[j], stems)
        ]
        own = contexts[ctx.relative_to] if ctx.relative_to is not None else None
        if own is None and restates_the_figure_before(index, ctx, contexts):
            # 'drøyt 190 avganger forsinket, mer enn tre ganger så mange som Fjord1 oppgir': the
            # figure it restates is the speaker's own, though no base of its own was found
            own = contexts[index - 1]
        if own is None and compares_counts(ctx):
            # 'Det er dobbelt så mange som fylket oppgir' with no own figure known: of the source's
            # counts ('17 elever'), not its sums or times ('1,4 millioner kroner', '25 minutter')
            given = [j for j in given if contexts[j].figure.unit not in MEASURES | TIME_UNITS]
        ctx.relative_to = _likest(given, own, ctx.figure.factor, contexts, ctx.relative_to)


def _likest(
    given: list[int], own: FigureContext | None, factor: float, contexts: list[FigureContext], default: int | None
) -> int | None:
    """Of the source's figures `given` (latest first), the first that counts what the speaker's
    own figure counts (subject and event); else, of those of its unit, the one the comparison fits
    best ('drøyt 190 …, mer enn tre ganger så mange som Fjord1 oppgir': Fjord1's 60 delays, not
    its 14 cancellations); with no own figure, the latest."""
    if own is None:
        return given[0] if given else default
    same = next((j for j in given if (contexts[j].subject, contexts[j].event) == (own.subject, own.event)), None)
    if same is not None:
        return same
    size = own.figure.value
    sized = [j for j in given if contexts[j].unit == own.unit and (contexts[j].figure.value or 0) > 0]
    if size is None or size <= 0 or not sized:
        return default
    return min(sized, key=lambda j: abs(math.log(float(contexts[j].figure.value or 1) * factor / float(size))))


def _stems(words: list[str]) -> set[str]:
    """'fylket' -> {'fylket', 'fylke'}: the words that name a source and their lemmas."""
    found = set(words)
    for word in words:
        lemma = ordbank().noun_lemma(word)
        if lemma is not None:
            found.add(lemma)
    return found


AFFILIATION_DEPTH: Final = 3  # a person, the body she speaks for, and the body that one belongs to
SHORT_STEM: Final = 4  # a shorter stem names a word whole: 'NAV', not every word opening with 'lag'


def _named_by(entity: Entity | None, stems: set[str]) -> bool:
    """A word of the entity's name (or of the body a person speaks for) opens with a stem:
    'Buskerud fylkeskommune' is 'fylket', 'Moss kommune' is 'kommunen', 'Fjord1' is 'Fjord1'."""
    for _ in range(AFFILIATION_DEPTH):  # bounded: 'X i Y' and 'Y i X' make a cycle of affiliations
        if entity is None:
            return False
        words = {word for name in (entity.name, *entity.aliases) for word in name.lower().split()}
        if any(word == stem or (len(stem) >= SHORT_STEM and word.startswith(stem)) for word in words for stem in stems):
            return True
        entity = entity.affiliation
    return False
