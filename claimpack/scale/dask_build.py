"""Build and validate on a Dask cluster (`dask.distributed`): for archives beyond one machine.

Building: seeds are sent to the workers in chunks (`process_chunk`), a bounded window of chunks
in flight, and the results are written locally in seed order by the same streaming writer as the
local build, so the package is byte-identical to `claimpack build --workers N`. Workers read the
seeds and the cache by path: on a real cluster, the seeds folder (and the cache folder) must be
mounted at the same path on every worker (NFS, a shared volume), or run the client on a machine
that shares it.

Validating: the "dask" structural engine runs the columnar engine once per resource, each on a
worker (a resource's task loads the tables its foreign keys point at); the consistency rules then
run in the client process as usual."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from claimpack.building import BuildResult, build
from claimpack.building.work import SeedFailure, SeedOutput, SeedTask, process_chunk
from claimpack.read import MAX_BYTES
from claimpack.scale.columnar import duckdb_engine
from claimpack.validation.report import Report
from claimpack.validation.runner import validate
from claimpack.validation.table_error import TableError

CHUNK = 32


@contextmanager
def connect(scheduler: str) -> Iterator[Any]:
    """A client for `scheduler`: an address ('tcp://host:8786') or 'local' (a LocalCluster here)."""
    from dask.distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None)
        with cluster, Client(cluster) as client:
            yield client
    else:
        with Client(scheduler) as client:
            yield client


def ordered_map(client: Any, tasks: list[SeedTask], chunk: int = CHUNK) -> Iterator[SeedOutput | SeedFailure]:
    """Results in task order, with at most a few chunks per worker in flight (bounded memory)."""
    chunks = [tasks[i : i + chunk] for i in range(0, len(tasks), chunk)]
    window = max(2, 4 * len(client.scheduler_info().get("workers", {}) or {0: 0}))
    pending: deque[Any] = deque()
    for part in chunks:
        pending.append(client.submit(process_chunk, part, pure=False))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def dask_build(
    seeds_dir: Path | str,
    out: Path | str,
    scheduler: str,
    *,
    check: bool = False,
    max_bytes: int = MAX_BYTES,
    cache_dir: Path | str | None = None,
    progress: Callable[[int], None] | None = None,
) -> BuildResult:
    """`build` with extraction on the Dask cluster at `scheduler`."""
    with connect(scheduler) as client:
        return build(
            seeds_dir,
            out,
            check=check,
            max_bytes=max_bytes,
            cache_dir=cache_dir,
            progress=progress,
            mapper=lambda tasks: ordered_map(client, tasks),
        )


def _resource_errors(descriptor_path: str, descriptor: dict[str, Any], name: str) -> list[TableError]:
    return duckdb_engine(Path(descriptor_path), descriptor, only={name})


def dask_engine(descriptor_path: Path, descriptor: dict[str, Any]) -> list[TableError]:
    """The columnar engine fanned out per resource over the current Dask client; with none (the
    command line), over the scheduler Dask's configuration names (DASK_SCHEDULER_ADDRESS), else
    over a local cluster."""
    import dask
    from dask.distributed import get_client

    try:
        client = get_client()
    except ValueError:  # no client in this process
        with connect(dask.config.get("scheduler-address", None) or "local"):
            return dask_engine(descriptor_path, descriptor)
    names = [r.get("name", "") for r in descriptor.get("resources", [])]
    futures = [client.submit(_resource_errors, str(descriptor_path), descriptor, n, pure=False) for n in names]
    return [error for errors in client.gather(futures) for error in errors]


def dask_validate(package: str | Path, scheduler: str, **options: Any) -> Report:
    """`validate` with the structural layer on the Dask cluster at `scheduler`."""
    with connect(scheduler):
        return validate(package, engine="dask", **options)
