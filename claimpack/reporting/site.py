"""The review site: `index.html` and one page per article, from a package, its seeds and its
findings. Pages are plain HTML with inline SVG and one stylesheet: no script, no network, no
CDN, so they open from `file://` and travel as an email attachment.

The data for each page is gathered here; the templates in `templates/` decide how it looks, and
Jinja2 escapes every text from the package (an article may contain `<script>`)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.reporting.cells import cell_text
from claimpack.reporting.chart import Chart, conflict_charts
from claimpack.reporting.marks import Node, Span, mark_up
from claimpack.segment import split_blocks
from claimpack.validation import Finding, run_rules
from claimpack.validation.context import Context
from claimpack.validation.intervals import bounds
from claimpack.write.atomic import StagedFolder

TEMPLATES = Path(__file__).resolve().parent / "templates"
MARKER = ".claimpack-report"
PALETTE = 10  # source colours in style.css: src-0 … src-9; the narrator has its own
QUOTES = ("direct_quote", "mixed")
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,120}")
CLAIM_TIP = ("value", "value_low", "value_high", "qualifier", "unit", "subject", "event")
CLAIM_TABLE = (
    "text", "value", "value_low", "value_high", "qualifier", "unit", "subject", "event",
    "source", "part_of", "relative_to", "factor", "unconfirmed",
)  # fmt: skip


@dataclass
class FindingView:
    id: str  # the fingerprint
    rule: str
    severity: str
    message: str
    rows: list[str]
    state: str  # open | confirmed | false-positive | stale
    note: str | None = None
    date: str | None = None


@dataclass
class BlockView:
    index: int
    kind: str
    nodes: list[Node | str]
    findings: list[FindingView] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


@dataclass
class ArticlePage:
    id: str
    file: str
    title: str
    blocks: list[BlockView]
    legend: list[tuple[str, str, str]]  # (css class, name, kind)
    charts: list[Chart]
    claims: list[dict[str, Any]]  # for the table: cells and which are corrected
    corrections: list[dict[str, Any]]
    unplaced: list[FindingView]  # findings about the article with no span to sit at
    text_missing: bool = False
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Site:
    out: Path
    pages: int
    version: str


def report_site(context: Context, out: Path, name: str) -> Site:
    """Write the site for the package in `context` to the folder `out`, whole or not at all."""
    _check_target(out)
    report = run_rules(context, name)
    findings = [_finding_view(f) for f in report.findings]
    by_article: dict[str | None, list[tuple[Finding, FindingView]]] = {}
    for finding, view in zip(report.findings, findings, strict=True):
        by_article.setdefault(finding.article, []).append((finding, view))
    tables = {name: context.table(name) for name in ("articles", "sources", "mentions", "statements")}
    tables.update({name: context.table(name) for name in ("claims", "images", "corrections")})
    version = str(context.descriptor.get("version") or "unversioned")
    claims, tolerance = tables["claims"].reset_index(drop=True), context.suite.tolerance
    if not claims.empty:  # the charts' intervals, for the whole table at once
        tables["claims"] = claims.join(bounds(claims, tolerance["exact"], tolerance["approx"]))
    grouped = {name: _by_article(frame) for name, frame in tables.items()}
    pages = [
        _article_page(
            context,
            article,
            {name: groups.get(article, tables[name].iloc[0:0]) for name, groups in grouped.items()},
            by_article.get(article, []),
        )
        for article in tables["articles"].get("article_id", pd.Series(dtype=object)).astype(str)
    ]
    package_findings = by_article.get(None, [])
    env = _environment()
    files = {
        "index.html": env.get_template("index.html.j2").render(
            pages=pages,
            version=version,
            title=context.descriptor.get("title"),
            package=[v for _, v in package_findings],
            root="",
        ),
        "style.css": (TEMPLATES / "style.css").read_text("utf-8"),
        MARKER: "A claimpack review site; `claimpack report` replaces this folder whole.\n",
    }
    article_template = env.get_template("article.html.j2")
    for page in pages:
        files[f"articles/{page.file}"] = article_template.render(page=page, version=version, root="../")
    owned = tuple(item.name for item in out.iterdir()) if out.is_dir() else ()
    with StagedFolder(out, owned=(*owned, *{path.split("/")[0] for path in files})) as staged:
        for path, text in files.items():
            staged.write(path, text.encode("utf-8"))
        staged.commit()
    return Site(out, len(pages), version)


def _check_target(out: Path) -> None:
    """The site replaces `out` whole: only a new or empty folder, or an earlier site, is replaced."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise ClaimpackError(out, "is not a folder; give a new or empty folder for the site")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise ClaimpackError(out, "is not empty and holds no claimpack report; give a new or empty folder")


@cache
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.tests["node"] = lambda value: isinstance(value, Node)
    return env


def page_file(article_id: str) -> str:
    """The page's file name: the article id when it is a safe file name, else a hash of it."""
    if SAFE_NAME.fullmatch(article_id) and article_id not in (".", ".."):
        return f"{article_id}.html"
    return f"article-{hashlib.sha256(article_id.encode('utf-8')).hexdigest()[:16]}.html"


def _finding_view(finding: Finding) -> FindingView:
    review = finding.review
    rows = [key for key in (finding.location.key, *finding.related) if key]
    if review is None:
        return FindingView(finding.fingerprint, finding.rule, finding.severity, finding.message, rows, "open")
    state = "stale" if review.stale else review.decision
    return FindingView(
        finding.fingerprint, finding.rule, finding.severity, finding.message, rows, state, review.note, review.date
    )


def _colours(sources: list[str], claims: pd.DataFrame, statements: pd.DataFrame) -> dict[str | None, str]:
    """A colour per source, the sources that give figures or quotes first: the palette repeats only
    past its end, and then on sources that are merely mentioned before any that speak."""
    speaking = set(claims.get("source_id", pd.Series(dtype=object)).dropna().astype(str))
    if not statements.empty:
        quotes = statements[statements["kind"].isin(QUOTES)]
        speaking |= set(quotes["speaker_id"].dropna().astype(str))
    ordered = sorted(sources, key=lambda source: source not in speaking)  # stable: the article's order within
    return {source: f"src-{i % PALETTE}" for i, source in enumerate(ordered)}


def _by_article(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """A table's rows per article, split in one pass (filtering per article is quadratic)."""
    if frame.empty or "article_id" not in frame.columns:
        return {}
    return {
        str(article): rows.reset_index(drop=True)
        for article, rows in frame.groupby(frame["article_id"].astype(str), sort=False)
    }


def _article_page(
    context: Context, article: str, rows: dict[str, pd.DataFrame], found: list[tuple[Finding, FindingView]]
) -> ArticlePage:
    """The page of one article, from its rows of each table and its findings."""
    articles = rows["articles"]
    title = cell_text(articles.iloc[0].get("title")) if not articles.empty else None
    sources, claims, statements = rows["sources"], rows["claims"], rows["statements"]
    names = dict(zip(sources.get("source_id", []), sources.get("name", []), strict=True))
    kinds = {str(k): str(v) for k, v in zip(sources.get("source_id", []), sources.get("kind", []), strict=True)}
    colours = _colours(list(names), claims, statements)
    corrected = _corrected(rows["corrections"])
    text = context.seed_text(article)
    spans = _spans(rows, names, colours, corrected)
    paragraphs = _paragraph_of(rows)
    credits = _credits(rows["images"])
    blocks = []
    placed: set[str] = set()
    for block in split_blocks(text) if text is not None else []:
        view = BlockView(block.index, block.kind, mark_up(block.text, block.start, spans))
        view.credits = credits.get(block.index, [])
        for finding, shown in found:
            if paragraphs.get(finding.location.key or "") == block.index:
                view.findings.append(shown)
                placed.add(shown.id)
        blocks.append(view)
    tolerance = context.suite.tolerance
    quotes = statements[statements["kind"].isin(QUOTES)] if not statements.empty else statements
    severities = Counter(view.severity for _, view in found)
    return ArticlePage(
        id=article,
        file=page_file(article),
        title=title or article,
        blocks=blocks,
        legend=[(css, str(names[sid]), kinds.get(str(sid), "")) for sid, css in colours.items()],
        charts=conflict_charts(claims, names, colours, tolerance["exact"], tolerance["approx"]),
        claims=_claim_table(claims, names, corrected),
        corrections=[{k: cell_text(v) for k, v in row.items()} for row in rows["corrections"].to_dict("records")],
        unplaced=[view for _, view in found if view.id not in placed],
        text_missing=text is None,
        counts={
            "claims": len(claims),
            "sources": len(sources),
            "quotes": len(quotes),
            **{severity: severities.get(severity, 0) for severity in ("error", "warning", "info")},
        },
    )


def _corrected(corrections: pd.DataFrame) -> dict[tuple[str, str], dict[str, Any]]:
    """(row id, field) -> the correction row that set it."""
    if corrections.empty:
        return {}
    return {(str(r["row_id"]), str(r["field"])): r for r in corrections.to_dict("records")}


def _paragraph_of(rows: dict[str, pd.DataFrame]) -> dict[str, int]:
    keys = {"claims": "claim_id", "statements": "statement_id", "mentions": "mention_id", "images": "image_id"}
    found: dict[str, int] = {}
    for name, key in keys.items():
        frame = rows[name]
        if not frame.empty and {key, "paragraph"} <= set(frame.columns):
            found.update(zip(frame[key].astype(str), frame["paragraph"].astype(int), strict=True))
    return found


def _credits(images: pd.DataFrame) -> dict[int, list[str]]:
    """paragraph -> the photo credits of its captions."""
    found: dict[int, list[str]] = {}
    for row in images.to_dict("records"):
        credit = " / ".join(p for p in (cell_text(row["photographer"]), cell_text(row["agency"])) if p)
        found.setdefault(int(row["paragraph"]), []).append(credit)
    return found


def _spans(
    rows: dict[str, pd.DataFrame],
    names: dict[str, str],
    colours: dict[str | None, str],
    corrected: dict[tuple[str, str], dict[str, Any]],
) -> list[Span]:
    spans: list[Span] = []
    fixed = {row for row, _ in corrected}
    statements = rows["statements"].to_dict("records")
    by_statement = {str(row["statement_id"]): row for row in statements}
    for row in rows["claims"].to_dict("records"):
        source = cell_text(row["source_id"])
        lines = [f"{name}: {cell_text(row[name]) or '—'}" for name in CLAIM_TIP]
        lines.append(f"source: {names.get(source, source) if source else 'the narrator'}")
        lines += [f"{name}: {cell_text(row[name]) or '—'}" for name in ("part_of", "relative_to", "unconfirmed")]
        lines.append("evidence: " + _evidence(row, by_statement))
        lines += _correction_lines(corrected, str(row["claim_id"]))
        spans.append(_span(row, "claim", "claim_id", colours.get(source, "narrator"), lines, row["claim_id"] in fixed))
    for row in statements:
        if row["kind"] not in QUOTES:
            continue
        speaker = cell_text(row["speaker_id"])
        lines = [f"quote ({row['kind']})", f"speaker: {names.get(speaker, speaker) if speaker else 'nobody found'}"]
        lines.append(f"cue: {cell_text(row['cue']) or '—'} · attribution: {row['attribution']}")
        lines += _correction_lines(corrected, str(row["statement_id"]))
        mention = cell_text(row["mention_id"])
        span = _span(
            row, "quote", "statement_id", colours.get(speaker, "narrator"), lines, row["statement_id"] in fixed
        )
        spans.append(Span(**{**span.__dict__, "described_by": f"row-{mention}" if mention else None}))
    for row in rows["mentions"].to_dict("records"):
        source = cell_text(row["source_id"])
        lines = [f"mention of {names.get(source or '', source)} ({row['via']})"]
        spans.append(_span(row, "mention", "mention_id", colours.get(source, "narrator"), lines, False))
    for row in rows["images"].to_dict("records"):
        lines = [f"photo: {cell_text(row['label']) or '—'}", f"credit: {_credit(row)}"]
        spans.append(_span(row, "caption", "image_id", "caption", lines, False))
    return spans


def _credit(row: dict[str, Any]) -> str:
    return " / ".join(p for p in (cell_text(row["photographer"]), cell_text(row["agency"])) if p) or "none"


def _span(row: dict[str, Any], kind: Any, key: str, css: str, lines: list[str], corrected: bool) -> Span:
    return Span(
        int(row["char_start"]), int(row["char_end"]), kind, str(row[key]), css, "\n".join(lines), None, corrected
    )


def _evidence(claim: dict[str, Any], statements: dict[str, dict[str, Any]]) -> str:
    """Why the figure has its source: the rule the package records (a package before 1.2 has no
    `evidence` column), then the statement's cue and how its speaker was found."""
    rule = cell_text(claim.get("evidence")) or "—"
    statement_id = cell_text(claim["statement_id"])
    if statement_id is None or statement_id not in statements:
        return rule
    row = statements[statement_id]
    cue = cell_text(row["cue"])
    where = statement_id.rsplit(":", 1)[-1]
    return f"{rule} (statement {where}, {row['kind']}, cue «{cue or '—'}», {row['attribution']})"


def _correction_lines(corrected: dict[tuple[str, str], dict[str, Any]], row_id: str) -> list[str]:
    return [
        f"corrected {name}: {cell_text(fix['extracted']) or '—'} → "
        f"{cell_text(fix['corrected']) or '—'} ({fix['reason']})"
        for (row, name), fix in corrected.items()
        if row == row_id
    ]


def _claim_table(
    claims: pd.DataFrame, names: dict[str, str], corrected: dict[tuple[str, str], dict[str, Any]]
) -> list[dict[str, Any]]:
    table = []
    for row in claims.to_dict("records"):
        cells = []
        for name in CLAIM_TABLE:
            column = "source_id" if name == "source" else name
            value = cell_text(row[column])
            shown = (names.get(value, value) if value else "the narrator") if name == "source" else value
            fix = corrected.get((str(row["claim_id"]), column))
            note = f"extracted: {cell_text(fix['extracted']) or '—'}; {fix['reason']}" if fix else None
            cells.append({"name": name, "value": shown, "corrected": fix is not None, "note": note})
        table.append({"id": str(row["claim_id"]), "cells": cells})
    return table
