"""Versions of the data package: what changed (`diff`), which bump the policy requires, and
releases that set the version, re-hash and write the CHANGELOG entry.

    >>> from claimpack.version import diff
    >>> diff("git:HEAD", "datapackage").required_bump
    'none'
"""

from claimpack.version.diff import PackageDiff, diff
from claimpack.version.policy import BUMPS, next_version

__all__ = ["BUMPS", "PackageDiff", "diff", "next_version"]
