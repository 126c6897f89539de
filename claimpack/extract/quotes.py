"""Where quoted words are: «…» spans and Norwegian dash quotes ('– Vi har bevis, sier hun.')."""

from __future__ import annotations

from claimpack.segment.tokens import Token

OPENERS = {"«": "»", "“": "”", '"': '"'}
DASHES = frozenset({"–", "—", "−", "-"})  # "−" (U+2212) stands in for the dash in some copy


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


def opens_with_dash(tokens: list[Token], first: int) -> bool:
    """A sentence that starts '– ' opens (or re-opens) a direct quote."""
    return (
        first < len(tokens)
        and tokens[first].text in DASHES
        and (first + 1 < len(tokens) and tokens[first + 1].start > tokens[first].end)
    )


def opens_with_guillemet(tokens: list[Token], first: int) -> bool:
    return first < len(tokens) and tokens[first].text in OPENERS
