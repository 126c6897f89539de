"""The Dask path gives the same package and the same structural errors as the local path."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimpack import build
from claimpack.scale.dask_build import connect, dask_build, dask_validate, ordered_map
from claimpack.synth import synthesize
from claimpack.validation.engines import run_engine

ROOT = Path(__file__).resolve().parent.parent


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_dask_build_is_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    seeds = tmp_path / "seeds"
    synthesize(5, 9, seeds)
    build(seeds, tmp_path / "local")
    result = dask_build(seeds, tmp_path / "dask", "local")
    assert result.articles == 5
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")


def test_ordered_map_keeps_order_with_small_chunks(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    synthesize(3, 2, seeds)
    from claimpack.building.work import SeedOutput, SeedTask

    tasks = [SeedTask(str(p), str(tmp_path), 10**6) for p in sorted(seeds.glob("*.txt"))]
    with connect("local") as client:
        outputs = list(ordered_map(client, tasks, chunk=1))
    assert [o.source["title"] for o in outputs if isinstance(o, SeedOutput)] == [Path(t.path).stem for t in tasks]


def test_dask_validate_matches_local(tmp_path: Path) -> None:
    package = tmp_path / "datapackage"
    shutil.copytree(ROOT / "datapackage", package)
    claims = package / "data" / "claims.csv"
    lines = claims.read_text("utf-8").splitlines(keepends=True)
    claims.write_text("".join([*lines, lines[1]]), "utf-8")  # a duplicate primary key
    descriptor = json.loads((package / "datapackage.json").read_text("utf-8"))
    local = {e.key() for e in run_engine("duckdb", package / "datapackage.json", descriptor)}
    report = dask_validate(package, "local")
    assert ("claims", len(lines) + 1, None, "primary-key") in local
    assert not report.valid
    with connect("local"):
        remote = {e.key() for e in run_engine("dask", package / "datapackage.json", descriptor)}
    assert remote == local


def test_the_dask_engine_runs_from_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """No client in the process: the engine starts a local cluster (or uses DASK_SCHEDULER_ADDRESS)."""
    from click.testing import CliRunner

    from claimpack.cli import main

    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["validate", "datapackage", "--engine", "dask", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["engine"] == "dask"  # Dask may warn on stderr (a port in use)
