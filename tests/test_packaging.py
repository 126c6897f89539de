"""The wheel carries what a user of the library needs: the code's LICENSE, `py.typed`, the
schemas, project URLs and classifiers. Built for real with the project's own build backend."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    command = [
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        str(out),
        str(ROOT),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    (built,) = out.glob("claimpack-*.whl")
    return zipfile.ZipFile(built)


def test_the_wheel_carries_the_license_and_py_typed(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    licences = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    assert licences, sorted(n for n in names if "dist-info" in n)
    assert wheel.read(licences[0]) == (ROOT / "LICENSE").read_bytes()
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert "claimpack/py.typed" in names
    assert "claimpack/schemas/datapackage.profile.json" in names


def test_the_metadata_names_license_urls_and_classifiers(wheel: zipfile.ZipFile) -> None:
    (path,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    metadata = Parser().parsestr(wheel.read(path).decode("utf-8"))
    assert metadata["License-Expression"] == "MIT"
    urls = dict(value.split(", ", 1) for value in metadata.get_all("Project-URL") or [])
    assert {"Homepage", "Documentation", "Changelog", "Issues"} <= set(urls)
    classifiers = set(metadata.get_all("Classifier") or [])
    assert {"Typing :: Typed", "Framework :: Pytest", "Programming Language :: Python :: 3.11"} <= classifiers
    assert not [c for c in classifiers if c.startswith("License ::")]  # the SPDX expression says it


def test_the_data_licence_is_stated_in_the_package() -> None:
    import json

    descriptor = json.loads((ROOT / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))
    assert [item["name"] for item in descriptor["licenses"]] == ["CC-BY-4.0"]
    assert "Licence: [Creative Commons Attribution 4.0]" in (ROOT / "datapackage" / "README.md").read_text("utf-8")
