"""The corrections file `seeds/<id>.corrections.yaml`, checked against
`schemas/corrections-file.schema.json`. Written by hand or by `claimpack correct`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from jsonschema import Draft202012Validator, FormatChecker

from claimpack.errors import ClaimpackError
from claimpack.model import SourceKind
from claimpack.resources import load_schema
from claimpack.safety.messages import first_schema_problem
from claimpack.safety.yamlfile import json_types, load_yaml

SUFFIX = ".corrections.yaml"
SCHEMA = "corrections-file.schema.json"
MAX_BYTES = 4 * 1024 * 1024

Action = Literal["set", "delete", "add"]
Addition = Literal["claim", "attribution"]


@dataclass(frozen=True)
class Entry:
    """One correction as the file states it."""

    id: str
    expect: str
    reason: str
    row: str | None = None
    values: dict[str, Any] = field(default_factory=dict)  # the entry's `set`
    delete: bool = False
    add: Addition | None = None
    span: tuple[int, int] | None = None
    source_kind: SourceKind | None = None
    by: str | None = None
    date: date | None = None

    @property
    def action(self) -> Action:
        return "delete" if self.delete else "add" if self.add else "set"

    def to_yaml(self) -> dict[str, Any]:
        """The entry as the file writes it, keys in reading order."""
        data: dict[str, Any] = {"id": self.id}
        if self.add:
            data["add"] = self.add
        if self.row:
            data["row"] = self.row
        if self.span:
            data["span"] = list(self.span)
        data["expect"] = self.expect
        if self.delete:
            data["delete"] = True
        if self.values:
            data["set"] = dict(self.values)
        if self.source_kind:
            data["source_kind"] = self.source_kind
        data["reason"] = self.reason
        if self.by:
            data["by"] = self.by
        if self.date:
            data["date"] = self.date.isoformat()
        return data


def corrections_path(seed: Path) -> Path:
    """`<id>.corrections.yaml` beside the seed `<id>.txt`."""
    return seed.with_name(seed.stem + SUFFIX)


def read_corrections(path: Path) -> list[Entry]:
    """The file's entries in file order; [] when there is no file. ClaimpackError (one line, the
    place and the problem, never the contents) when it is unreadable, fails its schema or
    repeats an id."""
    if not path.exists() and not path.is_symlink():
        return []
    return parse_corrections(path, load_yaml(path, "corrections file", MAX_BYTES))


def parse_corrections(path: Path, document: Any) -> list[Entry]:
    data = json_types(document if document is not None else {"corrections": []})
    if isinstance(data, dict) and "corrections" in data and data["corrections"] is None:
        data["corrections"] = []  # 'corrections:' with nothing under it yet
    validator = Draft202012Validator(load_schema(SCHEMA), format_checker=FormatChecker())
    errors = list(validator.iter_errors(data))
    if errors:
        raise ClaimpackError(path, first_schema_problem(errors, SCHEMA))
    entries: list[Entry] = []
    seen: set[str] = set()
    for item in data["corrections"]:
        if item["id"] in seen:
            raise ClaimpackError(path, f"correction id {item['id']!r} is used twice")
        seen.add(item["id"])
        span = item.get("span")
        entries.append(
            Entry(
                id=item["id"],
                expect=item["expect"],
                reason=item["reason"].strip(),
                row=item.get("row"),
                values=dict(item.get("set") or {}),
                delete=bool(item.get("delete")),
                add=item.get("add"),
                span=(span[0], span[1]) if span else None,
                source_kind=item.get("source_kind"),
                by=item.get("by"),
                date=date.fromisoformat(item["date"]) if item.get("date") else None,
            )
        )
    return entries


def check_orphans(seeds_dir: Path, seeds: list[Path]) -> None:
    """A corrections file with no seed beside it is a mistake (a renamed seed): say so."""
    names = {corrections_path(seed).name for seed in seeds}
    for path in sorted(seeds_dir.glob("*" + SUFFIX)):
        if path.name not in names:
            raise ClaimpackError(path, f"corrections file without a seed: {path.name[: -len(SUFFIX)]}.txt is missing")
