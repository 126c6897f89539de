"""The columnar structural engine ("duckdb"): frictionless's checks, run as SQL over whole columns.

Every CSV is read with all cells as text (explicit quote, escape and newline settings, no sniffing,
`null_padding` so short rows show as NULL cells and spare columns catch extra cells), then each
type is checked explicitly with the rules frictionless applies, because DuckDB's own casts are
lenient (it reads «3.5» as 4 and «0x1F» as 31 in an integer column). Constraints, unique fields,
primary and foreign keys (self-references included) are SQL over the typed columns. Findings
carry frictionless's row numbers (header = row 1) and error types, so the `TableError.key()`s are
the same as the reference engine's.

Memory: DuckDB's buffer pool is capped at CLAIMPACK_DUCKDB_MEMORY (default 1GB) and spills to disk
beyond it. Limits, where they differ from frictionless: all errors are reported (frictionless stops at 1000
per resource by default); keys are held by DuckDB, which spills to disk, not in a Python dict
(~210 MB per million keys in frictionless); where DuckDB would read a file differently from
Python's csv module (CR or empty lines, an unterminated quote, bytes that are not UTF-8, a header
that is not the field names, more than EXTRA_COLUMNS extra cells) or Python would parse a number or
date the SQL cannot (Unicode digits and spaces), the package is checked by frictionless instead: exact,
but at frictionless's speed and limits; only
the types and formats the claimpack schemas use are supported (string, incl. format uri, integer,
number, boolean, date with the default format) and anything else raises ClaimpackError; patterns
run on RE2, which lacks back-references and look-arounds; numbers compare as doubles for unique
and key checks; integers beyond 128 bits are type errors.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import duckdb

from claimpack.errors import ClaimpackError
from claimpack.safety.paths import inside
from claimpack.validation.limits import duckdb_config, duckdb_database
from claimpack.validation.table_error import TableError

EXTRA_COLUMNS = 8
LOADERS = 2  # files read at once
NULL_SENTINEL = "\x01claimpack-padded\x01"  # never in a CSV: lets padded (missing) cells be told from ''
WS = r"[ \t\n\r\f\v]*"
DIGITS = r"[0-9]+(?:_[0-9]+)*"
INTEGER_RE = rf"{WS}[+-]?{DIGITS}{WS}"
# C decimal drops every '_' before parsing, so the grammar is matched on the cell without them
NUMBER_RE = rf"(?i){WS}[+-]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[+-]?[0-9]+)?|inf(?:inity)?|s?nan[0-9]*){WS}"
# Python's int(), Decimal() and strptime also take Unicode digits and spaces: such cells go to frictionless
NOT_PLAIN = r"[^\t\n\x0b\x0c\r\x20-\x7e]"
DATE_RE = r"([0-9]{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])"
PLAIN_INTEGER = r"[0-9]{1,18}"
PLAIN_NUMBER = r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+"
URI_RE = r"(?s)[A-Za-z][A-Za-z0-9+.-]*:.*"
# DuckDB's buffer pool defaults to 80% of RAM (5.7 GB on 100k articles here); past this it spills to disk.
DEFAULT_TRUE = ["true", "True", "TRUE", "1"]
DEFAULT_FALSE = ["false", "False", "FALSE", "0"]


def _pattern_match(c: str, pattern: str) -> str:
    """frictionless's `re.compile("^" + pattern + "$").match` in RE2: anchored at the start, the
    alternation left ungrouped, and '$' also matching before one final newline."""
    anchored = _literal(f"^(?:^{pattern}$)")
    before_newline = f"({c} LIKE '%' || chr(10) AND regexp_matches(left({c}, length({c}) - 1), {anchored}))"
    return f"(regexp_matches({c}, {anchored}) OR {before_newline})"


def _digits(c: str, kind: Literal["integer", "number"]) -> str:
    """SQL true for a cell of ASCII digits alone (up to 18 of them for an integer, which any cast
    holds; for a number, with at most one '.' and a digit): the regex (INTEGER_RE, NUMBER_RE)
    matches it and finds nothing to drop before the cast, so a cast alone types it to the same
    value. One small regex for nearly every numeric cell instead of two, a replace and a cast."""
    return f"regexp_full_match({c}, {_literal(PLAIN_INTEGER if kind == 'integer' else PLAIN_NUMBER)})"


def _literal(value: Any) -> str:
    """A SQL string literal rendered by DuckDB itself: package values never become SQL."""
    return str(duckdb.ConstantExpression(str(value)))


class Table:
    """One resource loaded as text, with SQL for each field's nullness, type check and value."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        index: int,
        resource: dict[str, Any],
        base: Path,
        loader: duckdb.DuckDBPyConnection | None = None,
    ) -> None:
        """The resource read into `con`'s database, through `loader` (a cursor of it, so tables
        load side by side) when given."""
        self.con = con
        self.name: str = resource.get("name", "")
        self.schema: dict[str, Any] = resource.get("schema") or {}
        self.fields: list[dict[str, Any]] = self.schema.get("fields", [])
        self.missing: list[str] = self.schema.get("missingValues", [""])
        self.data, self.typed = f"data_{index}", f"typed_{index}"
        self.path = inside(base, resource["path"], "resource path")
        self.columns = [f"c{i}" for i in range(len(self.fields))] + [f"x{j}" for j in range(EXTRA_COLUMNS)]
        self._load(loader or con)

    def _load(self, con: duckdb.DuckDBPyConnection) -> None:
        """One pass over the file: each cell as text and, beside it, the typed value of every
        field that is not a plain string, whether the row has any cell error (`flagged`: the
        disjunction of every `_cell_checks` condition, so the error query reads only those rows)
        and whether a number or date cell holds what only Python parses (`odd`). Each cell's
        missing-value and type tests run once. The table's rowid is the file's line (0: the
        header): DuckDB's single-threaded reader keeps the file's order, while its parallel one
        (DuckDB 2.0) sometimes stored a later 8 MB block of a file first (tests/test_scale_order.py);
        tables load side by side instead (`load`)."""
        columns = {name: "VARCHAR" for name in self.columns}
        options = (
            "header=false, columns=$columns, delim=',', quote='\"', escape='\"', new_line='\\n', "
            "nullstr=$null, null_padding=true, all_varchar=true, auto_detect=false, parallel=false"
        )
        count = len(self.fields)
        cells = ", ".join(self.columns)
        tested = "".join(f", {self.is_null(i)} AS n{i}, {self.type_ok(i)} AS k{i}" for i in range(count))
        values = "".join(f", {self._guarded(i, f'n{i}', f'k{i}')} AS v{i}" for i in range(count))
        nulls = " AND ".join(f"n{i}" for i in range(count)) or "false"
        checks = " OR ".join(f"({c})" for _, _, c in _cell_checks(self, lambda i: f"n{i}", lambda i: f"k{i}"))
        numeric = [f"c{i}" for i, f in enumerate(self.fields) if f.get("type") in ("integer", "number", "date")]
        odd = f"regexp_matches(concat_ws('', {', '.join(numeric)}), {_literal(NOT_PLAIN)})" if numeric else "false"
        stored = "".join(f", v{i}" for i in range(count) if not self._plain(i))
        query = (
            f"CREATE OR REPLACE TABLE {self.data} AS SELECT blank, {cells}{stored}, "
            f"coalesce({checks}, false) AS flagged, coalesce({odd}, false) AS odd FROM ("
            f"SELECT *, ({nulls}) AS blank{values} FROM ("
            f"SELECT {cells}{tested} FROM read_csv($path, {options})))"
        )
        try:
            con.execute(query, {"path": str(self.path), "columns": columns, "null": NULL_SENTINEL})
        except duckdb.Error as error:
            raise ClaimpackError(self.path, f"duckdb cannot read the table: {str(error).splitlines()[0]}") from None
        self.header: tuple[Any, ...] = con.execute(f"SELECT {cells} FROM {self.data} WHERE rowid = 0").fetchone() or ()
        flagged, odd_rows = con.execute(
            f"SELECT count(*) FILTER (WHERE flagged), count(*) FILTER (WHERE odd) FROM {self.data} WHERE rowid > 0"
        ).fetchone() or (0, 0)
        self.flagged, self.odd = bool(flagged), bool(odd_rows)
        # a plain string's value is its cell: computed where a query needs it, not a second copy
        computed = "".join(f", {self.value(i)} AS v{i}" for i in range(count) if self._plain(i))
        con.execute(
            f"CREATE VIEW {self.typed} AS SELECT rowid + 1 AS row, *{computed} FROM {self.data} WHERE rowid > 0"
        )

    def _plain(self, i: int) -> bool:
        """A field whose typed value is its text cell (or NULL when missing)."""
        field = self.fields[i]
        return field.get("type", "any") in ("string", "any") and field.get("format", "default") == "default"

    def has_unplain_cells(self) -> bool:
        """A number or date cell with characters Python parses but the SQL checks do not."""
        return self.odd

    def is_null(self, i: int) -> str:
        cells = ", ".join(_literal(m) for m in self.missing) or "NULL"
        return f"(c{i} IS NULL OR c{i} IN ({cells}))"

    def type_ok(self, i: int) -> str:
        field = self.fields[i]
        kind, form, c = field.get("type", "any"), field.get("format", "default"), f"c{i}"
        if kind == "string":
            if form == "uri":
                return f"regexp_full_match({c}, {_literal(URI_RE)})"
            if form == "default":
                return "true"
        elif kind == "integer" and field.get("bareNumber") is not False:
            checked = f"(regexp_full_match({c}, {_literal(INTEGER_RE)}) AND {self._integer(c)} IS NOT NULL)"
            return f"CASE WHEN {_digits(c, 'integer')} THEN true ELSE {checked} END"
        elif kind == "number" and not {"groupChar", "decimalChar", "bareNumber"} & field.keys():
            checked = f"regexp_full_match(replace({c}, '_', ''), {_literal(NUMBER_RE)})"
            return f"CASE WHEN {_digits(c, 'number')} THEN true ELSE {checked} END"
        elif kind == "boolean":
            values = field.get("trueValues", DEFAULT_TRUE) + field.get("falseValues", DEFAULT_FALSE)
            return f"{c} IN ({', '.join(_literal(v) for v in values)})"
        elif kind == "date" and form == "default":
            return f"(regexp_full_match({c}, {_literal(DATE_RE)}) AND {self._date(c)} IS NOT NULL)"
        elif kind == "any":
            return "true"
        raise ClaimpackError(
            None,
            f"engine duckdb does not support {kind}/{form} ({self.name}.{field['name']}); use --engine frictionless",
        )

    @staticmethod
    def _integer(c: str) -> str:
        return f"TRY_CAST(regexp_replace({c}, '[ \\t\\n\\r\\f\\v_]', '', 'g') AS HUGEINT)"

    @staticmethod
    def _date(c: str) -> str:
        parts = [f"TRY_CAST(trim(regexp_extract({c}, {_literal(DATE_RE)}, {n})) AS INTEGER)" for n in (1, 2, 3)]
        return f"CASE WHEN {parts[0]} >= 1 THEN TRY(make_date({', '.join(parts)})) END"

    def value(self, i: int) -> str:
        """The typed value, NULL for missing values and type errors."""
        return self._guarded(i, self.is_null(i), self.type_ok(i))

    def _guarded(self, i: int, null: str, ok: str) -> str:
        """The typed value of field `i`, given SQL for its cell being missing (`null`) and well
        typed (`ok`)."""
        field, c = self.fields[i], f"c{i}"
        kind = field.get("type", "any")
        if kind == "integer":
            typed = f"CASE WHEN {_digits(c, 'integer')} THEN CAST({c} AS HUGEINT) ELSE {self._integer(c)} END"
        elif kind == "number":
            dropped = f"regexp_replace({c}, '[ \\t\\n\\r\\f\\v_]', '', 'g')"
            typed = f"TRY_CAST(CASE WHEN {_digits(c, 'number')} THEN {c} ELSE {dropped} END AS DOUBLE)"
        elif kind == "boolean":
            typed = f"({c} IN ({', '.join(_literal(v) for v in field.get('trueValues', DEFAULT_TRUE))}))"
        elif kind == "date":
            typed = self._date(c)
        else:
            typed = c
        return f"CASE WHEN {null} OR NOT {ok} THEN NULL ELSE {typed} END"

    def constraint_violation(self, i: int) -> str | None:
        """SQL true when a well-typed cell breaks a constraint (required, pattern, enum, ranges)."""
        field, v, c = self.fields[i], f"v{i}", f"c{i}"
        constraints = field.get("constraints", {})
        kind = field.get("type", "any")
        checks: list[str] = []
        if constraints.get("required"):
            checks.append(f"{v} IS NULL")
        if "pattern" in constraints:
            checks.append(f"NOT {_pattern_match(c, constraints['pattern'])}")
        if "enum" in constraints:
            checks.append(f"{v} NOT IN ({', '.join(self._typed_literal(kind, e) for e in constraints['enum'])})")
        for name, op in (("minimum", "<"), ("maximum", ">"), ("exclusiveMinimum", "<="), ("exclusiveMaximum", ">=")):
            if name in constraints:
                checks.append(f"{v} {op} {self._typed_literal(kind, constraints[name])}")
        if "minLength" in constraints:
            checks.append(f"length({c}) < {int(constraints['minLength'])}")
        if "maxLength" in constraints:
            checks.append(f"length({c}) > {int(constraints['maxLength'])}")
        if not checks:
            return None
        guarded = [checks[0]] if constraints.get("required") else []
        guarded += [f"({v} IS NOT NULL AND {check})" for check in checks[len(guarded) :]]
        return " OR ".join(guarded)

    @staticmethod
    def _typed_literal(kind: str, value: Any) -> str:
        if kind in ("integer", "number") and not isinstance(value, bool):
            number = value if isinstance(value, int | float) else None
            return (
                str(duckdb.ConstantExpression(number))
                if number is not None
                else f"TRY_CAST({_literal(value)} AS DOUBLE)"
            )
        if kind == "date":
            return f"DATE {_literal(value)}"
        return _literal(value)


def _cell_checks(t: Table, null: Callable[[int], str], ok: Callable[[int], str]) -> list[tuple[str, str, str]]:
    """(field name as SQL, error code, SQL true on a row with that error) for every cell error,
    given SQL for field i's cell being missing (`null(i)`) and well typed (`ok(i)`)."""
    checks: list[tuple[str, str, str]] = []
    for i, field in enumerate(t.fields):
        name = _literal(field["name"])
        checks.append((name, "missing-cell", f"NOT blank AND c{i} IS NULL"))
        checks.append((name, "type-error", f"NOT blank AND NOT {null(i)} AND NOT {ok(i)}"))
        violation = t.constraint_violation(i)
        if violation:
            checks.append((name, "constraint-error", f"NOT blank AND ({null(i)} OR {ok(i)}) AND ({violation})"))
    extra = " OR ".join(f"x{j} IS NOT NULL" for j in range(EXTRA_COLUMNS))
    checks.append(("''", "extra-cell", f"NOT blank AND ({extra})"))
    checks.append(("NULL", "blank-row", "blank"))
    return checks


def _cell_errors(t: Table) -> list[TableError]:
    """The cell errors of the rows the load flagged (none in a clean table: no query runs)."""
    if not t.flagged:
        return []
    rows = t.con.execute(
        f"WITH f AS MATERIALIZED (SELECT * FROM {t.typed} WHERE flagged) "
        + " UNION ALL ".join(
            f"SELECT row, {name}, '{code}' FROM f WHERE {check}"
            for name, code, check in _cell_checks(t, t.is_null, t.type_ok)
        )
    ).fetchall()
    return [TableError(t.name, row, field, code, f"{code} in row {row}") for row, field, code in rows]


def _repeats(t: Table, cols: list[str]) -> list[int]:
    """Rows whose values in `cols` (not all NULL) an earlier row already has, as a window numbering
    the rows of each value would say, by a hash aggregate rather than a sort of the whole table."""
    match = " AND ".join(f"t.{c} IS NOT DISTINCT FROM d.{c}" for c in cols)
    query = (
        f"SELECT t.row FROM {t.typed} t JOIN (SELECT {', '.join(cols)}, min(row) AS first FROM {t.typed} "
        f"WHERE NOT ({' AND '.join(f'{c} IS NULL' for c in cols)}) GROUP BY ALL HAVING count(*) > 1) d "
        f"ON {match} WHERE t.row > d.first"
    )
    return [r for (r,) in t.con.execute(query).fetchall()]


def _key_errors(t: Table, tables: dict[str, Table]) -> list[TableError]:
    errors: list[TableError] = []
    names = [f["name"] for f in t.fields]
    repeated: dict[str, list[int]] = {}  # a unique field's repeats, shared with a primary key of that field alone
    for i, field in enumerate(t.fields):
        if field.get("constraints", {}).get("unique"):
            repeated[f"v{i}"] = _repeats(t, [f"v{i}"])
            errors += [
                TableError(t.name, r, field["name"], "unique-error", "duplicate value") for r in repeated[f"v{i}"]
            ]
    key = t.schema.get("primaryKey") or []
    key = [key] if isinstance(key, str) else key
    if key and set(key) <= set(names):
        cols = [f"v{names.index(k)}" for k in key]
        rows = repeated[cols[0]] if len(cols) == 1 and cols[0] in repeated else _repeats(t, cols)
        empty = f"SELECT row FROM {t.typed} WHERE {' AND '.join(f'{c} IS NULL' for c in cols)}"
        rows = rows + [r for (r,) in t.con.execute(empty).fetchall()]
        errors += [TableError(t.name, r, None, "primary-key", "primary key") for r in rows]
    for fk in t.schema.get("foreignKeys", []):
        fields = [fk["fields"]] if isinstance(fk["fields"], str) else fk["fields"]
        reference = fk["reference"]
        target = tables.get(reference.get("resource") or t.name)
        ref_fields = [reference["fields"]] if isinstance(reference["fields"], str) else reference["fields"]
        if target is None or not set(fields) <= set(names):
            continue
        target_names = [f["name"] for f in target.fields]
        mine = [f"s.v{names.index(f)}" for f in fields]
        theirs = [f"v{target_names.index(f)}" for f in ref_fields]
        # NOT EXISTS is an anti join: the target's keys need no DISTINCT (an aggregate) first
        lookup = (
            f"SELECT {', '.join(theirs)} FROM {target.typed} WHERE NOT ({' AND '.join(f'{c} IS NULL' for c in theirs)})"
        )
        match = " AND ".join(f"{m} IS NOT DISTINCT FROM l.{c}" for m, c in zip(mine, theirs, strict=True))
        query = (
            f"SELECT s.row FROM {t.typed} s WHERE NOT ({' AND '.join(f'{m} IS NULL' for m in mine)}) "
            f"AND NOT EXISTS (SELECT 1 FROM ({lookup}) l WHERE {match})"
        )
        errors += [
            TableError(t.name, r, None, "foreign-key", f"foreign key {', '.join(fields)}")
            for (r,) in t.con.execute(query).fetchall()
        ]
    return errors


def _header_errors(t: Table) -> list[TableError]:
    row = t.header
    errors: list[TableError] = []
    for i, field in enumerate(t.fields):
        label = row[i] if i < len(row) else None
        if label is None:
            errors.append(TableError(t.name, None, field["name"], "missing-label", "missing label"))
        elif label != field["name"]:
            errors.append(TableError(t.name, None, field["name"], "incorrect-label", f"label {label!r}"))
    errors += [
        TableError(t.name, None, "", "extra-label", "extra label") for cell in row[len(t.fields) :] if cell is not None
    ]
    return errors


def _integrity_errors(resource: dict[str, Any], scan: Scan) -> list[TableError]:
    name = resource.get("name", "")
    errors: list[TableError] = []
    if "bytes" in resource and resource["bytes"] != scan.size:
        errors.append(
            TableError(name, None, None, "byte-count", f"expected {resource['bytes']} bytes, found {scan.size}")
        )
    declared = str(resource.get("hash", ""))
    if declared and declared.removeprefix("sha256:") != scan.sha256:
        errors.append(TableError(name, None, None, "hash-count", "sha256 differs from the declared hash"))
    return errors


def duckdb_engine(descriptor_path: Path, descriptor: dict[str, Any], only: set[str] | None = None) -> list[TableError]:
    """Structural errors of every resource (or of the resources in `only`, loading what their
    foreign keys point at), as frictionless would report them. A package DuckDB cannot read row for
    row like Python's csv module (see `_unusual`), or cannot read at all (bytes that are not UTF-8,
    more than EXTRA_COLUMNS extra cells), is checked by frictionless instead."""
    try:
        return _duckdb_errors(descriptor_path, descriptor, only)
    except (Unusual, duckdb.Error, ValueError, TypeError, KeyError):  # anything odd: the reference engine decides
        from claimpack.validation.engines import frictionless_engine

        errors = frictionless_engine(descriptor_path, descriptor)
        return errors if only is None else [e for e in errors if e.resource in only or not e.resource]


class Unusual(Exception):
    """The columnar reading would differ from frictionless's; the reference engine takes over."""


@dataclass(frozen=True)
class Scan:
    """What one read of a file found: whether DuckDB would read it unlike Python's csv module
    (`_scan`), its size and its sha256."""

    unusual: bool
    size: int = 0
    sha256: str = ""


def _scan(path: Path, fields: list[dict[str, Any]]) -> Scan:
    """The file read once, in blocks, for both questions: is it unusual (CR or empty lines, which
    DuckDB skips and Python's csv reports as blank rows; an unterminated quote; a header row that
    is not the schema's field names), and its size and digest. Python's file reads and sha256
    release the GIL, so this runs beside DuckDB."""
    previous = b"\n"
    first = b""
    quotes = size = 0
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            if b"\r" in block or b"\n\n" in block or (previous == b"\n" and block[:1] == b"\n"):
                return Scan(True)
            if len(first) < 1 << 16:
                first += block[: 1 << 16]
            previous = block[-1:]
            quotes += block.count(b'"')
            size += len(block)
            digest.update(block)
    try:
        header = next(csv.reader(io.StringIO(first.split(b"\n", 1)[0].decode("utf-8"))), [])
    except (UnicodeDecodeError, csv.Error):
        return Scan(True)
    # an odd number of quotes: a quoted cell runs to the end of the file, which the two readers cut differently
    unusual = quotes % 2 == 1 or first[:1] == b"\n" or header != [f.get("name") for f in fields]
    return Scan(unusual, size, digest.hexdigest())


def _duckdb_errors(descriptor_path: Path, descriptor: dict[str, Any], only: set[str] | None) -> list[TableError]:
    with tempfile.TemporaryDirectory(prefix="claimpack-duckdb-") as spill:
        database = duckdb_database(spill, package_bytes(descriptor_path, descriptor))
        con = duckdb.connect(database, config=duckdb_config(spill))
        try:
            return load(con, descriptor_path, descriptor, only).errors()
        finally:
            con.close()


def package_bytes(descriptor_path: Path, descriptor: dict[str, Any]) -> int:
    """The size of the package's resource files (those it names inside its folder)."""
    total = 0
    for resource in descriptor.get("resources", []):
        with contextlib.suppress(ClaimpackError, OSError, KeyError, TypeError, ValueError):
            total += inside(descriptor_path.parent, resource["path"], "resource path").stat().st_size
    return total


class Loaded:
    """The package's resources loaded into `con` (typed_<i> tables), and the integrity errors
    found on the way; `errors()` adds every header, cell and key error."""

    def __init__(self, tables: dict[str, Table], wanted: set[str], errors: list[TableError]) -> None:
        self.tables, self.wanted, self.integrity = tables, wanted, errors

    def errors(self) -> list[TableError]:
        errors = list(self.integrity)
        for name, table in self.tables.items():
            if name in self.wanted:
                errors += _header_errors(table) + _cell_errors(table) + _key_errors(table, self.tables)
        return errors


def _scan_and_load(
    con: duckdb.DuckDBPyConnection, index: int, resource: dict[str, Any], base: Path, path: Path
) -> tuple[Scan, Table | None]:
    """The file's scan and, when it is not unusual, its table (None: the columnar reading would
    differ from frictionless's)."""
    scan = _scan(path, (resource.get("schema") or {}).get("fields", []))
    if scan.unusual:
        return scan, None
    with con.cursor() as loader:
        try:
            return scan, Table(con, index, resource, base, loader)
        except ClaimpackError:
            return scan, None


def load(
    con: duckdb.DuckDBPyConnection, descriptor_path: Path, descriptor: dict[str, Any], only: set[str] | None = None
) -> Loaded:
    """Load the resources in `only` (default: all) and those their foreign keys point at. Raises
    Unusual where the columnar reading would differ from frictionless's."""
    base = descriptor_path.parent
    resources = descriptor.get("resources", [])
    wanted = {r.get("name", "") for r in resources} if only is None else only
    needed = set(wanted)
    for resource in resources:
        if resource.get("name", "") in wanted:
            for fk in (resource.get("schema") or {}).get("foreignKeys", []):
                needed.add(fk["reference"].get("resource") or resource.get("name", ""))
    tables: dict[str, Table] = {}
    errors: list[TableError] = []
    files: list[tuple[int, dict[str, Any], Path]] = []
    for index, resource in enumerate(resources):
        name = resource.get("name", "")
        if name not in needed:
            continue
        path = inside(base, resource["path"], "resource path")
        if path.is_file():
            files.append((index, resource, path))
        elif name in wanted:
            errors.append(TableError(name, None, None, "scheme-error", f"{path} not found"))
    # two files at a time, each scanned and then read by its own cursor: DuckDB reads a file on one thread
    # (Table._load), and Python's reads and sha256 release the GIL
    pool = ThreadPoolExecutor(LOADERS)
    try:
        done = {
            index: pool.submit(_scan_and_load, con, index, resource, base, path)
            for index, resource, path in sorted(files, key=lambda file: -file[2].stat().st_size)  # biggest first
        }
        for index, resource, _ in files:
            future = done[index]
            name = resource.get("name", "")
            scan, table = future.result()
            if table is None or table.has_unplain_cells():
                raise Unusual(name)
            if name in wanted:
                errors += _integrity_errors(resource, scan)
            tables[name] = table
    finally:
        pool.shutdown(cancel_futures=True)
    return Loaded(tables, wanted, errors)


def main(path: str) -> None:  # pragma: no cover - a debugging aid: python -m claimpack.scale.columnar DESCRIPTOR
    descriptor_path = Path(path)
    for error in duckdb_engine(descriptor_path, json.loads(descriptor_path.read_text("utf-8"))):
        print(error.key())


if __name__ == "__main__":  # pragma: no cover
    import sys

    main(sys.argv[1])
