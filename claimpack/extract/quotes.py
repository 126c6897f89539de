"""Where quoted words are: «…» spans and Norwegian dash quotes ('– Vi har bevis, sier hun.')."""

from __future__ import annotations

import re
from typing import Final

from claimpack.segment.tokens import Token

OPENERS: Final = {"«": "»", "“": "”", '"': '"'}
DASHES: Final = frozenset({"–", "—", "−", "-"})  # "−" (U+2212) stands in for the dash in some copy
SENTENCE_STOPS: Final = frozenset({".", "!", "?", "…"})


def guillemet_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges (inclusive of the marks) of «…», “…” and "…" quotes."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    for k, token in enumerate(tokens):
        if open_at is None and token.text in OPENERS:
            open_at, closer = k, OPENERS[token.text]
        elif open_at is not None and token.text == closer:
            spans.append((open_at, k + 1))
            open_at = None
    return spans


BULLET: Final = re.compile(r"[–—−•*-]\s")  # a line's first mark, then a space


def bullet_list(text: str) -> bool:
    """'- Hemsedal: - 29,9' / '- Tynset: - 29,2': a block of two lines or more that each open with
    a dash or a bullet is a list, whose dashes open no quotes."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return len(lines) >= 2 and all(BULLET.match(line) for line in lines)


def opens_with_dash(tokens: list[Token], first: int) -> bool:
    """A sentence that starts '– ' opens (or re-opens) a direct quote; so does a dash written
    against a capitalised word ('-Akershus har …'), which no word or number starts with."""
    return quote_dash(tokens, first) is not None


def quote_dash(tokens: list[Token], first: int) -> int | None:
    """Where the dash that opens a sentence's quote stands: at `first`, or after a dateline's
    place in capitals ('BOGSTAD: – Vi må gjøre som i gamle dager, sier …')."""
    if first + 3 < len(tokens) and tokens[first + 1].text == ":" and _dateline_place(tokens[first]):
        first += 2
    if first + 1 >= len(tokens) or tokens[first].text not in DASHES:
        return None
    after = tokens[first + 1]
    spaced = after.start > tokens[first].end
    return first if spaced or (after.is_word and after.text[:1].isupper() and after.text[1:2].islower()) else None


def _dateline_place(token: Token) -> bool:
    """'BOGSTAD', 'OSLO': a word in capitals, four letters or more (longer than 'NRK', 'NAV')."""
    return token.is_word and token.text.isupper() and len(token.text) >= 4


def quoted_throughout(tokens: list[Token]) -> bool:
    """«Det ventes kraftig vind. Ta inn løse gjenstander.»: the whole block is one quote with no
    speaker after it, as when the paragraph before introduces it ('Slik beskriver de det:')."""
    if len(tokens) < 3 or tokens[0].text not in OPENERS:
        return False
    closer = OPENERS[tokens[0].text]
    stop = tokens[-1].text in SENTENCE_STOPS
    last = len(tokens) - 1 if stop else len(tokens)  # the closing mark
    inner = tokens[1 : last - 1]
    if last < 3 or tokens[last - 1].text != closer or any(t.text in (tokens[0].text, closer) for t in inner):
        return False
    return stop or tokens[last - 2].text in SENTENCE_STOPS  # a sentence, not a title: «Snøkaos»


PARAGRAPH_QUOTES: Final = {"«": "»", "“": "”"}  # marks that open and close differently, so one alone says which


def quote_carried_in(tokens: list[Token]) -> int | None:
    """A paragraph of a quote that runs over several, as print writes it: the opening mark stands
    only before the first paragraph and the closing one only after the last. The index of the
    token that closes the quote here (that of the last token when it goes on into the next
    paragraph), or None when the paragraph opens outside a quote.

    - '«Et høytrykk gir et kraftig vindfelt.' (no closing mark): the quote goes on;
    - 'Dette fører til at vinden forsterkes.»' (no opening mark): the quote ends here."""
    if not tokens:
        return None
    closers = set(PARAGRAPH_QUOTES.values())
    its_closer = PARAGRAPH_QUOTES.get(tokens[0].text)
    if its_closer is not None:
        if any(t.text == its_closer for t in tokens[1:]) or tokens[-1].text not in SENTENCE_STOPS:
            return None  # closed in this paragraph, or no sentence: not carried over
        return len(tokens) - 1
    for k, token in enumerate(tokens):
        if token.text in PARAGRAPH_QUOTES:
            return None  # a quote opened here
        if token.text in closers:
            return k  # closed with no opening mark before it: the quote began in an earlier paragraph
    return None


def opens_with_guillemet(tokens: list[Token], first: int) -> bool:
    return first < len(tokens) and tokens[first].text in OPENERS
