"""Publish a released package to where people use data: a zip or package folder, SQLite, Parquet,
DuckDB, Excel or PostgreSQL. Each target is one module with `write(snapshot, tables, target)` and
`read(target, snapshot)`; reading back gives the same rows and types as `claimpack.load`.

    >>> from claimpack.publishing import publish
    >>> publish("datapackage", "dist/claims.sqlite").kind
    'sqlite'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.loading import load_snapshot
from claimpack.publishing.about import check_resource_names
from claimpack.publishing.ready import problems
from claimpack.publishing.values import primary_key
from claimpack.version.snapshot import Snapshot, open_snapshot

# kind -> module; the order is the order `--format` lists them in.
TARGETS = {
    "zip": "ziparchive",
    "folder": "folder",
    "sqlite": "sqlite",
    "parquet": "parquet",
    "duckdb": "duck",
    "excel": "excel",
    "postgresql": "postgres",
}
SUFFIXES = {
    ".zip": "zip",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
    ".duckdb": "duckdb",
    ".xlsx": "excel",
}


@dataclass
class Published:
    kind: str
    target: str
    tables: dict[str, int]  # rows per table


def target_kind(target: str, kind: str | None = None) -> str:
    """The target's kind, from `kind` or else from the URL scheme or file suffix; a folder (or a
    path with no suffix) is Parquet."""
    if kind:
        if kind not in TARGETS:
            raise ClaimpackError(target, f"unknown format {kind!r} (one of {', '.join(TARGETS)})")
        return kind
    if target.startswith(("postgresql://", "postgres://", "postgresql+")):
        return "postgresql"
    if "://" in target:
        raise ClaimpackError(target, "only postgresql:// URLs can be published to")
    suffix = Path(target).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if not suffix or Path(target).is_dir():
        return "parquet"
    raise ClaimpackError(target, f"cannot tell the format from {suffix!r}; use --format ({', '.join(TARGETS)})")


def module(kind: str) -> ModuleType:
    try:
        return import_module(f"claimpack.publishing.{TARGETS[kind]}")
    except ModuleNotFoundError as error:  # the base install has no Arrow, DuckDB or SQLAlchemy
        raise ClaimpackError(
            None, f"publishing to {kind} needs {error.name}: pip install 'claimpack[publish]'"
        ) from error


def publish(
    package: str | Path,
    target: str | Path,
    *,
    kind: str | None = None,
    check: bool = True,
    force: bool = False,
    allow_remote: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> Published:
    """Write `package` to `target`. With `check` (the default), refuse a package whose files do
    not match its descriptor's hashes or that fails validation (ClaimpackError naming why).
    An existing target is replaced only when an earlier publish wrote it, or with `force`; a
    resource at a remote URL is fetched only with `allow_remote`."""
    target = str(target)
    kind = target_kind(target, kind)
    snapshot = open_snapshot(package, allow_remote=allow_remote)
    check_resource_names(snapshot)
    step = progress or (lambda done, total, now: None)
    if check:
        step(0, 4, "checking hashes and validating")
        found = problems(snapshot)
        if found:
            listed = "; ".join(found[:3]) + (f"; and {len(found) - 3} more" if len(found) > 3 else "")
            raise ClaimpackError(snapshot.label, f"refusing to publish: {listed}")
    step(1, 4, "loading the tables")
    tables = load_snapshot(snapshot, verify=False)  # checked above, or the user said --no-check
    step(2, 4, f"writing {kind}")
    module(kind).write(snapshot, tables, target, force)
    step(4, 4, "")
    return Published(kind, target, {name: len(frame) for name, frame in tables.items()})


def read_back(kind: str, target: str | Path, package: str | Path | Snapshot) -> dict[str, pd.DataFrame]:
    """A published target read back as typed frames, rows in primary-key order."""
    snapshot = package if isinstance(package, Snapshot) else open_snapshot(package)
    tables: dict[str, pd.DataFrame] = module(kind).read(str(target), snapshot)
    return {name: in_key_order(frame, snapshot.schema(snapshot.resource(name) or {})) for name, frame in tables.items()}


def in_key_order(frame: pd.DataFrame, schema: dict[str, Any]) -> pd.DataFrame:
    """Rows sorted by the primary key: stores do not keep the CSV's row order."""
    key = [k for k in primary_key(schema) if k in frame.columns]
    return frame.sort_values(key, ignore_index=True) if key else frame.reset_index(drop=True)


__all__ = ["SUFFIXES", "TARGETS", "Published", "in_key_order", "publish", "read_back", "target_kind"]
