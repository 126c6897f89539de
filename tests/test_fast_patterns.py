"""Patterns rewritten for speed match exactly what they matched before.

A pattern that opens on a lookbehind or a word boundary is tried at every character; opening on
the character itself and looking behind after is the same test, much faster. The old patterns are
kept here as the reference: every gold text and many random strings of the characters they look
at give the same match spans.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from claimpack.extract.weekdays import _pattern
from claimpack.resolve.quantities import PROPER_NOUN
from claimpack.segment.sentences import BOUNDARY
from claimpack.segment.tokens import SITE_DOT

DATA = Path(__file__).parent / "data"
SLOW = {
    "boundary": (BOUNDARY, re.compile(r"(?<![.!?…])[.!?…]+[»\"”’)]*\s+(?=[A-ZÆØÅÄÖÜÉ0-9–—−«\"-])")),
    "site": (SITE_DOT, re.compile(r"(?<=[\w-])\.(?:no|com|org|net|se|dk|nu)(?!\w)")),
    "proper noun": (PROPER_NOUN, re.compile(r"(?<!^)(?<![.!?–:] )\b[A-ZÆØÅ][a-zæøå]{2,}\b")),
    "weekday": (
        _pattern(),
        re.compile(r"\b(?P<day>mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:ens|en|s)?\b", re.IGNORECASE),
    ),
}
PIECES = [*'aBsØé1_-–.!?…»"” \n,', "no", "com", "Oslo", "Mandag", "søndagen", "lørdags", "xfredag", "Finn", "..."]


def _texts() -> list[str]:
    gold = sorted(p for p in DATA.glob("holdout*/*.txt")) + sorted((DATA / "corpus").glob("*.txt"))
    rng = random.Random(15)
    made = ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    return [p.read_text("utf-8") for p in gold] + made


@pytest.mark.parametrize("name", sorted(SLOW))
def test_same_matches_as_the_slow_pattern(name: str) -> None:
    fast, slow = SLOW[name]
    for text in _texts():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], text
