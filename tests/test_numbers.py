"""The number parser: Norwegian digit grouping, decimal commas, multipliers and number words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimpack.extract.numbers import as_plain, parse_digits, parse_number, parse_number_words

ONES = [
    "",
    "en",
    "to",
    "tre",
    "fire",
    "fem",
    "seks",
    "sju",
    "åtte",
    "ni",
    "ti",
    "elleve",
    "tolv",
    "tretten",
    "fjorten",
    "femten",
    "seksten",
    "sytten",
    "atten",
    "nitten",
]
TENS = ["", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"]


def norwegian_words(n: int) -> str:
    """Write 2..999999 the Bokmål way: 'to hundre og femti', 'tjuefem', 'tre tusen fire hundre'."""
    parts = []
    thousands, rest = divmod(n, 1000)
    if thousands:
        parts.append(("" if thousands == 1 else norwegian_words(thousands) + " ") + "tusen")
    hundreds, below = divmod(rest, 100)
    if hundreds:
        parts.append(("" if hundreds == 1 else ONES[hundreds] + " ") + "hundre")
    if below:
        words = ONES[below] if below < 20 else TENS[below // 10] + ONES[below % 10]
        parts.append(("og " if parts else "") + words)
    return " ".join(parts)


def group(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3.000", 3000),
        ("50 000", 50000),
        ("400\u00a0000", 400000),
        ("18\u202f000", 18000),
        ("1,5", Decimal("1.5")),
        ("58,4", Decimal("58.4")),
        ("21.345", 21345),
        ("1.234.567", 1234567),
        ("1.234,5", Decimal("1234.5")),
        # thousands grouped with commas where no decimal could be meant: two groups, or one ending in '00'
        ("14,600", 14600),
        ("100,000", 100000),
        ("1,200,000", 1200000),
        ("42,195", Decimal("42.195")),  # a marathon's kilometres: a decimal has no trailing zeros
        ("0,500", Decimal("0.5")),
    ],
)
def test_digits(text: str, value: Decimal) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["06.40", "3.5", "12.30.4", "1.23", "abc", ""])
def test_not_digits(text: str) -> None:
    """A dot with other than three digits after it is a clock time or a date, never a number."""
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,5 millioner", 1500000),
        ("4,2 mrd.", 4200000000),
        ("2,3 milliarder", 2300000000),
        ("en million", 1000000),
        ("tre tusen", 3000),
        ("50 tusen", 50000),
        ("to hundre og femti", 250),
        ("tjuefem", 25),
        ("totusen", 2000),
        ("hundre", 100),
        ("tusen", 1000),
    ],
)
def test_numerals(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["fem fem", "tjue tjue", "over", "tusen tusen tusen", ""])
def test_not_numerals(text: str) -> None:
    assert parse_number(text) is None


@given(
    st.integers(min_value=1000, max_value=10**12), st.sampled_from([".", " ", "\u00a0", "\u202f", "\u2009", "\u2007"])
)
def test_grouped_integers_round_trip(n: int, separator: str) -> None:
    assert parse_digits(group(n, separator)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_decimal_comma_round_trip(whole: int, hundredths: int) -> None:
    text = f"{group(whole, '.') if whole >= 1000 else whole},{hundredths:02d}"
    assert parse_digits(text) == Decimal(f"{whole}.{hundredths:02d}")


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=9),
    st.sampled_from([("millioner", 10**6), ("milliarder", 10**9), ("mrd.", 10**9)]),
)
def test_multipliers_are_exact(whole: int, tenth: int, multiplier: tuple[str, int]) -> None:
    word, scale = multiplier
    assert parse_number(f"{whole},{tenth} {word}") == (Decimal(whole) + Decimal(tenth) / 10) * scale


@given(st.integers(min_value=2, max_value=999_999))
def test_number_words_round_trip(n: int) -> None:
    assert parse_number_words(norwegian_words(n).split()) == n


def test_plain_values_are_ints_when_whole() -> None:
    assert as_plain(Decimal("4200000000.0")) == 4200000000
    assert isinstance(as_plain(Decimal("3000")), int)
    assert as_plain(Decimal("58.4")) == 58.4
    assert as_plain(None) is None
