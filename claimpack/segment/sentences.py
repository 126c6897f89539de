"""Sentence boundaries that respect Norwegian abbreviations, numbers and «…» quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from claimpack.extract.lexicon import lexicon
from claimpack.segment.blocks import Block

# A full stop, ! or ? (with closing quotes), then space, then something that can open a sentence.
BOUNDARY = re.compile(r"[.!?…]+[»\"”’)]*\s+(?=[A-ZÆØÅÄÖÜÉ0-9–—«\"-])")
WORD_BEFORE = re.compile(r"([\w.]+)\.$")


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
    for match in BOUNDARY.finditer(text):
        if _inside_guillemets(text, match.end()) or _is_abbreviation(text[: match.start() + 1]):
            continue
        cuts.append(match.end())
    cuts.append(len(text))
    sentences: list[Sentence] = []
    for start, end in pairwise(cuts):
        body = text[start:end].rstrip()
        if body:
            sentences.append(
                Sentence(block.index, len(sentences), block.start + start, block.start + start + len(body), body)
            )
    return sentences


def _inside_guillemets(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("«") > before.count("»")


def _is_abbreviation(before: str) -> bool:
    """'ca.', 'f.eks.', an initial 'J.' – but not a sentence ending in a number or a word."""
    match = WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True
    return word.lower().rstrip(".") in lexicon().abbreviations
