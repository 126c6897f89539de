"""claimpack: news articles in, versioned and validated Frictionless data packages out.

The flow, one folder per step: read (seeds) → segment → extract → resolve → write (package).

    >>> import claimpack
    >>> result = claimpack.build("seeds", "datapackage")
    >>> scores = claimpack.evaluate(["tests/data/corpus"])
    >>> report = claimpack.validate("datapackage")  # a Report; report.failed("error")
    >>> changes = claimpack.diff("git:HEAD", "datapackage")  # changes.required_bump
    >>> tables = claimpack.load("datapackage")  # pandas DataFrames typed by the Table Schemas

diff, release and synthesize are imported on first use. validate and publish are imported here:
they share their names with their subpackages, which would otherwise shadow them.
"""

from importlib import import_module
from typing import Any

from claimpack.build import BuildResult, build
from claimpack.errors import ClaimpackError
from claimpack.evaluate import Evaluation, evaluate
from claimpack.load import load
from claimpack.pipeline import extract_article
from claimpack.publish import publish
from claimpack.validate import validate

_LAZY = {
    "diff": "claimpack.version",
    "release": "claimpack.version.release",
    "synthesize": "claimpack.synth",
}

__all__ = [
    "BuildResult",
    "ClaimpackError",
    "Evaluation",
    "build",
    "diff",
    "evaluate",
    "extract_article",
    "load",
    "publish",
    "release",
    "synthesize",
    "validate",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'claimpack' has no attribute {name!r}")


__version__ = "0.1.0"
