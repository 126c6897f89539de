"""Cut sentences into statements and give each its speaker.

A sentence is one statement unless it reports several speakers in coordinated clauses
('Røde Kors har bekreftet at …, mens Russland hevder …'): then it is cut before each new
reporting clause. A clause reported by several sources at once (nested: 'OSSE anslår …,
melder NRK'; coordinated: 'både syrisk fjernsyn og eksilgruppa …') gives one statement per
source over the same span; the first is primary and owns the figures in it.
Dash quotes take the speaker named at their end, in any sentence of the quote; a quote
paragraph with no speaker continues the previous paragraph's speaker, but never across a
heading.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Final

from claimpack.extract.attributions import Attribution, CuePosition, SentenceAnalysis
from claimpack.lexicons import lexicon
from claimpack.model import AttributionKind, Evidence, StatementKind
from claimpack.resolve.entities import Entity, Mention


@dataclass(eq=False)  # keyed by identity until it has a statement id
class StatementDraft:
    block: int
    start: int
    end: int
    kind: StatementKind
    entity: Entity | None
    mention: Mention | None
    cue: str | None
    via: AttributionKind
    primary: bool = True
    evidence: Evidence | None = None  # the rule that gave the speaker (model.EVIDENCE)


Speakers = dict[Attribution, list[Mention | None]]  # an attribution -> mentions of its speakers


def block_statements(
    block: int,
    analyses: list[SentenceAnalysis],
    speakers: Speakers,
    text: str,
    offset: int,
    carried: StatementDraft | None,
) -> list[StatementDraft]:
    """Statements of one paragraph block; `carried` is the last attributed statement before it."""
    drafts: list[StatementDraft] = []
    tails = [a.quote_tail for a in analyses]
    nearest = _nearest_tails(tails, analyses)
    for index, analysis in enumerate(analyses):
        sentence = analysis.sentence
        if analysis.quote:
            tail = tails[index] or nearest[index]
            if tail is not None:
                quoted = _attributed(block, sentence.start, sentence.end, "direct_quote", [tail], speakers)
                if tails[index] is None:  # the cue is in another sentence of the quote
                    quoted = [replace(d, evidence="same-quote") if d.entity else d for d in quoted]
                drafts.extend(quoted)
            elif carried is not None and carried.entity is not None:
                drafts.append(
                    StatementDraft(
                        block,
                        sentence.start,
                        sentence.end,
                        "direct_quote",
                        carried.entity,
                        carried.mention,
                        None,
                        "continuation",
                        evidence="quote-continued",
                    )
                )
            else:
                drafts.append(
                    StatementDraft(block, sentence.start, sentence.end, "direct_quote", None, None, None, "none")
                )
            continue
        for start, end, attributions in _segments(analysis, text, offset):
            has_fragment = any(text[a:b].strip() for a, b in _fragments(start, end, offset, text))
            if not attributions:
                drafts.append(StatementDraft(block, start, end, "narration", None, None, None, "none"))
                continue
            kind: StatementKind = "direct_quote" if attributions[0].quote else "mixed" if has_fragment else "indirect"
            drafts.extend(_attributed(block, start, end, kind, attributions, speakers))
    return drafts


def _nearest_tails(tails: list[Attribution | None], analyses: list[SentenceAnalysis]) -> list[Attribution | None]:
    """For each sentence, the speaker it would have as a quote: the tail later in the same quote
    (the run of quote sentences after it), else the last one before it. Two passes, so a long
    quote with no speaker costs its length, not its square."""
    later: list[Attribution | None] = [None] * len(analyses)
    following: Attribution | None = None
    for index in range(len(analyses) - 1, -1, -1):
        later[index] = following
        if not analyses[index].quote:
            following = None  # a later tail is not in this sentence's quote
        elif tails[index] is not None:
            following = tails[index]
    nearest: list[Attribution | None] = []
    previous: Attribution | None = None
    for index in range(len(analyses)):
        nearest.append(later[index] or previous)
        previous = tails[index] or previous
    return nearest


def _attributed(
    block: int, start: int, end: int, kind: StatementKind, attributions: list[Attribution], speakers: Speakers
) -> list[StatementDraft]:
    drafts: list[StatementDraft] = []
    seen: set[Entity] = set()
    for attribution in _owner_first(attributions):
        for mention in speakers.get(attribution, []):
            entity = mention.entity if mention else None
            if entity is not None and entity in seen:
                continue
            if entity is not None:
                seen.add(entity)
            via = (
                "none"
                if mention is None
                else ("explicit" if attribution.coordinated and mention.via == "explicit" else mention.via)
            )
            drafts.append(
                StatementDraft(
                    block,
                    start,
                    end,
                    kind,
                    entity,
                    mention,
                    attribution.cue.lower() if attribution.lemma == "ifølge" else attribution.cue,
                    via,
                    primary=not drafts,
                    evidence=_evidence(attribution) if entity is not None else None,
                )
            )
    return drafts or [StatementDraft(block, start, end, "narration", None, None, None, "none")]


# Cues by which a speaker points to what others found: 'viser til at …', 'peker på at …'
REFERRING_CUES: Final = frozenset({"vise til", "peke på"})
# a quote a colon opens inside a sentence: 'da Naf testet elbiler: – Rekkevidden er kortere, sier X'
QUOTE_AFTER_COLON: Final = re.compile(r":\s*(?=[–—«])")


def _owner_first(attributions: list[Attribution]) -> list[Attribution]:
    """The attribution that owns the figures first. 'Haraldsen viser til at lovbruddene økte med
    9 prosent, ifølge SSB', 'Han viser til tall fra SSB som viser at …': who points to figures
    gives none of them; the source 'ifølge' or a document's cue names for them does. 'OSSE anslår
    at …, melder NRK' stays OSSE's (OSSE gave the figure), and 'Han viser til en undersøkelse, der
    en firedel av studentene oppga at …' stays his (the respondents only answered it)."""
    if len(attributions) < 2 or attributions[0].lemma not in REFERRING_CUES:
        return attributions
    uses = lexicon().cue_uses
    named = next((a for a in attributions[1:] if a.lemma == "ifølge" or uses.get(a.lemma) == "document"), None)
    return attributions if named is None else [named, *(a for a in attributions if a is not named)]


POSITION_EVIDENCE: Final[dict[CuePosition, Evidence]] = {
    "pre": "cue-before",
    "post": "cue-after",
    "prep": "according-to",
}


def _evidence(attribution: Attribution) -> Evidence:
    """Which reading of the sentence gave the speaker."""
    return "coordinated-cue" if attribution.coordinated else POSITION_EVIDENCE[attribution.position]


def _segments(analysis: SentenceAnalysis, text: str, offset: int) -> list[tuple[int, int, list[Attribution]]]:
    """Cut a sentence before each reporting clause that starts after ', og' / ', mens' / ', men':
    'Oppussingen kostet 410 millioner kroner, og ifølge departementet dekket staten 150 millioner'
    gives the department the second figure only."""
    sentence = analysis.sentence
    attributions = sorted(analysis.attributions, key=lambda a: a.cue_start)
    cuts = [sentence.start]
    searched = sentence.start  # text before this was searched for a colon: each part once
    for n, attribution in enumerate(attributions):
        if attribution.position == "post":
            # the narrator's words before the colon are no part of the quote the cue closes
            lead = QUOTE_AFTER_COLON.search(text, max(cuts[-1], searched) - offset, attribution.cue_start - offset)
            searched = max(searched, attribution.cue_start)
            if lead is not None:
                cuts.append(lead.end() + offset)
        if n == 0 and _figures_before_cue(attribution, text, offset):
            continue  # '…, mens Frp får 15,1 prosent, ifølge målingen': a closing source covers the sentence
        if (
            attribution.position in ("pre", "prep")
            and attribution.clause_start > cuts[-1]
            and text[attribution.clause_start - offset - 2 : attribution.clause_start - offset].strip() == ","
        ):
            cuts.append(attribution.clause_start)
    cuts.append(sentence.end)
    cue_starts = [a.cue_start for a in attributions]
    segments = []
    for start, end in pairwise(cuts):
        body = text[start - offset : end - offset]
        stripped_end = start + len(body.rstrip().rstrip(","))
        inside = attributions[bisect_left(cue_starts, start) : bisect_left(cue_starts, end)]
        segments.append((start, stripped_end, inside))
    return segments


def _figures_before_cue(attribution: Attribution, text: str, offset: int) -> bool:
    """Words with a comma or a digit between the start of the cue's clause and the cue: the cue
    closes what came before it ('…, mens Frp får 15,1 prosent, ifølge målingen'), it does not open
    its clause ('…, og ifølge departementet dekket staten …')."""
    lead_in = text[attribution.clause_start - offset : attribution.cue_start - offset]
    return "," in lead_in or any(c.isdigit() for c in lead_in)


def _fragments(start: int, end: int, offset: int, text: str) -> list[tuple[int, int]]:
    """«…» fragments inside [start, end), as offsets into the block text."""
    body = text[start - offset : end - offset]
    spans = []
    position = 0
    while (a := body.find("«", position)) >= 0 and (b := body.find("»", a)) >= 0:
        spans.append((start - offset + a + 1, start - offset + b))
        position = b + 1
    return spans
