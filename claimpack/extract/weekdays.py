"""Weekdays resolved to dates: 'torsdag' in an article published Friday 2016-12-16 is 2016-12-15;
'fra mandag' is the coming Monday. The tense cues are data files in the lexicon folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import pairwise

from claimpack.extract.lexicon import lexicon
from claimpack.resources import lexicon_path

# Clause boundaries: punctuation, and a relative 'som' ('budsjettet som rådmannen la fram tirsdag')
CLAUSE_BREAK = re.compile(r"[,;:.!?]|\bsom\b", re.IGNORECASE)
DAY_MONTH = re.compile(r"\s+(?:den\s+)?(?P<day>\d{1,2})\.\s*(?P<month>[a-zæøå]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WeekdayMention:
    start: int
    end: int
    text: str
    date: date | None
    relation: str  # past | same_day | future


@cache
def _cues(name: str) -> frozenset[str]:
    with lexicon_path(name).open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


@cache
def _pattern() -> re.Pattern[str]:
    days = "|".join(lexicon().weekdays)
    return re.compile(rf"\b(?P<day>{days})(?:ens|en|s)?\b", re.IGNORECASE)


def find_weekdays(text: str, offset: int, published: date | None, caption: bool = False) -> list[WeekdayMention]:
    found: list[WeekdayMention] = []
    for match in _pattern().finditer(text):
        day = lexicon().weekdays[match.group("day").lower()]
        clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, match.start())), default=0)
        before = text[clause_start : match.start()].lower().split()
        relation = _relation(before, caption)
        if (
            published is not None
            and day == published.weekday()
            and not (set(before[-1:]) & {"neste", "forrige", "sist"})
        ):
            relation = "same_day"
        resolved = _resolve(published, day, relation) if published else None
        written = _written_date(text[match.end() :], published, day)
        if written is not None and published is not None:
            # 'torsdag 2. oktober': the text says which Thursday
            resolved = written
            relation = "past" if written < published else "future" if written > published else "same_day"
        if published is not None and relation != "same_day" and resolved == published:
            relation = "same_day"
        found.append(WeekdayMention(match.start() + offset, match.end() + offset, match.group(), resolved, relation))
    return found


def _relation(before: list[str], caption: bool) -> str:
    if before and before[-1] in _cues("past_cues.txt"):
        return "past"
    if before and before[-1] in ("fra", "til", "neste", "kommende", "innen") and before[-2:-1] != ["natt"]:
        return "future"
    # 'kan ha rømt', 'skal ha sagt': a modal with 'ha' looks back, not ahead.
    modal = {word for word, nxt in pairwise([*before, ""]) if nxt != "ha"}
    if not caption and modal & _cues("future_cues.txt") - {"fra", "til"}:
        return "future"
    return "past"


def _written_date(after: str, published: date | None, day: int) -> date | None:
    """The date written right after the weekday, in the year (around publication) it falls on that day."""
    match = DAY_MONTH.match(after)
    if match is None or published is None:
        return None
    month = lexicon().months.get(match.group("month").lower())
    if month is None:
        return None
    for year in (published.year, published.year + 1, published.year - 1):
        try:
            candidate = date(year, month, int(match.group("day")))
        except ValueError:
            continue
        if candidate.weekday() == day:
            return candidate
    return None


def _resolve(published: date, day: int, relation: str) -> date:
    if relation == "same_day":
        return published
    delta = (day - published.weekday()) % 7
    if relation == "future":
        return published + timedelta(days=delta or 7)
    return published - timedelta(days=(published.weekday() - day) % 7 or 7)
