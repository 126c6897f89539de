"""A package as it is at one place: a folder, a `datapackage.json`, a zip, a git revision of the
repository's `datapackage/`, or an http(s) URL. Diff, load and publish read packages only through
a Snapshot, so each of them accepts every kind of location."""

from __future__ import annotations

import io
import json
import subprocess
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from claimpack.errors import ClaimpackError

DESCRIPTOR = "datapackage.json"
GIT_PACKAGE = "datapackage"


@dataclass
class Snapshot:
    label: str
    descriptor: dict[str, Any]
    reader: Callable[[str], bytes]  # path relative to the package folder -> bytes
    folder: Path | None = None  # the package folder when it is on local disk

    def read(self, path: str) -> bytes:
        """A file of the package; paths that leave the package are refused (the spec forbids them)."""
        pure = PurePosixPath(path)
        if pure.is_absolute() or ".." in pure.parts or "://" in path:
            raise ClaimpackError(self.label, f"resource path {path!r} is not inside the package")
        try:
            return self.reader(path)
        except (OSError, KeyError, subprocess.CalledProcessError, urllib.error.URLError) as error:
            raise ClaimpackError(self.label, f"cannot read {path}: {error}") from None

    def resources(self) -> list[dict[str, Any]]:
        return [r for r in self.descriptor.get("resources") or [] if isinstance(r, dict) and r.get("name")]

    def resource(self, name: str) -> dict[str, Any] | None:
        return next((r for r in self.resources() if r["name"] == name), None)

    def schema(self, resource: dict[str, Any]) -> dict[str, Any]:
        """The resource's Table Schema, inline or from a file of the package."""
        schema = resource.get("schema") or {}
        if isinstance(schema, str):
            schema = _parse(self.label, self.read(schema))
        return schema if isinstance(schema, dict) else {}


def open_snapshot(location: str | Path, repo: Path | None = None) -> Snapshot:
    """Open `location`; `git:REV[:FOLDER]` (or a bare revision that is not a path) reads the git
    repository at `repo` (default: the one holding the working directory)."""
    text = str(location)
    if text.startswith(("http://", "https://")):
        return _url(text)
    if text.startswith("git:"):
        revision, _, folder = text[4:].partition(":")
        return _git(revision, folder or GIT_PACKAGE, repo)
    path = Path(text)
    if path.is_dir():
        return _folder(path)
    if path.is_file() and zipfile.is_zipfile(path):
        return _zip(path, path)
    if path.is_file():
        return _folder(path.parent, path.name)
    if _is_revision(text, repo):
        return _git(text, GIT_PACKAGE, repo)
    raise ClaimpackError(text, "no such package (not a folder, descriptor, zip, URL or git revision)")


def _parse(label: str, data: bytes) -> dict[str, Any]:
    try:
        descriptor = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ClaimpackError(label, f"descriptor is not valid JSON: {error}") from None
    if not isinstance(descriptor, dict):
        raise ClaimpackError(label, "descriptor is not a JSON object")
    return descriptor


def _folder(folder: Path, name: str = DESCRIPTOR) -> Snapshot:
    descriptor_path = folder / name
    try:
        data = descriptor_path.read_bytes()
    except OSError:
        raise ClaimpackError(folder, f"no {name} in this folder") from None
    return Snapshot(str(folder), _parse(str(descriptor_path), data), lambda p: (folder / p).read_bytes(), folder)


def _zip(path: Path | str, source: Path | io.BytesIO) -> Snapshot:
    archive = zipfile.ZipFile(source)
    names = [n for n in archive.namelist() if PurePosixPath(n).name == DESCRIPTOR]
    if not names:
        raise ClaimpackError(path, f"the zip holds no {DESCRIPTOR}")
    inner = min(names, key=len)  # top level, or the one folder the package was zipped in
    prefix = inner[: -len(DESCRIPTOR)]
    return Snapshot(str(path), _parse(f"{path}!{inner}", archive.read(inner)), lambda p: archive.read(prefix + p))


def _git_root(repo: Path | None) -> Path:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=repo, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        raise ClaimpackError(repo or ".", "not inside a git repository") from None
    return Path(out.stdout.strip())


def _is_revision(text: str, repo: Path | None) -> bool:
    try:
        subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", f"{text}^{{commit}}"],
            cwd=repo,
            capture_output=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


def _git(revision: str, folder: str, repo: Path | None) -> Snapshot:
    root = _git_root(repo)
    label = f"git:{revision}:{folder}"

    def read(path: str) -> bytes:
        return subprocess.run(
            ["git", "show", f"{revision}:{folder.rstrip('/')}/{path}"], cwd=root, capture_output=True, check=True
        ).stdout

    try:
        data = read(DESCRIPTOR)
    except subprocess.CalledProcessError as error:
        problem = error.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["unknown revision"]
        raise ClaimpackError(label, problem[0]) from None
    return Snapshot(label, _parse(label, data), read)


def _url(url: str) -> Snapshot:
    base = url if url.endswith((".json", ".zip")) else url.rstrip("/") + "/" + DESCRIPTOR
    folder = base.rsplit("/", 1)[0] + "/"

    def read(path: str) -> bytes:
        with urllib.request.urlopen(folder + path, timeout=60) as response:
            data: bytes = response.read()
        return data

    try:
        with urllib.request.urlopen(base, timeout=60) as response:
            data = response.read()
    except (OSError, urllib.error.URLError) as error:
        raise ClaimpackError(base, f"cannot fetch the descriptor: {error}") from None
    if zipfile.is_zipfile(io.BytesIO(data)):
        return _zip(url, io.BytesIO(data))
    return Snapshot(url, _parse(base, data), read)
