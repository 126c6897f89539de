"""The review site: an article's text with its rows laid over it, the findings in the margin and
the conflicts as a chart, for people who check the package by eye. The library behind
`claimpack report`.

    >>> from claimpack.reporting import report
    >>> report("datapackage", "report")  # report/index.html and report/articles/<id>.html
"""

from __future__ import annotations

from pathlib import Path

from claimpack.reporting.site import Site, page_file, report_site
from claimpack.validation import Suite
from claimpack.validation.context import Context

__all__ = ["Site", "page_file", "report"]


def report(package: str | Path = "datapackage", out: str | Path = "report", suite: Suite | None = None) -> Site:
    """Write the review site of `package` (a folder or its descriptor) to the folder `out`, which
    must be new, empty or an earlier site. Findings come from `suite` (default: every rule)."""
    context = Context.open(package, suite or Suite())
    return report_site(context, Path(out), str(package))
