"""The conflict chart: for each quantity (article, subject, event, unit) that figures from more
than one source give, every figure as an interval on one axis, laid out in Python for an inline
SVG the template draws. Widths come from the qualifiers, read as the validator reads them
(`claimpack.validation.intervals`): «over 50.000» runs off the axis, «rundt» is ± the approx
tolerance, a relative figure sits at factor × its base."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from claimpack.lazy import pd
from claimpack.validation.intervals import bounds, describe

QUANTITY = ["subject", "event", "unit"]
WIDTH, LEFT, RIGHT, ROW, TOP = 760, 270, 24, 34, 16  # SVG units
TICKS = 5  # when no count gives round steps
NARRATOR = "the narrator"


@dataclass(frozen=True)
class Mark:
    row: str  # claim_id
    label: str  # who gives it
    text: str  # the figure as written
    said: str  # what it allows, in words
    css: str
    x1: float
    x2: float
    y: float
    open_right: bool  # «over …»: no upper bound
    point: bool  # too narrow to see as a bar


@dataclass(frozen=True)
class Chart:
    title: str
    marks: list[Mark]
    ticks: list[tuple[float, str]]
    height: float
    width: int = WIDTH
    left: int = LEFT

    @property
    def summary(self) -> str:
        """'4 figures from 3 sources and the narrator'."""
        named = len({m.label for m in self.marks if m.label != NARRATOR})
        narrator = any(m.label == NARRATOR for m in self.marks)
        sources = f"{named} source{'s' if named != 1 else ''}" + (" and the narrator" if narrator else "")
        return f"{len(self.marks)} figures from {sources}"


def conflict_charts(
    claims: pd.DataFrame, names: dict[str, str], colours: dict[str | None, str], exact: float, approx: float
) -> list[Chart]:
    """One chart per quantity with figures from two or more sources (the narrator counts as one).
    `claims` may carry `low` and `high` already (`bounds` of the whole table, computed once)."""
    if claims.empty:
        return []
    if not {"low", "high"} <= set(claims.columns):
        claims = claims.reset_index(drop=True)
        claims = claims.join(bounds(claims, exact, approx))
    quantities: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in claims.to_dict("records"):
        key = tuple(row[name] for name in QUANTITY)
        if _num(row["low"]) is not None and all(isinstance(part, str) for part in key):
            quantities.setdefault(key, []).append(row)
    charts = []
    for key, rows in quantities.items():
        if len({_source(row) for row in rows}) > 1:
            charts.append(_chart(" · ".join(key), rows, names, colours))
    return charts


def _source(row: dict[str, Any]) -> str | None:
    return row["source_id"] if isinstance(row["source_id"], str) else None


def _chart(title: str, rows: list[dict[str, Any]], names: dict[str, str], colours: dict[str | None, str]) -> Chart:
    finite = [float(v) for row in rows for v in (row["low"], row["high"]) if math.isfinite(float(v))]
    top = _nice(max(finite) * 1.1 if finite else 1.0)
    span = WIDTH - LEFT - RIGHT

    def x(value: float) -> float:
        return round(LEFT + span * min(value, top) / top, 2)

    marks = []
    for index, row in enumerate(rows):
        source = _source(row)
        x1, x2 = x(float(row["low"])), x(float(row["high"]))
        marks.append(
            Mark(
                row=str(row["claim_id"]),
                label=names.get(source, source) if source else NARRATOR,
                text=str(row["text"]),
                said=describe(
                    str(row["qualifier"]), _num(row["value"]), _num(row["value_low"]), _num(row["value_high"])
                ),
                css=colours.get(source, "narrator"),
                x1=x1,
                x2=x2,
                y=TOP + index * ROW,
                open_right=not math.isfinite(float(row["high"])),
                point=x2 - x1 < 3,
            )
        )
    count = next((n for n in (4, 5, 6, 3) if _round(top / n)), TICKS)
    ticks = [(x(top * i / count), _number(top * i / count)) for i in range(count + 1)]
    return Chart(title, marks, ticks, TOP + len(marks) * ROW + 24)


def _round(step: float) -> bool:
    """One significant digit (3 000, 0.5): a tick step people read at a glance."""
    return step > 0 and float(f"{step:.0e}") == step


def _number(value: float) -> str:
    """Norwegian style, a space between thousands: 12 000."""
    return f"{value:,.0f}".replace(",", "\u00a0") if value >= 1 or value == 0 else f"{value:g}"


def _num(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)  # type: ignore[arg-type]


def _nice(value: float) -> float:
    """A round axis end at or above `value` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten)."""
    if value <= 0:
        return 1.0
    power: float = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10) if step * power >= value)
