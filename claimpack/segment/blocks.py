"""Blocks: the non-empty runs of text between blank lines, classified as paragraph, heading or caption.

The 0-based block index is the `paragraph` of every row, as in the gold format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Final, Literal

from claimpack.lexicons import lexicon
from claimpack.lexicons.ordbank import ordbank

# 'KAN TA DAGER: Ambulanser …' – an upper-case label, a colon, then the caption.
CAPTION_LABEL: Final = re.compile(r"^(?P<label>[A-ZÆØÅÄÖÜÉ0-9][A-ZÆØÅÄÖÜÉ0-9 ,.'’&/!?-]*[A-ZÆØÅÄÖÜÉ0-9!?]):\s")

SENTENCE_END: Final = re.compile(r"[.!?:;»\"”…]$")
SENTENCE_BREAK: Final = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ–])")  # a sentence that ends where another begins
DASH_OPENING: Final = re.compile(r"^[–—−-](?:\s|(?=[A-ZÆØÅ][a-zæøå]))")  # '– Vi …', '-Akershus har …'
MAX_HEADING_WORDS: Final = 12

BlockKind = Literal["paragraph", "heading", "caption"]


@dataclass(frozen=True, slots=True)
class Block:
    index: int
    start: int
    end: int
    text: str
    kind: BlockKind

    @property
    def is_dash_quote(self) -> bool:
        return self.kind == "paragraph" and bool(DASH_OPENING.match(self.text))


@cache
def credit_head() -> re.Pattern[str]:
    """The head of a credit, 'Foto:' or '(Arkivfoto:', after a space, a full stop ('… drøyt 22
    millioner.Foto: Fritz Hansen', as some papers print it) or opening the text. The words are a
    lexicon. Only the head is a regex: a credit read to the end of the text by one pattern would
    rescan a long run of spaces from each of its characters."""
    words = "|".join(re.escape(w) for w in sorted(lexicon().credit_words, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.!?])\s*|(?<!\s)\s+)(?P<open>\()?(?i:{words})\s*:")


def find_credit(body: str) -> tuple[int, str] | None:
    """(where the credit starts, the credit) for the first credit head followed by a credit that
    runs, on one line, to the end of the text ('… Foto: Kari Holm / NTB'); a head opened with '('
    closes with ')' ('… (Arkivfoto: Per Olsen)', or before a full stop: '… (foto: Politiet).')."""
    bare = bare_credit_line(body)
    if bare is not None:
        return bare
    if ":" not in body:
        return None  # every head ends with one: most blocks are ruled out without the regex
    end = len(body.rstrip())  # the credit ends at the last character that is no space
    last_newline = body.rfind("\n", 0, end)
    for head in credit_head().finditer(body):
        after = head.end()
        stop = end
        if head.group("open"):
            # '(Arkivfoto: Per Olsen)' closes the text, or '(foto: Politiet).' before the full stop
            closed = end - 1 if body[end - 1 : end] == ")" else end - 2 if body[end - 2 : end] == ")." else None
            if closed is None:
                continue
            stop = closed
        first = after
        while first < len(body) and body[first].isspace():
            first += 1
        if first < stop:
            if last_newline < first:
                return head.start(), body[first:stop].rstrip()
            continue  # the credit would run over a line break
        if head.group("open"):
            continue
        # Nothing but spaces after the colon: the credit is the last of them on the line.
        last = len(body) - 1
        while last >= after and body[last] == "\n":
            last -= 1
        if last >= after:
            return head.start(), body[last]
    return None


BARE_CREDIT_WORDS: Final = 8  # 'Foto Gro Kibsgaard-Petersen/Kystverket': a credit line is short
BARE_CREDIT_CHARS: Final = 200  # longer blocks are never one: they are not copied or matched at all
NO_CREDIT_MARKS: Final = re.compile(r"[!?:;«»\"”]")  # a question, a quote or a colon: no bare credit


@cache
def _bare_credit_head() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().credit_words, key=len, reverse=True))
    return re.compile(rf"(?i:{words})\s+(?=[A-ZÆØÅ])")


def bare_credit_line(body: str) -> tuple[int, str] | None:
    """'Foto Gro Kibsgaard-Petersen/Kystverket': a line of its own that opens with a credit word,
    no colon after it, then a capitalised name, and holds nothing else (no sentence)."""
    if len(body) > BARE_CREDIT_CHARS:
        return None
    text = body.strip()
    head = _bare_credit_head().match(text)
    if head is None or "\n" in text or len(text.split()) > BARE_CREDIT_WORDS or NO_CREDIT_MARKS.search(text):
        return None
    return body.index(text), text[head.end() :].rstrip(".").rstrip()


# A list item: a bullet, or a dash before a number ('• 1 462 tonn …', '– 536 tonn …')
LIST_ITEM: Final = re.compile(r"[•·▪●*]\s|[–-]\s*[0-9]")


def classify(text: str, opening: bool = True, after_lead: bool = False) -> BlockKind:
    """Captions carry an upper-case label or a photo credit; headings are short unpunctuated lines.
    A label whose text has no letters ('ODD – VIKING: 2–0', a scoreline) is a heading. Only the
    `opening` block of an article can start with a dateline, or the block `after_lead` (a title
    and a lead paragraph before it) with a place's name ('OSLO: De rykker ut …')."""
    label = CAPTION_LABEL.match(text)
    dateline = (
        label is not None
        and (opening or (after_lead and _place(label.group("label"))))
        and _dateline(label.group("label"), text)
    )
    if (
        label
        and not dateline
        and not _kicker(text)
        and len(text.split(":", 1)[0]) >= 2
        and any(c.isalpha() for c in text.split(":", 1)[0])
        and any(c.isalpha() for c in text[label.end() :])
    ):
        return "caption"
    if find_credit(text) is not None:
        return "caption"
    words = text.split()
    if LIST_ITEM.match(text):
        return "paragraph"  # '• 1 462 tonn i fisket etter torsk': an item of a list, not a heading
    if "\n" not in text and not SENTENCE_END.search(text) and len(words) <= MAX_HEADING_WORDS:
        return "paragraph" if _reports_that(words) else "heading"
    return "paragraph"


def _dateline(label: str, text: str) -> bool:
    """'BARDUFOSS: Antall passasjerer …': one word no dictionary knows, with no photo credit after
    it, is the place a story was filed from, not a caption's label ('EVAKUERT:', 'TINGRETTEN:').
    A caption labelled with a place ('KIRKENES: Sykehuset … Foto: …') keeps its credit."""
    return " " not in label and not ordbank().is_known(label) and find_credit(text) is None


def _place(label: str) -> bool:
    """'OSLO', 'GRONG': a place Norsk Ordbank lists, written in capitals."""
    return ordbank().is_proper_noun(label.capitalize())


def _kicker(text: str) -> bool:
    """'LUFTFART: I 2017 har Haugesund lufthavn hatt … ifølge tall fra Avinor. …': a label before
    a paragraph of several sentences that reports (a figure or a reporting verb) with no photo
    credit is the section's kicker, not a caption. An uncredited caption is one sentence
    ('TRAVELT: En pleier på vei inn til en beboer.') or says what the picture shows ('UTSATT:
    Sau på sommerbeite i Lesja. Jerven har slått hardt til i området.')."""
    if SENTENCE_BREAK.search(text.rstrip()) is None or find_credit(text) is not None:
        return False
    said = text.split(":", 1)[-1]
    lex = lexicon()
    words = [word.lower() for word in re.findall(r"\w+", said)]
    return any(c.isdigit() for c in said) or any(w in lex.cue_forms or w in lex.source_prepositions for w in words)


def _reports_that(words: list[str]) -> bool:
    """'Han påpeker at luftfarten …' with its full stop lost: a reporting verb and its at-clause make
    a sentence, not a heading."""
    forms = lexicon().cue_forms
    return any(word.lower() in forms and after == "at" for word, after in pairwise(words))


def split_blocks(text: str) -> list[Block]:
    """Blocks with their offsets; any number of blank (or whitespace-only) lines separate them."""
    blocks: list[Block] = []
    start: int | None = None
    end = 0
    position = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\n")
        if content.strip():
            stripped_start = position + (len(content) - len(content.lstrip()))
            if start is None:
                start = stripped_start
            end = position + len(content.rstrip())
        elif start is not None:
            blocks.append(_block(text, len(blocks), start, end, blocks))
            start = None
        position += len(line)
    if start is not None:
        blocks.append(_block(text, len(blocks), start, end, blocks))
    return blocks


def _opening(before: list[Block]) -> bool:
    """The next block opens the article: nothing before it, or only a title line (a heading)."""
    return not before or (len(before) == 1 and before[0].kind == "heading")


def _after_lead(before: list[Block]) -> bool:
    """The next block follows a title line and a lead paragraph, where web copy puts its dateline.
    A title may be a quote ('– Jobben vår er å redde liv og verdier'): one line, unpunctuated."""
    if len(before) != 2 or before[1].kind != "paragraph":
        return False
    title = before[0]
    one_line = "\n" not in title.text and SENTENCE_END.search(title.text.rstrip()) is None
    return title.kind == "heading" or (title.kind == "paragraph" and one_line)


def _block(text: str, index: int, start: int, end: int, before: list[Block]) -> Block:
    body = text[start:end]
    kind = classify(body, opening=_opening(before), after_lead=_after_lead(before))
    return Block(index=index, start=start, end=end, text=body, kind=kind)
