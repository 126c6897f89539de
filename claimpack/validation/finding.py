"""What a rule reports: a `Finding`, with a location that both a table row and a seed line can use.

The fingerprint names *what* is wrong (rule, article, row keys, field, reason code), never where the
row happens to sit or how the message is worded, so a review of it survives a rebuild. What the
reviewer saw is a second hash, `seen`, of the message and the rows it names: when the claim behind
a finding changes, its message changes, and a review of the old message is stale.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

Severity = Literal["error", "warning", "info"]
FailOn = Literal["error", "warning", "info", "never"]  # the least severity that fails a run
Decision = Literal["confirmed", "false-positive"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)
_RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}


def severity_rank(level: str) -> int:
    """error > warning > info; 'never' outranks everything so nothing reaches it."""
    return _RANK[level]


@dataclass(frozen=True)
class Location:
    resource: str | None = None
    key: str | None = None  # the row's primary-key value
    field: str | None = None
    row: int | None = None  # row number as frictionless counts (header = 1); informational only
    path: str | None = None  # seed (or data file) path relative to the package folder's parent
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based, in characters
    end_line: int | None = None
    end_column: int | None = None  # exclusive

    def to_dict(self) -> dict[str, Any]:
        return {name: value for name, value in self.__dict__.items() if value is not None}


@dataclass(frozen=True)
class Review:
    decision: Decision
    note: str
    date: str
    seen: str | None = None  # the `seen` hash of the finding the reviewer judged
    stale: bool = False  # the finding changed since (or the review does not say what it saw)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"decision": self.decision, "note": self.note, "date": self.date}
        if self.seen:
            data["seen"] = self.seen
        if self.stale:
            data["stale"] = True
        return data


@dataclass
class Finding:
    """What a rule yields: the message and where. The runner sets `rule` and `severity` from the
    rule's registration and the suite, so a rule never writes its own id."""

    message: str
    location: Location = field(default_factory=Location)
    related: tuple[str, ...] = ()
    code: str | None = None  # machine-readable reason, e.g. frictionless' error type
    article: str | None = None
    rule: str = ""
    severity: Severity | Literal[""] = ""
    review: Review | None = None
    fingerprint: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.related = tuple(str(key) for key in self.related)
        if self.rule:  # the runner's copy; a rule's own has no identity yet
            self.fingerprint = fingerprint(self.rule, self.article, self.location, self.related, self.code)

    @property
    def seen(self) -> str:
        """A hash of what a reviewer reads: the message and the rows it names."""
        keys = sorted({k for k in (self.location.key, *self.related) if k})
        parts = [self.rule, self.message, ",".join(keys)]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]

    @property
    def accepted(self) -> bool:
        """Reviewed, and the review still fits the finding: it no longer fails a run."""
        return self.review is not None and not self.review.stale

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "location": self.location.to_dict(),
            "related": list(self.related),
            "fingerprint": self.fingerprint,
            "seen": self.seen,
        }
        if self.code:
            data["code"] = self.code
        if self.article:
            data["article"] = self.article
        if self.review:
            data["review"] = self.review.to_dict()
        return data


def place(finding: Finding) -> tuple[str, int, int, str]:
    """Where a finding sorts within its rule: seed path, line, column, row key."""
    where = finding.location
    return (where.path or "", where.line or 0, where.column or 0, where.key or "")


def fingerprint(rule: str, article: str | None, location: Location, related: tuple[str, ...], code: str | None) -> str:
    keys = sorted({k for k in (location.key, *related) if k})
    if not keys and location.row is not None:
        keys = [f"row:{location.row}"]  # no key to name the row by: the row number is all there is
    parts = [rule, article or "", location.resource or "", ",".join(keys), location.field or "", code or ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def quote(text: str, limit: int = 60) -> str:
    """Norwegian text quoted the Norwegian way, shortened for one-line messages."""
    text = " ".join(str(text).split())
    return f"«{text if len(text) <= limit else text[: limit - 1] + '…'}»"
