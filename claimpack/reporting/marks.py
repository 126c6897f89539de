"""Highlights over a text as a tree the templates render: claims, quotes, speaker mentions and
captions, each an element covering exactly its row's span.

Spans may nest (a claim inside a quote) or, rarely, cross; a crossing span is split into pieces
that each carry the row id, so the pieces of one row still read its text in order."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

Kind = Literal["quote", "caption", "claim", "mention"]
# Outer kinds open first when two spans start together: a claim sits inside its quote.
DEPTH: dict[Kind, int] = {"quote": 0, "caption": 0, "mention": 1, "claim": 1}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: Kind
    row: str  # the row's primary key: data-row in the page
    css: str = ""  # colour class
    tip: str = ""  # the row in words, shown on hover and focus
    described_by: str | None = None  # id of an element that says more (a quote's speaker)
    corrected: bool = False


@dataclass
class Node:
    span: Span
    children: list[Node | str] = field(default_factory=list)
    part: int = 0  # >0 for the second and later pieces of a split span


def mark_up(text: str, start: int, spans: list[Span]) -> list[Node | str]:
    """`text` (which begins at offset `start` of the seed) with `spans` laid over it. Spans
    outside the text are dropped."""
    end = start + len(text)
    inside = [s for s in spans if start <= s.start < s.end <= end]
    cuts = sorted({start, end, *(s.start for s in inside), *(s.end for s in inside)})
    root: list[Node | str] = []
    stack: list[Node] = []
    pieces: dict[Span, int] = {}
    for left, right in pairwise(cuts):
        wanted = sorted(
            (s for s in inside if s.start <= left and right <= s.end), key=lambda s: (s.start, -s.end, DEPTH[s.kind])
        )
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep].span == wanted[keep]:
            keep += 1
        del stack[keep:]
        for span in wanted[keep:]:
            node = Node(span, part=pieces.get(span, 0))
            pieces[span] = pieces.get(span, 0) + 1
            (stack[-1].children if stack else root).append(node)
            stack.append(node)
        (stack[-1].children if stack else root).append(text[left - start : right - start])
    return root
