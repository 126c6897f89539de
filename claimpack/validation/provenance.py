"""Provenance: every row can be traced to the exact text it came from. The seeds are found
relative to the package folder's parent (the repository root for `datapackage/`)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.validation.context import Context
from claimpack.validation.finding import Finding, Location, quote
from claimpack.validation.rules import rule

SPAN_TABLES = {
    "mentions": "mention_id",
    "statements": "statement_id",
    "claims": "claim_id",
    "images": "image_id",
    "dates": "date_id",
}


@rule("seed-file", "Seed texts exist and match their sha256", severity="error", layer="structure", needs=("articles",))
def seed_file(ctx: Context) -> Iterator[Finding]:
    """Each seed named in the descriptor's sources and in articles.csv exists (inside the package
    folder or the repository's seed folder beside it, safety/seeds.py), and its sha256 and size
    are the ones recorded: offsets into a changed text mean nothing. A seed path of any other
    shape, or that could lead elsewhere (absolute, '..', a symlink out), is an error and the file
    is never read."""
    expected = ctx.seed_digests
    for path, (digest, size) in sorted(expected.items()):
        shown = path if len(path) <= 120 else path[:120] + "…"
        location = Location(resource="sources", key=shown, path=ctx.shown(path) if len(path) <= 120 else shown)
        try:
            data = ctx.read_seed(path)
        except ClaimpackError as error:
            if "not found" in error.problem:
                yield Finding(f"seed {shown} is missing", location, code="missing")
            else:
                message = f"seed {shown} is not read: {error.problem}"
                yield Finding(message, location, code="outside")
            continue
        actual = hashlib.sha256(data).hexdigest()
        if digest and actual != digest:
            message = f"seed {shown} does not have the sha256 the package recorded ({digest[:12]}…)"
            yield Finding(message, location, code="sha256")
        elif size is not None and size != len(data):
            yield Finding(f"seed {shown} does not have the {size} bytes recorded", location, code="bytes")


@rule(
    "span-text",
    "Span texts equal the seed at their offsets",
    severity="error",
    layer="structure",
    needs=("articles", *SPAN_TABLES),
)
def span_text(ctx: Context) -> Iterator[Finding]:
    """For every mention, statement, claim, image and date, `text` equals
    seed_text[char_start:char_end] (code-point offsets), so every figure can be found again."""
    for resource, key in SPAN_TABLES.items():
        frame = ctx.table(resource)
        if frame.empty or not {key, "article_id", "text", "char_start", "char_end"} <= set(frame.columns):
            continue
        columns = (frame[name].tolist() for name in (key, "article_id", "text", "char_start", "char_end"))
        for ident, article, text, start, end in zip(*columns, strict=True):  # lists: 5x faster than itertuples
            if pd.isna(start) or pd.isna(end) or pd.isna(article) or start >= end:
                continue  # table-schema reports a missing cell, span-offsets a reversed span
            seed = ctx.seed_text(str(article))
            if seed is None:
                continue  # seed-file reports it
            found = seed[int(start) : int(end)] if 0 <= int(start) <= int(end) <= len(seed) else None
            text = "" if pd.isna(text) else str(text)
            if found != text:
                where = ctx.span_location(resource, str(ident), "text", article, start, end)
                seen = "nothing (offsets outside the text)" if found is None else quote(found)
                message = f"{resource} text {quote(text)} is not the seed's text at {start}:{end}, which is {seen}"
                yield Finding(message, where, article=str(article))
