"""A throwaway PostgreSQL server for the tests that publish to one (Debian's `postgresql`, installed
by .ci/run): a cluster in a temporary folder, reached through its Unix socket only.

A watchdog process outlives the test process and stops the server when that process ends, however
it ends: a pytest run killed mid-way (Ctrl-C twice, a CI timeout, SIGKILL) skips its fixtures'
teardown, and each such run used to leave a server behind."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Waits for the test process to end, then stops the server and removes its folder.
WATCHDOG = 'pid=$1 folder=$2; shift 2; while kill -0 "$pid" 2>/dev/null; do sleep 1; done; "$@"; rm -rf "$folder"'


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, /usr/local/bin, or Debian's versioned folder."""
    found = shutil.which("initdb")
    candidates = [Path(found).parent] if found else []
    candidates += [Path("/usr/local/bin"), *sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]
    return next((c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()), None)


def as_user() -> list[str] | None:
    """PostgreSQL refuses to run as root: as root, run it as 'postgres' (or 'nobody'); None when
    neither user exists."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"]
    return None


@contextmanager
def postgres_server(prefix: str = "claimpack-pg-") -> Iterator[Path | str]:
    """A running server's socket folder (port 5432), or the reason there is none."""
    found, user = binaries(), as_user()
    if found is None:
        yield "no PostgreSQL server binaries (initdb, pg_ctl); .ci/run installs Debian's 'postgresql'"
        return
    if user is None:
        yield "running as root with no 'postgres' or 'nobody' user to run PostgreSQL as"
        return
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    if user:
        shutil.chown(folder, user=user[2])
    data, log = folder / "data", folder / "log"
    stop = [*user, str(found / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*user, *args], capture_output=True, text=True, timeout=120)

    made = run(str(found / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        yield f"initdb cannot make a cluster here: {made.stderr.strip()[-300:]}"
        return
    watchdog = subprocess.Popen(
        ["sh", "-c", WATCHDOG, "watchdog", str(os.getpid()), str(folder), *stop],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # not in the test process's group: a signal to the group spares it
    )
    options = f"-k {folder} -p 5432 -c listen_addresses='' -c fsync=off"
    started = run(str(found / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start")
    try:
        if started.returncode != 0:
            reason = log.read_text()[-300:] if log.exists() else started.stderr
            yield f"the PostgreSQL server does not start here: {reason.strip()}"
        else:
            yield folder
    finally:
        watchdog.kill()
        watchdog.wait()
        subprocess.run(stop, capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)
