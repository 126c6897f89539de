"""claimpack: news articles in, versioned and validated Frictionless data packages out.

The flow, one folder per step: read (seeds) → segment → extract → resolve → write (package), then
validation, versions, publishing. The README's layout section draws the layers.

    >>> import claimpack
    >>> result = claimpack.build("seeds", "datapackage")
    >>> scores = claimpack.evaluate(["tests/data/corpus"])
    >>> report = claimpack.validate("datapackage")  # a Report; report.failed("error")
    >>> changes = claimpack.diff("git:HEAD", "datapackage")  # changes.required_bump
    >>> tables = claimpack.load("datapackage")  # pandas DataFrames typed by the Table Schemas
    >>> site = claimpack.report("datapackage", "report")  # the review site, one page per article

Everything is imported on first use, so `import claimpack.extract.figures` loads no pandas. No
function shares its name with a subpackage (validate lives in claimpack.validation, and so on).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimpack.building import BuildResult, build
    from claimpack.errors import ClaimpackError
    from claimpack.evaluation import Evaluation, evaluate
    from claimpack.loading import load
    from claimpack.pipeline import extract_article
    from claimpack.publishing import publish
    from claimpack.releasing import release
    from claimpack.reporting import report
    from claimpack.synth import synthesize
    from claimpack.validation import validate
    from claimpack.version import diff

_LAZY = {
    "BuildResult": "claimpack.building",
    "ClaimpackError": "claimpack.errors",
    "Evaluation": "claimpack.evaluation",
    "build": "claimpack.building",
    "diff": "claimpack.version",
    "evaluate": "claimpack.evaluation",
    "extract_article": "claimpack.pipeline",
    "load": "claimpack.loading",
    "publish": "claimpack.publishing",
    "release": "claimpack.releasing",
    "report": "claimpack.reporting",
    "synthesize": "claimpack.synth",
    "validate": "claimpack.validation",
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
    "report",
    "synthesize",
    "validate",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value  # the next lookup is a plain attribute
        return value
    raise AttributeError(f"module 'claimpack' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"
