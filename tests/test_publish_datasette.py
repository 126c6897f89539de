"""`claimpack publish --to x.sqlite` writes `x.metadata.json` beside the database, and a real
datasette server on 127.0.0.1 serves the documentation through its JSON API and shows each
column's description on the table page."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimpack.building import build
from claimpack.errors import ClaimpackError
from claimpack.publishing import publish
from claimpack.resources import load_schema
from tests.conftest import SEED


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("repo")
    (root / "seeds").mkdir()
    for path in (SEED, SEED.with_name(SEED.stem + ".meta.json")):
        shutil.copy(path, root / "seeds" / path.name)
    build(root / "seeds", root / "datapackage")
    target = root / "dist" / "claims.sqlite"
    publish(root / "datapackage", target, check=False)
    return target


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(database: Path) -> Iterator[str]:
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(database),
        "-m",
        str(database.with_name("claims.metadata.json")),
    ]
    process = subprocess.Popen(
        [*command, "-h", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # up to 30 s for the server to come up
            if process.poll() is not None:
                pytest.fail(f"datasette exited: {process.stderr.read().decode()[-500:] if process.stderr else ''}")
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return bytes(response.read())


def test_the_json_api_serves_every_column_description(server: str) -> None:
    metadata = json.loads(_get(f"{server}/-/metadata.json"))
    tables = metadata["databases"]["claims"]["tables"]
    schema = load_schema("claims.schema.json")
    for field in schema["fields"]:
        assert tables["claims"]["columns"][field["name"]].startswith(field["description"]), field["name"]
    qualifier = tables["claims"]["columns"]["qualifier"]
    assert qualifier.endswith("One of: exact, approx, more_than, less_than, at_least, at_most, range, vague, relative.")
    assert metadata["license"] == "Creative Commons Attribution 4.0"
    assert metadata["source"].startswith("claimpack-news-claims")
    assert set(tables) == {"articles", "sources", "mentions", "statements", "claims", "images", "dates", "corrections"}
    rows = json.loads(_get(f"{server}/claims/claims.json?_shape=array&qualifier=exact"))
    assert rows and all(row["qualifier"] == "exact" for row in rows)


def test_the_table_page_shows_the_descriptions(server: str) -> None:
    page = _get(f"{server}/claims/claims").decode("utf-8")
    unconfirmed = next(f for f in load_schema("claims.schema.json")["fields"] if f["name"] == "unconfirmed")
    assert unconfirmed["description"][:40].replace("'", "&#39;") in page
    assert "Numeric claims" in page  # the table's title


def test_metadata_file_is_replaced_only_when_claimpack_wrote_it(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite"
    (tmp_path / "other.metadata.json").write_text('{"title": "someone else\'s"}')
    with pytest.raises(ClaimpackError, match="pass --force"):
        publish(database.parent.parent / "datapackage", target, check=False)
    assert not target.exists()
    publish(database.parent.parent / "datapackage", target, check=False, force=True)
    assert json.loads((tmp_path / "other.metadata.json").read_text())["databases"]["other"]["tables"]
