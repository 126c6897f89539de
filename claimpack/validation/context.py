"""What every rule sees: the package (descriptor, tables as DataFrames, seed texts) and the suite.

A Context comes from a package folder (`Context.open`) or straight from extracted tables
(`Context.from_frames`, used to score findings on the gold corpus without writing a package)."""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.safety.locations import check_references
from claimpack.safety.paths import inside, read_bytes
from claimpack.safety.patterns import linear_patterns
from claimpack.safety.seeds import Locator
from claimpack.validation.engines import choose, in_order, run_engine
from claimpack.validation.finding import Finding, Location
from claimpack.validation.package import find_descriptor, read_descriptor, read_resource, resource_by_name
from claimpack.validation.suite import Suite
from claimpack.validation.table_error import TableError
from claimpack.write.descriptor import recorded_seeds

MAX_SEED_BYTES = 64 * 1024 * 1024


@dataclass
class Context:
    suite: Suite
    descriptor: dict[str, Any] = field(default_factory=dict)
    descriptor_path: Path | None = None
    engine: str = "frictionless"
    frames: dict[str, pd.DataFrame | None] = field(default_factory=dict)
    _texts: dict[str, str | None] = field(default_factory=dict)
    allow_remote: bool = False
    _shown: dict[tuple[str, str], str] = field(default_factory=dict)
    _located: dict[str, Path] = field(default_factory=dict)
    columnar: Any = None  # the engine's columnar run (claimpack/scale/session.py), when it has one

    @classmethod
    def open(
        cls, package: str | Path, suite: Suite, engine: str = "frictionless", allow_remote: bool = False
    ) -> Context:
        """The package's context; ClaimpackError when its descriptor points outside the package,
        or at a remote location the user did not allow."""
        path = find_descriptor(package)
        descriptor = read_descriptor(path)
        check_references(descriptor, path.parent, allow_remote)
        return cls(suite, descriptor, path, choose(engine, descriptor, allow_remote), allow_remote=allow_remote)

    @classmethod
    def from_frames(cls, frames: dict[str, pd.DataFrame], texts: dict[str, str], suite: Suite) -> Context:
        return cls(suite, frames=dict(frames), _texts=dict(texts))

    @property
    def folder(self) -> Path:
        """The package folder; seed paths are relative to its parent."""
        return self.descriptor_path.parent if self.descriptor_path else Path(".")

    def has(self, resource: str) -> bool:
        if resource in self.frames:
            return self.frames[resource] is not None
        return resource_by_name(self.descriptor, resource) is not None

    def table(self, resource: str) -> pd.DataFrame:
        """The resource as a typed DataFrame; empty when it cannot be read."""
        if resource not in self.frames:
            entry = resource_by_name(self.descriptor, resource)
            self.frames[resource] = read_resource(self.folder, entry) if entry else None
        frame = self.frames[resource]
        return frame if frame is not None else pd.DataFrame()

    @cached_property
    def table_errors(self) -> list[TableError]:
        assert self.descriptor_path is not None, "structural rules need a package on disk"
        if self.columnar is not None:
            return in_order(self.columnar.table_errors())
        with linear_patterns():  # a package's pattern never backtracks (safety/patterns.py)
            return run_engine(self.engine, self.descriptor_path, self.descriptor, self.allow_remote)

    @property
    def engine_ran(self) -> str:
        """The structural engine that checked the package (a columnar engine may hand an odd
        file to frictionless)."""
        return str(self.columnar.engine) if self.columnar is not None else self.engine

    @cached_property
    def _seed_paths(self) -> dict[str, str]:
        articles = self.table("articles")
        if not {"article_id", "source_path"} <= set(articles.columns):
            return {article: f"{article}.txt" for article in self._texts}
        pairs = articles[["article_id", "source_path"]].dropna()
        return dict(zip(pairs["article_id"].astype(str), pairs["source_path"].astype(str), strict=True))

    def seed_path(self, article_id: str) -> str | None:
        """The seed's path relative to the package folder's parent, as articles.csv records it."""
        return self._seed_paths.get(article_id)

    def seed_file(self, path: str) -> Path:
        """Where the seed `path` is (safety/seeds.py: inside the package folder or the
        repository's seed folder beside it). ClaimpackError for anything else: a package never
        makes claimpack read, and quote, another file. Each path is located once a run: the
        columnar rules read a seed and then name it in findings."""
        found = self._located.get(path)
        if found is None:
            found = self._located[path] = self._locator(path)
        return found

    @cached_property
    def _locator(self) -> Locator:
        return Locator(self.folder)

    @cached_property
    def _cwd(self) -> Path:
        return Path.cwd().resolve()

    def shown(self, recorded: str, kind: Literal["seed", "package"] = "seed") -> str:
        """A finding's file as the working directory names it, when the file lies inside it (GitHub
        annotations and code scanning resolve paths from the repository root, which need not be
        the package folder's parent); else `recorded`. A seed's `recorded` path is relative to the
        package folder's parent (or the folder itself, for a published package); a `package` path
        is relative to the package folder."""
        if (kind, recorded) not in self._shown:
            shown = recorded if kind == "seed" else f"{self.folder.name}/{recorded}"
            if self.descriptor_path is not None:
                try:
                    file = self.seed_file(recorded) if kind == "seed" else inside(self.folder, recorded, "path")
                    if file.exists():  # both resolve symlinks: `file` is its real path
                        shown = file.relative_to(self._cwd).as_posix()
                except (ClaimpackError, ValueError, OSError):
                    pass
            self._shown[(kind, recorded)] = shown
        return self._shown[(kind, recorded)]

    def read_seed(self, path: str) -> bytes:
        return read_bytes(self.seed_file(path), MAX_SEED_BYTES, "seed")

    @cached_property
    def seed_digests(self) -> dict[str, tuple[str | None, int | None]]:
        """The sha256 and size each seed path is recorded with (descriptor sources, then articles.csv)."""
        articles = self.table("articles")
        rows: list[tuple[str | None, str | None]] = []
        if {"source_path", "source_sha256"} <= set(articles.columns):
            rows = [
                (None if pd.isna(path) else str(path), None if pd.isna(digest) else str(digest))
                for path, digest in zip(articles["source_path"], articles["source_sha256"], strict=True)
            ]
        return recorded_seeds(self.descriptor, rows)

    def seed_text(self, article_id: str) -> str | None:
        """The seed's text, or None when it cannot be read or is not the exact text the package
        recorded (sha256): a package can only make claimpack quote the text it was built from.
        The seed-file rule says why."""
        if article_id not in self._texts:
            path = self.seed_path(article_id)
            self._texts[article_id] = None
            digest = self.seed_digests.get(path, (None, None))[0] if path else None
            if path and digest:
                try:
                    data = self.read_seed(path)
                    if hashlib.sha256(data).hexdigest() == digest:
                        self._texts[article_id] = data.decode("utf-8")
                except (ClaimpackError, UnicodeDecodeError):
                    pass
        return self._texts[article_id]

    @cached_property
    def _line_starts(self) -> dict[str, list[int]]:
        return {}

    def span_location(
        self, resource: str, key: str | None, field: str | None, article_id: Any, start: Any, end: Any
    ) -> Location:
        """A row's location, with the seed's line and column when the offsets make sense."""
        article = None if pd.isna(article_id) else str(article_id)
        recorded = self.seed_path(article) if article else None
        path = self.shown(recorded) if recorded else None
        text = self.seed_text(article) if article else None
        if article is None or text is None or pd.isna(start) or pd.isna(end):
            return Location(resource=resource, key=key, field=field, path=path)
        if not 0 <= int(start) <= int(end) <= len(text):
            return Location(resource=resource, key=key, field=field, path=path)
        if article not in self._line_starts:
            self._line_starts[article] = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
        starts = self._line_starts[article]
        line, column = _line_column(starts, int(start))
        end_line, end_column = _line_column(starts, int(end))
        return Location(resource, key, field, None, path, line, column, end_line, end_column)

    def row_finding(
        self,
        resource: str,
        key: str,
        row: Mapping[str, Any],
        field: str,
        message: str,
        related: tuple[str, ...] = (),
        code: str | None = None,
    ) -> Finding:
        """A finding about one row (its `key` column names it), placed at its span in the seed."""
        start, end = row.get("char_start", pd.NA), row.get("char_end", pd.NA)
        where = self.span_location(resource, row[key], field, row["article_id"], start, end)
        return Finding(message, where, related=related, code=code, article=str(row["article_id"]))


def _line_column(starts: list[int], offset: int) -> tuple[int, int]:
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1
