"""Sentence boundaries that respect Norwegian abbreviations, numbers and «…» quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from claimpack.lexicons import lexicon
from claimpack.segment.blocks import Block

# A full stop, ! or ? (with closing quotes), then space, then something that can open a sentence.
# Tried only where a run of marks begins: from inside '!!!!…' it would rescan the run each time.
# The pattern opens on the mark itself and looks behind it after: a pattern opening on a
# lookbehind is tried at every character of the text, one opening on a set of characters only
# where one of them is (same matches, about ten times faster).
BOUNDARY: Final = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*[»\"”’)]*\s+(?=[A-ZÆØÅÄÖÜÉ0-9–—−«\"-])")
WORD_CHAR: Final = re.compile(r"[\w.]")
# A line that opens with a dash or a bullet ('- Tynset: - 29,2') opens a sentence of its own: an
# item of a list, or a line of a quote, whether or not the line before ended with a full stop.
LINE_ITEM: Final = re.compile(r"\n[ \t]*(?=[–—−•*-]\s)")


@dataclass(frozen=True, slots=True)
class Sentence:
    block: int
    index: int
    start: int
    end: int
    text: str


def split_sentences(block: Block) -> list[Sentence]:
    """Sentences of a block; headings and captions are one sentence each."""
    if block.kind != "paragraph":
        return [Sentence(block.index, 0, block.start, block.end, block.text)]
    text = block.text
    cuts = [0]
    quotes = _QuoteDepth(text)
    for match in BOUNDARY.finditer(text):
        if quotes.inside(match.end()) or _is_abbreviation(text, match.start()):
            continue
        cuts.append(match.end())
    if "\n" in text:
        cuts = sorted({*cuts, *(match.end() for match in LINE_ITEM.finditer(text))})
    cuts.append(len(text))
    sentences: list[Sentence] = []
    for start, end in pairwise(cuts):
        body = text[start:end].rstrip()
        if body:
            sentences.append(
                Sentence(block.index, len(sentences), block.start + start, block.start + start + len(body), body)
            )
    return sentences


class _QuoteDepth:
    """Is a position inside «…»? More « than » before it. Counted on from the last position
    asked about, since boundaries come in order: each character is counted once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.depth = 0

    def inside(self, position: int) -> bool:
        if position < self.position:
            self.position, self.depth = 0, 0
        span = self.text[self.position : position]
        self.depth += span.count("«") - span.count("»")
        self.position = position
        return self.depth > 0


def _is_abbreviation(text: str, mark: int) -> bool:
    """'ca.', 'f.eks.', an initial 'J.' – but not a sentence ending in a number or a word.

    `mark` is the stop after the word; only the run of word characters and dots before it is read.
    """
    if text[mark] != ".":
        return False
    start = mark
    while start > 0 and WORD_CHAR.match(text, start - 1):
        start -= 1
    if start == mark:
        return False
    word = text[start:mark]
    if len(word) == 1 and word.isupper():
        return True
    return word.lower().rstrip(".") in lexicon().abbreviations
