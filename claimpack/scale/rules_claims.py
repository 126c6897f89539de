"""The claims rules of claimpack/validation/claims.py as DuckDB queries over the whole package.

The queries decide which rows and pairs are findings (intervals, the self-join per quantity, the
part/whole chains as a recursive CTE); the messages are made by the same Python functions as the
pandas rules, on the few rows that come back, so both engines word every finding alike."""

from __future__ import annotations

from collections.abc import Iterator
from heapq import merge
from typing import Any

from claimpack.scale.session import Columnar, locate, row_finding
from claimpack.validation.claims import FAR_APART, RATES, RELATIVE_APART, SAME_SIZE, figure
from claimpack.validation.context import Context
from claimpack.validation.finding import Finding, place, quote
from claimpack.validation.intervals import PLACES, close_cue, side_cue

FIGURE = ("claim_id", "text", "qualifier", "value", "value_low", "value_high", "source_name")


def _last_place(column: str) -> str:
    """SQL for intervals.last_place: the place value of the last non-zero digit of `column`, by
    the same divisions, largest place first (NULL for 0 and NULL). A place more than twice the
    figure is passed over by one comparison (its quotient rounds to no whole number), so most
    figures take two or three divisions, not sixteen."""
    x = f"abs({column})"
    whens = " ".join(
        f"WHEN {x} >= {step / 2!r}::DOUBLE AND abs({x} / {step!r}::DOUBLE - round({x} / {step!r}::DOUBLE)) "
        f"<= 1e-9 * ({x} / {step!r}::DOUBLE) THEN {step!r}::DOUBLE"
        for step in PLACES
    )
    return f"CASE {whens} END"


def _opens(pattern: str) -> str:
    """SQL: the claim's text, lower-cased, matches `pattern` (intervals.close_cue, side_cue)."""
    return "regexp_matches(lower(text), '" + pattern.replace("'", "''") + "')"


def _claims(run: Columnar, ctx: Context, exact: float | None = None) -> str:
    """CTE `claims`: every claim with its source's name and its interval [low, high] (intervals.py).
    The names and bounds are worked out once per run, into a table several rules join."""
    bounds = run.materialise(f"claim_bounds_{'bare' if exact == 0.0 else 'suite'}", _bounds(ctx, exact))
    return f"""claims AS NOT MATERIALIZED (
        SELECT c.*, b.source_name, b.low, b.high FROM r_claims c JOIN {bounds} b ON b.row = c.row
    )"""


def _bounds(ctx: Context, exact: float | None) -> str:
    """Each claim's row, its source's name, and its interval [low, high] (NULL when the bounds
    cross), with the suite's tolerances, or no tolerance for an exact figure (`exact=0.0`)."""
    tol = ctx.suite.tolerance
    exact_tol = float(tol["exact"] if exact is None else exact)
    share = f"{exact_tol!r}::DOUBLE * abs(value)"
    # no tolerance (part-exceeds-whole reads bare numbers as they stand): no rounding to work out
    rounding = f"coalesce(least({share}, {_last_place('value')} / 2), {share})" if exact_tol else share
    approx = f"{float(tol['approx'])!r}::DOUBLE * abs(value)"
    m = f"CASE qualifier WHEN 'exact' THEN {rounding} WHEN 'approx' THEN {approx} WHEN 'relative' THEN {approx} END"
    close, above, below = (_opens(pattern) for pattern in (close_cue(), side_cue("above"), side_cue("below")))
    # a relative figure said above or below factor × its base ('mer enn dobbelt så høyt'): intervals.bounds
    up, down = f"(qualifier = 'relative' AND {above})", f"(qualifier = 'relative' AND {below})"
    lo = (
        f"CASE WHEN {up} THEN value WHEN {down} AND {close} THEN value - ({approx}) WHEN {down} THEN 0.0 "
        f"WHEN qualifier IN ('exact', 'approx', 'relative') THEN value - ({m}) "
        f"WHEN qualifier = 'less_than' AND {close} THEN value - ({approx}) "
        "WHEN qualifier IN ('more_than', 'at_least') THEN value WHEN qualifier IN ('less_than', 'at_most') THEN 0.0 "
        "WHEN qualifier IN ('range', 'vague') THEN value_low END"
    )
    hi = (
        f"CASE WHEN {down} THEN value WHEN {up} AND {close} THEN value + ({approx}) WHEN {up} THEN 'inf'::DOUBLE "
        f"WHEN qualifier IN ('exact', 'approx', 'relative') THEN value + ({m}) "
        f"WHEN qualifier = 'more_than' AND {close} THEN value + ({approx}) "
        "WHEN qualifier IN ('more_than', 'at_least') THEN 'inf'::DOUBLE WHEN qualifier IN ('less_than', 'at_most') "
        "THEN value WHEN qualifier IN ('range', 'vague') THEN value_high END"
    )
    return f"""SELECT c.row,
            CASE WHEN c.source_id IS NULL THEN 'the narrator' WHEN s.source_id IS NULL THEN c.source_id
                 ELSE s.name END AS source_name,
            CASE WHEN lo > hi THEN NULL ELSE lo END AS low, CASE WHEN lo > hi THEN NULL ELSE hi END AS high
        FROM (SELECT row, source_id, {lo} AS lo, {hi} AS hi FROM r_claims) c
        LEFT JOIN r_sources s ON s.source_id = c.source_id"""


RATE_LIST = ", ".join(f"'{r}'" for r in sorted(RATES))
SIZE_A = "coalesce(p.value, (p.value_low + p.value_high) / 2)"
SIZE_B = "coalesce(p.value_b, (p.value_low_b + p.value_high_b) / 2)"


def _not_apart(factor: float) -> str:
    """SQL for claims._far_apart negated: the pair's figures are at most `factor` apart."""
    return f"""NOT coalesce(least({SIZE_A}, {SIZE_B}) > 0
    AND greatest({SIZE_A}, {SIZE_B}) > {float(factor)!r}::DOUBLE * least({SIZE_A}, {SIZE_B}), false)"""


# figures further apart than this count different things (claims.py: FAR_APART)
NOT_FAR_APART = _not_apart(FAR_APART)
# a pair that names its event, or of shares (claims._pairs)
NAMED = f"(p.ev <> '' OR coalesce(p.unit IN ({RATE_LIST}), false))"
# counts that name no event pair by their subject only when of one size (claims.py: SAME_SIZE)
SAME_SIZE_ONLY = f"""coalesce(least({SIZE_A}, {SIZE_B}) > 0
    AND greatest({SIZE_A}, {SIZE_B}) <= {float(SAME_SIZE)!r}::DOUBLE * least({SIZE_A}, {SIZE_B}), false)"""
BY_TWO_SOURCES = "coalesce(p.source_id <> p.source_id_b, false)"  # claims._by_two_sources


# the later claim of a pair, as _b (claims._pairs's suffix)
B_COLUMNS = """b.claim_id AS claim_id_b, b.text AS text_b, b.qualifier AS qualifier_b, b.value AS value_b,
            b.value_low AS value_low_b, b.value_high AS value_high_b, b.source_name AS source_name_b,
            b.source_id AS source_id_b, b.relative_to AS relative_to_b, b.low AS low_b, b.high AS high_b,
            b.char_start AS char_start_b, b.char_end AS char_end_b, b.part_of AS part_of_b, b.factor AS factor_b"""


def _pairs(where: str, eventless: bool = False) -> str:
    """CTE `pairs`: unordered pairs (a before b) of claims matching `where` about one quantity
    (with `eventless`, counts that name no event by their subject), and `related`: pairs where one
    is (part of) the other's whole, or both parts of one whole."""
    rates = "true" if eventless else f"unit IN ({RATE_LIST})"
    return f"""keyed AS NOT MATERIALIZED (
        SELECT *, CASE WHEN {rates} AND event IS NULL THEN '' ELSE event END AS ev FROM claims WHERE {where}
    ), pairs AS (
        SELECT a.*, {B_COLUMNS}
        FROM keyed a JOIN keyed b ON a.article_id = b.article_id AND a.subject = b.subject AND a.ev = b.ev
            AND a.unit IS NOT DISTINCT FROM b.unit AND a.char_start < b.char_start
    ), anc(claim_id, whole) AS (
        SELECT claim_id, part_of FROM r_claims WHERE part_of IS NOT NULL
        UNION
        SELECT a.claim_id, c.part_of FROM anc a JOIN r_claims c ON c.claim_id = a.whole WHERE c.part_of IS NOT NULL
    ), related AS (
        SELECT claim_id AS x, whole AS y FROM anc UNION SELECT whole, claim_id FROM anc
        UNION SELECT p.claim_id, q.claim_id FROM anc p JOIN anc q ON p.whole = q.whole
    )"""


DISJOINT = "coalesce(p.high < p.low_b OR p.high_b < p.low, false)"
UNRELATED = "NOT EXISTS (SELECT 1 FROM related r WHERE r.x = p.claim_id AND r.y = p.claim_id_b)"


def _rows(
    run: Columnar, ctes: str, select: str, start: str = "f.char_start", end: str = "f.char_end"
) -> Iterator[dict[str, Any]]:
    """Rows of `select` (each with its `key`; `start` and `end` are its span over `f`) with their
    locations, in report order."""
    sql = f"""WITH RECURSIVE {ctes}
        SELECT f.*, {locate(start, end)} FROM ({select}) f LEFT JOIN seeds s ON s.article_id = f.article_id
        ORDER BY coalesce(path, ''), coalesce(line, 0), coalesce(col, 0), coalesce(key, '')"""
    return run.query(sql)


def _finding(
    row: dict[str, Any],
    message: str,
    related: tuple[str, ...] = (),
    field: str = "value",
    code: str | None = None,
) -> Finding:
    return row_finding("claims", field, row, message, related, code)


def unattributed_figure(run: Columnar, ctx: Context) -> Iterator[Finding]:
    select = "SELECT *, claim_id AS key FROM claims WHERE source_id IS NULL"
    for row in _rows(run, _claims(run, ctx), select):
        yield _finding(row, f"figure {figure(row)} is given without a source", field="source_id")


def unconfirmed_figure(run: Columnar, ctx: Context) -> Iterator[Finding]:
    select = "SELECT *, claim_id AS key FROM claims WHERE unconfirmed"
    for row in _rows(run, _claims(run, ctx), select):
        message = f"figure {figure(row)} from {row['source_name']} is not confirmed, the article says"
        yield _finding(row, message, field="unconfirmed")


def conflicting_count(run: Columnar, ctx: Context) -> Iterator[Finding]:
    where = "coalesce(qualifier <> 'relative', true) AND source_id IS NOT NULL"
    ctes = _claims(run, ctx) + ", " + _pairs(where, eventless=True)
    select = f"""SELECT p.*, p.claim_id AS key FROM pairs p
        WHERE {BY_TWO_SOURCES} AND {DISJOINT} AND {UNRELATED} AND ({NAMED} OR {SAME_SIZE_ONLY})
            AND {NOT_FAR_APART}"""
    for row in _rows(run, ctes, select):
        message = (
            f"{row['source_name']} gives {figure(row)} but {row['source_name_b']} gives "
            f"{figure(row, '_b')} for {quote(row['subject'])} {quote(row['ev'])}"
        )
        yield _finding(row, message, related=(row["claim_id_b"],))


def relative_claim_mismatch(run: Columnar, ctx: Context) -> Iterator[Finding]:
    yield from merge(_materialised(run, ctx), _absolute(run, ctx), key=place)


def _materialised(run: Columnar, ctx: Context) -> Iterator[Finding]:
    approx = float(ctx.suite.tolerance["approx"])
    select = f"""SELECT *, claim_id AS key, implied FROM (
            SELECT c.*, r.text AS text_ref, r.qualifier AS qualifier_ref, r.value AS value_ref,
                r.value_low AS value_low_ref, r.value_high AS value_high_ref,
                c.factor * coalesce(r.value, (r.value_low + r.value_high) / 2) AS implied
            FROM claims c JOIN claims r ON r.claim_id = c.relative_to
            WHERE c.qualifier = 'relative' AND c.relative_to IS NOT NULL
        ) WHERE coalesce(abs(value - implied) > {approx!r}::DOUBLE * abs(implied), false)"""
    for row in _rows(run, _claims(run, ctx), select):
        message = (
            f"relative figure {quote(row['text'])} is {row['value']:,g}, but {row['factor']:g} × "
            f"{figure(row, '_ref')} is {row['implied']:,g}"
        )
        yield _finding(row, message, related=(row["relative_to"],), code="materialised")


# each claim and the claim right before it in its article (claims._restated), and each comparison
# above one with the figure right before it in its paragraph and unit as a pair that names no
# event (claims._restatements), besides the pairs of one quantity
PREVIOUS = f""", previous AS (
        SELECT claim_id, lag(claim_id) OVER (PARTITION BY article_id ORDER BY char_start, claim_id) AS before
        FROM r_claims
    ), restatements AS (
        SELECT a.*, '' AS ev, {B_COLUMNS}
        FROM previous v JOIN claims b ON b.claim_id = v.claim_id JOIN claims a ON a.claim_id = v.before
        WHERE b.qualifier = 'relative' AND b.factor > 1 AND a.paragraph IS NOT DISTINCT FROM b.paragraph
            AND coalesce(a.unit, '') = coalesce(b.unit, '')
    ), compared AS (
        SELECT * FROM pairs
        UNION ALL
        SELECT * FROM restatements r
        WHERE NOT EXISTS (SELECT 1 FROM pairs q WHERE q.claim_id = r.claim_id AND q.claim_id_b = r.claim_id_b)
    )"""


def _absolute(run: Columnar, ctx: Context) -> Iterator[Finding]:
    ctes = _claims(run, ctx) + ", " + _pairs("true", eventless=True) + PREVIOUS
    relative = "coalesce(p.qualifier = 'relative', false)"
    comparative = f"coalesce(CASE WHEN {relative} THEN p.factor ELSE p.factor_b END > 1, false)"
    restated = f"""EXISTS (SELECT 1 FROM previous v
        WHERE v.claim_id = CASE WHEN {relative} THEN p.claim_id ELSE p.claim_id_b END
            AND v.before = CASE WHEN {relative} THEN p.claim_id_b ELSE p.claim_id END)"""
    # the relative side of each pair, with the other claim as _o
    select = f"""SELECT CASE WHEN a_rel THEN claim_id ELSE claim_id_b END AS key, * FROM (
        SELECT p.*, {relative} AS a_rel FROM compared p
        WHERE {relative} <> coalesce(p.qualifier_b = 'relative', false)
            AND coalesce(p.relative_to <> p.claim_id_b, true) AND coalesce(p.relative_to_b <> p.claim_id, true)
            AND (CASE WHEN {relative} THEN p.part_of ELSE p.part_of_b END) IS NULL
            AND ({NAMED} OR ({comparative} AND (({BY_TWO_SOURCES} AND {SAME_SIZE_ONLY}) OR {restated})))
            AND {_not_apart(RELATIVE_APART)} AND {DISJOINT} AND {UNRELATED})"""
    span = (
        "CASE WHEN f.a_rel THEN f.char_start ELSE f.char_start_b END",
        "CASE WHEN f.a_rel THEN f.char_end ELSE f.char_end_b END",
    )
    for row in _rows(run, ctes, select, *span):
        rel, other = ("", "_b") if row["a_rel"] else ("_b", "")
        message = (
            f"{row['source_name' + rel]}'s relative figure {figure(row, rel)} is incompatible with "
            f"{row['source_name' + other]}'s {figure(row, other)}"
        )
        yield _finding(row, message, related=(row["claim_id" + other],), code="absolute")


def part_exceeds_whole(run: Columnar, ctx: Context) -> Iterator[Finding]:
    yield from merge(_too_big(run, ctx), _sums(run, ctx), key=place)


# a part and its whole compare as counts in one unit, at most FAR_APART apart (claims.py)
PARTS = f""", parts AS (
        SELECT p.*, w.text AS text_whole, w.qualifier AS qualifier_whole, w.value AS value_whole,
            w.value_low AS value_low_whole, w.value_high AS value_high_whole, w.high AS high_whole,
            coalesce(p.low > w.high, false) AS too_big
        FROM claims p JOIN claims w ON w.claim_id = p.part_of
        WHERE p.part_of IS NOT NULL AND coalesce(p.unit, '') = coalesce(w.unit, '')
            AND coalesce(p.unit NOT IN ({RATE_LIST}), true)
            AND NOT coalesce(w.high > 0 AND p.low > {float(FAR_APART)!r}::DOUBLE * w.high, false)
    )"""


def _too_big(run: Columnar, ctx: Context) -> Iterator[Finding]:
    for row in _rows(run, _claims(run, ctx, exact=0.0) + PARTS, "SELECT *, claim_id AS key FROM parts WHERE too_big"):
        message = f"part {figure(row)} is larger than its whole {figure(row, '_whole')}"
        yield _finding(row, message, related=(row["part_of"],))


def _sums(run: Columnar, ctx: Context) -> Iterator[Finding]:
    # claim_id is the primary key: one row per whole in a package the rules run on (session.py)
    select = """SELECT w.*, w.claim_id AS key, g.total, g.ids FROM (
            SELECT part_of, coalesce(fsum(low), 0.0) AS total, count(*) AS n, list(claim_id ORDER BY claim_id) AS ids
            FROM parts WHERE NOT too_big AND qualifier IS DISTINCT FROM 'relative' GROUP BY part_of
        ) g JOIN claims w ON w.claim_id = g.part_of
        WHERE g.n > 1 AND g.total > w.high"""
    for row in _rows(run, _claims(run, ctx, exact=0.0) + PARTS, select):
        message = f"the parts of {figure(row)} add up to {row['total']:,g}, more than the whole"
        yield _finding(row, message, related=tuple(row["ids"]), code="sum")


def duplicate_claim(run: Columnar, ctx: Context) -> Iterator[Finding]:
    # each span's first claim, by a hash aggregate: a window would sort every claim with its columns
    select = """SELECT c.*, c.claim_id AS key, d.original FROM claims c JOIN (
            SELECT article_id, char_start, char_end, min(row) AS first, arg_min(claim_id, row) AS original
            FROM r_claims GROUP BY ALL HAVING count(*) > 1
        ) d ON c.article_id IS NOT DISTINCT FROM d.article_id AND c.char_start IS NOT DISTINCT FROM d.char_start
            AND c.char_end IS NOT DISTINCT FROM d.char_end
        WHERE c.row > d.first"""
    for row in _rows(run, _claims(run, ctx), select):
        message = f"figure {figure(row)} is also claim {row['original']}"
        yield _finding(row, message, related=(str(row["original"]),), field="char_start")


RULES = {
    "unattributed-figure": unattributed_figure,
    "unconfirmed-figure": unconfirmed_figure,
    "conflicting-count": conflicting_count,
    "relative-claim-mismatch": relative_claim_mismatch,
    "part-exceeds-whole": part_exceeds_whole,
    "duplicate-claim": duplicate_claim,
}
