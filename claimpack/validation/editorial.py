"""Consistency rules about statements, images, dates and sources: what an editor would ask."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimpack.lazy import pd
from claimpack.validation.context import Context
from claimpack.validation.finding import Finding, quote
from claimpack.validation.rules import rule

QUOTE_KINDS = ("direct_quote", "indirect", "mixed")


@rule(
    "quote-without-speaker", "Quote without a speaker", severity="warning", layer="consistency", needs=("statements",)
)
def quote_without_speaker(ctx: Context) -> Iterator[Finding]:
    """Reported speech (direct, indirect or mixed) nobody in the text is named for: a quote nobody
    can be held to. Reported once per quote (the run of speakerless quote sentences in one
    paragraph), and not when a speaker is named in the same or the next paragraph, where the
    article says who spoke ('– …' then 'Det sier X'), nor when every sentence of it asks ('– Hva
    skyldes denne veksten?': the interviewer's question). Headings and captions are not quotes."""
    statements = ctx.table("statements")
    if statements.empty:
        return
    rows = statements.sort_values(["article_id", "paragraph", "char_start"]).to_dict("records")
    attributed = {(r["article_id"], r["paragraph"]) for r in rows if not pd.isna(r["speaker_id"])}
    names_back = {(r["article_id"], r["paragraph"]) for r in rows if _names_previous_speaker(r)}
    for run in _speakerless_quotes(rows):
        first = run[0]
        article, paragraph = first["article_id"], first["paragraph"]
        if (article, paragraph) in attributed or (article, paragraph + 1) in names_back:
            continue
        if all(_asks(r["text"]) for r in run):
            continue
        where = ctx.span_location(
            "statements", first["statement_id"], "speaker_id", article, first["char_start"], run[-1]["char_end"]
        )
        text = " ".join(str(r["text"]) for r in run)
        yield Finding(
            f"{first['kind']} {quote(text)} has no speaker in this or the next paragraph",
            where,
            related=tuple(str(r["statement_id"]) for r in run[1:]),
            article=str(article),
        )


def _asks(text: object) -> bool:
    """A sentence that ends on a question mark (trailing spaces passed over, as DuckDB's rtrim does)."""
    return str(text).rstrip(" ").endswith("?")


def _names_previous_speaker(row: dict[str, Any]) -> bool:
    """A statement that tells who spoke before it: a quote going on with a named speaker, or one
    that opens with 'Det sier …' / 'Dette skriver …'."""
    if pd.isna(row["speaker_id"]) or row.get("attribution") == "continuation":
        return False  # a continued quote takes its speaker from before: it names nobody new
    return row["kind"] == "direct_quote" or str(row["text"]).startswith(("Det ", "Dette "))


def _speakerless_quotes(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Runs of consecutive speakerless quote statements within one paragraph."""
    run: list[dict[str, Any]] = []
    for row in rows:
        quoted = row["kind"] in QUOTE_KINDS and pd.isna(row["speaker_id"])
        same = bool(run) and (run[-1]["article_id"], run[-1]["paragraph"]) == (row["article_id"], row["paragraph"])
        if run and not (quoted and same):
            yield run
            run = []
        if quoted:
            run.append(row)
    if run:
        yield run


@rule(
    "image-without-credit",
    "Image without photographer or agency",
    severity="warning",
    layer="consistency",
    needs=("images",),
)
def image_without_credit(ctx: Context) -> Iterator[Finding]:
    """A photo caption that credits neither a photographer nor an agency: the picture cannot be
    reused without knowing whose it is."""
    images = ctx.table("images")
    if images.empty:
        return
    for row in images[images["photographer"].isna() & images["agency"].isna()].to_dict("records"):
        message = f"image {quote(row['text'])} credits no photographer or agency"
        yield ctx.row_finding("images", "image_id", row, "photographer", message)


@rule(
    "date-after-publication",
    "Past date after publication",
    severity="warning",
    layer="consistency",
    needs=("dates", "articles"),
)
def date_after_publication(ctx: Context) -> Iterator[Finding]:
    """A weekday resolved to a date after the article was published although the text does not
    speak of the future (relation is past or same_day): the weekday was resolved the wrong way."""
    dates, articles = ctx.table("dates"), ctx.table("articles")
    if dates.empty or articles.empty:
        return
    published = dict(zip(articles["article_id"], articles["published"], strict=True))
    merged = dates.assign(published=dates["article_id"].map(published))
    late = (merged["date"].astype("string") > merged["published"].astype("string")).fillna(False).astype(bool)
    for row in merged[late & merged["relation"].ne("future").fillna(True)].to_dict("records"):
        message = f"{quote(row['text'])} resolves to {row['date']}, after publication on {row['published']}"
        yield ctx.row_finding("dates", "date_id", row, "date", message)


@rule(
    "unused-source",
    "Source nothing refers to",
    severity="info",
    layer="consistency",
    needs=("sources", "statements", "claims", "mentions"),
)
def unused_source(ctx: Context) -> Iterator[Finding]:
    """A source row that no statement, claim, mention or affiliation refers to: left over from
    resolution, it inflates the count of voices in the article."""
    sources = ctx.table("sources")
    if sources.empty:
        return
    used: set[str] = set()
    for resource, column in (
        ("statements", "speaker_id"),
        ("claims", "source_id"),
        ("mentions", "source_id"),
        ("sources", "affiliation_id"),
    ):
        frame = ctx.table(resource)
        if column in frame.columns:
            used.update(str(v) for v in frame[column].dropna())
    for row in sources[~sources["source_id"].isin(used)].to_dict("records"):
        yield ctx.row_finding(
            "sources", "source_id", row, "source_id", f"source {quote(row['name'])} is never referred to"
        )
