"""Helpers for the validator tests: a writable copy of the seed's package, and row edits that keep
the descriptor's bytes and hashes true (so only the intended rule fires)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def copy_package(tmp_path: Path) -> Path:
    """datapackage/ and seeds/ copied side by side, with the version set to 1.0.0 (a first build),
    so tests read the same whatever release the repository is at; returns the package folder."""
    shutil.copytree(ROOT / "datapackage", tmp_path / "datapackage")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    package = tmp_path / "datapackage"
    write_descriptor(package, {**descriptor(package), "version": "1.0.0"})
    return package


def descriptor(package: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    return data


def write_descriptor(package: Path, data: dict[str, Any]) -> None:
    (package / "datapackage.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def rehash(package: Path) -> None:
    """Make every resource's bytes and hash match its file again."""
    data = descriptor(package)
    for resource in data["resources"]:
        content = (package / resource["path"]).read_bytes()
        resource["bytes"] = len(content)
        resource["hash"] = "sha256:" + hashlib.sha256(content).hexdigest()
    write_descriptor(package, data)


def read_rows(package: Path, resource: str) -> list[dict[str, str]]:
    with (package / "data" / f"{resource}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(package: Path, resource: str, rows: list[dict[str, str]]) -> None:
    names = list(rows[0]) if rows else []
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (package / "data" / f"{resource}.csv").write_text(buffer.getvalue(), encoding="utf-8")
    rehash(package)


def edit_rows(package: Path, resource: str, edit: Callable[[list[dict[str, str]]], None]) -> None:
    rows = read_rows(package, resource)
    edit(rows)
    write_rows(package, resource, rows)


def set_cells(package: Path, resource: str, key_suffix: str, **cells: str) -> None:
    """Change cells of the row whose primary key ends with `key_suffix` (e.g. ':c0.2')."""

    def edit(rows: list[dict[str, str]]) -> None:
        row = next(r for r in rows if next(iter(r.values())).endswith(key_suffix))
        row.update(cells)

    edit_rows(package, resource, edit)
