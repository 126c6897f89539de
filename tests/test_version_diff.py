"""`claimpack diff`: rows keyed by primary key with cell-level before/after, schema changes, and the
bump the policy requires (patch for a corrected figure, minor for an added field or article, major
for a removed field)."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from validate_helpers import ROOT, descriptor, edit_rows, read_rows, set_cells, write_descriptor, write_rows

from claimpack.cli.diff import command
from claimpack.errors import ClaimpackError
from claimpack.version import diff
from claimpack.version.diff import diff_tables
from claimpack.version.policy import bump_between, constraint_bump, next_version, type_bump

A = "000_ce1b982170328aa1"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(ROOT / "datapackage", old)
    shutil.copytree(ROOT / "datapackage", new)
    return old, new


def _projection(result) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(c.table, c.key, c.kind, tuple((x.field, x.before, x.after) for x in c.cells)) for c in result.rows]


def test_identical_packages_need_no_bump(pair: tuple[Path, Path]) -> None:
    result = diff(*pair)
    assert (result.changed, result.required_bump, result.rows, result.schema) == (False, "none", [], [])


def test_one_edited_figure_is_exactly_that_cell_and_a_patch(pair: tuple[Path, Path]) -> None:
    old, new = pair
    set_cells(new, "claims", ":c0.2", value="3100")
    result = diff(old, new)
    assert _projection(result) == [("claims", f"{A}:c0.2", "changed", (("value", "3000", "3100"),))]
    assert (result.schema, result.required_bump) == ([], "patch")


def test_added_field_is_minor(pair: tuple[Path, Path]) -> None:
    old, new = pair
    rows = read_rows(new, "claims")
    write_rows(new, "claims", [{**row, "checked": "false"} for row in rows])
    data = descriptor(new)
    claims = next(r for r in data["resources"] if r["name"] == "claims")
    claims["schema"]["fields"].append({"name": "checked", "type": "boolean"})
    write_descriptor(new, data)
    result = diff(old, new)
    assert [(c.table, c.field, c.kind, c.bump) for c in result.schema] == [
        ("claims", "checked", "field-added", "minor")
    ]
    assert (result.rows, result.required_bump) == ([], "minor")


def test_removed_field_is_major(pair: tuple[Path, Path]) -> None:
    old, new = pair
    write_rows(new, "claims", [{k: v for k, v in row.items() if k != "factor"} for row in read_rows(new, "claims")])
    data = descriptor(new)
    claims = next(r for r in data["resources"] if r["name"] == "claims")
    claims["schema"]["fields"] = [f for f in claims["schema"]["fields"] if f["name"] != "factor"]
    write_descriptor(new, data)
    result = diff(old, new)
    assert [(c.table, c.field, c.kind) for c in result.schema] == [("claims", "factor", "field-removed")]
    assert result.required_bump == "major"


def test_added_article_is_minor_and_removed_article_major(pair: tuple[Path, Path]) -> None:
    old, new = pair
    edit_rows(new, "articles", lambda rows: rows.append({**rows[0], "article_id": "001_new"}))
    result = diff(old, new)
    assert (result.articles_added, result.required_bump) == (["001_new"], "minor")
    assert _projection(result) == [("articles", "001_new", "added", ())]
    back = diff(new, old)
    assert (back.articles_removed, back.required_bump) == (["001_new"], "major")


def test_narrowed_constraint_and_changed_key_are_major(pair: tuple[Path, Path]) -> None:
    old, new = pair
    data = descriptor(new)
    claims = next(r for r in data["resources"] if r["name"] == "claims")
    qualifier = next(f for f in claims["schema"]["fields"] if f["name"] == "qualifier")
    qualifier["constraints"]["enum"] = [v for v in qualifier["constraints"]["enum"] if v != "vague"]
    claims["schema"]["primaryKey"] = ["claim_id", "article_id"]
    write_descriptor(new, data)
    kinds = [(c.kind, c.bump) for c in diff(old, new).schema]
    assert kinds == [("constraint-enum", "major"), ("primary-key", "major")]


def test_zip_and_folder_compare_equal(pair: tuple[Path, Path], tmp_path: Path) -> None:
    old, _ = pair
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for path in sorted(old.rglob("*")):
            handle.write(path, Path("datapackage") / path.relative_to(old))
    assert not diff(archive, old).changed


def test_git_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "datapackage", tmp_path / "datapackage")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "v1"], cwd=tmp_path, check=True)
    set_cells(tmp_path / "datapackage", "dates", ":d3.1", date="2016-12-01")
    monkeypatch.chdir(tmp_path)
    result = diff("git:HEAD", "datapackage")
    assert [(c.table, c.kind, [x.field for x in c.cells]) for c in result.rows] == [("dates", "changed", ["date"])]
    with pytest.raises(ClaimpackError):
        diff("git:nosuchrev", "datapackage")


def test_cli_text_json_and_exit_code(pair: tuple[Path, Path]) -> None:
    old, new = pair
    runner = CliRunner()
    same = runner.invoke(command, [str(old), str(new), "--exit-code"])
    assert (same.exit_code, "no differences" in same.output) == (0, True)
    set_cells(new, "claims", ":c0.2", value="3100")
    text = runner.invoke(command, [str(old), str(new), "--exit-code"])
    assert text.exit_code == 1
    assert "value: '3000' -> '3100'" in text.output and "required bump: patch" in text.output
    data = json.loads(runner.invoke(command, [str(old), str(new), "--format", "json"]).output)
    assert (data["required_bump"], data["rows"]) == ("patch", {"claims": {"added": 0, "removed": 0, "changed": 1}})


def test_unusable_input_is_a_claimpack_error(tmp_path: Path) -> None:
    with pytest.raises(ClaimpackError):
        diff(tmp_path / "missing", ROOT / "datapackage")


@pytest.mark.parametrize(
    ("kind", "before", "after", "bump"),
    [
        ("enum", ["a"], ["a", "b"], "minor"),
        ("minimum", 0, 1, "major"),
        ("required", None, True, "major"),
        ("required", True, None, "minor"),
        ("maximum", 5, 9, "minor"),
    ],
)
def test_constraint_policy(kind: str, before: object, after: object, bump: str) -> None:
    assert constraint_bump(kind, before, after) == bump


def test_versions() -> None:
    assert [next_version("1.2.3", b) for b in ("major", "minor", "patch", "none")] == [
        "2.0.0",
        "1.3.0",
        "1.2.4",
        "1.2.3",
    ]
    assert (type_bump("integer", "number"), type_bump("number", "integer")) == ("minor", "major")
    assert [bump_between("1.2.3", v) for v in ("2.0.0", "1.3.0", "1.2.4", "1.2.3")] == [
        "major",
        "minor",
        "patch",
        "none",
    ]


def test_an_unchanged_rebuild_is_byte_identical_and_no_difference(tmp_path: Path) -> None:
    from claimpack.building import build

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    build(tmp_path / "seeds", tmp_path / "first")
    shutil.copytree(tmp_path / "first", tmp_path / "second")
    assert not build(tmp_path / "seeds", tmp_path / "second").stale
    files = sorted(p.relative_to(tmp_path / "first") for p in (tmp_path / "first").rglob("*") if p.is_file())
    assert all((tmp_path / "first" / f).read_bytes() == (tmp_path / "second" / f).read_bytes() for f in files)
    assert diff(tmp_path / "first", tmp_path / "second").required_bump == "none"


CLAIMS = ROOT / "datapackage" / "data" / "claims.csv"


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_set_of_cell_edits_is_reported_exactly(data: st.DataObject) -> None:
    from claimpack.version.tables import Table, parse_rows, row_fingerprint

    schema = next(r for r in descriptor(ROOT / "datapackage")["resources"] if r["name"] == "claims")["schema"]
    rows = parse_rows("claims", CLAIMS.read_bytes(), schema)
    fields = [f["name"] for f in schema["fields"] if f["name"] != "claim_id"]
    edits = data.draw(st.sets(st.tuples(st.sampled_from(sorted(rows)), st.sampled_from(fields)), max_size=6))
    edited = {key: dict(row) for key, row in rows.items()}
    for key, name in edits:
        edited[key][name] = rows[key][name] + "x"

    def table(content: dict[str, dict[str, str]]) -> dict[str, Table]:
        return {"claims": Table("claims", schema, content, {k: row_fingerprint(r) for k, r in content.items()})}

    result = diff_tables("a", {}, table(rows), "b", {}, table(edited))
    found = {(change.table and change.key, cell.field) for change in result.rows for cell in change.cells}
    assert found == edits
    assert result.required_bump == ("patch" if edits else "none")
