"""Apply a seed's corrections to the rows just extracted from it.

Every entry names the row (or span) it is about and the text it expects there. When the seed or
the extractor changed so that this no longer holds, the build stops with one line naming the
entry: a correction is never dropped in silence, and never lands on another row. Each cell changed
becomes a `corrections` row with the extracted and the corrected value."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from claimpack.correcting.file import Entry
from claimpack.errors import ClaimpackError
from claimpack.model import (
    ArticleTables,
    ClaimRow,
    CorrectionAction,
    CorrectionResource,
    CorrectionRow,
    MentionRow,
    SourceRow,
    StatementRow,
)
from claimpack.resolve.entities import slug
from claimpack.resources import load_schema
from claimpack.write.tables import format_value

CLAIM_FIELDS = {
    "source": "source_id",
    **{name: name for name in ("value", "value_low", "value_high", "qualifier", "unit", "subject", "event")},
    **{name: name for name in ("part_of", "relative_to", "factor", "unconfirmed")},
}
STATEMENT_FIELDS = {"speaker": "speaker_id", "kind": "kind"}
REFERENCES = ("part_of", "relative_to")


def apply_corrections(tables: ArticleTables, entries: list[Entry], text: str, path: Path) -> ArticleTables:
    """`tables` with `entries` applied in file order (changed in place) and their provenance rows;
    ClaimpackError naming the entry when one does not fit the rows or the seed."""
    if not entries:
        return tables
    work = _Work(tables, text, path)
    for entry in entries:
        work.apply(entry)
    work.check_references()
    return tables


@cache
def _fields(resource: str) -> dict[str, dict[str, Any]]:
    return {spec["name"]: spec for spec in load_schema(f"{resource}.schema.json")["fields"]}


def check_value(resource: str, name: str, value: Any) -> str | None:
    """Why `value` cannot go in `resource`.`name` (its Table Schema's type, enum, required), or None."""
    spec = _fields(resource)[name]
    constraints = spec.get("constraints") or {}
    if value is None:
        return "cannot be null" if constraints.get("required") else None
    kind = spec.get("type", "string")
    if kind == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
        return "must be a number"
    if kind == "boolean" and not isinstance(value, bool):
        return "must be true or false"
    if kind == "string" and not isinstance(value, str):
        return "must be text"
    if "enum" in constraints and value not in constraints["enum"]:
        return "must be one of " + ", ".join(constraints["enum"])
    return None


@dataclass
class _Work:
    tables: ArticleTables
    text: str
    path: Path
    entry: Entry | None = None
    changes: list[CorrectionRow] = field(default_factory=list)

    def fail(self, problem: str) -> ClaimpackError:
        label = f"correction {self.entry.id}: " if self.entry else ""
        return ClaimpackError(self.path, label + problem)

    @property
    def article(self) -> str:
        return self.tables.article.article_id

    def apply(self, entry: Entry) -> None:
        self.entry = entry
        if entry.add == "claim":
            self._add_claim(entry)
        elif entry.add == "attribution":
            self._add_attribution(entry)
        else:
            row = self._row(entry)
            if entry.delete:
                self._delete(row)
            elif isinstance(row, ClaimRow):
                self._set_claim(row, entry.values)
            else:
                self._set_statement(row, entry.values)
        self.tables.corrections.extend(self.changes)
        self.changes = []
        self.entry = None

    # -- finding what an entry is about ---------------------------------------------------------

    def _row(self, entry: Entry) -> ClaimRow | StatementRow:
        """The row the entry names, if it still reads what the entry expects."""
        assert entry.row is not None
        found: ClaimRow | StatementRow | None = next(
            (c for c in self.tables.claims if c.claim_id == entry.row), None
        ) or next((s for s in self.tables.statements if s.statement_id == entry.row), None)
        if found is None:
            deleted = next((c for c in self._changes_so_far() if c.row_id == entry.row and c.action == "delete"), None)
            if deleted is not None:
                raise self.fail(f"row {entry.row} was deleted by correction {deleted.correction_id.rsplit(':', 1)[1]}")
            raise self.fail(
                f"row {entry.row} is not in what claimpack extracts now (the seed or the extractor changed)"
            )
        if found.text != entry.expect:
            raise self.fail(
                f"row {entry.row} now reads {_quote(found.text)}, not {_quote(entry.expect)} "
                "(the seed or the extractor changed): check the entry, then update or remove it"
            )
        return found

    def _span(self, entry: Entry) -> tuple[int, int]:
        assert entry.span is not None
        start, end = entry.span
        if not start < end <= len(self.text):
            raise self.fail(f"span [{start}, {end}] is not inside the seed ({len(self.text)} characters)")
        if self.text[start:end] != entry.expect:
            raise self.fail(
                f"span [{start}, {end}] now reads {_quote(self.text[start:end])}, not {_quote(entry.expect)} "
                "(the seed changed): check the entry, then update or remove it"
            )
        return start, end

    def _changes_so_far(self) -> list[CorrectionRow]:
        return [*self.tables.corrections, *self.changes]

    def _statement_at(self, start: int, end: int) -> StatementRow:
        for statement in self.tables.statements:
            if statement.char_start <= start and end <= statement.char_end:
                return statement
        raise self.fail(f"span [{start}, {end}] is not inside one statement")

    def _source(self, name: str | None) -> str | None:
        """The id of the article's source called `name` (case aside); None for the narrator."""
        if name is None:
            return None
        for wanted in (name, name.casefold()):
            for source in self.tables.sources:
                if source.name == wanted or source.name.casefold() == wanted:
                    return source.source_id
        names = ", ".join(sorted({_quote(s.name) for s in self.tables.sources})[:12]) or "none"
        raise self.fail(f"no source named {_quote(name)} in this article (its sources: {names})")

    def _claim(self, claim_id: str) -> ClaimRow | None:
        return next((c for c in self.tables.claims if c.claim_id == claim_id), None)

    # -- changing rows --------------------------------------------------------------------------

    def _record(
        self, action: CorrectionAction, resource: CorrectionResource, row_id: str, name: str, before: Any, after: Any
    ) -> None:
        assert self.entry is not None
        self.changes.append(
            CorrectionRow(
                correction_id=f"{self.article}:{self.entry.id}",
                article_id=self.article,
                action=action,
                resource=resource,
                row_id=row_id,
                claim_id=row_id if resource == "claims" and action != "delete" else None,
                statement_id=row_id if resource == "statements" else None,
                field=name,
                extracted=format_value(before) if before is not None else None,
                corrected=format_value(after) if after is not None else None,
                reason=self.entry.reason,
                by=self.entry.by,
                date=self.entry.date,
            )
        )

    def _assign(
        self, resource: CorrectionResource, row: Any, key: str, name: str, value: Any, action: CorrectionAction = "set"
    ) -> None:
        problem = check_value(resource, name, value)
        if problem:
            raise self.fail(f"{name} {problem}")
        before = getattr(row, name)
        setattr(row, name, value)
        if name in ("source_id", "speaker_id"):  # a person, not a rule, says who it is now
            row.evidence = "corrected" if value is not None else None
        self._record(action, resource, getattr(row, key), name, None if action == "add" else before, value)

    def _set_claim(self, claim: ClaimRow, values: dict[str, Any]) -> None:
        for given, value in values.items():
            name = CLAIM_FIELDS.get(given)
            if name is None:
                raise self.fail(f"{given!r} is not a field a claim correction can set ({', '.join(CLAIM_FIELDS)})")
            if name == "source_id":
                value = self._source(value)
            elif name in REFERENCES and value is not None:
                if value == claim.claim_id or self._claim(value) is None:
                    raise self.fail(f"{name} {value} is not another claim of this article")
            self._assign("claims", claim, "claim_id", name, value, "add" if self.entry and self.entry.add else "set")

    def _set_statement(self, statement: StatementRow, values: dict[str, Any], mention: str | None = None) -> None:
        for given, value in values.items():
            name = STATEMENT_FIELDS.get(given)
            if name is None:
                raise self.fail(
                    f"{given!r} is not a field a statement correction can set ({', '.join(STATEMENT_FIELDS)})"
                )
            if name == "speaker_id":
                self._set_speaker(statement, self._source(value), mention)
            else:
                self._assign("statements", statement, "statement_id", name, value)

    def _set_speaker(self, statement: StatementRow, speaker: str | None, mention: str | None) -> None:
        """A new speaker, a mention of them, and the statement's figures that followed the old one."""
        old = statement.speaker_id
        if mention is None:
            mention = statement.mention_id if speaker == old else self._mention_of(speaker, statement.paragraph)
        explicit = "explicit" if statement.attribution == "none" or (self.entry and self.entry.add) else None
        attribution = "none" if speaker is None else explicit or statement.attribution
        for name, value in (("speaker_id", speaker), ("mention_id", mention), ("attribution", attribution)):
            if name == "speaker_id" or getattr(statement, name) != value:
                self._assign("statements", statement, "statement_id", name, value)
        for claim in self.tables.claims:
            if claim.statement_id == statement.statement_id and claim.source_id == old and old != speaker:
                self._assign("claims", claim, "claim_id", "source_id", speaker)

    def _mention_of(self, source: str | None, paragraph: int) -> str | None:
        """The source's mention in the statement's paragraph, if the extractor found one."""
        found = (m for m in self.tables.mentions if m.source_id == source and m.paragraph == paragraph)
        return next((m.mention_id for m in found), None) if source else None

    def _delete(self, row: ClaimRow | StatementRow) -> None:
        if not isinstance(row, ClaimRow):
            raise self.fail(f"only a claim can be deleted, and {row.statement_id} is a statement")
        self.tables.claims.remove(row)
        self._record("delete", "claims", row.claim_id, "claim_id", row.claim_id, None)

    def _add_claim(self, entry: Entry) -> None:
        start, end = self._span(entry)
        statement = self._statement_at(start, end)
        if "qualifier" not in entry.values:
            raise self.fail("an added claim needs set.qualifier")
        taken = next((c for c in self.tables.claims if c.char_start < end and start < c.char_end), None)
        if taken is not None:
            raise self.fail(
                f"claim {taken.claim_id} already covers {_quote(taken.text)}: correct that row (or delete it "
                "first) instead of adding another claim there"
            )
        claim_id = f"{self.article}:c{statement.paragraph}.{entry.id}"
        claim = ClaimRow(
            claim_id, statement.statement_id, self.article, statement.paragraph, entry.expect, start, end,
            None, None, None, "exact", None, None, None, None, None, None, statement.speaker_id, False, None,
        )  # fmt: skip
        starts = [c.char_start for c in self.tables.claims]
        self.tables.claims.insert(bisect.bisect_right(starts, start), claim)
        self._record("add", "claims", claim_id, "claim_id", None, claim_id)
        self._set_claim(claim, {"source": self._name(statement.speaker_id), **entry.values})

    def _name(self, source_id: str | None) -> str | None:
        return next((s.name for s in self.tables.sources if s.source_id == source_id), None)

    def _add_attribution(self, entry: Entry) -> None:
        row = entry.row
        statement = next((s for s in self.tables.statements if s.statement_id == row), None)
        if statement is None:
            raise self.fail(
                f"statement {row} is not in what claimpack extracts now (the seed or the extractor changed)"
            )
        start, end = self._span(entry)
        paragraph = self._statement_at(start, end).paragraph
        name = entry.values.get("speaker") or entry.expect
        if set(entry.values) - {"speaker"}:
            raise self.fail("an added attribution sets only 'speaker'")
        source_id = self._existing(name) or self._new_source(name, entry)
        mention = MentionRow(
            f"{self.article}:m{paragraph}.{entry.id}", self.article, source_id, paragraph, entry.expect, start, end,
            "explicit",
        )  # fmt: skip
        self.tables.mentions.append(mention)
        self._record("add", "mentions", mention.mention_id, "mention_id", None, mention.mention_id)
        self._set_speaker(statement, source_id, mention.mention_id)

    def _existing(self, name: str) -> str | None:
        try:
            return self._source(name)
        except ClaimpackError:
            return None

    def _new_source(self, name: str, entry: Entry) -> str:
        if entry.source_kind is None:
            raise self.fail(f"no source named {_quote(name)} in this article: give its source_kind to add it")
        source_id = f"{self.article}:{slug(name)}"
        if any(s.source_id == source_id for s in self.tables.sources):
            raise self.fail(f"source id {source_id} is taken by another source")
        self.tables.sources.append(SourceRow(source_id, self.article, name, entry.source_kind, None, None))
        self._record("add", "sources", source_id, "source_id", None, source_id)
        return source_id

    def check_references(self) -> None:
        """No claim may point at a claim a correction deleted."""
        ids = {c.claim_id for c in self.tables.claims}
        for claim in self.tables.claims:
            for name in REFERENCES:
                target = getattr(claim, name)
                if target is not None and target not in ids:
                    deleted = next(c for c in self.tables.corrections if c.row_id == target and c.action == "delete")
                    raise ClaimpackError(
                        self.path,
                        f"correction {deleted.correction_id.rsplit(':', 1)[1]}: deletes {target}, but claim "
                        f"{claim.claim_id} refers to it ({name}); correct that claim's {name} too",
                    )


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"«{text if len(text) <= limit else text[: limit - 1] + '…'}»"
