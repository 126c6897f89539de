"""claimpack: news articles in, versioned and validated Frictionless data packages out.

The flow, one folder per step: read (seeds) → segment → extract → resolve → write (package).

    >>> import claimpack
    >>> result = claimpack.build("seeds", "datapackage")
    >>> scores = claimpack.evaluate(["tests/data/corpus"])
    >>> tables = claimpack.load("datapackage")  # pandas DataFrames typed by the Table Schemas
"""

from claimpack.build import BuildResult, build
from claimpack.errors import ClaimpackError
from claimpack.evaluate import Evaluation, evaluate
from claimpack.load import load
from claimpack.pipeline import extract_article

__all__ = ["BuildResult", "ClaimpackError", "Evaluation", "build", "evaluate", "extract_article", "load"]
__version__ = "0.1.0"
