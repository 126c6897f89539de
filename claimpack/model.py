"""The rows claimpack writes: one dataclass per table, fields in the order of its Table Schema.

`tests/test_model.py` checks that these fields and the schemas in `schemas/` agree, and that each
closed set below holds exactly the values its field's `enum` constraint allows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most", "range", "vague", "relative"]
SourceKind = Literal["person", "organization", "government", "media", "country", "anonymous"]
StatementKind = Literal["narration", "direct_quote", "indirect", "mixed", "heading", "caption"]
AttributionKind = Literal["explicit", "pronoun", "role", "continuation", "none"]
# Why a statement has its speaker, or a claim its source: the rule that linked them (a closed set)
Evidence = Literal[
    "cue-before",
    "cue-after",
    "according-to",
    "coordinated-cue",
    "same-quote",
    "quote-continued",
    "said-before",
    "carried-on",
    "corrected",
]
# A claim's source may also come from the article's metadata: a body's own publication gives the
# figures its text names no other source for (resolve/publisher.py). Statements never have it.
ClaimEvidence = Literal[Evidence, "publisher"]
EVIDENCE: dict[ClaimEvidence, str] = {
    "cue-before": "the speaker is the subject of a reporting verb before what is said: "
    "«Politiet opplyser at 40 ble evakuert»",
    "cue-after": "the reporting verb follows what is said, its subject after it: «… 40 ble evakuert, sier Kari Holm»",
    "according-to": "a source preposition names the speaker: «Ifølge politiet ble 40 evakuert»; "
    "for a claim, also a fact box's credit line: «Antall drepte 2017: 106 Kilde: Veivesenet»",
    "coordinated-cue": "a second reporting verb shares the subject of the first: "
    "«Politiet bekrefter at brannen er slukket, og anslår at 40 ble evakuert»",
    "same-quote": "a sentence of a direct quote whose cue is in another of its sentences: "
    "«– Vi er lettet. Alle 40 er trygge, sier Holm»",
    "quote-continued": "a quote paragraph with no cue goes on with the last speaker "
    "(of the paragraph before, or of the one before a single aside)",
    "said-before": "«Det opplyser X» after what was said names X for it: «40 ble evakuert. Det opplyser politiet»",
    "carried-on": "a sentence that goes on with the last source's figures names no source of its own: "
    "«Ifølge SSB ble 51 980 barn født. Det er 900 færre enn året før»",
    "publisher": "the article is a body's own publication (a statistics release, a municipality's news page), "
    "and the text names no other source for the figure: the publisher gives it",
    "corrected": "a person set the speaker or source; the corrections table says who and why",
}
Via = Literal["explicit", "pronoun", "role"]  # how a mention names its source
DateRelation = Literal["past", "same_day", "future"]  # a date against the publication day
SHARE_UNITS = frozenset({"percent", "percentage_points", "per_mille"})  # units of a share of a whole, never a count
CorrectionAction = Literal["set", "delete", "add"]
CorrectionResource = Literal["claims", "statements", "mentions", "sources"]


@dataclass(frozen=True)
class Seed:
    """One article as read from disk: the exact text and its sidecar metadata."""

    article_id: str
    path: Path
    source_path: str
    text: str
    sha256: str
    size: int
    meta: dict[str, Any]

    @property
    def published(self) -> date | None:
        value = self.meta.get("published")
        return date.fromisoformat(value) if value else None


@dataclass
class ArticleRow:
    article_id: str
    title: str | None
    language: str
    published: date | None
    publisher: str | None
    url: str | None
    authors: str | None
    source_path: str
    source_sha256: str
    characters: int


@dataclass
class SourceRow:
    source_id: str
    article_id: str
    name: str
    kind: SourceKind
    role: str | None
    affiliation_id: str | None


@dataclass
class MentionRow:
    mention_id: str
    article_id: str
    source_id: str
    paragraph: int
    text: str
    char_start: int
    char_end: int
    via: Via


@dataclass
class StatementRow:
    statement_id: str
    article_id: str
    paragraph: int
    kind: StatementKind
    text: str
    char_start: int
    char_end: int
    speaker_id: str | None
    mention_id: str | None
    cue: str | None
    attribution: AttributionKind
    evidence: Evidence | None


@dataclass
class ClaimRow:
    claim_id: str
    statement_id: str
    article_id: str
    paragraph: int
    text: str
    char_start: int
    char_end: int
    value: int | float | None
    value_low: int | float | None
    value_high: int | float | None
    qualifier: Qualifier
    unit: str | None
    subject: str | None
    event: str | None
    part_of: str | None
    relative_to: str | None
    factor: int | float | None
    source_id: str | None
    unconfirmed: bool
    evidence: ClaimEvidence | None


@dataclass
class ImageRow:
    image_id: str
    article_id: str
    paragraph: int
    text: str
    char_start: int
    char_end: int
    label: str | None
    caption: str | None
    photographer: str | None
    agency: str | None


@dataclass
class DateRow:
    date_id: str
    article_id: str
    paragraph: int
    text: str
    char_start: int
    char_end: int
    date: date | None
    relation: DateRelation


@dataclass
class CorrectionRow:
    """One cell a person changed (claimpack/correcting/): the extractor never makes these."""

    correction_id: str
    article_id: str
    action: CorrectionAction
    resource: CorrectionResource
    row_id: str
    claim_id: str | None
    statement_id: str | None
    field: str
    extracted: str | None
    corrected: str | None
    reason: str
    by: str | None
    date: date | None


@dataclass
class ArticleTables:
    """Everything extracted from one article, ready to be written."""

    article: ArticleRow
    sources: list[SourceRow] = field(default_factory=list)
    mentions: list[MentionRow] = field(default_factory=list)
    statements: list[StatementRow] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)
    images: list[ImageRow] = field(default_factory=list)
    dates: list[DateRow] = field(default_factory=list)
    corrections: list[CorrectionRow] = field(default_factory=list)

    def rows(self) -> dict[str, list[Any]]:
        """Rows per resource name, in the package's resource order."""
        return {
            "articles": [self.article],
            "sources": self.sources,
            "mentions": self.mentions,
            "statements": self.statements,
            "claims": self.claims,
            "images": self.images,
            "dates": self.dates,
            "corrections": self.corrections,
        }


TABLE_ROWS: dict[str, type] = {
    "articles": ArticleRow,
    "sources": SourceRow,
    "mentions": MentionRow,
    "statements": StatementRow,
    "claims": ClaimRow,
    "images": ImageRow,
    "dates": DateRow,
    "corrections": CorrectionRow,
}
