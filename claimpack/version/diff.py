"""What changed between two packages: schema changes and rows added, removed or changed per table
(keyed by primary key, with field-level before and after), and the bump the policy requires."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimpack.tableschema import foreign_keys, primary_key
from claimpack.version.policy import constraint_bump, correction_bump, larger, type_bump
from claimpack.version.snapshot import Snapshot, open_snapshot
from claimpack.version.tables import Table, tables_of

DOC_KEYS = ("title", "description")
CORRECTIONS = "corrections"  # the table of human edits (claimpack/correcting/)


@dataclass(frozen=True)
class SchemaChange:
    table: str
    field: str | None  # None: the table itself, its keys, or the package metadata
    kind: str  # table-added, table-removed, field-added, field-removed, type, constraint, primary-key, ...
    before: Any
    after: Any
    bump: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class CellChange:
    field: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class RowChange:
    table: str
    key: str
    kind: str  # added, removed, changed
    cells: tuple[CellChange, ...] = ()
    row: dict[str, str] | None = None  # the row as the side that has it holds it (corrections only)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"table": self.table, "key": self.key, "kind": self.kind}
        if self.cells:
            data["cells"] = [c.__dict__ for c in self.cells]
        return data


@dataclass
class PackageDiff:
    old: str
    new: str
    old_version: str | None
    new_version: str | None
    schema: list[SchemaChange] = field(default_factory=list)
    rows: list[RowChange] = field(default_factory=list)
    articles_added: list[str] = field(default_factory=list)
    articles_removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.schema or self.rows)

    @property
    def required_bump(self) -> str:
        bumps = [change.bump for change in self.schema]
        if self.articles_removed:
            bumps.append("major")
        if self.articles_added:
            bumps.append("minor")
        if self.rows:
            bumps.append("patch")
        return larger(*bumps)

    @property
    def corrections(self) -> list[RowChange]:
        """Human corrections added, removed or changed: data corrections, a patch by the policy."""
        return [change for change in self.rows if change.table == CORRECTIONS]

    def counts(self) -> dict[str, dict[str, int]]:
        """table -> {added, removed, changed} row counts."""
        result: dict[str, dict[str, int]] = {}
        for change in self.rows:
            result.setdefault(change.table, {"added": 0, "removed": 0, "changed": 0})[change.kind] += 1
        return result

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": {"source": self.old, "version": self.old_version},
            "new": {"source": self.new, "version": self.new_version},
            "required_bump": self.required_bump,
            "schema": [c.to_dict() for c in self.schema],
            "articles": {"added": self.articles_added, "removed": self.articles_removed},
            "rows": self.counts(),
            "row_changes": [c.to_dict() for c in self.rows],
            "corrections": [
                {"change": c.kind, "bump": correction_bump(), **(c.row or {"key": c.key})} for c in self.corrections
            ],
        }


def diff(old: str | Path | Snapshot, new: str | Path | Snapshot) -> PackageDiff:
    """Compare two packages (folders, descriptor files, zips, `git:REV` or snapshots)."""
    first = old if isinstance(old, Snapshot) else open_snapshot(old)
    second = new if isinstance(new, Snapshot) else open_snapshot(new)
    return diff_tables(
        first.label, first.descriptor, tables_of(first), second.label, second.descriptor, tables_of(second)
    )


def diff_tables(
    old_label: str,
    old_descriptor: dict[str, Any],
    old_tables: dict[str, Table],
    new_label: str,
    new_descriptor: dict[str, Any],
    new_tables: dict[str, Table],
) -> PackageDiff:
    """The diff of two packages already read as keyed tables (a release record gives fingerprints only)."""
    result = PackageDiff(old_label, new_label, old_descriptor.get("version"), new_descriptor.get("version"))
    result.schema.extend(_metadata_changes(old_descriptor, new_descriptor))
    a, b = _Side(old_tables), _Side(new_tables)
    for name in a.tables.keys() - b.tables.keys():
        result.schema.append(SchemaChange(name, None, "table-removed", name, None, "major"))
    for name in _ordered(b.tables, a.tables):
        if name not in a.tables:
            result.schema.append(SchemaChange(name, None, "table-added", None, name, "minor"))
            continue
        result.schema.extend(schema_changes(name, a.tables[name].schema, b.tables[name].schema))
        result.rows.extend(row_changes(a.tables[name], b.tables[name]))
    old_articles, new_articles = a.article_ids(), b.article_ids()
    result.articles_added = sorted(new_articles - old_articles)
    result.articles_removed = sorted(old_articles - new_articles)
    return result


@dataclass
class _Side:
    tables: dict[str, Table]

    def article_ids(self) -> set[str]:
        articles = self.tables.get("articles")
        return set(articles.fingerprints) if articles else set()


def _ordered(first: dict[str, Table], second: dict[str, Table]) -> list[str]:
    return list(first) + [name for name in second if name not in first]


def _metadata_changes(old: dict[str, Any], new: dict[str, Any]) -> list[SchemaChange]:
    return [
        SchemaChange("", None, f"package-{key}", old.get(key), new.get(key), "patch")
        for key in ("name", "title", "description", "licenses")
        if old.get(key) != new.get(key)
    ]


def schema_changes(table: str, old: dict[str, Any], new: dict[str, Any]) -> list[SchemaChange]:
    """Field, type, constraint and key changes of one Table Schema."""
    changes: list[SchemaChange] = []
    old_fields = {f["name"]: f for f in old.get("fields") or [] if isinstance(f, dict) and "name" in f}
    new_fields = {f["name"]: f for f in new.get("fields") or [] if isinstance(f, dict) and "name" in f}
    for name in old_fields.keys() - new_fields.keys():
        changes.append(SchemaChange(table, name, "field-removed", old_fields[name].get("type"), None, "major"))
    for name, after in new_fields.items():
        before = old_fields.get(name)
        if before is None:
            changes.append(SchemaChange(table, name, "field-added", None, after.get("type", "string"), "minor"))
            continue
        kind_a, kind_b = before.get("type", "string"), after.get("type", "string")
        if kind_a != kind_b:
            changes.append(SchemaChange(table, name, "type", kind_a, kind_b, type_bump(kind_a, kind_b)))
        ca, cb = before.get("constraints") or {}, after.get("constraints") or {}
        for key in sorted(ca.keys() | cb.keys()):
            bump = constraint_bump(key, ca.get(key), cb.get(key))
            if bump != "none":
                changes.append(SchemaChange(table, name, f"constraint-{key}", ca.get(key), cb.get(key), bump))
        for key in DOC_KEYS:
            if before.get(key) != after.get(key):
                changes.append(SchemaChange(table, name, f"field-{key}", before.get(key), after.get(key), "patch"))
    if primary_key(old) != primary_key(new):
        changes.append(SchemaChange(table, None, "primary-key", primary_key(old), primary_key(new), "major"))
    if foreign_keys(old, table) != foreign_keys(new, table):
        changes.append(
            SchemaChange(table, None, "foreign-keys", old.get("foreignKeys"), new.get("foreignKeys"), "major")
        )
    return changes


def row_changes(old: Table, new: Table) -> list[RowChange]:
    """Rows added, removed or changed, by primary key; cells compared on the fields both share."""
    keep = new.name == CORRECTIONS  # a correction is read whole: who changed what, and why
    changes = [
        RowChange(new.name, key, "removed", row=old.rows.get(key) if keep and old.rows else None)
        for key in old.fingerprints
        if key not in new.fingerprints
    ]
    shared = [f for f in _field_names(new.schema) if f in set(_field_names(old.schema))]
    for key, fingerprint in new.fingerprints.items():
        if key not in old.fingerprints:
            changes.append(RowChange(new.name, key, "added", row=new.rows.get(key) if keep and new.rows else None))
        elif fingerprint != old.fingerprints[key]:
            if old.rows is None or new.rows is None:
                changes.append(RowChange(new.name, key, "changed"))
                continue
            before, after = old.rows[key], new.rows[key]
            cells = tuple(CellChange(f, before.get(f), after.get(f)) for f in shared if before.get(f) != after.get(f))
            if cells:
                changes.append(RowChange(new.name, key, "changed", cells, after if keep else None))
    return changes


def _field_names(schema: dict[str, Any]) -> list[str]:
    return [f["name"] for f in schema.get("fields") or [] if isinstance(f, dict) and "name" in f]
