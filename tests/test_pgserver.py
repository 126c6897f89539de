"""The tests' throwaway PostgreSQL server dies with the process that started it, even when that
process is killed and never runs its teardown."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.pgserver import as_user, binaries

ROOT = Path(__file__).resolve().parents[1]
STARTER = """
import sys, time
from tests.pgserver import postgres_server
with postgres_server("claimpack-killed-pg-") as server:
    print(server, flush=True)
    time.sleep(600)
"""


@pytest.mark.skipif(binaries() is None or as_user() is None, reason="no PostgreSQL server can run here")
def test_a_killed_test_process_leaves_no_server_behind() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", STARTER],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    folder = Path(child.stdout.readline().strip())
    if not folder.is_dir():
        child.kill()
        pytest.skip(f"the server did not start: {folder}")
    postmaster = (folder / "data" / "postmaster.pid").read_text().split()[0]
    child.send_signal(signal.SIGKILL)  # no teardown runs
    child.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (folder.exists() or Path(f"/proc/{postmaster}").exists()):
        time.sleep(0.2)
    assert not Path(f"/proc/{postmaster}").exists(), "the server outlived the process that started it"
    assert not folder.exists()
