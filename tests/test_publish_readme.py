"""The data's README is generated from the descriptor, so it lists every table and field."""

from __future__ import annotations

from claimpack.publishing.readme import render_readme
from claimpack.version.snapshot import open_snapshot
from tests.conftest import ROOT

PACKAGE = ROOT / "datapackage"


def test_datapackage_readme_is_current() -> None:
    expected = render_readme(open_snapshot(PACKAGE))
    assert (PACKAGE / "README.md").read_text(encoding="utf-8") == expected, (
        "datapackage/README.md is stale: run python -m claimpack.publishing.readme datapackage"
    )


def test_readme_lists_every_field_with_its_type() -> None:
    snapshot = open_snapshot(PACKAGE)
    readme = render_readme(snapshot)
    for resource in snapshot.resources():
        assert f"### {resource['name']} (`{resource['path']}`)" in readme
        for field in snapshot.schema(resource)["fields"]:
            assert f"| `{field['name']}` | {field['type']} |" in readme
    assert "`part_of` → `claims.claim_id`" in readme and "One of: `exact`, `approx`" in readme
