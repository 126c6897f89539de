"""Validate a data package: structure (frictionless, the descriptor profile, pandera row checks,
provenance) and consistency (do the figures agree?). Invalid data is a Report, never an exception.

    >>> from claimpack.validate import validate, Suite
    >>> report = validate("datapackage", Suite.load("validate/suite.yaml"))
    >>> report.failed("warning")
"""

from claimpack.validate.finding import Finding, Location, Review
from claimpack.validate.report import Report
from claimpack.validate.rules import RULES, Rule, load_rules
from claimpack.validate.runner import run_rules, validate
from claimpack.validate.suite import Suite
from claimpack.validate.table_error import TableError

load_rules()

__all__ = [
    "RULES",
    "Finding",
    "Location",
    "Report",
    "Review",
    "Rule",
    "Suite",
    "TableError",
    "run_rules",
    "validate",
]
