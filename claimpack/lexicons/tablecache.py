"""Word tables kept in the user's cache folder, so a process reads them in about 0.3 s instead of
parsing Norsk Ordbank's JSON (about 2 s) every time.

A cache file is named by a key the caller derives from everything the tables depend on (the source
data and the code that turns it into tables), so it is never stale: new data or new code reads
another file, and writing one removes all but the newest few of its kind ('ordbank-…'). It is
plain text, one line of forms and one of lemmas per word class, never code (no pickle). Nothing is
shipped: the file is made on first use from the installed data, written atomically, and any
problem reading or writing it only means the JSON is parsed as before."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

Tables = dict[str, dict[str, str]]
KEEP = 3  # files kept of each kind: the newest, and a few for other installs sharing the folder


def cache_folder() -> Path:
    """`$XDG_CACHE_HOME/claimpack`, by default `~/.cache/claimpack`."""
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "claimpack"


def load(key: str, classes: tuple[str, ...]) -> Tables | None:
    """The tables stored under `key`, with exactly these word classes; None when there are none
    or the file does not read back whole."""
    try:
        lines = (cache_folder() / f"{key}.tsv").read_text("utf-8").split("\n")
        if lines[-1] or tuple(lines[0:-1:3]) != classes:
            return None
        intern = sys.intern
        return {
            lines[i]: dict(zip(lines[i + 1].split("\t"), map(intern, lines[i + 2].split("\t")), strict=True))
            for i in range(0, len(lines) - 1, 3)
        }
    except (OSError, ValueError):
        return None


def store(key: str, tables: Tables) -> None:
    """Write the tables under `key`, atomically; skipped when a table is empty or a word holds a
    tab or a line break (the format could not read it back), or the folder cannot be written."""
    if not all(tables.values()) or any(_unwritable(w) for t in tables.values() for item in t.items() for w in item):
        return
    text = "".join(
        f"{name}\n" + "\t".join(table) + "\n" + "\t".join(table.values()) + "\n" for name, table in tables.items()
    )
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temporary, folder / f"{key}.tsv")
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return
    _prune(folder, key)


def _prune(folder: Path, key: str) -> None:
    """Keep the KEEP newest files of this kind ('ordbank-…'): older data or code would not read
    them again, and each is about 15 MB; a few stay for installs side by side."""
    kind = key.partition("-")[0]
    files = []
    for path in folder.glob(f"{kind}-*.tsv"):
        try:
            files.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _, stale in sorted(files, reverse=True)[KEEP:]:
        stale.unlink(missing_ok=True)


def _unwritable(word: str) -> bool:
    return "\t" in word or "\n" in word or "\r" in word
