"""Fault injection: fail `claimpack build` and every publish target at each write step, kill the
build at random moments, and crash it between the two renames of the fallback folder swap. After
every failure the previous package (or target) must be byte-identical, no partial or staging file
may be left, and the next run must recover.

A step fails by raising what a full disk raises (ENOSPC) on the N+1th call of one kind of step, for
N = 0, 1, 2, … until the operation completes without reaching it:

- `write`: every write to a file opened for writing (builtins.open, io.open, pathlib, os.fdopen and
  so zipfile and openpyxl);
- `fsync`, `replace`, `rename`: the os functions; `exchange`: the atomic RENAME_EXCHANGE swap;
- `sql`: every statement that writes (not PRAGMA or SELECT) SQLAlchemy sends to SQLite, failing as the
  driver's 'database or disk is full';
- `duckdb`: every statement sent to DuckDB (as DuckDB's IOException);
- `parquet`: every Parquet file Arrow writes (Arrow writes in C++, out of reach of `write`).
"""

from __future__ import annotations

import builtins
import errno
import hashlib
import importlib
import io
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas.testing as pdt
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from claimpack.building import build
from claimpack.cli import main
from claimpack.loading import load
from claimpack.publishing import datasette, in_key_order, publish, read_back
from claimpack.version.snapshot import open_snapshot
from claimpack.write import atomic

ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = "000_ce1b982170328aa1"
MAX_STEPS = 400  # a loop that never completes is a bug in the test, not a slow disk


# ---------------------------------------------------------------------------------------------
# the injector


class Injector:
    """Counts calls of one kind of step and makes the N+1th fail (fail_at=N); None only counts."""

    def __init__(self, step: str, fail_at: int | None) -> None:
        self.step, self.fail_at = step, fail_at
        self.calls = 0
        self.fired = False

    def tick(self) -> None:
        self.calls += 1
        if self.fail_at is not None and self.calls == self.fail_at + 1:
            self.fired = True
            raise self.error()

    def error(self) -> Exception:
        if self.step == "sql":
            return sqlite3.OperationalError("database or disk is full")
        if self.step == "duckdb":
            return duckdb.IOException("Could not write file: No space left on device")
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _Writer:
    """A file object whose write() goes through the injector first (only its first write, when
    `first_only`: one step per file)."""

    def __init__(self, handle: Any, injector: Injector, first_only: bool = False) -> None:
        self._handle, self._injector, self._first_only = handle, injector, first_only
        self._written = False

    def write(self, data: Any) -> Any:
        if not (self._first_only and self._written):
            self._written = True
            self._injector.tick()
        return self._handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _Writer:
        self._handle.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        return self._handle.__exit__(*exc)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._handle)


class _DuckConnection:
    def __init__(self, connection: Any, injector: Injector) -> None:
        self._connection, self._injector = connection, injector

    def execute(self, *args: Any, **kwargs: Any) -> Any:
        self._injector.tick()
        return self._connection.execute(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def __enter__(self) -> _DuckConnection:
        return self

    def __exit__(self, *exc: Any) -> None:
        self._connection.close()


def _under(file: Any, root: Path) -> bool:
    if isinstance(file, int):
        return True  # os.fdopen of a file mkstemp made for the operation
    return os.path.abspath(os.fsdecode(file)).startswith(str(root) + os.sep)


@contextmanager
def faults(
    monkeypatch: pytest.MonkeyPatch, step: str, fail_at: int | None, within: Path | None = None
) -> Iterator[Injector]:
    """`write` counts every write to files under `within`; `write-temp` the first write of each file
    in TMPDIR (openpyxl streams each worksheet to a temporary file, thousands of small writes)."""
    injector = Injector(step, fail_at)
    with monkeypatch.context() as patch:
        if step in ("write", "write-temp"):
            real_open = io.open
            root = Path(tempfile.gettempdir()) if step == "write-temp" else within
            assert root is not None

            def opening(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
                handle = real_open(file, mode, *args, **kwargs)
                if any(c in mode for c in "wax+") and _under(file, root):
                    return _Writer(handle, injector, first_only=step == "write-temp")
                return handle

            patch.setattr(io, "open", opening)
            patch.setattr(builtins, "open", opening)
        elif step in ("fsync", "replace", "rename"):
            real = getattr(os, step)

            def failing(*args: Any, **kwargs: Any) -> Any:
                injector.tick()
                return real(*args, **kwargs)

            patch.setattr(os, step, failing)
        elif step == "exchange":
            real_exchange = atomic.exchange

            def exchanging(first: Path, second: Path) -> bool:
                injector.tick()
                return real_exchange(first, second)

            patch.setattr(atomic, "exchange", exchanging)
        elif step == "sql":

            def statement(cursor: Any, sql: str, *args: Any) -> None:
                if not sql.lstrip().upper().startswith(("PRAGMA", "SELECT")):  # reads are not write steps
                    injector.tick()

            for event in ("do_execute", "do_executemany", "do_execute_no_params"):
                sa.event.listen(sa.engine.Engine, event, statement)
        elif step == "duckdb":
            real_connect = duckdb.connect

            def connecting(*args: Any, **kwargs: Any) -> Any:
                return _DuckConnection(real_connect(*args, **kwargs), injector)

            patch.setattr(duckdb, "connect", connecting)
        elif step == "parquet":
            parquet_target = importlib.import_module("claimpack.publishing.parquet")
            real_write = parquet_target.pq.write_table

            def writing(*args: Any, **kwargs: Any) -> None:
                injector.tick()
                real_write(*args, **kwargs)

            patch.setattr(parquet_target.pq, "write_table", writing)
        else:
            raise AssertionError(step)
        try:
            yield injector
        finally:
            if step == "sql":
                for event in ("do_execute", "do_executemany", "do_execute_no_params"):
                    sa.event.remove(sa.engine.Engine, event, statement)


# ---------------------------------------------------------------------------------------------
# helpers


def files(folder: Path) -> dict[str, bytes]:
    """Every regular file under `folder` with its bytes (links as their target)."""
    found: dict[str, bytes] = {}
    if folder.is_file():
        return {"": folder.read_bytes()}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            found[path.relative_to(folder).as_posix()] = b"-> " + os.readlink(path).encode()
        elif path.is_file():
            found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def digest(folder: Path, hidden: bool = True) -> str:
    """One hash of every file under `folder` (or of the file); `hidden=False` skips dot-entries."""
    found = {
        name: hashlib.sha256(data).hexdigest()
        for name, data in files(folder).items()
        if hidden or not any(part.startswith(".") for part in name.split("/"))
    }
    return hashlib.sha256(json.dumps(found, sort_keys=True).encode()).hexdigest()


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    """Entries of `folder` that are not in `keep` (staging folders, partial files, journals)."""
    return sorted(name for name in os.listdir(folder) if name not in keep)


def one_line_error(result: Any) -> None:
    lines = result.stderr.splitlines()
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert len(lines) == 1 and lines[0].startswith("claimpack: error: "), result.stderr
    assert "(a bug;" not in result.stderr, result.stderr


def invoke(args: list[str], cwd: Path) -> Any:
    previous = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, args, catch_exceptions=True)
    finally:
        os.chdir(previous)


def set_created(package: Path, created: str, version: str) -> None:
    path = package / "datapackage.json"
    data = json.loads(path.read_text("utf-8"))
    data["created"], data["version"] = created, version
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")


# ---------------------------------------------------------------------------------------------
# build


@dataclass
class Project:
    """A project whose datapackage/ is the OLD package; seeds/ hold the NEW text."""

    template: Path
    old: dict[str, bytes]  # the old package, file by file
    new: dict[str, bytes]  # what a clean build of the new seeds over the old package gives

    def fresh(self, where: Path) -> Path:
        if where.exists():
            shutil.rmtree(where)
        shutil.copytree(self.template, where, symlinks=True)
        return where


def _new_seed_text(text: str) -> str:
    changed = text.replace("bekreftet at 3.000 er evakuert", "bekreftet at 3.100 er evakuert", 1)
    assert changed != text
    return changed


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """Old package built from the seed, released as 1.2.3 on a fixed date; then the seed edited."""
    template = tmp_path_factory.mktemp("fault-project") / "project"
    (template / "seeds").mkdir(parents=True)
    for suffix in (".txt", ".meta.json"):
        shutil.copy(ROOT / "seeds" / f"{SEED_NAME}{suffix}", template / "seeds" / f"{SEED_NAME}{suffix}")
    build(template / "seeds", template / "datapackage", workers=1)
    set_created(template / "datapackage", "2020-01-02T03:04:05Z", "1.2.3")
    (template / "datapackage" / "CHANGELOG.md").write_text("# Changelog\n\n## 1.2.3\n\n- Kept across builds.\n")
    seed = template / "seeds" / f"{SEED_NAME}.txt"
    seed.write_text(_new_seed_text(seed.read_text("utf-8")), "utf-8")
    old = files(template / "datapackage")
    reference = tmp_path_factory.mktemp("fault-reference") / "project"
    shutil.copytree(template, reference)
    build(reference / "seeds", reference / "datapackage", workers=1, cache_dir=None)
    new = files(reference / "datapackage")
    assert new != old and json.loads(new["datapackage.json"])["version"] == "1.2.3"
    return Project(template, old, new)


def _assert_old_or_new(project: Project, folder: Path) -> str:
    found = files(folder / "datapackage") if (folder / "datapackage").exists() else {}
    if found == project.old:
        return "old"
    if found == project.new:
        return "new"
    differing = sorted(k for k in set(found) | set(project.new) if found.get(k) != project.new.get(k))
    raise AssertionError(f"datapackage/ is neither the old nor the new package (differs from new in {differing})")


def _assert_no_staging(folder: Path) -> None:
    left = [name for name in os.listdir(folder) if name.startswith((".datapackage.new-", ".datapackage.old-"))]
    assert not left, f"staging folders left behind: {left}"


def _recovers(project: Project, folder: Path) -> None:
    result = invoke(["build", "--workers", "1", "-q"], folder)
    assert result.exit_code == 0, result.stderr
    assert _assert_old_or_new(project, folder) == "new"
    _assert_no_staging(folder)


BUILD_STEPS = ["write", "fsync", "replace", "exchange", "rename-fallback", "write-fallback"]


@pytest.mark.parametrize("step", BUILD_STEPS)
def test_build_fails_at_every_step(
    project: Project, step: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fallback variants force the two-rename swap (no RENAME_EXCHANGE)."""
    kind = step.removesuffix("-fallback")
    failures = 0
    for n in range(MAX_STEPS):
        folder = project.fresh(tmp_path / "project")
        with monkeypatch.context() as patch:
            if step.endswith("-fallback"):
                patch.setattr(atomic, "exchange", lambda first, second: False)
            with faults(monkeypatch, kind, n, within=folder) as injector:
                result = invoke(["build", "--workers", "1", "-q"], folder)
        if result.exit_code == 0:
            assert _assert_old_or_new(project, folder) == "new"
        else:
            assert injector.fired and result.exit_code == 2, (n, result.exit_code, result.stderr)
            one_line_error(result)
            assert _assert_old_or_new(project, folder) == "old", f"step {kind} #{n + 1}"
            failures += 1
        _assert_no_staging(folder)
        _recovers(project, folder)
        if not injector.fired:
            break
    else:
        raise AssertionError(f"the build never completed within {MAX_STEPS} {kind} steps")
    if kind in ("write", "exchange", "rename"):
        assert failures, f"no {kind} step was ever reached"


def _crash_script(where: str) -> str:
    """Build in a real process that dies (os._exit, as a kill would) at `where` of the two-rename swap."""
    return f"""
import os, sys
import claimpack.write.atomic as atomic
atomic.exchange = lambda first, second: False
real_rename, calls = os.rename, []
def rename(source, target, *args, **kwargs):
    if {where!r} == "before-first" and not calls:
        os._exit(137)
    real_rename(source, target, *args, **kwargs)
    calls.append(target)
    if {where!r} == "after-first" and len(calls) == 1:
        os._exit(137)
    if {where!r} == "after-second" and len(calls) == 2:
        os._exit(137)
os.rename = rename
from claimpack.cli import main
sys.argv = ["claimpack", "build", "--workers", "1", "-q"]
main()
"""


@pytest.mark.parametrize(
    "where",
    [
        "before-first",
        "after-first",
        "after-second",
    ],
)
def test_build_crash_in_the_two_rename_swap(project: Project, where: str, tmp_path: Path) -> None:
    folder = project.fresh(tmp_path / "project")
    crashed = subprocess.run(
        [sys.executable, "-c", _crash_script(where)], cwd=folder, capture_output=True, timeout=120, check=False
    )
    assert crashed.returncode == 137, crashed.stderr.decode()[-2000:]
    if where == "after-first":
        assert not (folder / "datapackage").exists()  # the old package sits in .datapackage.old-*
    result = invoke(["build", "--workers", "1", "-q"], folder)
    assert result.exit_code == 0, result.stderr
    assert _assert_old_or_new(project, folder) == "new"
    _assert_no_staging(folder)


@pytest.fixture(scope="module")
def bigger_project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """20 synthetic articles, so a build takes long enough to be killed in each of its phases."""
    from claimpack.synth import synthesize

    template = tmp_path_factory.mktemp("kill-project") / "project"
    synthesize(20, seed=7, out=template / "seeds")
    build(template / "seeds", template / "datapackage", workers=1)
    set_created(template / "datapackage", "2020-01-02T03:04:05Z", "1.2.3")
    first = sorted((template / "seeds").glob("*.txt"))[0]
    first.write_text(first.read_text("utf-8") + "\nEt nytt avsnitt om 12 mennesker.\n", "utf-8")
    old = files(template / "datapackage")
    reference = tmp_path_factory.mktemp("kill-reference") / "project"
    shutil.copytree(template, reference)
    build(reference / "seeds", reference / "datapackage", workers=1)
    return Project(template, old, files(reference / "datapackage"))


def test_build_killed_at_random_moments(bigger_project: Project, tmp_path: Path) -> None:
    """SIGKILL a real `claimpack build` after t ms, for t spread over a whole build (seeded)."""
    folder = bigger_project.fresh(tmp_path / "project")
    argv = [sys.executable, "-m", "claimpack", "build", "--workers", "1", "-q", "--no-cache"]
    started = time.perf_counter()
    subprocess.run(argv, cwd=folder, check=True, capture_output=True, timeout=300)
    whole = time.perf_counter() - started
    rng = random.Random(10)  # seeded: the same moments every run
    moments = [(0.35 + 0.16 * i + rng.uniform(0, 0.16)) * whole for i in range(4)]
    states = []
    for moment in moments:
        folder = bigger_project.fresh(tmp_path / "project")
        process = subprocess.Popen(argv, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(moment)
        process.kill()
        process.wait(timeout=60)
        states.append(_assert_old_or_new(bigger_project, folder))
        _recovers(bigger_project, folder)
    assert "old" in states, f"no kill landed before the swap ({moments}, build {whole:.2f} s)"


# ---------------------------------------------------------------------------------------------
# publish


@dataclass
class Packages:
    old: Path
    new: Path
    previous: dict[str, Path]  # kind -> the target published from the old package


TARGET_NAMES = {"zip": "out.zip", "sqlite": "out.sqlite", "duckdb": "out.duckdb", "excel": "out.xlsx", "parquet": "pq"}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    root = tmp_path_factory.mktemp("fault-publish")
    (root / "seeds").mkdir()
    for suffix in (".txt", ".meta.json"):
        shutil.copy(ROOT / "seeds" / f"{SEED_NAME}{suffix}", root / "seeds" / f"{SEED_NAME}{suffix}")
    build(root / "seeds", root / "old", workers=1)
    shutil.copytree(root / "old", root / "new")
    claims = root / "new" / "data" / "claims.csv"
    claims.write_text(claims.read_text("utf-8").replace(",3000,", ",3100,", 1), "utf-8")
    descriptor = json.loads((root / "new" / "datapackage.json").read_text("utf-8"))
    for resource in descriptor["resources"]:
        data = (root / "new" / resource["path"]).read_bytes()
        resource["bytes"], resource["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    descriptor["title"] = "The new release"
    (root / "new" / "datapackage.json").write_text(json.dumps(descriptor, indent=2) + "\n", "utf-8")
    previous = {}
    for kind, name in TARGET_NAMES.items():
        previous[kind] = root / "previous" / kind / name
        publish(root / "old", previous[kind])
    return Packages(root / "old", root / "new", previous)


def outputs(kind: str, target: Path) -> list[Path]:
    """What a publish of `kind` writes: the target, and for SQLite datasette's metadata beside it."""
    return [target, *([datasette.metadata_path(target)] if kind == "sqlite" else [])]


def state(kind: str, target: Path, hidden: bool = True) -> tuple[str, ...]:
    return tuple(digest(path, hidden) if path.exists() else "absent" for path in outputs(kind, target))


def _reset_target(packages: Packages, kind: str, dist: Path) -> Path:
    """The previous publish's outputs (the SQLite's metadata too), as a failed publish must leave them."""
    if dist.exists():
        shutil.rmtree(dist)
    dist.mkdir()
    target = dist / TARGET_NAMES[kind]
    for source, copy in zip(outputs(kind, packages.previous[kind]), outputs(kind, target), strict=True):
        if source.is_dir():
            shutil.copytree(source, copy)
        else:
            shutil.copy2(source, copy)
    return target


def _is_new(kind: str, target: Path, packages: Packages) -> None:
    snapshot = open_snapshot(packages.new)
    got = read_back(kind, target, packages.new)
    for name, frame in load(packages.new).items():
        want = in_key_order(frame, snapshot.schema(snapshot.resource(name) or {}))
        pdt.assert_frame_equal(got[name], want, obj=f"{kind}:{name}")


PUBLISH_STEPS = {
    "zip": ["write", "fsync", "replace"],
    "sqlite": ["sql", "fsync", "replace"],
    "duckdb": ["duckdb", "fsync", "replace"],
    "excel": ["write", "write-temp", "fsync", "replace"],
    "parquet": ["parquet", "fsync", "exchange"],  # the folder is staged and swapped whole
}
KNOWN: dict[tuple[str, str], str] = {}  # (kind, step) -> the open defect a step still shows


def _publish_params() -> list[Any]:
    params = []
    for kind, steps in PUBLISH_STEPS.items():
        for step in steps:
            reason = KNOWN.get((kind, step))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(kind, step, id=f"{kind}-{step}", marks=marks))
    return params


@pytest.mark.parametrize(("kind", "step"), _publish_params())
def test_publish_fails_at_every_step(
    packages: Packages, kind: str, step: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After each failure the target folder, the previous target and TMPDIR are exactly as they were
    before the run (asserted every time), so the state every failure leaves is the starting state:
    the recovery run is made after the first and after the last failure, and the run that finally
    meets no fault is itself a run from that state."""
    dist, scratch = tmp_path / "dist", tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    failures = 0
    for n in range(MAX_STEPS):
        target = _reset_target(packages, kind, dist)
        before = state(kind, target)
        with faults(monkeypatch, step, n, within=dist) as injector:
            result = invoke(["publish", str(packages.new), "--to", str(target), "--no-check"], tmp_path)
        if result.exit_code == 0:
            assert not injector.fired or step in ("fsync",), (n, step)
            assert all(new != old for new, old in zip(state(kind, target), before, strict=True))
        else:
            assert injector.fired and result.exit_code == 2, (n, result.exit_code, result.stderr)
            one_line_error(result)
            assert state(kind, target) == before, f"{kind}: the previous target changed after {step} #{n + 1} failed"
            failures += 1
        assert leftovers(dist, names(kind, target)) == [], f"{kind}: left after {step} #{n + 1}"
        assert os.listdir(scratch) == [], f"{kind}: left in TMPDIR after {step} #{n + 1}"
        if result.exit_code != 0 and failures == 1:
            _recovers_publish(packages, kind, target, tmp_path)
        if not injector.fired:
            break
    else:
        raise AssertionError(f"publishing never completed within {MAX_STEPS} {step} steps")
    assert failures, f"no {step} step was ever reached when publishing {kind}"
    if failures > 1:
        _reset_target(packages, kind, dist)
        _recovers_publish(packages, kind, target, tmp_path)
    _is_new(kind, target, packages)


def _recovers_publish(packages: Packages, kind: str, target: Path, cwd: Path) -> None:
    recovered = invoke(["publish", str(packages.new), "--to", str(target), "--no-check"], cwd)
    assert recovered.exit_code == 0, recovered.stderr
    assert leftovers(target.parent, names(kind, target)) == []


def names(kind: str, target: Path) -> set[str]:
    return {path.name for path in outputs(kind, target)}


@pytest.mark.parametrize("kind", list(TARGET_NAMES))
def test_publish_killed_before_the_rename_leaves_nothing(packages: Packages, kind: str, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    target = _reset_target(packages, kind, dist)
    before = state(kind, target, hidden=False)
    script = (
        "import os, sys\n"
        "os.replace = lambda *a, **k: os._exit(137)\n"
        "import claimpack.write.atomic as atomic\n"
        "atomic.exchange = lambda *a, **k: os._exit(137)\n"
        "from claimpack.cli import main\n"
        f"sys.argv = ['claimpack', 'publish', {str(packages.new)!r}, '--to', {str(target)!r}, '--no-check']\n"
        "main()\n"
    )
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120, check=False)
    assert killed.returncode == 137, killed.stderr.decode()[-2000:]
    assert state(kind, target, hidden=False) == before
    recovered = invoke(["publish", str(packages.new), "--to", str(target), "--no-check"], tmp_path)
    assert recovered.exit_code == 0, recovered.stderr
    assert leftovers(dist, names(kind, target)) == []
    if target.is_dir():
        assert leftovers(target, {p.name for p in packages.previous[kind].iterdir()}) == []


# ---------------------------------------------------------------------------------------------
# validate --output


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_validate_report_is_written_whole_or_not_at_all(
    packages: Packages, step: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "reports" / "report.json"
    for n in range(MAX_STEPS):
        report.parent.mkdir(exist_ok=True)
        report.write_text('{"previous": true}\n')
        with faults(monkeypatch, step, n, within=report.parent) as injector:
            result = invoke(["validate", str(packages.old), "--format", "json", "-o", str(report)], tmp_path)
        if injector.fired:
            assert result.exit_code == 2, result.stderr
            one_line_error(result)
            assert report.read_text() == '{"previous": true}\n', "a failed write touched the previous report"
        else:
            assert result.exit_code == 0, result.stderr
            assert json.loads(report.read_text())["findings"] is not None
        assert leftovers(report.parent, {"report.json"}) == []
        if not injector.fired:
            break
