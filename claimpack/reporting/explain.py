"""Why a row says what it says: a claim's or a statement's fields, the rule that linked its source
or speaker (the `evidence` column, explained by `claimpack.model.EVIDENCE`), the cue and the
mention that named them, the sentence with the figure marked, and any correction a person made.
The library behind `claimpack explain`.

    >>> from claimpack.reporting.explain import explain
    >>> print(explain("datapackage", "000_ce1b982170328aa1:c0.2").text())
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from claimpack.errors import ClaimpackError
from claimpack.lazy import np, pd
from claimpack.loading import load
from claimpack.model import EVIDENCE
from claimpack.reporting.cells import cell_text

RowKind = Literal["claim", "statement"]
KEYS: dict[RowKind, tuple[str, str]] = {"claim": ("claims", "claim_id"), "statement": ("statements", "statement_id")}
CLAIM_FIELDS = ("value", "value_low", "value_high", "qualifier", "unit", "subject", "event", "unconfirmed")


@dataclass(frozen=True)
class Explanation:
    """One row and the reasons behind it, as (label, text) lines in reading order."""

    kind: RowKind
    row_id: str
    lines: list[tuple[str, str]] = field(default_factory=list)

    def text(self) -> str:
        width = max((len(label) for label, _ in self.lines), default=0)
        body = "\n".join(f"  {label.ljust(width)}  {value}" for label, value in self.lines)
        return f"{self.kind} {self.row_id}\n{body}\n"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.row_id, "lines": [{"label": k, "text": v} for k, v in self.lines]}


def explain(package: str | Path, row_id: str) -> Explanation:
    """The explanation of the claim or statement `row_id` in `package` (checked against its
    declared hashes, never fetched); a ClaimpackError when no such row exists."""
    tables = load(package)
    for kind, (resource, key) in KEYS.items():
        frame = tables.get(resource)
        if frame is None or key not in frame.columns:
            continue
        found = frame[frame[key].astype(str) == row_id]
        if not found.empty:
            row = _record(found.iloc[0])
            lines = _claim_lines(row, tables) if kind == "claim" else _statement_lines(row, tables)
            return Explanation(kind, row_id, lines + _corrections(row_id, tables))
    raise ClaimpackError(str(package), f"no claim or statement with id {row_id!r}")


def _claim_lines(claim: dict[str, Any], tables: dict[str, pd.DataFrame]) -> list[tuple[str, str]]:
    lines = [("text", f"«{claim['text']}» in paragraph {claim['paragraph']}, {_chars(claim)}")]
    lines += [(name, cell_text(claim[name]) or "—") for name in CLAIM_FIELDS if claim.get(name) is not None]
    for name in ("part_of", "relative_to"):
        if (other := claim.get(name)) is not None:
            lines.append((name, f"{other} {_quoted(_row(tables, 'claims', 'claim_id', other))}".rstrip()))
    if claim.get("factor") is not None:
        lines.append(("factor", cell_text(claim["factor"]) or "—"))
    source = claim.get("source_id")
    lines.append(("source", _source(tables, source) if source else "none: the narrator states the figure"))
    statement = _row(tables, "statements", "statement_id", claim.get("statement_id"))
    if source:
        lines.append(("why", _why(claim.get("evidence"))))
        if statement is not None and statement.get("speaker_id") == source:
            lines += _cue_lines(statement, tables)
    if statement is not None:
        lines.append(("sentence", _marked(statement, claim)))
    return lines


def _statement_lines(statement: dict[str, Any], tables: dict[str, pd.DataFrame]) -> list[tuple[str, str]]:
    lines = [
        ("kind", str(statement["kind"])),
        ("text", f"«{statement['text']}» in paragraph {statement['paragraph']}, {_chars(statement)}"),
    ]
    speaker = statement.get("speaker_id")
    lines.append(("speaker", _source(tables, speaker) if speaker else "none found"))
    if speaker:
        lines.append(("why", _why(statement.get("evidence"))))
        lines += _cue_lines(statement, tables)
    claims = tables.get("claims")
    if claims is not None and "statement_id" in claims.columns:
        own = claims[claims["statement_id"].astype(str) == str(statement["statement_id"])]
        lines += [("claim", f"{row['claim_id']} «{row['text']}»") for row in map(_record, own.iloc)]
    return lines


def _cue_lines(statement: dict[str, Any], tables: dict[str, pd.DataFrame]) -> list[tuple[str, str]]:
    lines = [("cue", f"«{statement['cue']}»" if statement.get("cue") else "none (the rule needs none)")]
    lines.append(("attribution", str(statement.get("attribution"))))
    mention = _row(tables, "mentions", "mention_id", statement.get("mention_id"))
    if mention is not None:
        lines.append(("named as", f"«{mention['text']}» ({mention['via']}) in paragraph {mention['paragraph']}"))
    return lines


def _why(evidence: Any) -> str:
    """The rule and what it means; a package older than the column, or one whose value claimpack
    does not know, says so instead of guessing."""
    if evidence is None:
        return "not recorded (a package before data 1.2 has no evidence column)"
    meaning = EVIDENCE.get(evidence)
    return f"{evidence}: {meaning}" if meaning else f"{evidence} (not a rule claimpack knows)"


def _source(tables: dict[str, pd.DataFrame], source_id: str) -> str:
    row = _row(tables, "sources", "source_id", source_id)
    if row is None:
        return f"{source_id} (not in sources)"
    detail = ", ".join(str(row[name]) for name in ("kind", "role") if row.get(name) is not None)
    return f"{row['name']} ({detail}) {source_id}" if detail else f"{row['name']} {source_id}"


def _marked(statement: dict[str, Any], claim: dict[str, Any]) -> str:
    """The statement's text with the claim in [brackets], when the claim lies inside it."""
    text, start = str(statement["text"]), int(statement["char_start"])
    left, right = int(claim["char_start"]) - start, int(claim["char_end"]) - start
    if 0 <= left <= right <= len(text):
        return f"{text[:left]}[{text[left:right]}]{text[right:]}"
    return text


def _corrections(row_id: str, tables: dict[str, pd.DataFrame]) -> list[tuple[str, str]]:
    frame = tables.get("corrections")
    if frame is None or frame.empty or "row_id" not in frame.columns:
        return []
    rows = map(_record, frame[frame["row_id"].astype(str) == row_id].iloc)
    return [
        ("corrected", f"{r['field']}: {r['extracted'] or '—'} → {r['corrected'] or '—'} ({r['reason']}; {r['by']})")
        for r in rows
    ]


def _row(tables: dict[str, pd.DataFrame], resource: str, key: str, value: Any) -> dict[str, Any] | None:
    frame = tables.get(resource)
    if value is None or frame is None or key not in frame.columns:
        return None
    found = frame[frame[key].astype(str) == str(value)]
    return None if found.empty else _record(found.iloc[0])


def _record(row: pd.Series) -> dict[str, Any]:
    """The row with missing cells as None, whatever pandas type held them, and numpy scalars as
    Python ones."""
    return {name: _plain(value) for name, value in row.items()}


def _plain(value: Any) -> Any:
    if pd.isna(value):
        return None
    return value.item() if isinstance(value, np.generic) else value


def _chars(row: dict[str, Any]) -> str:
    return f"characters {row['char_start']}–{row['char_end']}"


def _quoted(row: dict[str, Any] | None) -> str:
    return f"«{row['text']}»" if row is not None else "(not in claims)"
