"""The world a hostile case runs in, and the checks every case gets.

Each case gets a fresh temporary root:

    root/repo/      the working directory: seeds/, datapackage/ (built once per session and
                    copied), a git repository with one commit, and whatever the case adds
    root/canary/    files that must never be read into an output, changed or replaced:
                    a passwd-like file, a .env token, a JSON schema, SQLite and DuckDB databases
                    holding a `victim` table
    root/tmp/       TMPDIR (and tempfile.tempdir) of the run: it must be empty afterwards

Before the run the whole root is snapshotted (type, mode, sha256 or link target of every entry);
after it, nothing may differ except the paths the case declares as its outputs. A local HTTP
server counts the requests that reach it. The run is the real CLI, in-process through click's
CliRunner, or as a subprocess where a real process matters (memory, time, import-time settings).
"""

from __future__ import annotations

import csv
import hashlib
import http.server
import io
import json
import os
import resource
import shutil
import socketserver
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PASSWD_MARK = "CANARY-PASSWD-7c1d"
TOKEN_MARK = "CANARY-TOKEN-9f8e7d"
SECRETS = (PASSWD_MARK, TOKEN_MARK, "root:x:0:0:")
PROXY_VARIABLES = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
PREFIX = "claimpack: error: "


# ---------------------------------------------------------------------------------------------
# the HTTP server that counts what reaches it


class RequestCounter:
    """A server on 127.0.0.1 answering every GET (a small CSV, or a JSON object for *.json) and
    recording the paths asked for."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        counter = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                counter.paths.append(self.path)
                if self.path.endswith(".json"):
                    body = json.dumps({"fields": [{"name": "id", "type": "integer"}]}).encode()
                    kind = "application/json"
                else:
                    body, kind = b"id\n1\n2\n", "text/csv"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_HEAD(self) -> None:
                counter.paths.append(self.path)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path.lstrip('/')}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# ---------------------------------------------------------------------------------------------
# snapshots


Entry = tuple[str, str, int]  # kind, content hash or link target, permission bits


def snapshot(root: Path, skip: Sequence[Path] = ()) -> dict[str, Entry]:
    """Every entry under `root` (links not followed) by its path relative to root."""
    skipped = {str(p) for p in skip}
    entries: dict[str, Entry] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        if folder in skipped:
            dirs[:] = []
            continue
        dirs[:] = [d for d in dirs if os.path.join(folder, d) not in skipped]
        for name in [*dirs, *files]:
            path = os.path.join(folder, name)
            if path in skipped:
                continue
            info = os.lstat(path)
            relative = os.path.relpath(path, root)
            mode = stat.S_IMODE(info.st_mode)
            if stat.S_ISLNK(info.st_mode):
                entries[relative] = ("link", os.readlink(path), 0)
            elif stat.S_ISDIR(info.st_mode):
                entries[relative] = ("dir", "", mode)
            elif stat.S_ISREG(info.st_mode):
                with open(path, "rb") as handle:
                    digest = hashlib.file_digest(handle, "sha256").hexdigest()
                entries[relative] = ("file", digest, mode)
            else:
                entries[relative] = ("special", str(stat.S_IFMT(info.st_mode)), mode)
    return entries


def changed_paths(before: dict[str, Entry], after: dict[str, Entry]) -> list[str]:
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


# ---------------------------------------------------------------------------------------------
# templates: built once per session, copied into every case


def make_template(folder: Path) -> Path:
    """repo/ (seeds, a freshly built datapackage, a git commit), canary/ and published/ targets."""
    from claimpack.building import build
    from claimpack.publishing import publish

    repo = folder / "repo"
    shutil.copytree(SEEDS, repo / "seeds")
    build(repo / "seeds", repo / "datapackage", workers=1)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "base"], cwd=repo, check=True)

    canary = folder / "canary"
    canary.mkdir()
    (canary / "passwd").write_text(
        f"root:x:0:0:{PASSWD_MARK}:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
    )
    (canary / "secret.env").write_text(f"API_TOKEN={TOKEN_MARK}\n")
    (canary / "secret.yaml.env").write_text(f"API_TOKEN: {TOKEN_MARK}\n")
    (canary / "schema.json").write_text(json.dumps({"fields": [{"name": "id", "type": "integer"}]}))
    (canary / "dialect.json").write_text(json.dumps({"delimiter": ","}))
    (canary / "profile.json").write_text(json.dumps({"$schema": "http://json-schema.org/draft-07/schema#"}))
    (canary / "data.csv").write_text(f"id,secret\n1,{TOKEN_MARK}\n")
    (canary / "tree").mkdir()
    (canary / "tree" / "keep.txt").write_text("keep\n")
    with sqlite3.connect(canary / "victim.sqlite") as connection:
        connection.execute("CREATE TABLE victim (x TEXT)")
        connection.execute("INSERT INTO victim VALUES ('alive')")
    connection.close()
    with duckdb.connect(str(canary / "victim.duckdb")) as duck:
        duck.execute("CREATE TABLE victim (x VARCHAR)")
        duck.execute("INSERT INTO victim VALUES ('alive')")

    published = folder / "published"
    published.mkdir()
    for name in ("previous.zip", "previous.sqlite", "previous.duckdb", "previous.xlsx", "previous-parquet"):
        publish(repo / "datapackage", published / name)
    return folder


# ---------------------------------------------------------------------------------------------
# the world of one case


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str
    seconds: float
    traceback: str | None = None  # an exception that escaped the CLI (in-process runs)
    max_rss_mb: float | None = None  # subprocess runs


@dataclass
class World:
    root: Path
    template: Path
    http: RequestCounter
    pg: Any = None  # tests/hostile/conftest.py:PgServer, or None when PostgreSQL cannot run here
    outputs: list[Path] = field(default_factory=list)  # paths the run may create or change
    baseline: dict[str, Entry] = field(default_factory=dict)
    requests_before: int = 0
    opened_outside: list[str] = field(default_factory=list)  # files outside the package the run opened
    checks: list[Callable[[Outcome], None]] = field(default_factory=list)  # the case's own assertions

    @property
    def repo(self) -> Path:
        return self.root / "repo"

    @property
    def canary(self) -> Path:
        return self.root / "canary"

    @property
    def scratch(self) -> Path:
        return self.root / "tmp"

    @property
    def package(self) -> Path:
        return self.repo / "datapackage"

    @property
    def cache(self) -> Path:
        return self.repo / ".claimpack-cache"

    def output(self, *paths: Path | str) -> None:
        """Declare paths (relative to repo/ or absolute) the run may create or change."""
        for path in paths:
            self.outputs.append(path if isinstance(path, Path) and path.is_absolute() else self.repo / path)

    def url(self, path: str) -> str:
        return self.http.url(path)

    @property
    def requests(self) -> int:
        return len(self.http.paths) - self.requests_before

    # ----- the package

    def descriptor(self, package: Path | None = None) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(((package or self.package) / "datapackage.json").read_text("utf-8"))
        return data

    def write_descriptor(self, data: dict[str, Any], package: Path | None = None, rehash: bool = True) -> None:
        folder = package or self.package
        if rehash:
            for entry in data.get("resources") or []:
                path = entry.get("path")
                if isinstance(path, str) and "://" not in path and (folder / path).is_file():
                    content = (folder / path).read_bytes()
                    entry["bytes"] = len(content)
                    entry["hash"] = "sha256:" + hashlib.sha256(content).hexdigest()
        (folder / "datapackage.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")

    def edit(self, change: Callable[[dict[str, Any]], None], package: Path | None = None) -> None:
        data = self.descriptor(package)
        change(data)
        self.write_descriptor(data, package)

    def resource(self, data: dict[str, Any], name: str) -> dict[str, Any]:
        found: dict[str, Any] = next(r for r in data["resources"] if r.get("name") == name)
        return found

    def rows(self, name: str, package: Path | None = None) -> list[dict[str, str]]:
        with ((package or self.package) / "data" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    def write_rows(self, name: str, rows: list[dict[str, str]], package: Path | None = None) -> None:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        ((package or self.package) / "data" / f"{name}.csv").write_text(buffer.getvalue(), "utf-8")
        self.write_descriptor(self.descriptor(package), package)

    def add_table(
        self, name: str, fields: list[dict[str, Any]], rows: list[list[str]], package: Path | None = None, **extra: Any
    ) -> None:
        """A small extra CSV resource (rehashed, so only what the case plants is wrong)."""
        folder = package or self.package
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([f["name"] for f in fields])
        writer.writerows(rows)
        (folder / "data" / f"{name}.csv").write_text(buffer.getvalue(), "utf-8")
        data = self.descriptor(package)
        data["resources"].append(
            {
                "name": name,
                "path": f"data/{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, **extra},
            }
        )
        self.write_descriptor(data, package)

    def previous(self, kind: str) -> Path:
        """A target an earlier publish of the base package wrote, copied to repo/dist/."""
        source = self.template / "published" / kind
        target = self.repo / "dist" / kind
        target.parent.mkdir(exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
        return target

    # ----- before and after

    def freeze(self) -> None:
        self.baseline = snapshot(self.root, skip=self._skipped())
        self.requests_before = len(self.http.paths)

    def _skipped(self) -> list[Path]:
        return [self.scratch, self.cache]

    def unexpected_changes(self) -> list[str]:
        after = snapshot(self.root, skip=self._skipped())
        allowed = [str(p) for p in self.outputs]
        return [
            path
            for path in changed_paths(self.baseline, after)
            if not any(
                str(self.root / path) == a or str(self.root / path).startswith(a.rstrip("/") + "/") for a in allowed
            )
        ]

    def changed_outputs(self) -> list[Path]:
        after = snapshot(self.root, skip=self._skipped())
        return [self.root / p for p in changed_paths(self.baseline, after) if (self.root / p).is_file()]

    def leftovers_in_scratch(self) -> list[str]:
        return sorted(os.listdir(self.scratch)) if self.scratch.exists() else []


def new_world(template: Path, case_root: Path, http: RequestCounter, pg: Any) -> World:
    shutil.copytree(template / "repo", case_root / "repo", symlinks=True)
    shutil.copytree(template / "canary", case_root / "canary", symlinks=True)
    (case_root / "tmp").mkdir()
    return World(case_root, template, http, pg)


# ---------------------------------------------------------------------------------------------
# which files outside the package the run opened (in-process runs, through an audit hook)

_WATCHED: dict[str, Any] = {"roots": (), "seen": []}
OUTSIDE_FILES = ("/etc/passwd", "/etc/hostname", "/etc/shadow")


def _audit(event: str, args: tuple[Any, ...]) -> None:
    roots = _WATCHED["roots"]
    if event != "open" or not roots:
        return
    try:
        path = args[0]
        if not isinstance(path, str | bytes | os.PathLike):
            return
        real = os.path.realpath(os.fsdecode(path))
        if any(real == root or real.startswith(root + os.sep) for root in roots):
            _WATCHED["seen"].append(real)
    except Exception:  # an audit hook must never raise into the code it watches
        return


sys.addaudithook(_audit)


@contextmanager
def watching_reads(world: World) -> Iterator[list[str]]:
    """Files under canary/ (and /etc/passwd, /etc/hostname) opened inside the block."""
    seen: list[str] = []
    _WATCHED["roots"], _WATCHED["seen"] = (os.path.realpath(world.canary), *OUTSIDE_FILES), seen
    try:
        yield seen
    finally:
        _WATCHED["roots"] = ()


# ---------------------------------------------------------------------------------------------
# running the CLI


@contextmanager
def _environment(world: World, env: dict[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    cwd = os.getcwd()
    tempdir = tempfile.tempdir
    try:
        for name in (*PROXY_VARIABLES, "CLAIMPACK_DEBUG", "SOURCE_DATE_EPOCH"):
            os.environ.pop(name, None)
        os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"
        os.environ["TMPDIR"] = str(world.scratch)
        os.environ.update(env)
        tempfile.tempdir = str(world.scratch)
        os.chdir(world.repo)
        yield
    finally:
        os.chdir(cwd)
        tempfile.tempdir = tempdir
        os.environ.clear()
        os.environ.update(saved)


def run_cli(world: World, args: Sequence[str], env: dict[str, str] | None = None) -> Outcome:
    """The CLI in this process (click's CliRunner), in repo/ with TMPDIR=root/tmp."""
    from click.testing import CliRunner

    from claimpack.cli import main

    with _environment(world, env or {}), watching_reads(world) as seen:
        started = time.perf_counter()
        result = CliRunner().invoke(main, list(args), catch_exceptions=True)
        seconds = time.perf_counter() - started
    world.opened_outside = sorted(set(seen))
    escaped = None
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        escaped = "".join(traceback.format_exception(result.exception))
    return Outcome(result.exit_code, result.stdout, result.stderr, seconds, escaped)


def run_process(world: World, argv: Sequence[str], env: dict[str, str] | None = None, timeout: float = 60.0) -> Outcome:
    """A real process in repo/: killed after `timeout` seconds; its peak RSS is measured."""
    environment = {k: v for k, v in os.environ.items() if k not in (*PROXY_VARIABLES, "CLAIMPACK_DEBUG")}
    environment.update(
        {"TMPDIR": str(world.scratch), "NO_PROXY": "127.0.0.1,localhost", "PYTHONPATH": str(ROOT)}, **(env or {})
    )
    out, err = world.root / "proc.stdout", world.root / "proc.stderr"
    world.output(out, err)
    with out.open("wb") as stdout, err.open("wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(list(argv), cwd=world.repo, env=environment, stdout=stdout, stderr=stderr)
        status, usage = _wait(process, timeout)
        seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status) if status is not None else -9
    return Outcome(
        code,
        out.read_text("utf-8", "replace"),
        err.read_text("utf-8", "replace"),
        seconds,
        max_rss_mb=usage.ru_maxrss / 1024 if usage else None,
    )


def claimpack_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimpack", *args]


def _wait(process: subprocess.Popen[bytes], timeout: float) -> tuple[int | None, resource.struct_rusage | None]:
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return status, usage
        if time.monotonic() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            process.returncode = -9
            return None, usage
        time.sleep(0.02)


# ---------------------------------------------------------------------------------------------
# the contract every outcome is held to


def contract_problems(outcome: Outcome, expected_exit: int) -> list[str]:
    """Exit code, and for exit 2 exactly one 'claimpack: error: ' line; never a traceback, never
    a bug caught by the last-resort handler, never a secret of the canary folder."""
    problems = []
    if outcome.traceback:
        problems.append(f"an exception escaped the CLI:\n{outcome.traceback[-1500:]}")
    if outcome.exit_code != expected_exit:
        problems.append(f"exit code {outcome.exit_code}, expected {expected_exit}")
    if "Traceback (most recent call last)" in outcome.stderr + outcome.stdout:
        problems.append("a traceback was printed")
    if outcome.exit_code == 2:
        lines = outcome.stderr.splitlines()
        if len(lines) != 1 or not lines[0].startswith(PREFIX):
            problems.append(f"stderr is not one '{PREFIX}' line: {outcome.stderr[-600:]!r}")
        if "(a bug;" in outcome.stderr:
            problems.append(f"a crash caught only by the last-resort handler: {outcome.stderr.strip()[:300]}")
        controls = [c for c in outcome.stderr.rstrip("\n") if ord(c) < 32 or ord(c) == 127]
        if controls:
            problems.append(f"stderr holds control characters {sorted(set(controls))!r} (terminal escapes)")
    for secret in SECRETS:
        if secret in outcome.stdout or secret in outcome.stderr:
            problems.append(f"the output quotes a file outside the package ({secret!r})")
    return problems


def victims_alive(world: World) -> list[str]:
    """The canary tables in the pre-existing databases still hold their row."""
    problems = []
    with sqlite3.connect(world.canary / "victim.sqlite") as connection:
        try:
            if connection.execute("SELECT x FROM victim").fetchall() != [("alive",)]:
                problems.append("canary/victim.sqlite: table victim changed")
        except sqlite3.Error as error:
            problems.append(f"canary/victim.sqlite: {error}")
    connection.close()
    try:
        with duckdb.connect(str(world.canary / "victim.duckdb"), read_only=True) as duck:
            if duck.execute("SELECT x FROM victim").fetchall() != [("alive",)]:
                problems.append("canary/victim.duckdb: table victim changed")
    except duckdb.Error as error:
        problems.append(f"canary/victim.duckdb: {error}")
    return problems


def run_api(world: World, call: Callable[[], object]) -> Outcome:
    """A library call, mapped onto the CLI's contract: ClaimpackError is exit 2 with its one-line
    message, success exit 0, anything else an escaped exception."""
    from claimpack.errors import ClaimpackError

    with _environment(world, {}), watching_reads(world) as seen:
        started = time.perf_counter()
        try:
            value = call()
            outcome = Outcome(0, repr(value)[:2000], "", 0.0)
        except ClaimpackError as error:
            outcome = Outcome(2, "", f"{PREFIX}{error}\n", 0.0)
        except Exception as error:
            import traceback

            outcome = Outcome(1, "", "", 0.0, "".join(traceback.format_exception(error)))
        outcome.seconds = time.perf_counter() - started
    world.opened_outside = sorted(set(seen))
    return outcome
