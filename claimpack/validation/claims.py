"""Consistency rules over the claims table: do the figures agree with each other and with what the
article says about them? Each compares rows within one article, with pandas merges rather than
loops over pairs, so a package of many articles stays fast."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from claimpack.lazy import np, pd
from claimpack.model import SHARE_UNITS
from claimpack.validation.context import Context
from claimpack.validation.finding import Finding, quote
from claimpack.validation.intervals import bounds, describe, disjoint, opens_close
from claimpack.validation.rules import rule

NEEDS = ("claims", "sources")
QUANTITY = ["article_id", "subject", "event", "unit"]
RATES = SHARE_UNITS  # a share is keyed by its subject when it names no event
# Two sources' counts of one noun with no event to say what happened are one quantity only when
# they are of one size: at most this factor apart («rundt 300» and «minst 500» plasser are; «1,21
# millioner» and «140 000» passasjerer count different things). Measured over the gold sets.
SAME_SIZE = 1.5
# Two sources' figures for one quantity more than this factor apart count different things: a
# road's deaths against the county's («To» against «27» drept), one shipowner's new ships against the
# world's («seks» against «74»). Over the gold sets this drops 17 of 86 false conflicts and 1 of 177
# expected ones (61.500 against «under 10.000» refugees).
FAR_APART = 4.0
# A relative figure's implied value more than this factor from another figure of its quantity is
# about something else: «dobbelt så mange» as last July's 14 dead (28) against this year's 64, or
# «dobbelt så mange» operations (142) against a department's 19. Over the gold sets the expected
# mismatches are at most 1.7 apart; this drops 7 of 18 false findings and 1 of 4 expected ones.
RELATIVE_APART = 2.0


def _claims(ctx: Context, exact: float | None = None) -> pd.DataFrame:
    """Claims with their source's name and their interval."""
    claims = ctx.table("claims").reset_index(drop=True)
    if claims.empty:
        return claims
    sources = ctx.table("sources")
    names = dict(zip(sources["source_id"], sources["name"], strict=True)) if not sources.empty else {}
    ids = claims["source_id"].astype(object)
    claims = claims.assign(source_name=[names.get(i, i) if isinstance(i, str) else "the narrator" for i in ids])
    tol = ctx.suite.tolerance
    return claims.join(bounds(claims, tol["exact"] if exact is None else exact, tol["approx"]))


def figure(row: Mapping[str, Any], suffix: str = "") -> str:
    """«3.000» (3,000): the text as written and what it allows."""
    text = row["text" + suffix]
    qualifier, value, low, high = (row[name + suffix] for name in ("qualifier", "value", "value_low", "value_high"))
    return f"{quote(text)} ({describe(qualifier, value, low, high, close=opens_close(text))})"


def _finding(
    ctx: Context,
    row: Mapping[str, Any],
    message: str,
    related: tuple[str, ...] = (),
    field: str = "value",
    code: str | None = None,
) -> Finding:
    return ctx.row_finding("claims", "claim_id", row, field, message, related, code)


def _wholes(claims: pd.DataFrame) -> dict[str, set[str]]:
    """Each claim's chain of wholes (part_of, transitively)."""
    parent = {c: p for c, p in zip(claims["claim_id"], claims["part_of"], strict=True) if not pd.isna(p)}
    chains: dict[str, set[str]] = {}
    for claim in claims["claim_id"]:
        seen: set[str] = set()
        node = parent.get(claim)
        while node is not None and node not in seen:
            seen.add(node)
            node = parent.get(node)
        chains[claim] = seen
    return chains


def _related_by_parts(pairs: pd.DataFrame, claims: pd.DataFrame) -> pd.Series:
    """Pairs where one is (part of) the other's whole, or both are parts of the same whole."""
    chains = _wholes(claims)
    return pd.Series(
        [
            a in chains[b] or b in chains[a] or bool(chains[a] & chains[b])
            for a, b in zip(pairs["claim_id_a"], pairs["claim_id_b"], strict=True)
        ],
        index=pairs.index,
        dtype=bool,
    )


def _side(pair: Mapping[str, Any], suffix: str) -> dict[str, Any]:
    """One claim of a merged pair, its columns named as in the claims table."""
    own = {c[: -len(suffix)]: value for c, value in pair.items() if c.endswith(suffix)}
    shared = {c: value for c, value in pair.items() if c in QUANTITY}
    return {**own, **shared}


def _pairs(claims: pd.DataFrame, eventless: bool = False) -> pd.DataFrame:
    """Every unordered pair of claims about the same quantity (article, subject, event, unit);
    with `eventless`, counts that name no event pair by their subject too (see SAME_SIZE)."""
    # A share needs no event: «valgdeltakelsen var 71 prosent» names its quantity by the subject.
    rate = (claims["unit"].isin(RATES) | eventless) & claims["event"].isna()
    # A count has no unit: «22.000 søkere» and «29.000 søkere» are one quantity by their subject.
    keyed = claims.assign(event=claims["event"].mask(rate, ""), unit=claims["unit"].fillna("")).dropna(subset=QUANTITY)
    pairs = keyed.merge(keyed, on=QUANTITY, suffixes=("_a", "_b"))
    return pairs[pairs["char_start_a"] < pairs["char_start_b"]].reset_index(drop=True)


def _sizes(pairs: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The smaller and the larger figure of each pair (a range by its middle)."""
    a = pairs["value_a"].fillna((pairs["value_low_a"] + pairs["value_high_a"]) / 2).astype("float64")
    b = pairs["value_b"].fillna((pairs["value_low_b"] + pairs["value_high_b"]) / 2).astype("float64")
    return np.minimum(a, b), np.maximum(a, b)


def _same_size(pairs: pd.DataFrame) -> pd.Series:
    """The two figures of each pair are at most SAME_SIZE apart."""
    small, large = _sizes(pairs)
    return pd.Series((small > 0) & (large <= SAME_SIZE * small), index=pairs.index).fillna(False).astype(bool)


def _far_apart(pairs: pd.DataFrame, factor: float = FAR_APART) -> pd.Series:
    """The two figures of each pair are more than `factor` apart (both above zero)."""
    small, large = _sizes(pairs)
    return pd.Series((small > 0) & (large > factor * small), index=pairs.index).fillna(False).astype(bool)


def _by_two_sources(pairs: pd.DataFrame) -> pd.Series:
    """The two figures of each pair come from two named sources."""
    a, b = pairs["source_id_a"], pairs["source_id_b"]
    return (a.notna() & b.notna() & (a != b)).fillna(False).astype(bool)


@rule("unattributed-figure", "Figure without a source", severity="warning", layer="consistency", needs=NEEDS)
def unattributed_figure(ctx: Context) -> Iterator[Finding]:
    """A figure the narrator states without saying who gave it (source_id is null). Often fine in
    a lead that sums up sourced figures further down; review it and record the decision."""
    claims = _claims(ctx)
    if claims.empty:
        return
    for row in claims[claims["source_id"].isna()].to_dict("records"):
        yield _finding(ctx, row, f"figure {figure(row)} is given without a source", field="source_id")


@rule("unconfirmed-figure", "Figure the article says is unconfirmed", severity="info", layer="consistency", needs=NEEDS)
def unconfirmed_figure(ctx: Context) -> Iterator[Finding]:
    """A figure the article itself flags as not confirmed (e.g. «Tallet er ikke bekreftet fra
    annet hold»): worth knowing before anyone quotes it."""
    claims = _claims(ctx)
    if claims.empty:
        return
    for row in claims[claims["unconfirmed"].fillna(False).astype(bool)].to_dict("records"):
        message = f"figure {figure(row)} from {row['source_name']} is not confirmed, the article says"
        yield _finding(ctx, row, message, field="unconfirmed")


@rule("conflicting-count", "Sources disagree on a figure", severity="warning", layer="consistency", needs=NEEDS)
def conflicting_count(ctx: Context) -> Iterator[Finding]:
    """Two different sources give incompatible figures for the same quantity (same article,
    subject, event and unit; counts that name no event, of one subject, when they are of one size:
    SAME_SIZE): their intervals, read from the qualifiers and widened by the suite's tolerance, do
    not overlap, and they are at most FAR_APART apart (further apart, they count different
    things). Relative figures are left to relative-claim-mismatch, and a part is not compared
    with its whole or with its sibling parts."""
    claims = _claims(ctx)
    if claims.empty:
        return
    direct = claims[claims["qualifier"].ne("relative").fillna(True) & claims["source_id"].notna()]
    pairs = _pairs(direct, eventless=True)
    if pairs.empty:
        return
    pairs = pairs[_by_two_sources(pairs)]
    unnamed = pairs["event"].eq("") & ~pairs["unit"].isin(RATES)
    pairs = pairs[(~unnamed | _same_size(pairs)) & ~_far_apart(pairs)]
    pairs = pairs[disjoint(pairs["low_a"], pairs["high_a"], pairs["low_b"], pairs["high_b"])]
    pairs = pairs[~_related_by_parts(pairs, claims)]
    for pair in pairs.to_dict("records"):
        a = _side(pair, "_a")
        message = (
            f"{pair['source_name_a']} gives {figure(pair, '_a')} but {pair['source_name_b']} gives "
            f"{figure(pair, '_b')} for {quote(pair['subject'])} {quote(pair['event'])}"
        )
        yield _finding(ctx, a, message, related=(pair["claim_id_b"],))


@rule("relative-claim-mismatch", "Relative figure disagrees", severity="warning", layer="consistency", needs=NEEDS)
def relative_claim_mismatch(ctx: Context) -> Iterator[Finding]:
    """A relative figure («dobbelt så høyt») whose value is not factor × the figure it refers to
    (code `materialised`), or whose implied value is incompatible with an absolute figure for the
    same quantity (code `absolute`), its own reference and its part/whole relatives excepted, at
    most RELATIVE_APART apart. A comparison that names no event («dobbelt så mange søknader»)
    is held against another source's count of its noun of one size (SAME_SIZE), as in
    conflicting-count, or against the figure right before it, which it restates (`_restated`).
    A share of a whole («halvparten av oppdragene») counts a part of that
    quantity, not all of it, so it is compared with no other figure of it."""
    claims = _claims(ctx)
    if claims.empty:
        return
    relative = claims[claims["qualifier"].eq("relative").fillna(False) & claims["relative_to"].notna()]
    referent = relative.merge(claims, left_on="relative_to", right_on="claim_id", suffixes=("", "_ref"))
    base = referent["value_ref"].fillna((referent["value_low_ref"] + referent["value_high_ref"]) / 2)
    referent = referent.assign(implied=referent["factor"] * base)
    tolerance = ctx.suite.tolerance["approx"]
    off = ((referent["value"] - referent["implied"]).abs() > tolerance * referent["implied"].abs()).fillna(False)
    for row in referent[off].to_dict("records"):
        message = (
            f"relative figure {quote(row['text'])} is {row['value']:,g}, but {row['factor']:g} × "
            f"{figure(row, '_ref')} is {row['implied']:,g}"
        )
        yield _finding(ctx, row, message, related=(row["relative_to"],), code="materialised")
    pairs = pd.concat([_pairs(claims, eventless=True), _restatements(claims)], ignore_index=True)
    pairs = pairs.drop_duplicates(["claim_id_a", "claim_id_b"]).reset_index(drop=True)
    if pairs.empty:
        return
    is_rel_a = pairs["qualifier_a"].eq("relative").fillna(False)
    is_rel_b = pairs["qualifier_b"].eq("relative").fillna(False)
    named = pairs["event"].ne("") | pairs["unit"].isin(RATES)
    comparative = pairs["factor_a"].where(is_rel_a, pairs["factor_b"]).gt(1).fillna(False)
    restated = _restated(pairs, claims, is_rel_a)
    unnamed = comparative & ((_by_two_sources(pairs) & _same_size(pairs)) | restated)
    pairs = pairs[(is_rel_a ^ is_rel_b) & (named | unnamed) & ~_far_apart(pairs, RELATIVE_APART)]
    pairs = pairs[pairs["part_of_a"].where(is_rel_a, pairs["part_of_b"]).isna()]
    pairs = pairs[
        (pairs["relative_to_a"] != pairs["claim_id_b"]).fillna(True)
        & (pairs["relative_to_b"] != pairs["claim_id_a"]).fillna(True)
    ]
    pairs = pairs[disjoint(pairs["low_a"], pairs["high_a"], pairs["low_b"], pairs["high_b"])]
    pairs = pairs[~_related_by_parts(pairs, claims)]
    for pair in pairs.to_dict("records"):
        rel, other = ("_a", "_b") if pair["qualifier_a"] == "relative" else ("_b", "_a")
        row = _side(pair, rel)
        message = (
            f"{pair['source_name' + rel]}'s relative figure {figure(pair, rel)} is incompatible with "
            f"{pair['source_name' + other]}'s {figure(pair, other)}"
        )
        yield _finding(ctx, row, message, related=(pair["claim_id" + other],), code="absolute")


def _restatements(claims: pd.DataFrame) -> pd.DataFrame:
    """Pairs as `_pairs` makes them of each comparison above one ('nesten dobbelt så mye') and the
    figure right before it in its paragraph, in one unit, whatever words name the two: 'det ble
    spilt for 38 millioner kroner på Derby-dagen, nesten dobbelt så mye som i fjor' restates the 38
    millioner, which `_restated` then holds against the comparison. They name no event."""
    ordered = claims.sort_values(["article_id", "char_start", "claim_id"]).reset_index(drop=True)
    before = ordered.groupby("article_id", sort=False).shift()
    restates = (
        ordered["qualifier"].eq("relative").fillna(False)
        & ordered["factor"].gt(1).fillna(False)
        & before["claim_id"].notna()
        & before["paragraph"].eq(ordered["paragraph"]).fillna(False)
        & before["unit"].fillna("").eq(ordered["unit"].fillna(""))
    )
    own = [c for c in ordered.columns if c not in QUANTITY]
    later = ordered.loc[restates]
    pairs = pd.concat([before.loc[restates, own].add_suffix("_a"), later[own].add_suffix("_b")], axis=1).assign(
        article_id=later["article_id"], subject=later["subject"], event="", unit=later["unit"].fillna("")
    )
    return pairs.reset_index(drop=True)


def _restated(pairs: pd.DataFrame, claims: pd.DataFrame, is_rel_a: pd.Series) -> pd.Series:
    """Pairs whose absolute figure is the one right before the relative one in the article: the
    comparison restates it ('Ifølge forbundet var 41 av deltakerne kvinner. Det er dobbelt så
    mange som i fjor, da 29 kvinner deltok': twice 29 is not 41), whatever the sources and sizes."""
    ordered = claims.sort_values(["article_id", "char_start", "claim_id"])
    before = ordered.groupby("article_id")["claim_id"].shift()
    previous = {c: b for c, b in zip(ordered["claim_id"], before, strict=True) if isinstance(b, str)}
    rel = pairs["claim_id_a"].where(is_rel_a, pairs["claim_id_b"])
    other = pairs["claim_id_b"].where(is_rel_a, pairs["claim_id_a"])
    restated = [previous.get(r) == o for r, o in zip(rel, other, strict=True)]
    return pd.Series(restated, index=pairs.index, dtype=bool)


@rule("part-exceeds-whole", "Part larger than its whole", severity="warning", layer="consistency", needs=NEEDS)
def part_exceeds_whole(ctx: Context) -> Iterator[Finding]:
    """A figure that is part_of another is larger than it («7.000 av de 6.400»), or the parts of a
    whole together exceed it (code `sum`). Bare numbers get no tolerance here: they come from the
    same sentence. A share («nesten halvparten av de omkomne») is no term of the sum: it looks at
    the whole from another side than the counts beside it («17 menn»). A part and its whole are
    compared only as counts in one unit: a group's share may exceed everyone's («26 prosent» of the
    young against «snaut 18 prosent» of all), and a part more than FAR_APART its whole («61» of
    «fire») counts something else."""
    claims = _claims(ctx, exact=0.0)
    if claims.empty or claims["part_of"].isna().all():
        return
    parts = claims[claims["part_of"].notna()].merge(
        claims, left_on="part_of", right_on="claim_id", suffixes=("", "_whole")
    )
    one_unit = parts["unit"].fillna("").eq(parts["unit_whole"].fillna("")) & ~parts["unit"].isin(RATES)
    far_apart = (parts["high_whole"] > 0) & (parts["low"] > FAR_APART * parts["high_whole"])
    parts = parts[one_unit & ~far_apart]
    too_big = (parts["low"] > parts["high_whole"]).fillna(False)
    for row in parts[too_big].to_dict("records"):
        message = f"part {figure(row)} is larger than its whole {figure(row, '_whole')}"
        yield _finding(ctx, row, message, related=(row["part_of"],))
    fine = parts[~too_big & parts["qualifier"].ne("relative").fillna(True)]
    sums = fine.groupby("part_of").agg(total=("low", "sum"), count=("low", "size"), ids=("claim_id", tuple))
    wholes = claims.drop_duplicates("claim_id").set_index("claim_id")  # a duplicate key is primary-key's
    for whole_id, group in sums[sums["count"] > 1].iterrows():
        whole = wholes.loc[whole_id]
        if group["total"] > whole["high"]:
            row = whole.copy()
            row["claim_id"] = whole_id
            message = f"the parts of {figure(row)} add up to {group['total']:,g}, more than the whole"
            yield _finding(ctx, row, message, related=tuple(sorted(str(i) for i in group["ids"])), code="sum")


@rule("duplicate-claim", "Same figure extracted twice", severity="warning", layer="consistency", needs=NEEDS)
def duplicate_claim(ctx: Context) -> Iterator[Finding]:
    """Two claims with the same article and span: the extractor read one figure twice, which
    would double-count it."""
    claims = _claims(ctx)
    if claims.empty:
        return
    span = ["article_id", "char_start", "char_end"]
    repeated = claims[claims.duplicated(subset=span, keep="first")]
    first = claims.drop_duplicates(subset=span, keep="first").set_index(span)["claim_id"]
    for row in repeated.to_dict("records"):
        original = first.loc[(row["article_id"], row["char_start"], row["char_end"])]
        message = f"figure {figure(row)} is also claim {original}"
        yield _finding(ctx, row, message, related=(str(original),), field="char_start")
