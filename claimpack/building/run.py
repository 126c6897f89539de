"""Build the data package from a folder of seeds: the library behind `claimpack build`.

Seeds are extracted independently (in-process, in a process pool, or on Dask: anything that maps
`process_seed` over tasks and yields results in order), and their rows are streamed straight into
the staging folder's CSVs, hashed on the way, so memory does not grow with the archive. The
staging folder replaces the package atomically at the end; any failure discards it."""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimpack.building.work import SeedFailure, SeedOutput, SeedTask, process_seed
from claimpack.correcting.file import check_orphans
from claimpack.lexicons import lexicon
from claimpack.model import ArticleTables, Seed
from claimpack.read import MAX_BYTES, discover_seeds, read_seed
from claimpack.write import build_descriptor, read_descriptor, render_csv
from claimpack.write.atomic import StagedFolder
from claimpack.write.descriptor import describe_package, render_descriptor
from claimpack.write.stream import TableStream

RESOURCES = ("articles", "sources", "mentions", "statements", "claims", "images", "dates", "corrections")
CACHE_DIR = ".claimpack-cache"

Mapper = Callable[[list[SeedTask]], Iterable[SeedOutput | SeedFailure]]


@dataclass
class BuildResult:
    out: Path
    articles: int
    rows: dict[str, int]
    written: bool
    stale: list[str] = field(default_factory=list)  # files that differ from what is on disk
    cached: int = 0  # seeds whose rows came from the cache instead of the extractor


def read_seeds(seeds_dir: Path, root: Path | None = None, max_bytes: int = MAX_BYTES) -> list[Seed]:
    """Every seed in the folder, read and checked; raises ClaimpackError on the first bad one."""
    root = root if root is not None else seeds_dir.resolve().parent
    return [read_seed(path, root, max_bytes) for path in discover_seeds(seeds_dir)]


def render_package(seeds: list[Seed], tables: list[ArticleTables], out: Path) -> dict[str, bytes]:
    """All generated files of the package in memory (small packages and tests)."""
    files: dict[str, bytes] = {}
    for resource in RESOURCES:
        rows = [row for article in tables for row in article.rows()[resource]]
        files[f"data/{resource}.csv"] = render_csv(resource, rows)
    descriptor = build_descriptor(files, seeds, read_descriptor(out))
    files["datapackage.json"] = render_descriptor(descriptor)
    return files


def default_cache(out: Path | str) -> Path:
    """`.claimpack-cache/` beside the package folder."""
    return Path(out).resolve().parent / CACHE_DIR


def build(
    seeds_dir: Path | str = "seeds",
    out: Path | str = "datapackage",
    *,
    check: bool = False,
    max_bytes: int = MAX_BYTES,
    workers: int = 1,
    cache_dir: Path | str | None = None,
    progress: Callable[[int], None] | None = None,
    mapper: Mapper | None = None,
) -> BuildResult:
    """Extract every seed and write the package atomically; with `check`, only compare.

    `workers` > 1 extracts in a process pool (same bytes as 1); `cache_dir` reuses rows of seeds
    already extracted by this extractor version; `progress` is called with the number of seeds
    done after each one; `mapper` replaces the local pool (the Dask path). Raises ClaimpackError
    for unusable input, and then nothing is written.
    """
    seeds_dir, out = Path(seeds_dir), Path(out)
    root = seeds_dir.resolve().parent
    cache = str(Path(cache_dir).resolve()) if cache_dir is not None else None
    paths = discover_seeds(seeds_dir)
    check_orphans(seeds_dir, paths)
    tasks = [SeedTask(str(path), str(root), max_bytes, cache) for path in paths]
    with StagedFolder(out) if not check else _NoStaging() as staged:
        previous = read_descriptor(out)  # after the staging folder put back a package a crash left aside
        with TableStream(RESOURCES, staged) as stream:
            outputs = mapper(tasks) if mapper else map_local(tasks, workers)
            try:
                sources, cached = _consume(outputs, stream, progress)
            finally:
                close = getattr(outputs, "close", None)
                if close is not None:
                    close()  # stops a process pool at once when a seed fails
            digests = stream.close()
        descriptor = render_descriptor(describe_package(digests, sources, previous))
        stale = _stale(out, digests, descriptor)
        result = BuildResult(out, len(tasks), dict(stream.rows), written=not check, stale=stale, cached=cached)
        if staged is not None:
            staged.write("datapackage.json", descriptor)
            staged.commit()
    return result


def map_local(tasks: list[SeedTask], workers: int) -> Iterator[SeedOutput | SeedFailure]:
    """Results in task order: in-process for one worker, else an ordered chunked process pool."""
    workers = max(1, min(workers, len(tasks)))
    if workers == 1:
        yield from map(process_seed, tasks)
        return
    chunksize = max(1, min(32, len(tasks) // (workers * 8)))
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    if context.get_start_method() == "fork" and all(task.cache_dir is None for task in tasks):
        lexicon()  # read once here, so the forked workers share it instead of each reading its own
    # An executor feeds its workers through a bounded queue: stopping early (a seed failed, the
    # consumer closed this generator) cancels what has not started. multiprocessing.Pool's
    # terminate() could hang joining its task thread, blocked on a full pipe to dead workers.
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker)
    try:
        yield from pool.map(process_seed, tasks, chunksize=chunksize)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker() -> None:
    """A worker never frees what it was forked with (the imports, the lexicons): frozen, it is
    no longer walked by every full garbage collection (nor its pages copied for it). An
    article's objects are freed by reference counting, so collections can come less often too."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


def _consume(
    outputs: Iterable[SeedOutput | SeedFailure], stream: TableStream, progress: Callable[[int], None] | None
) -> tuple[list[dict[str, Any]], int]:
    sources: list[dict[str, Any]] = []
    cached = 0
    for output in outputs:
        if isinstance(output, SeedFailure):
            raise output.error()
        stream.add(output.fragments, output.rows)
        sources.append(output.source)
        cached += output.cached
        if progress is not None:
            progress(1)
    return sources, cached


def _stale(out: Path, digests: dict[str, tuple[int, str]], descriptor: bytes) -> list[str]:
    stale = [name for name, digest in digests.items() if _digest(out / name) != digest]
    if _digest(out / "datapackage.json") != (len(descriptor), hashlib.sha256(descriptor).hexdigest()):
        stale.append("datapackage.json")
    return sorted(stale)


def _digest(path: Path) -> tuple[int, str] | None:
    try:
        with path.open("rb") as handle:
            digest = hashlib.file_digest(handle, "sha256")
        return os.path.getsize(path), digest.hexdigest()
    except OSError:
        return None


class _NoStaging:
    """Stands in for StagedFolder under --check: nothing is written."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: Any) -> None:
        return None
