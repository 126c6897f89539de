"""Parse Norwegian numerals: '3.000', '50 000', '1,5 millioner', '4,2 mrd.', 'tre tusen', 'tjuefem'.

Values are exact (`Decimal`) so that '4,2 mrd.' is 4200000000 and not 4199999999.999.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Final

from claimpack.lexicons import lexicon
from claimpack.lexicons.ordbank import LONGEST_WORD

# Thousands are grouped with '.', a space, a no-break space (U+00A0), a thin space (U+2009), a
# narrow no-break space (U+202F) or a figure space (U+2007); the decimal separator is a comma.
SPACE_SEPARATORS: Final = "\u00a0\u2009\u202f\u2007 "
GROUP_SEPARATORS: Final = "." + SPACE_SEPARATORS
GROUPED: Final = re.compile(rf"\d{{1,3}}(?:[{GROUP_SEPARATORS}]\d{{3}})+(?:,\d+)?")
PLAIN: Final = re.compile(r"\d+(?:,\d+)?")
# Thousands grouped with commas, as English writes them ('14,600 tonn', '1,200,000'): read so only
# where no decimal could be meant, with two groups or more, or one that ends in '00' (a decimal
# has no trailing zeros: '42,195 km' is a decimal)
COMMA_GROUPED: Final = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")
SPACES_TO_PLAIN: Final = str.maketrans(dict.fromkeys(SPACE_SEPARATORS, " "))


# More digits than any figure a story gives (a thousand trillion): a code or noise, no number. It
# also keeps every value writable: Python will not print an int of over 4,300 digits.
MAX_DIGITS: Final = 15


def parse_digits(text: str) -> Decimal | None:
    """'3.000' -> 3000, '50 000' -> 50000, '1,5' -> 1.5, '14,600' -> 14600 (COMMA_GROUPED); None for
    anything else ('06.40', '3.5') and for a run of more than MAX_DIGITS digits."""
    if sum(c.isdigit() for c in text) > MAX_DIGITS:
        return None
    if GROUPED.fullmatch(text):
        whole, _, decimals = text.partition(",")
        digits = "".join(c for c in whole if c.isdigit())
        return Decimal(f"{digits}.{decimals}" if decimals else digits)
    if COMMA_GROUPED.fullmatch(text) and (text.count(",") > 1 or text.endswith("00")):
        return Decimal(text.replace(",", ""))
    if PLAIN.fullmatch(text):
        return Decimal(text.replace(",", "."))
    return None


@cache
def _word_values() -> dict[str, int]:
    return lexicon().number_words


ONE: Final = frozenset({"en", "ett", "én", "ei"})  # 'one' only inside a numeral: 'tjueen', 'hundre og en'


def split_number_word(word: str, inside: bool = False) -> list[int] | None:
    """'tjuefem' -> [20, 5], 'totusen' -> [2, 1000]; None when the word is not a numeral.

    On its own 'en' is an article, so it counts as 1 only `inside` a longer numeral.
    """
    parts = _split(word.lower(), inside)
    return list(parts) if parts is not None else None


@lru_cache(maxsize=1 << 16)
def _split(low: str, inside: bool) -> tuple[int, ...] | None:
    """`split_number_word` of a lower-case word, remembered: every word of a text is asked about."""
    values = _word_values()
    if low in values:
        return (values[low],)
    if inside and low in ONE:
        return (1,)
    if len(low) > LONGEST_WORD:
        return None  # no numeral is that long: not segmented letter by letter
    # Longest-first segmentation of compounds written as one word.
    for size in range(len(low) - 1, 1, -1):
        head = low[:size]
        if head in values:
            rest = _split(low[size:], True)
            if rest is not None:
                return (values[head], *rest)
    return None


def combine_number_words(parts: list[int]) -> int | None:
    """[3, 1000] -> 3000, [2, 100, 50] -> 250, [20, 5] -> 25; None for nonsense like [5, 5]."""
    total = 0
    current = 0
    for value in parts:
        below_hundred = current % 100
        if value == 1000:
            if total:
                return None
            total, current = (current or 1) * 1000, 0
        elif value == 100:
            if current >= 100:
                return None
            current = (current or 1) * 100
        elif current == 0:
            current = value
        elif (below_hundred == 0 and value < 100) or (below_hundred >= 20 and below_hundred % 10 == 0 and value < 10):
            current += value
        else:
            return None
    return total + current


def parse_number_words(words: list[str]) -> int | None:
    """'tre tusen' -> 3000, 'to hundre og femti' -> 250, 'hundre' -> 100."""
    parts: list[int] = []
    for position, word in enumerate(words):
        if word.lower() == "og":
            continue
        split = split_number_word(word, inside=position > 0)
        if split is None:
            return None
        parts.extend(split)
    return combine_number_words(parts) if parts else None


def multiplier(word: str) -> int | None:
    return lexicon().multipliers.get(word.lower())


def parse_number(text: str) -> Decimal | None:
    """A whole numeral with an optional multiplier: '1,5 millioner', 'en million', 'tre tusen'."""
    text = " ".join(text.translate(SPACES_TO_PLAIN).split())
    if not text:
        return None
    direct = parse_digits(text)
    if direct is not None:
        return direct
    words = text.split(" ")
    scale = multiplier(words[-1]) if len(words) > 1 else None
    if scale is not None and scale >= 10**6:
        head = " ".join(words[:-1])
        base = parse_digits(head)
        if base is None:
            base_int = 1 if head.lower() in ("en", "én", "ett", "ei") else parse_number_words(words[:-1])
            base = Decimal(base_int) if base_int is not None else None
        return base * scale if base is not None else None
    if len(words) == 2 and words[1].lower() == "tusen":
        base = parse_digits(words[0])
        if base is not None:
            return base * 1000
    value = parse_number_words(words)
    return Decimal(value) if value is not None else None


def as_plain(value: Decimal | float | None) -> int | float | None:
    """An integer when the value is whole, else a float: what the CSV and JSON carry."""
    if value is None:
        return None
    number = Decimal(value) if not isinstance(value, Decimal) else value
    try:
        if number == number.to_integral_value():
            return int(number)
    except InvalidOperation:
        return None
    return float(number)
