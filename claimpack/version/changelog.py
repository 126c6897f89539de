"""`datapackage/CHANGELOG.md`: one dated entry per release, newest first, written from the diff."""

from __future__ import annotations

from claimpack.version.diff import PackageDiff

MAX_LISTED = 10  # row changes listed one by one; more are only counted

HEADER = (
    "# Changelog of the data\n\n"
    "Versions follow the policy in README.md: major for breaking schema changes, minor for added\n"
    "fields, tables or articles, patch for corrected values. Newest first.\n"
)


def entry(version: str, day: str, bump: str, change: PackageDiff | None, rows: dict[str, int]) -> str:
    """The entry for one release; `change` is None for the first release."""
    lines = [f"## {version} — {day}", ""]
    if change is None:
        sizes = ", ".join(f"{name} {n}" for name, n in rows.items())
        lines.append(f"- First release; rows per table: {sizes}.")
        return "\n".join(lines) + "\n"
    lines.append(f"- {bump.capitalize()} release (from {change.old_version}).")
    for item in change.schema:
        where = ".".join(part for part in (item.table, item.field) if part) or "package"
        lines.append(f"- Schema: {where} {item.kind.replace('-', ' ')} ({item.bump}).")
    if change.articles_added:
        lines.append(f"- Articles added: {', '.join(change.articles_added)}.")
    if change.articles_removed:
        lines.append(f"- Articles withdrawn: {', '.join(change.articles_removed)}.")
    for table, counts in change.counts().items():
        parts = [f"{n} {kind}" for kind, n in counts.items() if n]
        lines.append(f"- {table}: rows {', '.join(parts)}.")
    if len(change.rows) <= MAX_LISTED:
        for row in change.rows:
            cells = "; ".join(f"{c.field} {c.before!r} → {c.after!r}" for c in row.cells)
            lines.append(f"  - {row.kind} {row.table} {row.key}" + (f": {cells}" if cells else ""))
    return "\n".join(lines) + "\n"


def add_entry(existing: str | None, text: str) -> str:
    """`existing` changelog with `text` inserted as the newest entry."""
    body = existing if existing and existing.strip() else HEADER
    head, marker, rest = body.partition("\n## ")
    if not marker:
        return body.rstrip("\n") + "\n\n" + text
    return head.rstrip("\n") + "\n\n" + text + "\n## " + rest
