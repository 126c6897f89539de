"""Build the data package from a folder of seeds: the library behind `claimpack build`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimpack.model import ArticleTables, Seed
from claimpack.pipeline import extract_article
from claimpack.read import MAX_BYTES, discover_seeds, read_seed
from claimpack.write import build_descriptor, read_descriptor, render_csv, write_folder
from claimpack.write.descriptor import render_descriptor

RESOURCES = ("articles", "sources", "mentions", "statements", "claims", "images", "dates")


@dataclass
class BuildResult:
    out: Path
    articles: int
    rows: dict[str, int]
    written: bool
    stale: list[str] = field(default_factory=list)  # files that differ from what is on disk


def read_seeds(seeds_dir: Path, root: Path | None = None, max_bytes: int = MAX_BYTES) -> list[Seed]:
    """Every seed in the folder, read and checked; raises ClaimpackError on the first bad one."""
    root = root if root is not None else seeds_dir.resolve().parent
    return [read_seed(path, root, max_bytes) for path in discover_seeds(seeds_dir)]


def render_package(seeds: list[Seed], tables: list[ArticleTables], out: Path) -> dict[str, bytes]:
    """All generated files of the package, keyed by path relative to the package folder."""
    files: dict[str, bytes] = {}
    for resource in RESOURCES:
        rows = [row for article in tables for row in article.rows()[resource]]
        files[f"data/{resource}.csv"] = render_csv(resource, rows)
    descriptor = build_descriptor(files, seeds, read_descriptor(out))
    files["datapackage.json"] = render_descriptor(descriptor)
    return files


def build(
    seeds_dir: Path | str = "seeds",
    out: Path | str = "datapackage",
    *,
    check: bool = False,
    max_bytes: int = MAX_BYTES,
) -> BuildResult:
    """Extract every seed and write the package atomically; with `check`, only compare.

    Raises ClaimpackError for unusable input, before anything is written.
    """
    seeds_dir, out = Path(seeds_dir), Path(out)
    seeds = read_seeds(seeds_dir, max_bytes=max_bytes)
    tables = [extract_article(seed) for seed in seeds]
    files = render_package(seeds, tables, out)
    counts = {resource: files[f"data/{resource}.csv"].count(b"\n") - 1 for resource in RESOURCES}
    stale = [name for name, data in sorted(files.items()) if _read(out / name) != data]
    if check:
        return BuildResult(out, len(seeds), counts, written=False, stale=stale)
    write_folder(out, files)
    return BuildResult(out, len(seeds), counts, written=True, stale=stale)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
