"""`claimpack correct ROW_ID (--set FIELD=VALUE… | --delete | --add claim|attribution --span A:B) --reason TEXT`."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import click

from claimpack.correcting.edit import correct
from claimpack.correcting.file import Addition
from claimpack.model import SourceKind


def _pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise click.BadParameter(f"{text[:60]!r} is not FIELD=VALUE")
    return key.strip(), value


def _span(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    start, sep, end = text.partition(":")
    if not sep or not start.isdigit() or not end.isdigit():
        raise click.BadParameter(f"{text[:40]!r} is not START:END (code-point offsets)", param_hint="--span")
    return int(start), int(end)


@click.command("correct")
@click.argument("row_id")
@click.option(
    "--set", "pairs", multiple=True, metavar="FIELD=VALUE", help="Set a field (repeatable); VALUE null for none."
)
@click.option("--delete", is_flag=True, help="The row is not a claim: remove it from the package.")
@click.option(
    "--add",
    type=click.Choice(get_args(Addition)),
    default=None,
    help="Add a claim at --span (ROW_ID names its article), or make --span the speaker of statement ROW_ID.",
)
@click.option("--span", "span_text", default=None, metavar="START:END", help="Offsets in the seed, for --add.")
@click.option(
    "--source-kind",
    type=click.Choice(get_args(SourceKind)),
    default=None,
    help="Kind of a speaker the article's sources lack (--add attribution).",
)
@click.option("--reason", required=True, help="Why: kept in the package's corrections table.")
@click.option("--by", default=None, help="Who corrects (kept in the package).")
@click.option(
    "--seeds",
    "seeds_dir",
    default="seeds",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Seeds folder holding <article>.txt and its .corrections.yaml.",
)
def command(
    row_id: str,
    pairs: tuple[str, ...],
    delete: bool,
    add: Addition | None,
    span_text: str | None,
    source_kind: SourceKind | None,
    reason: str,
    by: str | None,
    seeds_dir: Path,
) -> None:
    """Record a correction of ROW_ID (a claim or statement id) in seeds/<article>.corrections.yaml,
    and print what it changes. `claimpack build` applies it; the file stays editable by hand.

    \b
    claimpack correct 000_ce1b982170328aa1:c0.3 --set source="Røde Kors" --reason "…"
    claimpack correct 000_ce1b982170328aa1:c0.1 --delete --reason "…"
    claimpack correct 000_ce1b982170328aa1 --add claim --span 1645:1648 --set value=5 --set qualifier=exact --reason "…"
    """
    if sum((bool(pairs) and add is None, delete, add is not None)) != 1:
        raise click.UsageError("give --set, --delete or --add (--add takes --set for the new claim)")
    values = dict(_pair(p) for p in pairs)
    edit = correct(
        row_id,
        reason=reason,
        seeds_dir=seeds_dir,
        values=values,
        delete=delete,
        add=add,
        span=_span(span_text),
        source_kind=source_kind,
        by=by,
    )
    click.echo(f"{edit.path}: {'created with' if edit.created else 'added'} correction {edit.entry.id}")
    for change in edit.changes:
        row = change.row_id.rsplit(":", 1)[-1]
        before, after = (value if value is not None else "null" for value in (change.extracted, change.corrected))
        click.echo(f"  {change.action} {change.resource} {row} {change.field}: {before} -> {after}")
    click.echo("run 'claimpack build' to apply it")
