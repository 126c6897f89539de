"""The versioning policy: semantic versioning for data. Each kind of change names the bump it
needs; a diff needs the largest of its changes' bumps.

- major: a table or field removed (a rename is a removal plus an addition), a field's type
  narrowed, a constraint narrowed, a primary or foreign key changed, an article withdrawn;
- minor: a table or field added, a type or constraint widened, articles added;
- patch: values corrected (by the extractor or by a person's correction), rows added, removed or
  changed within the same articles, documentation;
- none: nothing changed.
"""

from __future__ import annotations

from typing import Any

import semver

from claimpack.errors import ClaimpackError

BUMPS = ("none", "patch", "minor", "major")

# Type changes that keep every old value valid: a consumer reading the new type still copes.
WIDENINGS = {("integer", "number"), ("date", "datetime"), ("year", "integer")}


def larger(*bumps: str) -> str:
    return max(bumps, key=BUMPS.index, default="none")


def correction_bump() -> str:
    """A person's correction changes values within an article it already has: a patch."""
    return "patch"


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


def parse_version(version: str) -> semver.Version:
    """A semantic version (semver.org, pre-releases and build metadata included), parsed by the
    `semver` library: '01.0.0' and '1.0' are refused, as the descriptor profile refuses them."""
    try:
        return semver.Version.parse(str(version))
    except (ValueError, TypeError):
        shown = str(version) if len(str(version)) <= 40 else str(version)[:40] + "…"
        raise ClaimpackError(None, f"version {shown!r} is not a semantic version (MAJOR.MINOR.PATCH)") from None


def next_version(version: str, bump: str) -> str:
    """`version` raised by `bump` ('none' keeps it); a pre-release is finalised by its own bump
    (1.2.0-rc.1 + minor is 1.2.0)."""
    if bump == "none":
        return version
    return str(parse_version(version).next_version(part=bump))


def bump_between(old: str, new: str) -> str:
    """The bump that took `old` to `new` ('none' when equal or lower; 1.0.0-rc.1 is lower than
    1.0.0, so a pre-release never passes for a release)."""
    a, b = parse_version(old), parse_version(new)
    if b <= a:
        return "none"
    if b.major > a.major:
        return "major"
    return "minor" if b.minor > a.minor else "patch"
