"""The editorial, provenance and row rules (claimpack/validation/editorial.py, provenance.py,
rowchecks.py) as DuckDB queries: the same findings, worded by the same Python, from rows the
queries pick out of the whole package at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from heapq import merge
from typing import Any

from claimpack.scale.session import Columnar, locate, location, row_finding
from claimpack.validation.context import Context
from claimpack.validation.editorial import QUOTE_KINDS
from claimpack.validation.finding import Finding, Location, place, quote
from claimpack.validation.provenance import SPAN_TABLES
from claimpack.validation.rowchecks import (
    BOUND_QUALIFIERS,
    EVIDENCE_FIELDS,
    QUALIFIER_FIELDS,
    SPAN_ORDER,
    VALUE_BOUNDS,
    VALUE_QUALIFIERS,
)

ORDER = "ORDER BY coalesce(path, ''), coalesce(line, 0), coalesce(col, 0), coalesce(key, '')"


def _rows(run: Columnar, select: str, start: str = "f.char_start", end: str = "f.char_end") -> Iterator[dict[str, Any]]:
    sql = f"""SELECT f.*, {locate(start, end)} FROM ({select}) f LEFT JOIN seeds s ON s.article_id = f.article_id
        {ORDER}"""
    return run.query(sql)


def _in(values: tuple[str, ...]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def quote_without_speaker(run: Columnar, ctx: Context) -> Iterator[Finding]:
    # the windows sort the whole table: they see only the columns they order and compare, not the texts
    select = f"""WITH ordered AS (
            SELECT row, article_id, paragraph, kind IN ({_in(QUOTE_KINDS)}) AND speaker_id IS NULL AS quoted,
                row_number() OVER (
                    ORDER BY article_id NULLS LAST, paragraph NULLS LAST, char_start NULLS LAST, row
                ) AS pos
            FROM r_statements
        ), marked AS (
            SELECT row, pos, quoted, quoted AND NOT coalesce(lag(quoted) OVER o AND lag(article_id) OVER o = article_id
                AND lag(paragraph) OVER o = paragraph, false) AS opens
            FROM ordered WINDOW o AS (ORDER BY pos)
        ), runs AS (
            -- a run is numbered by the quoted rows that open one up to it (other rows open none)
            SELECT s.*, m.pos, sum(CASE WHEN m.opens THEN 1 ELSE 0 END) OVER (ORDER BY m.pos) AS run
            FROM marked m JOIN r_statements s ON s.row = m.row WHERE m.quoted
        ), grouped AS (
            SELECT run, arg_min(statement_id, pos) AS key, arg_min(kind, pos) AS kind,
                arg_min(article_id, pos) AS article_id, arg_min(paragraph, pos) AS paragraph,
                arg_min(char_start, pos) AS char_start, arg_max(char_end, pos) AS char_end,
                list(text ORDER BY pos) AS texts, list(statement_id ORDER BY pos) AS ids,
                bool_and(ends_with(rtrim(text), '?')) AS asks  -- every sentence asks: the interviewer's
            FROM runs GROUP BY run
        )
        SELECT g.* FROM grouped g
        WHERE NOT g.asks
            AND NOT EXISTS (SELECT 1 FROM r_statements a WHERE a.speaker_id IS NOT NULL
                AND a.article_id = g.article_id AND a.paragraph = g.paragraph)
            AND NOT EXISTS (SELECT 1 FROM r_statements b WHERE b.speaker_id IS NOT NULL
                AND coalesce(b.attribution, '') <> 'continuation'
                AND (b.kind = 'direct_quote' OR starts_with(b.text, 'Det ') OR starts_with(b.text, 'Dette '))
                AND b.article_id = g.article_id AND b.paragraph = g.paragraph + 1)"""
    for row in _rows(run, select):
        text = " ".join(str(t) for t in row["texts"])
        message = f"{row['kind']} {quote(text)} has no speaker in this or the next paragraph"
        yield row_finding("statements", "speaker_id", row, message, related=tuple(str(i) for i in row["ids"][1:]))


def image_without_credit(run: Columnar, ctx: Context) -> Iterator[Finding]:
    select = "SELECT *, image_id AS key FROM r_images WHERE photographer IS NULL AND agency IS NULL"
    for row in _rows(run, select):
        yield row_finding(
            "images", "photographer", row, f"image {quote(row['text'])} credits no photographer or agency"
        )


def date_after_publication(run: Columnar, ctx: Context) -> Iterator[Finding]:
    # article_id is the primary key: one row per article in a package the rules run on (session.py)
    select = """SELECT d.*, d.date_id AS key, a.published FROM r_dates d
        JOIN r_articles a ON a.article_id = d.article_id
        WHERE d.date > a.published AND coalesce(d.relation <> 'future', true)"""
    for row in _rows(run, select):
        message = f"{quote(row['text'])} resolves to {row['date']}, after publication on {row['published']}"
        yield row_finding("dates", "date", row, message)


def unused_source(run: Columnar, ctx: Context) -> Iterator[Finding]:
    select = """SELECT *, source_id AS key, NULL::BIGINT AS char_start, NULL::BIGINT AS char_end FROM r_sources
        WHERE source_id NOT IN (
            SELECT speaker_id FROM r_statements WHERE speaker_id IS NOT NULL
            UNION SELECT source_id FROM r_claims WHERE source_id IS NOT NULL
            UNION SELECT source_id FROM r_mentions WHERE source_id IS NOT NULL
            UNION SELECT affiliation_id FROM r_sources WHERE affiliation_id IS NOT NULL)"""
    for row in _rows(run, select):
        yield row_finding("sources", "source_id", row, f"source {quote(row['name'])} is never referred to")


def span_text(run: Columnar, ctx: Context) -> Iterator[Finding]:
    yield from merge(*(_span_text(run, resource) for resource in SPAN_TABLES), key=place)


def _span_text(run: Columnar, resource: str) -> Iterator[Finding]:
    select = f"SELECT * FROM span_mismatches WHERE resource = '{resource}'"  # compared as seeds load (session.py)
    for row in _rows(run, select):
        seen = "nothing (offsets outside the text)" if row["found"] is None else quote(row["found"])
        text = "" if row["text"] is None else str(row["text"])
        start, end = row["char_start"], row["char_end"]
        message = f"{resource} text {quote(text)} is not the seed's text at {start}:{end}, which is {seen}"
        where = location(resource, str(row["key"]), "text", row)
        yield Finding(message, where, article=str(row["article_id"]))


def seed_file(run: Columnar, ctx: Context) -> Iterator[Finding]:
    for path, (digest, size) in sorted(run.recorded_seeds().items()):
        shown = path if len(path) <= 120 else path[:120] + "…"
        where = Location(resource="sources", key=shown, path=ctx.shown(path) if len(path) <= 120 else shown)
        read = run.seed_read(path)
        if read.error is not None:
            if "not found" in read.error.problem:
                yield Finding(f"seed {shown} is missing", where, code="missing")
            else:
                yield Finding(f"seed {shown} is not read: {read.error.problem}", where, code="outside")
            continue
        if digest and read.sha256 != digest:
            message = f"seed {shown} does not have the sha256 the package recorded ({digest[:12]}…)"
            yield Finding(message, where, code="sha256")
        elif size is not None and size != read.size:
            yield Finding(f"seed {shown} does not have the {size} bytes recorded", where, code="bytes")


# SQL for each pandera check of rowchecks.py: true where the row FAILS it
FAILS = {
    "value_low <= value_high": "value_low > value_high",
    "value_low <= value": "value_low > value",
    "value <= value_high": "value > value_high",
    "relative has factor": "qualifier = 'relative' AND factor IS NULL",
    "relative has a value exactly when it has relative_to": (
        "qualifier = 'relative' AND (value IS NOT NULL) <> (relative_to IS NOT NULL)"
    ),
    "only relative has factor or relative_to": (
        "qualifier <> 'relative' AND (factor IS NOT NULL OR relative_to IS NOT NULL)"
    ),
    "vague and range have bounds and no value": (
        f"qualifier IN ({_in(BOUND_QUALIFIERS)}) "
        "AND NOT (value_low IS NOT NULL AND value_high IS NOT NULL AND value IS NULL)"
    ),
    "other qualifiers have a value": f"qualifier IN ({_in(VALUE_QUALIFIERS)}) AND value IS NULL",
    "char_start < char_end": "char_start >= char_end",
    "evidence exactly when speaker_id": "(evidence IS NOT NULL) <> (speaker_id IS NOT NULL)",
    "evidence exactly when source_id": "(evidence IS NOT NULL) <> (source_id IS NOT NULL)",
}


def _row_findings(run: Columnar, resource: str, key: str, checks: dict[str, Any], field: str) -> Iterator[Finding]:
    cases = " UNION ALL ".join(
        f"SELECT row AS file_row, '{name}' AS check_name FROM r_{resource} WHERE coalesce({FAILS[name]}, false)"
        for name in checks
    )
    select = (
        f"""SELECT t.*, t."{key}" AS key, c.check_name FROM ({cases}) c JOIN r_{resource} t ON t.row = c.file_row"""
    )
    for row in _rows(run, select):
        where = replace(location(resource, str(row["key"]), field, row), row=int(row["row"]))
        message = f"{resource} {quote(row['text'])}: {checks[row['check_name']][1]} ({row['check_name']})"
        yield Finding(message, where, code=row["check_name"], article=str(row["article_id"]))


def value_bounds(run: Columnar, ctx: Context) -> Iterator[Finding]:
    yield from _row_findings(run, "claims", "claim_id", VALUE_BOUNDS, "value")


def qualifier_fields(run: Columnar, ctx: Context) -> Iterator[Finding]:
    yield from _row_findings(run, "claims", "claim_id", QUALIFIER_FIELDS, "qualifier")


def span_offsets(run: Columnar, ctx: Context) -> Iterator[Finding]:
    found = (_row_findings(run, resource, key, SPAN_ORDER, "char_start") for resource, key in SPAN_TABLES.items())
    yield from merge(*found, key=place)


def evidence_fields(run: Columnar, ctx: Context) -> Iterator[Finding]:
    # the columnar engine reads only packages of today's shape, which all have the column
    found = (
        _row_findings(run, resource, key, checks, "evidence") for resource, (key, _, checks) in EVIDENCE_FIELDS.items()
    )
    yield from merge(*found, key=place)


RULES = {
    "quote-without-speaker": quote_without_speaker,
    "image-without-credit": image_without_credit,
    "date-after-publication": date_after_publication,
    "unused-source": unused_source,
    "span-text": span_text,
    "seed-file": seed_file,
    "value-bounds": value_bounds,
    "qualifier-fields": qualifier_fields,
    "span-offsets": span_offsets,
    "evidence-fields": evidence_fields,
}
