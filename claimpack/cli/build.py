"""`claimpack build [SEEDS_DIR] [--out DIR] [--check] [--workers N] [--no-cache] [--quiet]`."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from claimpack.building import BuildResult, build, default_cache
from claimpack.cli.say import say
from claimpack.errors import ClaimpackError
from claimpack.read import MAX_BYTES, discover_seeds


@click.command("build")
@click.argument("seeds_dir", default="seeds", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    default="datapackage",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Package folder to write.",
)
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when the package on disk is stale.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=MAX_BYTES,
    show_default=True,
    help="Refuse seeds larger than this.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes extracting seeds (default: all cores; 1 = in this process). Output is the same.",
)
@click.option(
    "--cache/--no-cache",
    default=True,
    show_default=True,
    help="Reuse rows of unchanged seeds from .claimpack-cache/ beside the package.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS|local",
    help="Extract on a Dask cluster (scheduler address, or 'local' for a LocalCluster) instead of a local pool.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def command(
    seeds_dir: Path,
    out: Path,
    check: bool,
    max_bytes: int,
    workers: int | None,
    cache: bool,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Extract every seed in SEEDS_DIR (default: seeds/) into the data package."""
    if out.is_symlink():
        raise ClaimpackError(out, "is a symlink; give the package folder itself")
    cache_dir = default_cache(out) if cache else None
    count = len(discover_seeds(seeds_dir))
    with _progress(count, quiet) as progress:
        if scheduler:
            from claimpack.scale.dask_build import dask_build

            result = dask_build(
                seeds_dir, out, scheduler, check=check, max_bytes=max_bytes, cache_dir=cache_dir, progress=progress
            )
        else:
            workers = workers or os.cpu_count() or 1
            result = build(
                seeds_dir,
                out,
                check=check,
                max_bytes=max_bytes,
                workers=workers,
                cache_dir=cache_dir,
                progress=progress,
            )
    summary = _summary(result)
    if check:
        if result.stale:
            click.echo(f"{out} is stale; run 'claimpack build' ({', '.join(result.stale)} would change)", err=True)
            sys.exit(1)
        say(f"{out} is up to date ({summary})")
        return
    state = "updated" if result.stale else "unchanged"
    reused = f"; {result.cached} from cache" if cache_dir is not None else ""
    say(f"{out} {state} ({summary}{reused})")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun if count == 1 else noun + 's'}"


def _summary(result: BuildResult) -> str:
    """'1 article: 11 sources, 15 mentions, …'."""
    rows = ", ".join(_plural(n, name.removesuffix("s")) for name, n in result.rows.items() if name != "articles")
    return f"{_plural(result.articles, 'article')}: {rows}"


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Callable[[int], None] | None]:
    """A bar with rate and ETA on a terminal; nothing in CI, in pipes or with --quiet."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    started = time.monotonic()
    state = {"done": 0}

    def rate(_: object) -> str:
        elapsed = time.monotonic() - started
        return f"{state['done'] / elapsed:,.0f} articles/s" if elapsed > 0 and state["done"] else ""

    with click.progressbar(
        length=total, label="Extracting", file=sys.stderr, show_pos=True, item_show_func=rate
    ) as bar:

        def advance(step: int) -> None:
            state["done"] += step
            bar.update(step, state["done"])

        yield advance
