"""Offset-preserving word tokens: 'Øst-Aleppo', 'Kors'' and '3.000' stay whole."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Final

WORD: Final = r"[^\W\d_]+(?:[-‐'’/][^\W_]+)*(?:(?<=s)['’](?=[\s,.;:!?»)]|$))?"  # Øst-Aleppo, al-Assad, Kors'
SITE_DOMAIN: Final = r"(?:no|com|org|net|se|dk|nu)(?!\w)"
SITE_SUFFIX: Final = rf"\.{SITE_DOMAIN}"
TOKEN: Final = re.compile(
    r"\d+(?:[.,:]\d+)*"  # 3.000  1,5  06.40
    r"|[A-ZÆØÅ]+\d+(?!\w)"  # NC3, E18: a code is one token
    r"|[A-ZÆØÅ][^\W\d_]+\d+(?!\w)"  # Fjord1, Kanal24: a name ending in digits is one word
    rf"|[^\W\d_][\w-]*{SITE_SUFFIX}"  # Finn.no, Nettavisen.no: a site is one name
    rf"|{WORD}"
    r"|\S",
    re.UNICODE,
)
# TOKEN without the site alternative, which reads to the end of the word at every token start: in
# a long run such as 'a1a1a1…' (a code, a data blob) that is quadratic. It is used wherever no site
# can start, which is everywhere but in the words right before a site suffix.
TOKEN_NO_SITE: Final = re.compile(
    r"\d+(?:[.,:]\d+)*|[A-ZÆØÅ]+\d+(?!\w)|[A-ZÆØÅ][^\W\d_]+\d+(?!\w)|" + WORD + r"|\S", re.UNICODE
)
# SITE_SUFFIX after a word character or hyphen, matched from the dot: a pattern opening on a
# lookbehind is tried at every character of the text, one opening on '.' only at full stops.
SITE_DOT: Final = re.compile(rf"\.(?<=[\w-]\.){SITE_DOMAIN}")
NAME_CHAR: Final = re.compile(r"[\w-]")


class Token:
    """One token and its offsets in the seed. Read-only (mypy holds every attribute `Final`);
    equal, hashed and shown by (text, start, end), as a frozen dataclass would be. A plain class
    with slots: a build makes millions of tokens, and a frozen dataclass sets each field past its
    own __setattr__ (the tokenizer's time was two thirds making tokens)."""

    __slots__ = ("end", "is_capitalized", "is_number", "is_word", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text: Final = text
        self.start: Final = start
        self.end: Final = end
        # Computed once: the rules ask these millions of times per archive.
        self.lower: Final = text.lower()
        self.is_word: Final = text[0].isalpha()
        # a site is a name however it is written: 'ifølge nhoreiseliv.no' (only a site's word has a dot)
        self.is_capitalized: Final = text[0].isupper() or (text[0].isalpha() and "." in text)
        self.is_number: Final = text[0].isdigit()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start!r}, end={self.end!r})"

    @property
    def is_acronym(self) -> bool:
        """FN, UNHCR, NRK, TV – also the genitive 'FNs'."""
        return is_acronym(self.text)


@lru_cache(maxsize=1 << 16)
def is_acronym(text: str) -> bool:
    """`Token.is_acronym`, remembered per text: the rules ask it of the same words again and again.
    'FN', 'UNHCR', 'NRKs', 'UiA'."""
    core = text[:-1] if len(text) > 2 and text.endswith("s") else text
    letters = [c for c in core if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    # 'UiA', 'HiOA', 'DnB': a short acronym with lower-case letters inside, upper-case at both ends
    return 3 <= len(letters) <= 5 and letters[0].isupper() and letters[-1].isupper() and core.isalpha()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text` with offsets shifted by `offset` (the text's start in the seed)."""
    starts, ends = _site_words(text)
    if not starts:
        return [Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN_NO_SITE.finditer(text)]
    tokens: list[Token] = []
    position = 0
    while True:
        for match in TOKEN_NO_SITE.finditer(text, position):
            index = bisect_right(starts, match.start()) - 1
            if index >= 0 and match.start() < ends[index]:
                match = TOKEN.match(text, match.start()) or match  # a site may start here: the full pattern
                tokens.append(Token(match.group(), match.start() + offset, match.end() + offset))
                position = match.end()
                break
            tokens.append(Token(match.group(), match.start() + offset, match.end() + offset))
        else:
            return tokens


def _site_words(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the runs of word characters and hyphens right before a site suffix
    ('.no'): the only places where the site alternative of TOKEN can match."""
    starts: list[int] = []
    ends: list[int] = []
    for match in SITE_DOT.finditer(text):
        start = match.start()
        while start > 0 and NAME_CHAR.match(text, start - 1):
            start -= 1
        starts.append(start)
        ends.append(match.start())
    return starts, ends
