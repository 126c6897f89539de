"""A real Dask cluster, not an in-process one: `dask scheduler` and two `dask worker --nthreads 1`
processes on 127.0.0.1. `claimpack build --scheduler tcp://…` gives the local build's bytes, the
Dask validation the local findings, and a worker killed mid-build costs nothing but time (the
scheduler reruns its chunks on the other worker)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimpack.building import build
from claimpack.scale.dask_build import dask_validate, ordered_map
from claimpack.synth import synthesize
from claimpack.validation import validate

DASK = Path(sys.executable).with_name("dask")
pytestmark = pytest.mark.skipif(not DASK.exists(), reason=f"no dask command beside {sys.executable}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _workers(address: str) -> int:
    from dask.distributed import Client

    with Client(address, timeout=10) as client:
        return len(client.scheduler_info()["workers"])


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A scheduler and two single-threaded workers (no nanny: a killed worker stays dead)."""
    scratch = tmp_path_factory.mktemp("dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": scratch}
    scheduler = subprocess.Popen(
        [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet
    )
    workers = [
        subprocess.Popen(
            [
                str(DASK),
                "worker",
                address,
                "--nthreads",
                "1",
                "--no-nanny",
                "--no-dashboard",
                "--host",
                "127.0.0.1",
                "--name",
                f"worker-{i}",
                "--local-directory",
                str(scratch / f"w{i}"),
            ],
            **quiet,
        )
        for i in range(2)
    ]
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if _workers(address) == 2:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the Dask cluster did not come up in 90 s")
            time.sleep(0.5)
        yield address, workers
    finally:
        for process in [*workers, scheduler]:
            process.terminate()
        for process in [*workers, scheduler]:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cluster-seeds") / "seeds"
    synthesize(96, 4, folder)
    return folder


def test_cluster_build_and_validation_match_the_local_ones(
    cluster: tuple[str, list[subprocess.Popen[bytes]]], seeds: Path, tmp_path: Path
) -> None:
    address, _ = cluster
    seeds = Path(shutil.copytree(seeds, tmp_path / "seeds"))  # beside the packages, so seed-file and span-text read it
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    claimpack = [sys.executable, "-m", "claimpack", "build", str(seeds), "--no-cache", "-q"]
    local = subprocess.run([*claimpack, "--out", str(tmp_path / "local"), "--workers", "1"], env=env, check=False)
    remote = subprocess.run([*claimpack, "--out", str(tmp_path / "dask"), "--scheduler", address], env=env, check=False)
    assert local.returncode == remote.returncode == 0
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    on_cluster = dask_validate(tmp_path / "dask", address)
    here = validate(tmp_path / "local", engine="duckdb")
    assert on_cluster.engine == "dask" and on_cluster.rules_engine == "dask"
    assert [f.to_dict() for f in on_cluster.findings] == [f.to_dict() for f in here.findings]
    assert on_cluster.findings  # the synthetic corpus has findings to compare


def test_a_worker_killed_mid_build_changes_nothing(
    cluster: tuple[str, list[subprocess.Popen[bytes]]], seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dask.distributed import Client

    address, workers = cluster
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build(seeds, tmp_path / "local", workers=1)
    done = {"seeds": 0, "killed_at": -1}

    def progress(step: int) -> None:
        done["seeds"] += step
        if done["seeds"] == 16:  # chunks of 4: most are still queued or running on both workers
            workers[1].send_signal(signal.SIGKILL)
            workers[1].wait(timeout=20)
            done["killed_at"] = done["seeds"]

    with Client(address) as client:
        result = build(
            seeds, tmp_path / "dask", progress=progress, mapper=lambda tasks: ordered_map(client, tasks, chunk=4)
        )
    assert 0 < done["killed_at"] < result.articles == 96
    assert _workers(address) == 1
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    assert json.loads((tmp_path / "dask" / "datapackage.json").read_text("utf-8"))["resources"]
