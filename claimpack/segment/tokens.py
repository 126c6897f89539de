"""Offset-preserving word tokens: 'Øst-Aleppo', 'Kors'' and '3.000' stay whole."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*"  # 3.000  1,5  06.40
    r"|[A-ZÆØÅ]+\d+(?!\w)"  # NC3, E18: a code is one token
    r"|[^\W\d_][\w-]*\.(?:no|com|org|net|se|dk|nu)(?!\w)"  # Finn.no, Nettavisen.no: a site is one name
    r"|[^\W\d_]+(?:[-‐'’/][^\W_]+)*(?:(?<=s)['’](?=[\s,.;:!?»)]|$))?"  # Øst-Aleppo, al-Assad, Kors'
    r"|\S",
    re.UNICODE,
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    # Computed once: the rules ask these millions of times per archive.
    lower: str = field(init=False, repr=False, compare=False)
    is_word: bool = field(init=False, repr=False, compare=False)
    is_capitalized: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())
        object.__setattr__(self, "is_word", self.text[0].isalpha())
        object.__setattr__(self, "is_capitalized", self.text[0].isupper())

    @property
    def is_acronym(self) -> bool:
        """FN, UNHCR, NRK, TV – also the genitive 'FNs'."""
        core = self.text[:-1] if len(self.text) > 2 and self.text.endswith("s") else self.text
        letters = [c for c in core if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text` with offsets shifted by `offset` (the text's start in the seed)."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN.finditer(text)]
