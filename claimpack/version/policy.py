"""The versioning policy: semantic versioning for data. Each kind of change names the bump it
needs; a diff needs the largest of its changes' bumps.

- major: a table or field removed (a rename is a removal plus an addition), a field's type
  narrowed, a constraint narrowed, a primary or foreign key changed, an article withdrawn;
- minor: a table or field added, a type or constraint widened, articles added;
- patch: values corrected, rows added, removed or changed within the same articles, documentation;
- none: nothing changed.
"""

from __future__ import annotations

from typing import Any

BUMPS = ("none", "patch", "minor", "major")

# Type changes that keep every old value valid: a consumer reading the new type still copes.
WIDENINGS = {("integer", "number"), ("date", "datetime"), ("year", "integer")}


def larger(*bumps: str) -> str:
    return max(bumps, key=BUMPS.index, default="none")


def type_bump(before: str, after: str) -> str:
    if before == after:
        return "none"
    if (before, after) in WIDENINGS or after in ("string", "any"):
        return "minor"
    return "major"


def constraint_bump(name: str, before: Any, after: Any) -> str:
    """Narrowed (fewer values allowed) is major, widened minor."""
    if before == after:
        return "none"
    if after is None:
        return "minor"  # constraint dropped: every old value stays valid
    if before is None:
        return "minor" if name == "required" and after is False else "major"
    if name == "enum":
        return "minor" if set(before) <= set(after) else "major"
    if name in ("minimum", "minLength", "exclusiveMinimum"):
        return "minor" if after < before else "major"
    if name in ("maximum", "maxLength", "exclusiveMaximum"):
        return "minor" if after > before else "major"
    if name in ("required", "unique"):
        return "minor" if not after else "major"
    return "major"


def next_version(version: str, bump: str) -> str:
    """`version` raised by `bump` ('none' keeps it)."""
    major, minor, patch = parse_version(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def parse_version(version: str) -> tuple[int, int, int]:
    from claimpack.errors import ClaimpackError

    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ClaimpackError(None, f"version {version!r} is not MAJOR.MINOR.PATCH")
    return int(parts[0]), int(parts[1]), int(parts[2])


def bump_between(old: str, new: str) -> str:
    """The bump that took `old` to `new` ('none' when equal or lower)."""
    a, b = parse_version(old), parse_version(new)
    if b <= a:
        return "none"
    if b[0] > a[0]:
        return "major"
    return "minor" if b[1] > a[1] else "patch"
