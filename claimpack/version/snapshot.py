"""A package as it is at one place: a folder, a `datapackage.json`, a zip, a git revision of the
repository's `datapackage/`, or an http(s) URL. Diff, load and publish read packages only through
a Snapshot, so each of them accepts every kind of location.

A package is untrusted input: its resource paths are read only inside the package (no absolute
paths, no '..', no symlinks out), a resource at a remote URL is fetched only with
`allow_remote=True`, zips are bounded before they are decompressed, and git revisions can never be
read as git options.

Git is read through the git command (`rev-parse`, `cat-file`), not a library: GitPython runs the
same command underneath, and dulwich, which reads objects itself, would have to follow everything
the user's git does (worktrees, alternates, partial clones, SHA-256 repositories) to name the same
commit git names. Three fixed argument lists, with `--end-of-options`, are simpler than either."""

from __future__ import annotations

import io
import json
import re
import subprocess
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.safety import archive
from claimpack.safety.jsonfile import parse_json_object
from claimpack.safety.locations import check_references
from claimpack.safety.paths import inside, is_remote, read_bytes, unsafe_reason
from claimpack.safety.shape import check_shape
from claimpack.safety.yamlfile import MAX_YAML_BYTES, json_types, parse_yaml

DESCRIPTOR = "datapackage.json"
YAML_DESCRIPTORS = ("datapackage.yaml", "datapackage.yml")
GIT_PACKAGE = "datapackage"
MAX_FILE_BYTES = 4 * 1024**3
FETCH_TIMEOUT = 60
# a revision name git would read as a revision and never as an option or a path with a colon
REVISION = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_./@{}~^+-]*$")


@dataclass
class Snapshot:
    label: str
    descriptor: dict[str, Any]
    reader: Callable[[str], bytes]  # path relative to the package folder -> bytes
    folder: Path | None = None  # the package folder when it is on local disk
    allow_remote: bool = False

    def read(self, path: str) -> bytes:
        """A file of the package. Paths that leave the package are refused (the spec forbids
        them); a remote resource is fetched only when the snapshot allows it."""
        if is_remote(path):
            if not self.allow_remote:
                raise ClaimpackError(self.label, f"resource {path!r} is remote; pass --allow-remote to fetch it")
            return _fetch(path)
        reason = unsafe_reason(path)
        if reason:
            raise ClaimpackError(self.label, f"resource path {path!r} {reason}; it must be inside the package")
        try:
            return self.reader(path)
        except ClaimpackError:
            raise
        except (OSError, KeyError, subprocess.CalledProcessError, urllib.error.URLError) as error:
            raise ClaimpackError(self.label, f"cannot read {path}: {_reason(error)}") from None

    def resources(self) -> list[dict[str, Any]]:
        return [r for r in self.descriptor.get("resources") or [] if isinstance(r, dict) and r.get("name")]

    def resource(self, name: str) -> dict[str, Any] | None:
        return next((r for r in self.resources() if r["name"] == name), None)

    def schema(self, resource: dict[str, Any]) -> dict[str, Any]:
        """The resource's Table Schema, inline or from a file of the package."""
        schema = resource.get("schema") or {}
        if isinstance(schema, str):
            schema = parse_descriptor(self.label, self.read(schema))
        return schema if isinstance(schema, dict) else {}


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, KeyError):
        return "no such file in the package"
    return type(error).__name__


def open_snapshot(location: str | Path, repo: Path | None = None, *, allow_remote: bool = False) -> Snapshot:
    """Open `location`; `git:REV[:FOLDER]` (or a bare revision that is not a path) reads the git
    repository at `repo` (default: the one holding the working directory). A location the user
    gives as a URL is fetched; URLs inside a package only with `allow_remote`."""
    return checked(_open(str(location), repo, allow_remote))


def _open(text: str, repo: Path | None, allow_remote: bool) -> Snapshot:
    if text.startswith(("http://", "https://")):
        return _url(text, allow_remote)
    if text.startswith("git:"):
        revision, _, folder = text[4:].partition(":")
        return _git(revision, folder or GIT_PACKAGE, repo, allow_remote)
    path = Path(text)
    if path.is_dir():
        return _folder(path, allow_remote=allow_remote)
    if path.is_file() and _is_zip(path):
        return _zip(path, path, allow_remote)
    if path.is_file():
        return _folder(path.parent, path.name, allow_remote)
    if _is_revision(text, repo):
        return _git(text, GIT_PACKAGE, repo, allow_remote)
    raise ClaimpackError(text, "no such package (not a folder, descriptor, zip, URL or git revision)")


def checked(snapshot: Snapshot) -> Snapshot:
    """The snapshot, once its descriptor (and the schemas it names by reference) have the shape
    of a Data Package: the code that walks them can then trust their types."""
    check_references(snapshot.descriptor, snapshot.folder, snapshot.allow_remote, snapshot.label)
    referenced = {str(r["name"]): snapshot.schema(r) for r in snapshot.resources() if isinstance(r.get("schema"), str)}
    check_shape(snapshot.label, snapshot.descriptor, referenced)
    return snapshot


def _is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def parse_descriptor(label: str, data: bytes) -> dict[str, Any]:
    return parse_json_object(label, data, "descriptor")


def _folder(folder: Path, name: str = DESCRIPTOR, allow_remote: bool = False) -> Snapshot:
    if name == DESCRIPTOR and not (folder / name).exists():
        name = next((n for n in YAML_DESCRIPTORS if (folder / n).is_file()), name)
    try:
        data = read_bytes(inside(folder, name, "descriptor"), MAX_FILE_BYTES, "descriptor")
    except ClaimpackError as error:
        raise ClaimpackError(folder, f"no readable {name} in this folder ({error.problem})") from None

    def read(path: str) -> bytes:
        return read_bytes(inside(folder, path, "resource path"), MAX_FILE_BYTES, "resource")

    if name.endswith((".yaml", ".yml")):
        descriptor = _yaml_descriptor(folder / name, data)
    else:
        descriptor = parse_descriptor(str(folder / name), data)
    return Snapshot(str(folder), descriptor, read, folder, allow_remote)


def _yaml_descriptor(path: Path, data: bytes) -> dict[str, Any]:
    """A YAML descriptor (parsed safely: no aliases or tags, at most MAX_YAML_BYTES) as JSON data."""
    if len(data) > MAX_YAML_BYTES:
        raise ClaimpackError(path, f"YAML descriptor is larger than {MAX_YAML_BYTES} bytes")
    try:
        value = json_types(parse_yaml(data.decode("utf-8"), path))
    except UnicodeDecodeError:
        raise ClaimpackError(path, "descriptor is not UTF-8") from None
    if not isinstance(value, dict):
        raise ClaimpackError(path, "descriptor is not an object")
    return parse_descriptor(str(path), json.dumps(value).encode())


def _zip(label: Path | str, source: Path | io.BytesIO, allow_remote: bool = False) -> Snapshot:
    zipped = archive.open_zip(source, label)
    names = [n for n in zipped.namelist() if n.rsplit("/", 1)[-1] == DESCRIPTOR and not unsafe_reason(n)]
    if not names:
        raise ClaimpackError(label, f"the zip holds no {DESCRIPTOR}")
    inner = min(names, key=len)  # top level, or the one folder the package was zipped in
    prefix = inner[: -len(DESCRIPTOR)]

    def read(path: str) -> bytes:
        return archive.read_member(zipped, prefix + path, label)

    descriptor = parse_descriptor(f"{label}!{inner}", archive.read_member(zipped, inner, label))
    return Snapshot(str(label), descriptor, read, None, allow_remote)


def _git_root(repo: Path | None) -> Path:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=repo, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        raise ClaimpackError(repo or ".", "not inside a git repository") from None
    return Path(out.stdout.strip())


def _commit(revision: str, repo: Path | None) -> str | None:
    """The commit `revision` names, as a full hash; None when it names none. A revision that
    could be read as an option ('--output=…') is never passed to git."""
    if not REVISION.match(revision) or ".." in revision:
        return None
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"],
            cwd=repo,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    commit = out.stdout.strip()
    return commit if re.fullmatch(r"[0-9a-f]{40,64}", commit) else None


def _is_revision(text: str, repo: Path | None) -> bool:
    return _commit(text, repo) is not None


def _git(revision: str, folder: str, repo: Path | None, allow_remote: bool = False) -> Snapshot:
    label = f"git:{revision}:{folder}"
    if not REVISION.match(revision) or ".." in revision:
        raise ClaimpackError(
            label[:200], "not a revision name (letters, digits and ._/@{}~^+- only, not starting with '-')"
        )
    if unsafe_reason(folder):
        raise ClaimpackError(label, f"folder {folder!r} {unsafe_reason(folder)}")
    root = _git_root(repo)
    commit = _commit(revision, root)
    if commit is None:
        raise ClaimpackError(label, "unknown revision")

    def read(path: str) -> bytes:
        return subprocess.run(
            ["git", "cat-file", "blob", f"{commit}:{folder.strip('/')}/{path}"],
            cwd=root,
            capture_output=True,
            check=True,
        ).stdout

    try:
        data = read(DESCRIPTOR)
    except subprocess.CalledProcessError:
        raise ClaimpackError(label, f"no {DESCRIPTOR} in {folder} at this revision") from None
    return Snapshot(label, parse_descriptor(label, data), read, None, allow_remote)


def _fetch(url: str) -> bytes:
    if not url.startswith(("http://", "https://")):
        raise ClaimpackError(url, "only http(s) locations can be fetched")
    try:
        with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as response:
            data: bytes = response.read(MAX_FILE_BYTES + 1)
    except (OSError, urllib.error.URLError, ValueError) as error:
        raise ClaimpackError(url, f"cannot fetch: {_reason(error)}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ClaimpackError(url, f"over {MAX_FILE_BYTES:,} bytes")
    return data


def _url(url: str, allow_remote: bool) -> Snapshot:
    base = url if url.endswith((".json", ".zip")) else url.rstrip("/") + "/" + DESCRIPTOR
    folder = base.rsplit("/", 1)[0] + "/"
    data = _fetch(base)
    if data[:4] == b"PK\x03\x04":
        return _zip(url, io.BytesIO(data), allow_remote)

    def read(path: str) -> bytes:
        return _fetch(folder + path)

    return Snapshot(url, parse_descriptor(base, data), read, None, allow_remote)
