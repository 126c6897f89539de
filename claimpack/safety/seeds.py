"""Seed texts a package names (articles.csv `source_path`, the descriptor's `sources`): where
claimpack may look for them, so a package cannot make `validate` or `publish` read, and quote,
any other file of the user's (a repository's `.git/config`, a `.env` beside the package).

A seed path has the shape the build writes: `FOLDER/ARTICLE_ID.txt`, relative to the project
root. It is looked up inside the package folder (a published package carries its seeds) or else
in the package folder's parent, the repository, and there only in a real (not symlinked, not
hidden) FOLDER, or in that parent itself when it is FOLDER (a package built inside its seeds).
Every other shape is refused before anything is opened, and callers quote a seed's text only when
its sha256 is the recorded one."""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from claimpack.errors import ClaimpackError
from claimpack.resources import load_schema
from claimpack.safety.paths import Resolver, unsafe_reason


@cache
def _article_id() -> re.Pattern[str]:
    fields = load_schema("articles.schema.json")["fields"]
    return re.compile(next(f for f in fields if f["name"] == "article_id")["constraints"]["pattern"])


def shape_problem(path: str) -> str | None:
    """Why `path` cannot be a seed path the build wrote, or None."""
    reason = unsafe_reason(path)
    if reason:
        return reason
    parts = path.split("/")
    if len(parts) != 2 or not parts[1].endswith(".txt"):
        return "is not FOLDER/ARTICLE_ID.txt, the shape of a seed path"
    folder, name = parts[0], parts[1][: -len(".txt")]
    if not folder or folder.startswith(".") or "\\" in path:
        return "is not in a seed folder (hidden or empty folder name)"
    if not _article_id().fullmatch(name):
        return "does not name a seed (its name is not a valid article id)"
    return None


def locate(package: Path, path: str) -> Path:
    """The seed file `path` names: in the package folder, else in its parent's real seed folder.
    ClaimpackError ('not found' when it is merely missing) for anything else."""
    return Locator(package)(path)


class Locator:
    """`locate` for every seed of one package: the package folder, the repository and each seed
    folder are looked at once (paths.Resolver), so 100,000 seeds cost a few `stat`s each."""

    def __init__(self, package: Path) -> None:
        self.package = package
        self._inner = Resolver(package)
        self._outer: Resolver | None = None
        self._folders: dict[str, tuple[bool, bool]] = {}  # seed folder: (in the package, a symlink beside it)

    def __call__(self, path: str) -> Path:
        reason = shape_problem(path)
        if reason:
            raise ClaimpackError(path[:200], f"seed path {reason}")
        if self._outer is None:
            self._outer = Resolver(self._inner.base.parent)
        name = path.split("/")[0]
        if name not in self._folders:
            self._folders[name] = (
                os.path.lexists(os.path.join(self._inner.base, name)),
                os.path.islink(os.path.join(self._outer.base, name)),
            )
        in_package, linked = self._folders[name]
        if in_package:  # else the seed cannot be inside the package, nor lead out of it
            inner = self._inner(path, "seed path")
            if inner.exists():
                return inner
        if linked:
            raise ClaimpackError(path, "seed path is in a symlinked folder of the repository; it must be a real folder")
        outer = self._outer(path, "seed path")
        if not outer.exists() and name == self._outer.base.name:
            # built inside its own seed folder ('claimpack build real84 --out real84/pkg'): FOLDER
            # is the package folder's parent itself
            own = self._outer(path.split("/")[1], "seed path")
            if own.exists():
                return own
        if not outer.exists():
            raise ClaimpackError(path, "seed not found")
        return outer
