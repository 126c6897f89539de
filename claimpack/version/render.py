"""A PackageDiff as text for people (the JSON form is `PackageDiff.to_dict`)."""

from __future__ import annotations

from typing import Any

from claimpack.safety.messages import json_text
from claimpack.version.diff import CORRECTIONS, PackageDiff
from claimpack.version.policy import correction_bump

MAX_ROWS = 50  # per table; the JSON output lists them all


def render_text(result: PackageDiff, max_rows: int = MAX_ROWS) -> str:
    lines = [f"{result.old} ({result.old_version}) -> {result.new} ({result.new_version})"]
    if not result.changed:
        lines.append("no differences")
    for change in result.schema:
        where = ".".join(part for part in (change.table, change.field) if part) or "package"
        lines.append(
            f"schema  {where}: {change.kind} {_short(change.before)} -> {_short(change.after)} [{change.bump}]"
        )
    if result.articles_added:
        lines.append(f"articles added: {', '.join(result.articles_added)}")
    if result.articles_removed:
        lines.append(f"articles removed: {', '.join(result.articles_removed)}")
    for table, counts in result.counts().items():
        if table == CORRECTIONS:
            lines.extend(_corrections(result))
            continue
        lines.append(
            f"rows    {table}: {counts['added']} added, {counts['removed']} removed, {counts['changed']} changed"
        )
        shown = [c for c in result.rows if c.table == table][:max_rows]
        for row in shown:
            mark = {"added": "+", "removed": "-", "changed": "~"}[row.kind]
            lines.append(f"  {mark} {row.key}")
            for cell in row.cells:
                lines.append(f"      {cell.field}: {_short(cell.before)} -> {_short(cell.after)}")
        hidden = counts["added"] + counts["removed"] + counts["changed"] - len(shown)
        if hidden > 0:
            lines.append(f"  … {hidden} more (use --format json)")
    lines.append(f"required bump: {result.required_bump}")
    return "\n".join(lines) + "\n"


def _corrections(result: PackageDiff) -> list[str]:
    """Human corrections as data corrections: which cell, from what to what, and why."""
    counts = result.counts()[CORRECTIONS]
    lines = [
        f"data corrections: {counts['added']} added, {counts['removed']} removed, {counts['changed']} changed "
        f"[{correction_bump()}]"
    ]
    for change in result.corrections:
        row = change.row or {}
        mark = {"added": "+", "removed": "-", "changed": "~"}[change.kind]
        entry = str(row.get("correction_id", change.key)).rsplit(":", 1)[-1]
        what = f"{row.get('action', '?')} {row.get('resource', '?')} {row.get('row_id', '?')} {row.get('field', '?')}"
        before, after = row.get("extracted") or None, row.get("corrected") or None
        lines.append(f"  {mark} {entry}: {what}: {_short(before)} -> {_short(after)} ({row.get('reason', '')})")
    return lines


def render_json(result: PackageDiff) -> str:
    return json_text(result.to_dict(), indent=2) + "\n"


def _short(value: Any) -> str:
    if value is None:
        return "∅"
    text = value if isinstance(value, str) else json_text(value)
    return repr(text) if len(text) <= 60 else repr(text[:57] + "...")
