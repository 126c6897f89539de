"""Figures written the ways Norwegian newsrooms write them: «3.000», «50 000», «1,5 millioner»,
«14 prosent», number words, qualifiers and ranges. The extractor must cope with all of them, so
the generator draws each form at random."""

from __future__ import annotations

import random

WORDS = {
    2: "to",
    3: "tre",
    4: "fire",
    5: "fem",
    6: "seks",
    7: "sju",
    8: "åtte",
    9: "ni",
    10: "ti",
    11: "elleve",
    12: "tolv",
}
QUALIFIERS = ("", "", "", "rundt ", "over ", "minst ", "nesten ", "omkring ", "mer enn ", "om lag ")
VAGUE = ("flere tusen", "hundrevis av", "flere hundre", "titalls", "tusenvis av")


def newsy(value: int) -> int:
    """Round the way reporters do: large counts to hundreds, mid-sized to tens."""
    if value >= 1000:
        return round(value, -2)
    if value >= 100:
        return round(value, -1)
    return value


def plain(rng: random.Random, value: int) -> str:
    """One written form of a whole number."""
    if value in WORDS and rng.random() < 0.5:
        return WORDS[value]
    if value >= 1_000_000:
        millions = round(value / 1_000_000, 1)
        text = f"{millions:.1f}".replace(".", ",").removesuffix(",0")
        return f"{text} {'million' if millions == 1 else 'millioner'}"
    if value >= 1000:
        grouped = f"{value:,}"
        return rng.choice(
            (
                grouped.replace(",", "."),
                grouped.replace(",", " "),
                str(value) if value < 10000 else grouped.replace(",", "."),
            )
        )
    return str(value)


def count(rng: random.Random, value: int) -> str:
    """A count with a random qualifier, sometimes a range ('mellom 300 og 400')."""
    value = newsy(value)
    if rng.random() < 0.1 and value >= 20:
        low, high = newsy(int(value * 0.8)), newsy(int(value * 1.2))
        return f"mellom {plain(rng, low)} og {plain(rng, high)}"
    return rng.choice(QUALIFIERS) + plain(rng, value)


def percent(rng: random.Random) -> str:
    whole = rng.randint(2, 80)
    if rng.random() < 0.3:
        return f"{whole},{rng.randint(1, 9)} prosent"
    return f"{whole} prosent"


def money(rng: random.Random) -> str:
    if rng.random() < 0.5:
        millions = rng.randint(11, 990) / 10
        return f"{millions:.1f}".replace(".", ",").removesuffix(",0") + " millioner kroner"
    return plain(rng, rng.randint(20, 990) * 1000) + " kroner"


def vague(rng: random.Random) -> str:
    return rng.choice(VAGUE)
