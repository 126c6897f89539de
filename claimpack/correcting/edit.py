"""`claimpack correct`: add an entry to a seed's corrections file for the user.

The row is looked up in what claimpack extracts now (with the file's earlier entries applied),
so the entry gets the id and the text it must expect. The new entry is applied before anything is
written: a correction that would not build is refused, and the file is left as it was. The entry
is appended to the file's text, so comments and hand-written entries stay as they are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from claimpack import pipeline
from claimpack.correcting.apply import CLAIM_FIELDS, STATEMENT_FIELDS, apply_corrections
from claimpack.correcting.file import Addition, Entry, corrections_path, parse_corrections, read_corrections
from claimpack.errors import ClaimpackError
from claimpack.model import ArticleTables, CorrectionRow, Seed, SourceKind
from claimpack.read import read_seed
from claimpack.safety.yamlfile import parse_yaml
from claimpack.write.atomic import write_file

NUMBERS = ("value", "value_low", "value_high", "factor")
HEADER = (
    "# Corrections to what claimpack extracts from {name}.txt, applied by `claimpack build`.\n"
    "# Schema: schemas/corrections-file.schema.json. Edit by hand or with `claimpack correct`.\n"
)


@dataclass(frozen=True)
class Edit:
    path: Path
    entry: Entry
    changes: list[CorrectionRow]  # what the entry changes in the package
    created: bool  # the file is new


def correct(
    row_id: str,
    *,
    reason: str,
    seeds_dir: Path | str = "seeds",
    values: dict[str, str] | None = None,
    delete: bool = False,
    add: Addition | None = None,
    span: tuple[int, int] | None = None,
    source_kind: SourceKind | None = None,
    by: str | None = None,
) -> Edit:
    """Append a correction of `row_id` to its seed's corrections file and return what it changes.

    `values` are field=text pairs as typed (`source`="Røde Kors", value="3000", unit="null");
    `add="claim"` adds a figure at `span` in the article `row_id` names; `add="attribution"`
    makes the words at `span` the speaker of the statement `row_id`."""
    seed = _seed(Path(seeds_dir), row_id)
    path = corrections_path(seed.path)
    entries = read_corrections(path)
    current = apply_corrections(pipeline.extract_article(seed), entries, seed.text, path)
    taken = {entry.id for entry in entries}
    number = next(n for n in range(1, len(taken) + 2) if f"fix-{n}" not in taken)
    parsed = {key: _parse(key, text) for key, text in (values or {}).items()}
    entry = Entry(
        id=f"fix-{number}",
        expect=_expected(current, seed, row_id, add, span),
        reason=reason.strip(),
        row=None if add == "claim" else row_id,
        values=parsed,
        delete=delete,
        add=add,
        span=span,
        source_kind=source_kind,
        by=by,
        date=datetime.now(UTC).date(),
    )
    parse_corrections(path, {"corrections": [e.to_yaml() for e in [*entries, entry]]})  # the schema's word
    fresh = apply_corrections(pipeline.extract_article(seed), [*entries, entry], seed.text, path)
    mine = f"{seed.article_id}:{entry.id}"
    changes = [row for row in fresh.corrections if row.correction_id == mine]
    created = not path.exists()
    write_file(path, _appended(path, seed.article_id, entries, entry))
    return Edit(path, entry, changes, created)


def _seed(seeds_dir: Path, row_id: str) -> Seed:
    article = row_id.split(":", 1)[0]
    path = seeds_dir / f"{article}.txt"
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", article) or not path.is_file():
        raise ClaimpackError(seeds_dir, f"no seed {article[:80]}.txt for row {row_id[:120]}")
    return read_seed(path, seeds_dir.resolve().parent)


def _expected(
    tables: ArticleTables, seed: Seed, row_id: str, add: Addition | None, span: tuple[int, int] | None
) -> str:
    if add is not None:
        if span is None:
            raise ClaimpackError(None, f"--add {add} needs --span START:END")
        start, end = span
        if not 0 <= start < end <= len(seed.text):
            raise ClaimpackError(None, f"span {start}:{end} is not inside the seed ({len(seed.text)} characters)")
        return seed.text[start:end]
    texts = {c.claim_id: c.text for c in tables.claims} | {s.statement_id: s.text for s in tables.statements}
    if row_id in texts:
        return texts[row_id]
    raise ClaimpackError(None, f"no claim or statement {row_id} in what claimpack extracts from {seed.source_path}")


def _parse(key: str, text: str) -> Any:
    """A value as typed on the command line, read by what the field holds."""
    if key not in CLAIM_FIELDS and key not in STATEMENT_FIELDS:
        known = ", ".join([*CLAIM_FIELDS, *STATEMENT_FIELDS])
        raise ClaimpackError(None, f"--set {key}: not a field a correction can set ({known})")
    if text in ("null", "~", ""):
        return None
    if key in NUMBERS:
        try:
            return int(text) if re.fullmatch(r"-?[0-9]+", text) else float(text)
        except ValueError:
            raise ClaimpackError(None, f"--set {key}: {text[:40]!r} is not a number (write 3000 or 1.5)") from None
    if key == "unconfirmed":
        if text not in ("true", "false"):
            raise ClaimpackError(None, f"--set unconfirmed: write true or false, not {text[:40]!r}")
        return text == "true"
    return text


def _appended(path: Path, article: str, entries: list[Entry], entry: Entry) -> bytes:
    """The file's text with `entry` added at the end of its list (a new file when it has none)."""
    existing = path.read_text("utf-8") if path.exists() else ""
    block = yaml.safe_dump([entry.to_yaml()], allow_unicode=True, sort_keys=False, width=100)
    if not entries:
        comments = "".join(line for line in existing.splitlines(keepends=True) if line.lstrip().startswith("#"))
        return ((comments or HEADER.format(name=article)) + "corrections:\n" + _indent(block, "  ")).encode("utf-8")
    found = re.search(r"^( *)- ", existing, re.M)
    text = existing + ("" if existing.endswith("\n") else "\n") + _indent(block, found.group(1) if found else "  ")
    if [e.to_yaml() for e in parse_corrections(path, parse_yaml(text, path))] != [
        e.to_yaml() for e in [*entries, entry]
    ]:
        raise ClaimpackError(path, "cannot append to this file's list; add the entry by hand (see --help)")
    return text.encode("utf-8")


def _indent(block: str, prefix: str) -> str:
    return "".join(prefix + line if line.strip() else line for line in block.splitlines(keepends=True))
