"""Per-row checks a Table Schema cannot express (relations between fields), written as pandera
schemas so each failure carries pandera's check name as its reason code. Enums and types are the
Table Schema's job (`table-schema`); the frames come typed from package.py, never coerced here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from claimpack.lazy import pd
from claimpack.validation.context import Context
from claimpack.validation.finding import Finding, quote
from claimpack.validation.provenance import SPAN_TABLES
from claimpack.validation.rules import rule

RowCheck = Callable[["pd.DataFrame"], "pd.Series"]
VALUE_QUALIFIERS = ("exact", "approx", "more_than", "less_than", "at_least", "at_most")
BOUND_QUALIFIERS = ("vague", "range")


def _not(mask: pd.Series) -> pd.Series:
    """Rows where the *violation* `mask` does not hold; a comparison with a missing cell (NaN is
    never greater, NA becomes False) passes: a missing cell is not a wrong relation."""
    return ~mask.fillna(False).astype(bool)


def _has(frame: pd.DataFrame, column: str) -> pd.Series:
    return frame[column].notna()


VALUE_BOUNDS: dict[str, tuple[RowCheck, str]] = {
    "value_low <= value_high": (lambda d: _not(d.value_low > d.value_high), "value_low is above value_high"),
    "value_low <= value": (lambda d: _not(d.value_low > d.value), "value is below value_low"),
    "value <= value_high": (lambda d: _not(d.value > d.value_high), "value is above value_high"),
}

QUALIFIER_FIELDS: dict[str, tuple[RowCheck, str]] = {
    "relative has factor": (
        lambda d: ~d.qualifier.eq("relative").fillna(False) | _has(d, "factor"),
        "a relative claim needs its factor",
    ),
    "relative has a value exactly when it has relative_to": (
        lambda d: ~d.qualifier.eq("relative").fillna(False) | (_has(d, "value") == _has(d, "relative_to")),
        "a relative claim has a value when, and only when, the claim it refers to is known",
    ),
    "only relative has factor or relative_to": (
        lambda d: d.qualifier.eq("relative").fillna(True) | ~(_has(d, "factor") | _has(d, "relative_to")),
        "factor and relative_to belong to relative claims only",
    ),
    "vague and range have bounds and no value": (
        lambda d: (
            ~d.qualifier.isin(BOUND_QUALIFIERS) | (_has(d, "value_low") & _has(d, "value_high") & ~_has(d, "value"))
        ),
        "a vague or range claim has value_low and value_high and no single value",
    ),
    "other qualifiers have a value": (
        lambda d: ~d.qualifier.isin(VALUE_QUALIFIERS) | _has(d, "value"),
        "this qualifier needs a value",
    ),
}

SPAN_ORDER: dict[str, tuple[RowCheck, str]] = {
    "char_start < char_end": (lambda d: _not(d.char_start >= d.char_end), "char_start is not before char_end"),
}


EVIDENCE_FIELDS: dict[str, tuple[str, str, dict[str, tuple[RowCheck, str]]]] = {
    "statements": (
        "statement_id",
        "speaker_id",
        {
            "evidence exactly when speaker_id": (
                lambda d: _has(d, "evidence") == _has(d, "speaker_id"),
                "a statement has evidence when, and only when, it has a speaker",
            )
        },
    ),
    "claims": (
        "claim_id",
        "source_id",
        {
            "evidence exactly when source_id": (
                lambda d: _has(d, "evidence") == _has(d, "source_id"),
                "a claim has evidence when, and only when, it has a source",
            )
        },
    ),
}


def _failures(frame: pd.DataFrame, checks: dict[str, tuple[RowCheck, str]]) -> list[tuple[int, str, str]]:
    """(row position, check name, message) for each failing row, collected lazily by pandera."""
    import pandera.pandas as pa  # imported here: the columnar engine runs these checks without it

    schema = pa.DataFrameSchema(checks=[pa.Check(fn, name=name) for name, (fn, _) in checks.items()])
    try:
        schema.validate(frame.reset_index(drop=True), lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases.dropna(subset=["index"])
        pairs = sorted({(int(i), str(c)) for i, c in zip(cases["index"], cases["check"], strict=True)})
        return [(i, c, checks[c][1]) for i, c in pairs if c in checks]
    return []


VALUE_COLUMNS = frozenset({"value", "value_low", "value_high", "qualifier", "factor", "relative_to"})


def _row_findings(
    ctx: Context,
    resource: str,
    key: str,
    checks: dict[str, tuple[RowCheck, str]],
    field: str,
    columns: frozenset[str] = frozenset(),
) -> Iterator[Finding]:
    """A finding per row that fails one of `checks`; none when the table lacks `columns`."""
    frame = ctx.table(resource)
    needed = {key, "article_id", "text", "char_start", "char_end", *columns}
    if frame.empty or not needed <= set(frame.columns):
        return
    for index, check, text in _failures(frame, checks):
        row = frame.iloc[index]
        where = ctx.span_location(resource, str(row[key]), field, row["article_id"], row["char_start"], row["char_end"])
        where = replace(where, row=int(frame.index[index]) + 2)  # the label is the row's place in the file
        message = f"{resource} {quote(row['text'])}: {text} ({check})"
        yield Finding(message, where, code=check, article=str(row["article_id"]))


@rule("value-bounds", "Claim bounds are ordered", severity="error", layer="structure", needs=("claims",))
def value_bounds(ctx: Context) -> Iterator[Finding]:
    """value_low ≤ value ≤ value_high wherever those cells are filled in."""
    yield from _row_findings(ctx, "claims", "claim_id", VALUE_BOUNDS, "value", VALUE_COLUMNS)


@rule(
    "qualifier-fields", "Claims have what their qualifier needs", severity="error", layer="structure", needs=("claims",)
)
def qualifier_fields(ctx: Context) -> Iterator[Finding]:
    """A relative claim has its factor (and nothing else has factor or relative_to); it has a value
    when, and only when, the claim it refers to is known ('halvparten' of a figure the text does
    not give has neither: unknown is null). Vague and range claims have value_low and value_high
    and no single value; every other qualifier has a value."""
    yield from _row_findings(ctx, "claims", "claim_id", QUALIFIER_FIELDS, "qualifier", VALUE_COLUMNS)


@rule("span-offsets", "Spans start before they end", severity="error", layer="structure", needs=tuple(SPAN_TABLES))
def span_offsets(ctx: Context) -> Iterator[Finding]:
    """char_start < char_end in every table with spans: an empty or reversed span points at
    nothing."""
    for resource, key in SPAN_TABLES.items():
        yield from _row_findings(ctx, resource, key, SPAN_ORDER, "char_start")


@rule(
    "evidence-fields",
    "Evidence is given exactly for rows with a speaker or source",
    severity="error",
    layer="structure",
    needs=("statements", "claims"),
)
def evidence_fields(ctx: Context) -> Iterator[Finding]:
    """A statement has `evidence` (the rule that found its speaker) when, and only when, it has a
    speaker, and a claim when, and only when, it has a source: a source nobody can explain, or an
    explanation of nobody, is a broken row. A package without the column (before 1.2) is not
    checked."""
    for resource, (key, field, checks) in EVIDENCE_FIELDS.items():
        yield from _row_findings(ctx, resource, key, checks, "evidence", frozenset({"evidence", field}))
