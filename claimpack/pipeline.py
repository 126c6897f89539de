"""One article through the whole flow: segment → extract → resolve → rows.

Read top to bottom, this is what claimpack does to a text; every step lives in its own module.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from itertools import accumulate, pairwise
from typing import Final

from claimpack.extract.attributions import Attribution, AttributionFinder, SentenceAnalysis
from claimpack.extract.captions import parse_caption
from claimpack.extract.figures import Figure, find_figures
from claimpack.extract.names import scan_names
from claimpack.extract.numbers import as_plain
from claimpack.extract.phrases import NounPhrase, PhraseKind, PhraseParser, is_document_word
from claimpack.extract.weekdays import find_weekdays
from claimpack.lexicons import lexicon
from claimpack.model import (
    SHARE_UNITS,
    ArticleRow,
    ArticleTables,
    ClaimEvidence,
    ClaimRow,
    DateRow,
    ImageRow,
    MentionRow,
    Seed,
    SourceRow,
    StatementRow,
)
from claimpack.resolve.comparisons import compare_with_sources
from claimpack.resolve.credit_line import credit_line, credited_kind
from claimpack.resolve.discourse import apply_discourse
from claimpack.resolve.entities import Entity, Mention, Registry, slug
from claimpack.resolve.publisher import publishing_body
from claimpack.resolve.quantities import FigureContext, disputed_events, link_figures
from claimpack.resolve.statements import Speakers, StatementDraft, block_statements
from claimpack.segment import Block, Sentence, split_blocks, split_sentences, tokenize
from claimpack.segment.blocks import CAPTION_LABEL, find_credit
from claimpack.segment.tokens import Token

# 'hos Norstat' right after a figure: the body that measured it (a poll institute, a register)
MEASURED_AT: Final = re.compile(r"[ \u00a0]+hos[ \u00a0]+")
# '(i Fosse Kiosk AS), som driver 14 kiosker i Bergen,': a relative clause right after the words
# that name a speaker, and the body they are with
ABOUT_THE_SPEAKER: Final = re.compile(
    r"(?:[ \u00a0]+(?:i|ved|hos|fra|på)[ \u00a0][^,.;:!?–«»\n]{0,80}?)?,[ \u00a0]+som[ \u00a0]+[^,.;:!?–«»\n]{0,200},"
)
MEASURING_KINDS: Final = frozenset({"organization", "government", "media"})
# Reporting verbs of publications: '…, skriver Nationen' makes 'avisa' later refer back to it
WRITING_CUES: Final = frozenset({"skrive", "melde"})
# 'Forbundsleder Ulf Madsen i FLT gratulerer …:': the subject that hands over a quote opens the
# sentence, after at most a title or two (characters)
ANNOUNCER_REACH: Final = 40
ANNOUNCERS: Final = frozenset({"person", "organization", "government"})
# A capitalised word after a lower-case word or a comma: not capitalised for opening a sentence.
MID_SENTENCE_CAPITAL: Final = re.compile(r"(?<=[a-zæøå0-9,] )[A-ZÆØÅ][a-zæøåA-ZÆØÅ]+\b")
SPOKEN_TO_LOOKBACK: Final = 40  # characters read back for the word before 'til' (a document noun's length)
SPOKEN_TO: Final = re.compile(
    r"(?<!opplysninger )(?<!opplysningene )\b(?:til|overfor) ([A-ZÆØÅ][\w-]*)(?: ([A-ZÆØÅ][\w-]*))?"
)


@dataclass
class BlockWork:
    block: Block
    tokens: list[Token]
    sentences: list[Sentence]
    analyses: list[SentenceAnalysis]
    parser: PhraseParser
    ranges: list[tuple[int, int]]
    figures: list[Figure]


def extract_article(seed: Seed) -> ArticleTables:
    """All rows for one seed article."""
    proper_nouns = proper_nouns_in(seed.text)
    spoken_to = spoken_to_in(seed.text)
    blocks = [_prepare(block, proper_nouns, spoken_to) for block in split_blocks(seed.text)]
    registry, speakers = _resolve_speakers(blocks)
    drafts = _statements(blocks, speakers, seed.text, registry)
    tables = ArticleTables(article=_article_row(seed))
    statement_ids = _statement_rows(seed, drafts, tables)
    claim_speakers = _claim_rows(seed, blocks, drafts, statement_ids, tables, registry)
    _publisher_gives_the_rest(seed, registry, claim_speakers, tables)
    _source_rows(seed, registry, drafts, claim_speakers, tables)
    _image_rows(seed, blocks, tables)
    _date_rows(seed, blocks, tables)
    return tables


# -- segment and extract ----------------------------------------------------------------------


def proper_nouns_in(text: str) -> frozenset[str]:
    """Words the article capitalises inside a sentence: names, even where one opens a sentence."""
    return frozenset(MID_SENTENCE_CAPITAL.findall(text))


def spoken_to_in(text: str) -> frozenset[str]:
    """The names (one or two capitalised words, lower-case) the article's people speak to ('sier
    hun til NRK', 'bekrefter overfor VG'): its own newsroom among them. Not 'opplysninger til X',
    which is what is asked about, nor 'rapporten til Norges Råfisklag', a document's owner."""
    found: set[str] = set()
    for match in SPOKEN_TO.finditer(text):
        before = text[max(0, match.start() - SPOKEN_TO_LOOKBACK) : match.start()].split()
        if before and is_document_word(before[-1].lower()):
            continue
        first, second = match.group(1).lower(), match.group(2)
        found.add(first)
        if second:
            found.add(f"{first} {second.lower()}")
    return frozenset(found)


def _prepare(block: Block, proper_nouns: frozenset[str], spoken_to: frozenset[str]) -> BlockWork:
    tokens = tokenize(block.text, block.start)
    sentences = split_sentences(block)
    figures = find_figures(block.text, block.start, tokens)
    if block.kind == "heading":
        # 'Skatten dobles for mange': a heading's relative figure announces the body's, with no base
        figures = [f for f in figures if f.qualifier != "relative"]
    if block.kind == "paragraph":
        finder = AttributionFinder(
            block.text, block.start, tokens, sentences, block.is_dash_quote, proper_nouns, spoken_to
        )
        return BlockWork(block, tokens, sentences, finder.run(), finder.parser, finder.ranges, figures)
    # A caption's label ('GOD STEMNING:') names nobody; the caption after it may.
    label = CAPTION_LABEL.match(block.text) if block.kind == "caption" else None
    first = next((k for k, t in enumerate(tokens) if t.start - block.start >= label.end()), len(tokens)) if label else 0
    # ... and its credit ('Foto: Gudrun Dreiås Majala NVE') is an image's, no source of the text's
    credit = find_credit(block.text) if block.kind == "caption" else None
    last = len(tokens)
    if credit is not None:
        last = next((k for k, t in enumerate(tokens) if t.start - block.start >= credit[0]), len(tokens))
    parser = PhraseParser(block.text, block.start, tokens, {first}, proper_nouns, spoken_to)
    return BlockWork(block, tokens, sentences, [], parser, [(first, max(first, last))], figures)


# -- resolve ----------------------------------------------------------------------------------


PhraseKey = tuple[int, int, PhraseKind]  # a phrase by its span and kind, found by more than one pass


def _resolve_speakers(blocks: list[BlockWork]) -> tuple[Registry, Speakers]:
    """Resolve every speaker phrase and named entity in reading order."""
    occurrences: dict[PhraseKey, tuple[NounPhrase, int, bool, bool]] = {}
    wanted: list[tuple[Attribution, list[PhraseKey | None]]] = []
    writers: set[PhraseKey] = set()  # speakers of 'skriver', 'melder': publications
    for work in blocks:
        speaker_spans: list[tuple[int, int]] = []
        for analysis in work.analyses:
            for attribution in analysis.attributions:
                keys: list[PhraseKey | None] = []
                for phrase in [attribution.speaker, *attribution.extra_speakers]:
                    if phrase is None:
                        keys.append(None)
                        continue
                    key = (phrase.start, phrase.end, phrase.kind)
                    subject = phrase.first in (analysis.first, analysis.first + 1)
                    if phrase.owns is None:
                        after_cue = bisect_left(work.tokens, attribution.cue_end, key=lambda t: t.start)
                        cited = _own_document(work, phrase.last) or _own_document(work, after_cue)
                        phrase = phrase if cited is None else replace(phrase, owns=cited)
                    occurrences[key] = (phrase, work.block.index, subject, True)
                    if attribution.lemma in WRITING_CUES:
                        writers.add(key)
                    speaker_spans.append((phrase.start, phrase.end))
                    keys.append(key)
                wanted.append((attribution, keys))
        if work.block.kind == "heading":
            continue
        taken = _Spans(speaker_spans)
        for found in scan_names(work.parser, work.tokens, work.ranges):
            phrase = found.phrase
            if not taken.overlaps(phrase.start, phrase.end):
                taken.add(phrase.start, phrase.end)
                occurrences[(phrase.start, phrase.end, phrase.kind)] = (phrase, work.block.index, found.subject, False)
    registry = Registry()
    registry.asides = {work.block.index for work in blocks if work.block.kind in ("caption", "heading")}
    registry.sentence_starts = sorted(sentence.start for work in blocks for sentence in work.sentences)
    lead = next((work for work in blocks if work.block.kind == "paragraph"), None)
    registry.lead_municipalities = _municipalities_named(lead) if lead is not None else frozenset()
    resolved: dict[PhraseKey, Mention | None] = {}
    for key in sorted(occurrences):
        phrase, block, subject, speaker = occurrences[key]
        resolved[key] = registry.resolve(phrase, block, subject=subject, speaker=speaker)
        mention = resolved[key]
        if key in writers and mention is not None:
            mention.entity.wrote = True
    registry.settle()
    speakers: Speakers = {ident: [resolved.get(k) if k else None for k in keys] for ident, keys in wanted}
    return registry, speakers


def _municipalities_named(work: BlockWork) -> frozenset[str]:
    """The municipalities (lexicons/municipalities.txt) a paragraph names as places: 'i
    Kristiansund', 'store deler av Orkland'. Not a word opening a sentence ('Time etter time') nor
    one after a capitalised word ('Per Lund'), which is part of another name."""
    tokens, names = work.tokens, lexicon().municipalities
    starts = {sentence.start for sentence in work.sentences}
    found: set[str] = set()
    for k, token in enumerate(tokens):
        if not token.is_capitalized or token.start in starts or (k > 0 and tokens[k - 1].is_capitalized):
            continue
        for length in (3, 2, 1):  # 'Evje og Hornnes', 'Indre Fosen', 'Bergen'
            if k + length <= len(tokens):
                name = work.block.text[token.start - work.block.start : tokens[k + length - 1].end - work.block.start]
                if name in names:
                    found.add(name)
                    break
    return frozenset(found)


# words between 'i' and the document a speaker cites: 'i sin årsrapport', 'i en ny rapport'
DOCUMENT_OPENERS: Final = frozenset(
    {"sin", "sitt", "sine", "en", "et", "ei", "den", "det", "de", "ny", "nytt", "nye", "siste"}
)


def _own_document(work: BlockWork, k: int) -> str | None:
    """'opplyser selskapet i årsrapporten', 'Sognekraft skriver i sin årsrapport': the speaker (or
    its reporting verb) ending before token k cites a document, so the speaker issued it, and a
    later 'Ifølge årsrapporten' is the speaker's (the Registry keeps what a body owns). The
    document's lemma, or None."""
    tokens = work.tokens
    if k >= len(tokens) or tokens[k].lower != "i":
        return None
    k += 1
    opened = k
    while k < len(tokens) and k - opened < 2 and tokens[k].lower in DOCUMENT_OPENERS:
        k += 1
    return work.parser.document_lemma(k) if k < len(tokens) else None


class _Spans:
    """The spans of one block a name may not overlap: its speaker phrases, then the names kept.

    Phrases of earlier blocks end before this block starts, so only this block's are kept. The
    speakers are sorted once (with the furthest end so far); kept names never overlap anything,
    so they stay disjoint and sorted. Each question is two binary searches, not a scan.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))
        self.name_starts: list[int] = []
        self.name_ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) share a character with a span (for non-empty spans: s < end and start < e)?"""
        k = bisect_left(self.starts, end)
        if k and self.reach[k - 1] > start:
            return True
        k = bisect_left(self.name_starts, end)
        return bool(k) and self.name_ends[k - 1] > start

    def add(self, start: int, end: int) -> None:
        """Keep a name (names come in reading order: this appends)."""
        k = bisect_left(self.name_starts, start)
        self.name_starts.insert(k, start)
        self.name_ends.insert(k, end)


def _statements(blocks: list[BlockWork], speakers: Speakers, text: str, registry: Registry) -> list[StatementDraft]:
    """Each block's statements with their own speakers, then the discourse rules across them.

    A quote with no speaker continues the last speaker of the paragraph before it, or of the one
    before that when a single paragraph of narration with no speaker stands between (a speaker's
    quote resumes after the reporter's aside, as in news copy), or the one a paragraph with no
    speaker hands it to with a colon (`_announcer`)."""
    drafts: list[StatementDraft] = []
    carried: StatementDraft | None = None
    resumable: StatementDraft | None = None  # a quoted speaker, across one aside
    for work in blocks:
        block = work.block
        if block.kind != "paragraph":
            drafts.append(StatementDraft(block.index, block.start, block.end, block.kind, None, None, None, "none"))
            if block.kind == "heading":
                carried = resumable = None
            continue
        own = block_statements(block.index, work.analyses, speakers, block.text, block.start, carried)
        drafts.extend(own)
        attributed = [d for d in own if d.entity is not None and d.primary]
        announced = None if attributed else _announcer(work, registry)
        if attributed:
            carried = attributed[-1]
            resumable = carried if carried.kind == "direct_quote" else None
        elif announced is not None:
            carried, resumable = announced, None
        else:
            carried, resumable = resumable, None
    starts = sorted(figure.start for work in blocks for figure in work.figures)

    def has_figure(draft: StatementDraft) -> bool:
        k = bisect_left(starts, draft.start)
        return k < len(starts) and starts[k] < draft.end

    return apply_discourse(drafts, lambda draft: text[draft.start : draft.end], has_figure)


def _announcer(work: BlockWork, registry: Registry) -> StatementDraft | None:
    """'Forbundsleder Ulf Madsen gratulerer med kontrakten:' / '– Dette viser …': a paragraph whose
    last sentence opens with a named person or body and ends with a colon hands the quote after
    it to that subject, though no reporting verb says so; so does one whose last sentence has a
    named person say what follows with a reporting verb and its object ('…, og Larsen peker på
    fire hovedårsaker.' / '– Vi har fått bedre betalt …')."""
    if not work.sentences:
        return None
    if not work.block.text.rstrip().endswith(":"):
        return _announcing_speaker(work, registry)
    opening = work.sentences[-1].start
    for mention in registry.mentions_from(opening):
        if mention.start > opening + ANNOUNCER_REACH or mention.block != work.block.index:
            break
        if mention.subject and mention.via == "explicit" and mention.entity.kind in ANNOUNCERS:
            block = work.block
            return StatementDraft(
                block.index, opening, block.end, "narration", mention.entity, mention, None, "explicit"
            )
    return None


def _announcing_speaker(work: BlockWork, registry: Registry) -> StatementDraft | None:
    """The person named right before a reporting verb in the paragraph's last sentence, when the
    verb takes an object, not an at-clause, a quote or a figure: 'Larsen peker på fire
    hovedårsaker.', 'Hansen forklarer hvorfor.'"""
    sentence = work.sentences[-1]
    first = bisect_left(work.tokens, sentence.start, key=lambda t: t.start)
    tokens = work.tokens[first : bisect_left(work.tokens, sentence.end, key=lambda t: t.start)]
    cues = lexicon().cue_forms
    if any(t.lower in ("at", "«", "»", ":") or t.text in ("–", "-") for t in tokens):
        return None
    for mention in registry.mentions_from(sentence.start):
        if mention.start >= sentence.end or mention.block != work.block.index:
            break
        if mention.entity.kind != "person" or mention.via not in ("explicit", "role"):
            continue
        k = bisect_left(tokens, mention.end, key=lambda t: t.start)
        pair = " ".join(t.lower for t in tokens[k : k + 2])
        if k < len(tokens) and (tokens[k].lower in cues or pair in cues):
            block = work.block
            return StatementDraft(
                block.index, sentence.start, block.end, "narration", mention.entity, mention, None, "explicit"
            )
    return None


# -- rows -------------------------------------------------------------------------------------


def _article_row(seed: Seed) -> ArticleRow:
    meta = seed.meta
    authors = meta.get("authors")
    return ArticleRow(
        article_id=seed.article_id,
        title=meta.get("title"),
        language=meta["language"],
        published=seed.published,
        publisher=meta.get("publisher"),
        url=meta.get("url"),
        authors="; ".join(authors) if authors else None,
        source_path=seed.source_path,
        source_sha256=seed.sha256,
        characters=len(seed.text),
    )


def _statement_rows(seed: Seed, drafts: list[StatementDraft], tables: ArticleTables) -> dict[StatementDraft, str]:
    ids: dict[StatementDraft, str] = {}
    counter: dict[int, int] = {}
    for draft in drafts:
        counter[draft.block] = counter.get(draft.block, 0) + 1
        statement_id = f"{seed.article_id}:s{draft.block}.{counter[draft.block]}"
        ids[draft] = statement_id
        tables.statements.append(
            StatementRow(
                statement_id=statement_id,
                article_id=seed.article_id,
                paragraph=draft.block,
                kind=draft.kind,
                text=seed.text[draft.start : draft.end],
                char_start=draft.start,
                char_end=draft.end,
                speaker_id=None,  # filled once sources have ids
                mention_id=None,
                cue=draft.cue,
                attribution=draft.via if draft.entity is not None else "none",
                evidence=draft.evidence if draft.entity is not None else None,
            )
        )
    return ids


def _claim_rows(
    seed: Seed,
    blocks: list[BlockWork],
    drafts: list[StatementDraft],
    statement_ids: dict[StatementDraft, str],
    tables: ArticleTables,
    registry: Registry,
) -> list[Entity | None]:
    """Claim rows, and for each the entity that gave it (ids are assigned with the sources)."""
    contexts: list[FigureContext] = []
    sentence_texts: dict[tuple[int, int], str] = {}
    paragraph = 0
    for work in blocks:
        paragraph += work.block.kind == "paragraph"
        sentence_tokens = _sentence_tokens(work)
        token_starts = {index: [t.start for t in tokens] for index, tokens in sentence_tokens.items()}
        sentence_starts = [s.start for s in work.sentences]
        for sentence in work.sentences:
            sentence_texts[(work.block.index, sentence.index)] = sentence.text
        for figure in work.figures:
            sentence = _sentence_at(work.sentences, sentence_starts, figure.start)
            tokens = sentence_tokens[sentence.index]
            starts = token_starts[sentence.index]
            first = bisect_left(starts, figure.start)
            if first == len(tokens):
                raise StopIteration  # as a scan for the first token would
            last = bisect_left(starts, figure.end)
            contexts.append(
                FigureContext(
                    figure,
                    work.block.index,
                    sentence.index,
                    sentence.start,
                    sentence.end,
                    tokens,
                    first,
                    last,
                    paragraph=paragraph,
                )
            )
    link_figures(contexts, sentence_texts)
    claim_ids: list[str] = []
    speakers: list[Entity | None] = []
    evidences: list[ClaimEvidence | None] = []
    counter: dict[int, int] = {}
    for ctx in contexts:
        counter[ctx.block] = counter.get(ctx.block, 0) + 1
        claim_ids.append(f"{seed.article_id}:c{ctx.block}.{counter[ctx.block]}")
    owners = _Owners(drafts)
    bodies = {m.start: m.entity for m in registry.mentions if m.entity.kind in MEASURING_KINDS}
    credits = _credit_lines(blocks)
    first_row = len(tables.claims)
    statements = [owners.owner(ctx.block, ctx.figure) for ctx in contexts]
    for ctx, statement in zip(contexts, statements, strict=True):
        mention = statement.mention
        narrators = _names_its_speaker(ctx.figure, mention) or _describes_its_speaker(seed.text, ctx.figure, mention)
        speaker = None if narrators else statement.entity
        evidence = statement.evidence if speaker is not None else None
        measured_by = _measured_by(seed.text, ctx.figure, bodies)
        if measured_by is not None:
            speaker, evidence = measured_by, "according-to"
        credit = credits.get(ctx.block)
        if speaker is None and credit is not None and ctx.figure.end <= credit[0]:
            # 'Antall drepte … 2017: 106 … Kilde: Veivesenet': the box's figures are its source's
            named = registry.by_name(credit[1])
            speaker = named or registry.add(Entity(credit[1], credited_kind(credit[1])))
            evidence = "according-to"
        speakers.append(speaker)
        evidences.append(evidence)
    compare_with_sources(contexts, speakers)
    for index, ctx in enumerate(contexts):
        figure, statement = ctx.figure, statements[index]
        value = figure.value
        if figure.qualifier == "relative" and ctx.relative_to is not None:
            base = contexts[ctx.relative_to].figure.value
            value = _times(base, figure.factor) if base is not None and figure.factor is not None else None
            if value is None:
                ctx.relative_to = None  # a base with no single value ('flere hundre') gives no value: unknown
            else:
                _measure_like_base(ctx, contexts[ctx.relative_to])
        tables.claims.append(
            ClaimRow(
                claim_id=claim_ids[index],
                statement_id=statement_ids[statement],
                article_id=seed.article_id,
                paragraph=ctx.block,
                text=figure.text,
                char_start=figure.start,
                char_end=figure.end,
                value=as_plain(value),
                value_low=as_plain(figure.low),
                value_high=as_plain(figure.high),
                qualifier=figure.qualifier,
                unit=ctx.unit,
                subject=ctx.subject,
                event=ctx.event,
                part_of=claim_ids[ctx.part_of] if ctx.part_of is not None else None,
                relative_to=claim_ids[ctx.relative_to] if ctx.relative_to is not None else None,
                factor=as_plain(type(value)(str(figure.factor)))
                if figure.factor is not None and value is not None
                else figure.factor,
                source_id=None,  # filled once sources have ids
                unconfirmed=ctx.unconfirmed,
                evidence=evidences[index],
            )
        )
    disputed_events(contexts, speakers, sentence_texts, _quoted_voices(drafts))
    for claim, ctx in zip(tables.claims[first_row:], contexts, strict=True):
        claim.subject, claim.unit, claim.event = ctx.subject, ctx.unit, ctx.event
        claim.part_of = claim_ids[ctx.part_of] if ctx.part_of is not None else None
    return speakers


def _quoted_voices(drafts: list[StatementDraft]) -> dict[int, list[Entity]]:
    """The speakers of each block that only quotes: a quote that disputes ('– Tallene kjeden
    bruker, stemmer ikke …, sier hun') argues in its speaker's voice, where a reported view
    ('Frøya Fiskarlag mener det reelle tallet er høyere') announces whoever gives the figure next."""
    voices: dict[int, list[Entity]] = {}
    reported: set[int] = set()
    for draft in drafts:
        if draft.kind == "direct_quote" and draft.entity is not None:
            voices.setdefault(draft.block, []).append(draft.entity)
        elif draft.kind in ("indirect", "mixed"):
            reported.add(draft.block)
    return {block: speakers for block, speakers in voices.items() if block not in reported}


def _credit_lines(blocks: list[BlockWork]) -> dict[int, tuple[int, str]]:
    """Each block closed by a credit line («Kilde: X»): where the line starts in the text, and X."""
    credits: dict[int, tuple[int, str]] = {}
    for work in blocks:
        found = credit_line(work.block.text) if "Kilde" in work.block.text else None
        if found is not None:
            credits[work.block.index] = (work.block.start + found[0], found[1])
    return credits


def _sentence_tokens(work: BlockWork) -> dict[int, list[Token]]:
    """Each sentence's tokens, cut from the block's: a sentence starts after a space and ends
    before one (or the block's end), and no token holds a space, so tokenizing the sentence
    alone would give the same tokens."""
    starts = [t.start for t in work.tokens]
    return {s.index: work.tokens[bisect_left(starts, s.start) : bisect_left(starts, s.end)] for s in work.sentences}


def _measure_like_base(ctx: FigureContext, base: FigureContext) -> None:
    """A relative figure is factor × its base, so it is in the base's unit and, when it names
    no noun of its own, counts the base's: «62.000 tonn, dobbelt så mye som de 41.000 tonnene i
    2023» is 82.000 tonn of råstoff. Its event stays its own (the base's is often another time)."""
    if ctx.unit is None:
        ctx.unit = base.unit
    if ctx.subject is None:
        ctx.subject = base.subject


def _times(base: Decimal, factor: float) -> Decimal:
    """'en tredel' of 90.000 is 30.000, not 29.999,999…: the factor as the small fraction it
    stands for (halves, thirds, 'dobbelt', 'tre ganger'), exact in decimal."""
    ratio = Fraction(factor).limit_denominator(1000)
    return Decimal(base) * ratio.numerator / ratio.denominator


def _measured_by(text: str, figure: Figure, bodies: dict[int, Entity]) -> Entity | None:
    """'med 3,6 prosent hos Norstat og 3,9 prosent hos Opinion': a body named by «hos» right after
    a share measured it, whoever the sentence's speaker is; '64,90 kroner hos Kiwi' is where a
    price is asked, and the speaker who found it gave it."""
    if figure.unit not in SHARE_UNITS:
        return None
    found = MEASURED_AT.match(text, figure.end)
    return bodies.get(found.end()) if found else None


def _names_its_speaker(figure: Figure, mention: Mention | None) -> bool:
    """'ifølge analyser fra 12 meglerhus': a figure inside the words that name the speaker is the
    narrator's description of who spoke, not something the speaker said."""
    return mention is not None and mention.start <= figure.start and figure.end <= mention.end


def _describes_its_speaker(text: str, figure: Figure, mention: Mention | None) -> bool:
    """'Daglig leder Arne Fosse i Fosse Kiosk AS, som driver 14 kiosker i Bergen, sier …': a figure
    in a relative clause right after the words that name the speaker is the narrator's description
    of who spoke; not one the clause reports ('…, som anslår at 300 …', '…, som sier …')."""
    if mention is None:
        return False
    found = ABOUT_THE_SPEAKER.match(text, mention.end)
    if found is None or not (found.start() < figure.start and figure.end < found.end()):
        return False
    words = set(re.findall(r"\w+", found.group().lower()))
    return "at" not in words and words.isdisjoint(lexicon().cue_forms)


def _sentence_at(sentences: list[Sentence], starts: list[int], position: int) -> Sentence:
    """The first sentence with start <= position <= end. Sentences are sorted and apart, so it is
    the last one starting at or before the position (found by bisection, checked)."""
    k = bisect_right(starts, position) - 1
    if k >= 0 and position < sentences[k].end + 1:
        return sentences[k]
    return next(s for s in sentences if s.start <= position < s.end + 1)


class _Owners:
    """The statement that owns each figure: the primary statement of its block around it, else
    the nearest one. A block's primary statements are sorted and disjoint, so both are found by
    bisection; a block where they are not is searched as a list."""

    def __init__(self, drafts: list[StatementDraft]) -> None:
        self.primary: dict[int, list[StatementDraft]] = {}
        for draft in drafts:
            if draft.primary:
                self.primary.setdefault(draft.block, []).append(draft)
        self.starts = {block: [d.start for d in own] for block, own in self.primary.items()}
        self.sorted = {
            block: all(a.start < b.start and a.end <= b.start for a, b in pairwise(own))
            for block, own in self.primary.items()
        }

    def owner(self, block: int, figure: Figure) -> StatementDraft:
        """As `_owning_statement` over the block's primary statements."""
        around = self.primary.get(block, [])
        if not self.sorted.get(block, True) or not around:
            return _owning_statement(around, figure)
        starts = self.starts[block]
        k = bisect_right(starts, figure.start) - 1
        if k >= 0 and figure.start < around[k].end:
            return around[k]
        if k < 0:
            return around[0]
        if k + 1 < len(around) and starts[k + 1] - figure.start < figure.start - starts[k]:
            return around[k + 1]
        return around[k]


def _owning_statement(around: list[StatementDraft], figure: Figure) -> StatementDraft:
    inside = [d for d in around if d.start <= figure.start < d.end]
    if inside:
        return inside[0]
    return min(around, key=lambda d: abs(d.start - figure.start))


def _publisher_gives_the_rest(
    seed: Seed, registry: Registry, claim_speakers: list[Entity | None], tables: ArticleTables
) -> None:
    """On a body's own page (a statistics release, a municipality's news) the figures no one in
    the text is named for are the publisher's (resolve/publisher.py); the same body named in the
    text is the same source."""
    publisher = seed.meta.get("publisher")
    body = publishing_body(publisher) if isinstance(publisher, str) else None
    if body is None:
        return
    name, kind = body
    entity: Entity | None = None
    for index, claim in enumerate(tables.claims):
        if claim_speakers[index] is None:
            entity = entity or registry.by_name(name) or Entity(name, kind)
            claim_speakers[index] = entity
            claim.evidence = "publisher"


def _source_rows(
    seed: Seed,
    registry: Registry,
    drafts: list[StatementDraft],
    claim_speakers: list[Entity | None],
    tables: ArticleTables,
) -> None:
    """Sources are the speakers and the bodies they speak for; every row gets its ids here."""
    included: list[Entity] = []
    seen: set[Entity] = set()

    def include(entity: Entity | None) -> None:
        while entity is not None and entity not in seen:
            included.append(entity)
            seen.add(entity)
            entity = entity.affiliation

    for draft in drafts:
        include(draft.entity)
    for entity in claim_speakers:
        include(entity)  # 'hos Opinion': a body that measured a figure and said nothing
    ids: dict[Entity, str] = {}
    taken: set[str] = set()
    for entity in included:
        base = f"{seed.article_id}:{slug(entity.name)}"
        source_id, n = base, 2
        while source_id in taken:
            source_id, n = f"{base}-{n}", n + 1
        taken.add(source_id)
        ids[entity] = source_id
    for entity in included:
        tables.sources.append(
            SourceRow(
                source_id=ids[entity],
                article_id=seed.article_id,
                name=entity.name,
                kind=entity.kind,
                role=entity.role,
                affiliation_id=ids.get(entity.affiliation) if entity.affiliation else None,
            )
        )
    mention_ids: dict[Mention, str] = {}
    counter: dict[int, int] = {}
    for mention in sorted(registry.mentions, key=lambda m: m.start):
        if mention.entity not in ids:
            continue
        counter[mention.block] = counter.get(mention.block, 0) + 1
        mention_id = f"{seed.article_id}:m{mention.block}.{counter[mention.block]}"
        mention_ids[mention] = mention_id
        tables.mentions.append(
            MentionRow(
                mention_id=mention_id,
                article_id=seed.article_id,
                source_id=ids[mention.entity],
                paragraph=mention.block,
                text=seed.text[mention.start : mention.end],
                char_start=mention.start,
                char_end=mention.end,
                via=mention.via,
            )
        )
    for row, draft in zip(tables.statements, drafts, strict=True):
        if draft.entity is not None:
            row.speaker_id = ids[draft.entity]
            row.mention_id = mention_ids.get(draft.mention) if draft.mention else None
    for claim, speaker in zip(tables.claims, claim_speakers, strict=True):
        claim.source_id = ids.get(speaker) if speaker is not None else None
        claim.evidence = claim.evidence if claim.source_id is not None else None


def _image_rows(seed: Seed, blocks: list[BlockWork], tables: ArticleTables) -> None:
    for work in blocks:
        block = work.block
        if block.kind != "caption":
            continue
        caption = parse_caption(block.text)
        tables.images.append(
            ImageRow(
                image_id=f"{seed.article_id}:i{block.index}",
                article_id=seed.article_id,
                paragraph=block.index,
                text=block.text,
                char_start=block.start,
                char_end=block.end,
                label=caption.label,
                caption=caption.caption,
                photographer=caption.photographer,
                agency=caption.agency,
            )
        )


def _date_rows(seed: Seed, blocks: list[BlockWork], tables: ArticleTables) -> None:
    for work in blocks:
        block = work.block
        found = find_weekdays(block.text, block.start, seed.published, caption=block.kind == "caption")
        for n, weekday in enumerate(found, start=1):
            tables.dates.append(
                DateRow(
                    date_id=f"{seed.article_id}:d{block.index}.{n}",
                    article_id=seed.article_id,
                    paragraph=block.index,
                    text=weekday.text,
                    char_start=weekday.start,
                    char_end=weekday.end,
                    date=weekday.date,
                    relation=weekday.relation,
                )
            )
