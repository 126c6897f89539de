"""The format claimpack checks is the one frictionless would read a resource as: a named format
is taken as named (without frictionless's detection, which scans every installed module), and
any other is detected by frictionless itself."""

from __future__ import annotations

import pytest
from frictionless import Resource

from claimpack.safety.supported import effective_format

CASES = [
    ("data/x.xlsx", "csv"),
    ("data/x.csv", "xlsx"),
    ("data/x.csv.zip", "csv"),
    ("data/x.csv", "CSV"),
    ("data/x.csv", " csv"),
    ("http://example.org/x.csv", "json"),
    ("data/x", "jsonl"),
    ("data/x.csv.gz", "tsv"),
    ("data/x.csv", "ods"),
    ("data/x.csv", ""),
    ("data/x.xlsx", None),
    ("data/x?format=ods", None),
    ("data/x.csv", None),
]


@pytest.mark.parametrize(("path", "given"), CASES)
def test_format_is_frictionless_reading(path: str, given: str | None) -> None:
    resource = {"path": path} if given is None else {"path": path, "format": given}
    assert effective_format(resource) == (Resource.from_descriptor({"name": "probe", **resource}).format or "")
