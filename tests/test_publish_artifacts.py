"""The built package and every published zip and package folder pass `claimpack validate` and
`frictionless validate` as they are: the zip itself, the zip unpacked, and the folder, which carry
the seed texts their provenance checks need at paths inside the package. Both validators run as
their CLIs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from claimpack.building import build
from claimpack.publishing import publish
from tests.conftest import SEED


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A package built in a repository (its seeds beside it, outside the package), then published."""
    root = tmp_path_factory.mktemp("repo")
    (root / "seeds").mkdir()
    for path in (SEED, SEED.with_name(SEED.stem + ".meta.json")):
        shutil.copy(path, root / "seeds" / path.name)
    build(root / "seeds", root / "datapackage")
    out = tmp_path_factory.mktemp("published")
    publish(root / "datapackage", out / "claims.zip")
    publish(root / "datapackage", out / "folder", kind="folder", check=False)
    with zipfile.ZipFile(out / "claims.zip") as archive:
        archive.extractall(out / "unzipped")
    return {
        "package": root / "datapackage",
        "zip": out / "claims.zip",
        "unzipped": out / "unzipped",
        "folder": out / "folder",
    }


def claimpack_validate(path: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "claimpack", "validate", str(path), "--format", "json"]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=path.parent)


def frictionless_validate(path: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "frictionless", "validate", "--json", str(path)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=path.parent)


@pytest.mark.parametrize("kind", ["package", "zip", "unzipped", "folder"])
def test_claimpack_validate_passes_as_it_is(kind: str, artifacts: dict[str, Path]) -> None:
    result = claimpack_validate(artifacts[kind])
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [f for f in report["findings"] if f["severity"] == "error"] == []
    assert report["skipped"] == []  # every rule ran: provenance found the seeds inside the package


@pytest.mark.parametrize("kind", ["package", "zip", "unzipped", "folder"])
def test_frictionless_validate_passes_as_it_is(kind: str, artifacts: dict[str, Path]) -> None:
    path = artifacts[kind]
    result = frictionless_validate(path if kind == "zip" else path / "datapackage.json")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    assert json.loads(result.stdout)["valid"] is True


@pytest.mark.parametrize("kind", ["unzipped", "folder"])
def test_the_seeds_travel_inside_the_package(kind: str, artifacts: dict[str, Path]) -> None:
    folder = artifacts[kind]
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for source in descriptor["sources"]:
        seed = (folder / source["path"]).resolve()
        assert seed.is_relative_to(folder.resolve()) and seed.is_file()
    assert {"README.md", "CHANGELOG.md"} <= {p.name for p in folder.iterdir()}


def test_a_missing_seed_in_the_zip_fails_validation(artifacts: dict[str, Path], tmp_path: Path) -> None:
    """The passes above are earned: the same zip without its seed fails `seed-file`."""
    stripped = tmp_path / "stripped.zip"
    with zipfile.ZipFile(artifacts["zip"]) as source, zipfile.ZipFile(stripped, "w") as target:
        for item in source.infolist():
            if not item.filename.startswith("seeds/"):
                target.writestr(item, source.read(item))
    result = claimpack_validate(stripped)
    assert result.returncode == 1, result.stderr
    assert {f["rule"] for f in json.loads(result.stdout)["findings"] if f["severity"] == "error"} >= {"seed-file"}
