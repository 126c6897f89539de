"""One DuckDB connection per validation: the structural engine loads the package into it, and the
columnar rules (claimpack/scale/rules_*.py) query the same tables, so every CSV is read once.

The rules run here only on a claimpack package (every resource has claimpack's fields, types and
required flags) that the structural layer found clean: then each typed column holds what
`claimpack.validation.package.read_table` gives pandas, and the findings are those of the pandas
rules (tests/test_scale_rules_parity.py). Anything else runs the pandas rules as before.

Seeds are read once, in Python (the same path guards, size limit and UTF-8 decoding as
`Context.read_seed`), a batch at a time into a DuckDB table, so their text never sits in Python
all at once."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

import duckdb

from claimpack.errors import ClaimpackError
from claimpack.resources import load_schema
from claimpack.safety.paths import read_bytes
from claimpack.scale.columnar import Loaded, Table, Unusual, load, package_bytes
from claimpack.validation.context import MAX_SEED_BYTES, Context
from claimpack.validation.engines import CLAIMPACK_RESOURCES, descriptor_errors, frictionless_engine
from claimpack.validation.finding import Finding, Location
from claimpack.validation.limits import duckdb_config, duckdb_database
from claimpack.validation.provenance import SPAN_TABLES
from claimpack.validation.table_error import TableError
from claimpack.write.descriptor import Recorded, recorded_seeds

SEED_BATCH = 10_000  # seeds read into Python at a time (about 80 MB of synth text)
INTEGRITY = ("byte-count", "hash-count")  # a file changed since it was described, rows intact
# what the columnar reading cannot take: frictionless checks such a package
FALLBACK = (Unusual, duckdb.Error, ValueError, TypeError, KeyError)
# a row's place: its seed's path as findings show it (`Context.shown`), and its line and column when
# the offsets fit the text: the line is the number of line starts at or before the offset, as
# `Context.span_location` bisects
LOCATE = """s.shown AS path,
    CASE WHEN {ok} THEN len(list_filter(s.starts, lambda x: x <= {start})) END AS line,
    CASE WHEN {ok} THEN {start} - s.starts[len(list_filter(s.starts, lambda x: x <= {start}))] + 1 END AS col,
    CASE WHEN {ok} THEN len(list_filter(s.starts, lambda x: x <= {end})) END AS end_line,
    CASE WHEN {ok} THEN {end} - s.starts[len(list_filter(s.starts, lambda x: x <= {end}))] + 1 END AS end_col"""


def locate(start: str, end: str) -> str:
    """SQL columns path, line, col, end_line, end_col for a row joined with `seeds s`."""
    ok = (
        f"(s.starts IS NOT NULL AND {start} IS NOT NULL AND {end} IS NOT NULL "
        f"AND 0 <= {start} AND {start} <= {end} AND {end} <= s.n)"
    )
    return LOCATE.format(ok=ok, start=start, end=end)


def location(resource: str, key: Any, field: str | None, row: dict[str, Any]) -> Location:
    """The Location `Context.span_location` gives, from a row with the LOCATE columns."""
    if row["line"] is None:
        return Location(resource=resource, key=key, field=field, path=row["path"])
    return Location(resource, key, field, None, row["path"], row["line"], row["col"], row["end_line"], row["end_col"])


def row_finding(
    resource: str,
    field: str,
    row: dict[str, Any],
    message: str,
    related: tuple[str, ...] = (),
    code: str | None = None,
) -> Finding:
    """A finding about one selected row (its `key` column names it), as `Context.row_finding`."""
    where = location(resource, row["key"], field, row)
    return Finding(message, where, related=related, code=code, article=str(row["article_id"]))


@dataclass
class SeedRead:
    """What reading one seed path gave: its bytes' digest and size, or the error."""

    sha256: str | None = None
    size: int | None = None
    error: ClaimpackError | None = None


class Columnar:
    """The package in DuckDB for one validation run (`close()` it)."""

    engine = "duckdb"

    def __init__(self, context: Context) -> None:
        self.context = context
        self._spill = tempfile.TemporaryDirectory(prefix="claimpack-duckdb-")
        path = context.descriptor_path
        database = duckdb_database(self._spill.name, package_bytes(path, context.descriptor) if path else 0)
        self.con = duckdb.connect(database, config=duckdb_config(self._spill.name))
        self.loaded: Loaded | None = None
        self.seed_reads: dict[str, SeedRead] = {}
        self._views = False
        self._seeds = False
        self._recorded: Recorded | None = None
        self._tables: set[str] = set()  # made by materialise()

    def close(self) -> None:
        self.con.close()
        self._spill.cleanup()

    def table_errors(self) -> list[TableError]:
        """The columnar engine's errors; frictionless's where the columnar reading would differ,
        and only its refusal when it refuses the descriptor. frictionless checks the descriptor
        in a thread while DuckDB reads the files (DuckDB runs without the GIL); the rows of a
        refused package are read but never looked at."""
        path, descriptor = self.context.descriptor_path, self.context.descriptor
        assert path is not None
        failed: Exception | None = None
        with ThreadPoolExecutor(1) as pool:
            guard = pool.submit(descriptor_errors, path, descriptor)
            try:
                self.loaded = load(self.con, path, descriptor)
            except Exception as error:  # decided below, once the descriptor is known good
                self.loaded, failed = None, error
            refused = guard.result()
        if refused:
            self.loaded, self.engine = None, "frictionless"
            return refused
        if failed is not None and not isinstance(failed, FALLBACK):
            raise failed
        if self.loaded is not None:
            try:
                return self.loaded.errors()
            except FALLBACK:
                pass
        self.loaded, self.engine = None, "frictionless"
        return frictionless_engine(path, descriptor)

    def usable(self) -> bool:
        """A claimpack package loaded here whose rows are clean (files that differ from their
        declared hash are read all the same): the columnar rules give the pandas findings. The
        structural layer loads the package first, whichever rule asks (evidence-fields, a row
        check, comes before every structure check in report order)."""
        errors = self.context.table_errors
        if self.loaded is None or any(e.code not in INTEGRITY for e in errors):
            return False
        for name in CLAIMPACK_RESOURCES:
            table = self.loaded.tables.get(name)
            if table is None or _shape(table.fields) != _shape(load_schema(f"{name}.schema.json")["fields"]):
                return False
        return True

    def query(self, sql: str, parameters: Any = None) -> Iterator[dict[str, Any]]:
        """Rows of `sql` over the views (r_<resource>) and the seeds table, as dicts, in batches."""
        self._prepare()
        with self.con.cursor() as cursor:  # its own result: several queries can be read side by side
            cursor.execute(sql, parameters)
            names = [d[0] for d in cursor.description or []]
            while batch := cursor.fetchmany(10_000):
                for values in batch:
                    yield dict(zip(names, values, strict=True))

    def materialise(self, name: str, select: str) -> str:
        """Table `name` holding the rows of `select`, made on first use: a result several
        rules join is worked out once per run, not once per query."""
        self._prepare()
        if name not in self._tables:
            self.con.execute(f"CREATE TABLE {_ident(name)} AS {select}")
            self._tables.add(name)
        return _ident(name)

    def _prepare(self) -> None:
        if not self._views:
            assert self.loaded is not None
            for name in CLAIMPACK_RESOURCES:
                self.con.execute(_view(name, self.loaded.tables[name]))
            self._views = True
        if not self._seeds:
            self._load_seeds()
            self._seeds = True

    def _load_seeds(self) -> None:
        """Table seeds(article_id, path, shown, n, starts): each article's seed as
        `Context.seed_text` reads it, its length and where its lines start (the rules place
        findings with it, under the path `Context.shown` gives), and
        table span_mismatches: the spans (SPAN_TABLES) whose text is not their seed's there,
        compared while the batch's texts are at hand, so no seed text is kept in DuckDB (a join
        with all of them would hold every text in its hash table)."""
        self.con.execute(
            "CREATE TABLE seeds (article_id VARCHAR, path VARCHAR, shown VARCHAR, n BIGINT, starts BIGINT[])"
        )
        self.con.execute(
            "CREATE TABLE span_mismatches (resource VARCHAR, key VARCHAR, article_id VARCHAR, text VARCHAR, "
            "char_start BIGINT, char_end BIGINT, found VARCHAR)"
        )
        pairs = self.con.execute(
            "SELECT article_id, arg_max(source_path, row) FROM r_articles "
            "WHERE article_id IS NOT NULL AND source_path IS NOT NULL GROUP BY article_id ORDER BY min(row)"
        ).fetchall()
        self.recorded_seeds()  # read here: the reading thread below must not use the connection
        batches = [pairs[start : start + SEED_BATCH] for start in range(0, len(pairs), SEED_BATCH)]
        # The next batch's files are read in a thread while DuckDB compares this one's spans
        # (DuckDB and file reads both run without the GIL).
        with ThreadPoolExecutor(1) as pool:
            pending = pool.submit(self._read_batch, batches[0]) if batches else None
            for number in range(len(batches)):
                assert pending is not None
                parameters = pending.result()
                if number + 1 < len(batches):
                    pending = pool.submit(self._read_batch, batches[number + 1])
                # list parameters, unnested: no pyarrow batch, whose conversion imports pandas (0.5 s)
                self.con.execute(
                    "CREATE OR REPLACE TEMP TABLE seed_batch AS SELECT unnest($article_id) AS article_id, "
                    "unnest($path) AS path, unnest($shown) AS shown, unnest($text) AS text, unnest($n) AS n, "
                    "unnest($starts) AS starts",
                    parameters,
                )
                self.con.execute("INSERT INTO seeds SELECT article_id, path, shown, n, starts FROM seed_batch")
                self.con.execute(_mismatches())
        self.con.execute("DROP TABLE IF EXISTS seed_batch")

    def _read_batch(self, batch: list[tuple[str, str]]) -> dict[str, list[Any]]:
        """One batch of seeds as the query parameters of seed_batch: each text, its length, where
        its lines start, and its path as findings show it."""
        texts = [self.seed_text(path) for _, path in batch]
        return {
            "article_id": [a for a, _ in batch],
            "path": [p for _, p in batch],
            "shown": [self.context.shown(p) for _, p in batch],
            "text": texts,
            "n": [None if t is None else len(t) for t in texts],
            "starts": [None if t is None else _line_starts(t) for t in texts],
        }

    def seed_text(self, path: str) -> str | None:
        """The seed's text, recording its digest for seed-file; None when unreadable or not the
        exact text the package recorded (sha256), as `Context.seed_text`: a package can only make
        claimpack quote the text it was built from."""
        data = self._read(path)
        if data is None or self.seed_reads[path].sha256 != self.recorded_seeds().get(path, (None, None))[0]:
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def recorded_seeds(self) -> Recorded:
        """Each seed path's recorded (sha256, bytes), as `Context.seed_digests` reads them."""
        if self._recorded is None:
            rows = self.con.execute(
                "SELECT source_path, source_sha256 FROM r_articles WHERE source_path IS NOT NULL ORDER BY row"
            ).fetchall()
            self._recorded = recorded_seeds(self.context.descriptor, ((str(p), d and str(d)) for p, d in rows))
        return self._recorded

    def seed_read(self, path: str) -> SeedRead:
        if path not in self.seed_reads:
            self._read(path)
        return self.seed_reads[path]

    def _read(self, path: str) -> bytes | None:
        try:
            data = read_bytes(self._seed_file(path), MAX_SEED_BYTES, "seed")
        except ClaimpackError as error:
            self.seed_reads[path] = SeedRead(error=error)
            return None
        self.seed_reads[path] = SeedRead(hashlib.sha256(data).hexdigest(), len(data))
        return data

    def _seed_file(self, path: str) -> Path:
        return self.context.seed_file(path)


def _mismatches() -> str:
    """Add to span_mismatches the rows of every span table (SPAN_TABLES) whose text is not the
    seed's at their offsets (`found`: the seed's text there, NULL when the offsets fall outside it),
    for seed_batch: one join over all of them, so the batch's texts are hashed once, not per table."""
    spans = " UNION ALL ".join(
        f"SELECT '{resource}' AS resource, \"{key}\" AS key, article_id, text, char_start, char_end FROM r_{resource}"
        for resource, key in SPAN_TABLES.items()
    )
    return f"""INSERT INTO span_mismatches
        SELECT resource, key, article_id, text, char_start, char_end,
            CASE WHEN inside THEN substring(seed, char_start + 1, char_end - char_start) END FROM (
        SELECT t.resource, t.key, t.article_id, t.text, t.char_start, t.char_end, s.text AS seed,
            0 <= t.char_start AND t.char_end <= s.n AS inside
        FROM ({spans}) t JOIN seed_batch s ON s.article_id = t.article_id
        WHERE t.char_start IS NOT NULL AND t.char_end IS NOT NULL AND t.char_start < t.char_end
            AND s.text IS NOT NULL)
        WHERE NOT inside OR substring(seed, char_start + 1, char_end - char_start) <> coalesce(text, '')"""


def _line_starts(text: str) -> list[int]:
    """The offset at which each line of `text` starts."""
    return list(accumulate((len(line) + 1 for line in text.split("\n")[:-1]), initial=0))


def _shape(fields: list[dict[str, Any]]) -> list[tuple[Any, Any, bool]]:
    return [
        (f.get("name"), f.get("type", "string"), bool((f.get("constraints") or {}).get("required"))) for f in fields
    ]


def _view(name: str, table: Table) -> str:
    """r_<name>: the resource's rows typed as `typed_frame` types them (text for strings and dates,
    '' as null; numbers with NaN as null, as pandas treats it)."""
    columns = ["row"]
    for i, field in enumerate(table.fields):
        kind = field.get("type", "string")
        if kind == "integer":
            value = f"CAST(v{i} AS BIGINT)"
        elif kind == "number":
            value = f"CASE WHEN isnan(v{i}) THEN NULL ELSE v{i} END"
        elif kind == "boolean":
            value = f"v{i}"
        else:
            value = f"nullif(c{i}, '')"
        columns.append(f"{value} AS {_ident(field['name'])}")
    return f"CREATE VIEW r_{name} AS SELECT {', '.join(columns)} FROM {table.typed} WHERE NOT blank"


def _ident(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'
