"""What a figure allows, as a closed interval [low, high], read from its qualifier.

exact v → v ± its rounding, at most the exact tolerance; approx v and relative v (already
materialised) → v ± approx tolerance; more_than / at_least v → [v, ∞); less_than / at_most v →
[0, v]; range and vague → [value_low, value_high]. A relative figure whose text opens with such a
cue is read as the cue says: «mer enn dobbelt så høyt» (280) is [280, ∞). A cue that says the
figure is close to its number narrows the open side to the approx tolerance: «nesten 90» is
[81, 90], «drøyt 260» [260, 286] (qualifiers.tsv, 'close'). Two figures are incompatible when their
intervals are disjoint, so «over 50.000» fits 60.000 and «rundt 3.000» fits 3.040.

An exact figure is as precise as it is written: «412» allows 411.5 to 412.5 (so two sources' 412 and
398 deltakere disagree), «41,6 millioner» ± 50 000, and «3.000» ± 500, capped at the exact tolerance
(± 150), so it still fits 3.040."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import cache
from typing import Literal

from claimpack.lazy import np, pd
from claimpack.lexicons import qualifier_cues
from claimpack.model import Qualifier

# The places a written figure's last digit can stand in, largest first: 10^15 down to 10^-6.
PLACES = tuple(10.0**k for k in range(15, -7, -1))


def last_place(values: np.ndarray) -> np.ndarray:
    """The place value of each figure's last non-zero digit: 412 → 1, 41 600 000 → 100 000, 78.4 →
    0.1 (0 and NaN → NaN: no place). The DuckDB engine computes the same with the same divisions."""
    a = np.abs(values)
    place = np.full(len(a), np.nan)
    with np.errstate(invalid="ignore"):  # an infinite figure has no place (inf - inf is NaN), quietly
        for step in reversed(PLACES):  # smallest first, so the largest place that divides stays
            s = a / step
            whole = np.round(s)
            place = np.where((whole >= 1) & (np.abs(s - whole) <= 1e-9 * s), step, place)
    return place


# what may stand between a cue and its number: a space, a no-break space or a thin one
CUE_GAP = " \t\u00a0\u202f\u2009"


def _opening(cues: Iterable[str]) -> str:
    """A regular expression for lower-cased text that opens with one of `cues` and then a gap;
    Python's re and DuckDB's RE2 read it alike."""
    escaped = (re.escape(cue).replace("\\ ", " ") for cue in sorted(cues, key=len, reverse=True))
    return "^(?:" + "|".join(escaped) + f")[{CUE_GAP}]"  # RE2 takes no escaped space


@cache
def close_cue() -> str:
    """A figure's text opening with a close cue ('nesten 90', 'drøyt 260')."""
    return _opening(qualifier_cues()[1])


Side = Literal["above", "below"]
SIDES: dict[Side, tuple[Qualifier, ...]] = {"above": ("more_than", "at_least"), "below": ("less_than", "at_most")}


@cache
def side_cue(side: Side) -> str:
    """A figure's text opening with a cue that puts it above its number ('mer enn dobbelt så høyt',
    'minst tre ganger så mange') or below it ('nesten halvparten'): a relative figure keeps its
    cue only in its text."""
    return _opening(cue for cue, qualifier in qualifier_cues()[0].items() if qualifier in SIDES[side])


def opens_close(text: object) -> bool:
    """One figure's text opens with a close cue ('Nesten 90'): said_close for a single row."""
    return isinstance(text, str) and re.match(close_cue(), text.lower()) is not None


def said_close(claims: pd.DataFrame) -> np.ndarray:
    """Each claim's text opens with a close cue."""
    if "text" not in claims:
        return np.zeros(len(claims), dtype=bool)
    texts = claims["text"].astype("string").str.lower()
    close: np.ndarray = texts.str.match(close_cue()).fillna(False).to_numpy(dtype=bool)
    return close


def bounds(claims: pd.DataFrame, exact: float, approx: float) -> pd.DataFrame:
    """Columns `low` and `high` (float, NaN when the row says too little) aligned with `claims`."""
    q = claims["qualifier"].astype("string").fillna("")
    v = claims["value"].astype("float64")
    vlow = claims["value_low"].astype("float64")
    vhigh = claims["value_high"].astype("float64")
    rounding = np.fmin(exact * v.abs().to_numpy(), last_place(v.to_numpy()) / 2)
    margin = np.select([q.eq("exact"), q.isin(["approx", "relative"])], [rounding, approx * v.abs()], default=np.nan)
    low = np.select(
        [
            q.isin(["exact", "approx", "relative"]),
            q.isin(["more_than", "at_least"]),
            q.isin(["less_than", "at_most"]),
            q.isin(["range", "vague"]),
        ],
        [v - margin, v, np.zeros(len(q)), vlow],
        default=np.nan,
    )
    high = np.select(
        [
            q.isin(["exact", "approx", "relative"]),
            q.isin(["more_than", "at_least"]),
            q.isin(["less_than", "at_most"]),
            q.isin(["range", "vague"]),
        ],
        [v + margin, np.full(len(q), np.inf), v, vhigh],
        default=np.nan,
    )
    close = said_close(claims)
    # a relative figure said above or below factor × its base: 'mer enn dobbelt så høyt' is over it
    texts = claims["text"].astype("string").str.lower() if "text" in claims else pd.Series("", index=claims.index)
    relative = q.eq("relative").to_numpy()
    above = relative & texts.str.match(side_cue("above")).fillna(False).to_numpy(dtype=bool)
    below = relative & texts.str.match(side_cue("below")).fillna(False).to_numpy(dtype=bool)
    low = np.where(above, v, np.where(below, 0.0, low))
    high = np.where(above, np.inf, np.where(below, v, high))
    low = np.where(close & (q.eq("less_than").to_numpy() | below), v - approx * v.abs(), low)
    high = np.where(close & (q.eq("more_than").to_numpy() | above), v + approx * v.abs(), high)
    broken = low > high  # swapped bounds: value-bounds reports them, nothing can be compared
    return pd.DataFrame(
        {"low": np.where(broken, np.nan, low), "high": np.where(broken, np.nan, high)}, index=claims.index
    )


def disjoint(low_a: pd.Series, high_a: pd.Series, low_b: pd.Series, high_b: pd.Series) -> pd.Series:
    """True where the two intervals cannot both hold (NaN bounds never conflict)."""
    return ((high_a < low_b) | (high_b < low_a)).fillna(False).astype(bool)


def describe(qualifier: str, value: float | None, low: float | None, high: float | None, close: bool = False) -> str:
    """A figure in words for messages: 'over 50,000', 'between 2,000 and 9,999'; `close` for a
    figure said with a close cue ('nesten 90': 'just under 90')."""

    def n(x: float | None) -> str:
        try:
            number = float(x)  # type: ignore[arg-type]  # None and pandas' NA raise TypeError
        except TypeError:
            return "?"
        return "?" if math.isnan(number) else f"{x:,.0f}" if number.is_integer() else f"{x:,}"

    words = {
        "approx": "about ",
        "more_than": "over ",
        "less_than": "under ",
        "at_least": "at least ",
        "at_most": "at most ",
    }
    if qualifier in ("range", "vague"):
        return f"between {n(low)} and {n(high)}"
    if close and qualifier in ("more_than", "less_than"):
        return "just " + words[qualifier] + n(value)
    return words.get(qualifier, "") + n(value)
