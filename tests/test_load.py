"""`claimpack.load`: the tables as pandas DataFrames with the Table Schema's dtypes, from a folder,
a descriptor, a zip or an http URL."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest

import claimpack
from claimpack.errors import ClaimpackError
from claimpack.loading import dtype, load
from tests.conftest import ROOT

PACKAGE = ROOT / "datapackage"


def test_dtypes_follow_the_schema() -> None:
    tables = load(PACKAGE)
    claims = tables["claims"]
    assert list(tables) == ["articles", "sources", "mentions", "statements", "claims", "images", "dates", "corrections"]
    assert claims["paragraph"].dtype == "Int64" and claims["value"].dtype == "Float64"
    assert claims["unconfirmed"].dtype == "boolean" and claims["claim_id"].dtype == "string"
    assert claims["value"].isna().any(), "integers and numbers keep their nulls"
    assert isinstance(claims["qualifier"].dtype, pd.CategoricalDtype)
    assert list(claims["qualifier"].cat.categories)[:3] == ["exact", "approx", "more_than"]
    assert pd.api.types.is_datetime64_dtype(tables["dates"]["date"])
    assert pd.api.types.is_datetime64_dtype(tables["articles"]["published"])


def test_values_match_the_csv_text() -> None:
    claims = load(PACKAGE)["claims"]
    raw = pd.read_csv(PACKAGE / "data" / "claims.csv", dtype=str, keep_default_na=False)
    assert len(claims) == len(raw)
    first = raw.iloc[0]
    assert str(claims.loc[0, "claim_id"]) == first["claim_id"]
    assert claims.loc[0, "char_start"] == int(first["char_start"])
    assert str(claims.loc[0, "unconfirmed"]).lower() == first["unconfirmed"]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ({"name": "a", "type": "integer"}, "Int64"),
        ({"name": "a", "type": "number"}, "Float64"),
        ({"name": "a", "type": "boolean"}, "boolean"),
        ({"name": "a", "type": "string"}, "string"),
        ({"name": "a", "type": "date"}, "datetime64[s]"),
        ({"name": "a", "type": "string", "constraints": {"enum": ["x", "y"]}}, pd.CategoricalDtype(["x", "y"])),
    ],
)
def test_dtype_mapping(field: dict[str, object], expected: object) -> None:
    assert dtype(field) == expected


def test_descriptor_zip_and_folder_load_the_same(tmp_path: Path) -> None:
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in PACKAGE.rglob("*"):
            if path.is_file():
                zipped.write(path, Path("claims") / path.relative_to(PACKAGE))  # zipped inside a folder
    from_folder = load(PACKAGE)
    for other in (load(PACKAGE / "datapackage.json"), load(archive), claimpack.load(str(PACKAGE))):
        for name, frame in from_folder.items():
            pdt.assert_frame_equal(other[name], frame)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    shutil.copytree(PACKAGE, tmp_path / "datapackage")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/datapackage"
    finally:
        server.shutdown()
        server.server_close()


def test_loads_over_http_from_a_local_server(served: str) -> None:
    remote = load(served)
    pdt.assert_frame_equal(remote["claims"], load(PACKAGE)["claims"])
    assert set(load(served + "/datapackage.json")) == set(remote)


def test_a_cell_that_does_not_parse_is_unusable_input(tmp_path: Path) -> None:
    copy = tmp_path / "datapackage"
    shutil.copytree(PACKAGE, copy)
    claims = copy / "data" / "claims.csv"
    lines = claims.read_text().splitlines(keepends=True)
    cells = lines[1].split(",")
    cells[3] = "three"  # paragraph is an integer
    claims.write_text(lines[0] + ",".join(cells) + "".join(lines[2:]))
    with pytest.raises(ClaimpackError, match=r"claims.csv: column 'paragraph' is not integer"):
        load(copy, verify=False)


def test_a_tampered_package_is_refused_unless_verify_is_off(tmp_path: Path) -> None:
    copy = tmp_path / "datapackage"
    shutil.copytree(PACKAGE, copy)
    claims = copy / "data" / "claims.csv"
    claims.write_text(claims.read_text("utf-8").replace("3.000", "9.000", 1), "utf-8")
    with pytest.raises(ClaimpackError, match=r"claims.csv: does not match the hash in the descriptor"):
        load(copy)
    assert "9.000" in set(load(copy, verify=False)["claims"]["text"])


def test_missing_package_is_unusable_input(tmp_path: Path) -> None:
    with pytest.raises(ClaimpackError, match="no such package"):
        load(tmp_path / "nothing-here")
