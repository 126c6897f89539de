"""Validate a data package: structure (frictionless, the descriptor profile, pandera row checks,
provenance) and consistency (do the figures agree?). Invalid data is a Report, never an exception.

    >>> from claimpack.validation import validate, Suite
    >>> report = validate("datapackage", Suite.load("validate/suite.yaml"))
    >>> report.failed("warning")
"""

from claimpack.validation.finding import Finding, Location, Review
from claimpack.validation.report import Report
from claimpack.validation.rules import RULES, Rule, load_rules
from claimpack.validation.runner import run_rules, validate
from claimpack.validation.suite import Suite
from claimpack.validation.table_error import TableError

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
