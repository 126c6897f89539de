"""One seed in, its CSV lines out: the unit of work every build path maps over. The seed's
corrections file, when there is one, is applied to the extracted rows before they are rendered.

`process_seed` is a plain top-level function of picklable arguments, so the same code runs
in-process, in a `multiprocessing` pool and on Dask workers. A bad seed comes back as a
`SeedFailure` value (ClaimpackError does not survive pickling), and the caller raises it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimpack import pipeline
from claimpack.building import cache
from claimpack.correcting import apply_corrections, corrections_path, read_corrections
from claimpack.errors import ClaimpackError
from claimpack.read import read_seed
from claimpack.read.sidecar import sidecar_path
from claimpack.write.descriptor import source_entry
from claimpack.write.tables import render_rows


@dataclass(frozen=True)
class SeedTask:
    path: str
    root: str
    max_bytes: int
    cache_dir: str | None = None


@dataclass(frozen=True)
class SeedOutput:
    source: dict[str, Any]  # the descriptor's `sources` entry
    fragments: dict[str, bytes]  # resource -> CSV lines without header
    rows: dict[str, int]
    cached: bool


@dataclass(frozen=True)
class SeedFailure:
    path: str | None
    problem: str

    def error(self) -> ClaimpackError:
        return ClaimpackError(self.path, self.problem)


def process_seed(task: SeedTask) -> SeedOutput | SeedFailure:
    try:
        seed = read_seed(Path(task.path), Path(task.root), task.max_bytes)
    except ClaimpackError as error:
        return SeedFailure(error.path, error.problem)
    folder = Path(task.cache_dir) if task.cache_dir else None
    key = ""
    corrections = corrections_path(seed.path)
    if folder is not None:
        sidecar = sidecar_path(seed.path).read_bytes()
        fixes = corrections.read_bytes() if corrections.is_file() else b""
        key = cache.cache_key(seed.sha256, sidecar, seed.article_id, seed.source_path, fixes)
        hit = cache.load(folder, key)
        if hit is not None:
            return SeedOutput(source_entry(seed), hit[0], hit[1], cached=True)
    try:
        entries = read_corrections(corrections)
        tables = apply_corrections(pipeline.extract_article(seed), entries, seed.text, corrections)
    except ClaimpackError as error:
        return SeedFailure(error.path, error.problem)
    fragments, rows = {}, {}
    for resource, resource_rows in tables.rows().items():
        fragments[resource] = render_rows(resource, resource_rows)
        rows[resource] = len(resource_rows)
    if folder is not None:
        cache.store(folder, key, fragments, rows)
    return SeedOutput(source_entry(seed), fragments, rows, cached=False)


def process_chunk(tasks: list[SeedTask]) -> list[SeedOutput | SeedFailure]:
    """Several seeds per call, so a scheduler's per-task overhead is paid once per chunk."""
    return [process_seed(task) for task in tasks]
