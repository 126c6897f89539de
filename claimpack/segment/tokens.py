"""Offset-preserving word tokens: 'Øst-Aleppo', 'Kors'' and '3.000' stay whole."""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*"  # 3.000  1,5  06.40
    r"|[^\W\d_]+(?:[-‐'’/][^\W_]+)*(?:(?<=s)['’](?=[\s,.;:!?»)]|$))?"  # Øst-Aleppo, al-Assad, Kors'
    r"|\S",
    re.UNICODE,
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()

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
