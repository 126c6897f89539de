"""The CI guard: the package's content may only change together with the version bump the
versioning policy requires (claimpack/version/policy.py)."""

from __future__ import annotations

from collections.abc import Iterator

from claimpack.errors import ClaimpackError
from claimpack.validation.context import Context
from claimpack.validation.finding import Finding, Location
from claimpack.validation.rules import rule
from claimpack.version.diff import PackageDiff
from claimpack.version.policy import bump_between, larger
from claimpack.version.record import latest_record, since_last_release


@rule(
    "unreleased-change",
    "Content changed without the version bump it needs",
    severity="error",
    layer="structure",
    needs=("articles",),
)
def unreleased_change(ctx: Context) -> Iterator[Finding]:
    """The tables or schemas differ from the last release record (`validate/releases/<version>.json` next to
    the package folder) while the descriptor's version is still the released one, or was raised by
    less than the policy requires (major for removed fields or changed keys, minor for added fields,
    tables or articles, patch for corrected values). Run `claimpack release` to bump the version.
    A package with no release records (a copy, a zip) has nothing to compare with and passes."""
    where = Location(field="version", path=ctx.shown("datapackage.json", "package"))
    try:
        latest_record(ctx.folder)
    except ClaimpackError as error:  # a guard that cannot read its memory must say so, not pass
        yield Finding(f"cannot check the version: {error}", where, code="record")
        return
    try:
        change = since_last_release(ctx.folder)
    except ClaimpackError:
        return  # unreadable tables: the structural rules report those
    if change is None or not change.changed:
        return
    required, released, version = change.required_bump, str(change.old_version), str(ctx.descriptor.get("version"))
    try:
        done = bump_between(released, version)
    except ClaimpackError as error:  # descriptor-profile reports the version too; the guard must not pass
        yield Finding(f"content changed since release {released}: {error.problem}", where, code=required)
        return
    if done != "none" and larger(done, required) == done:
        return
    what = "; ".join(_summary(change))
    if done == "none":
        message = (
            f"content changed since release {released} ({what}) but the version is still {version}: "
            f"a {required} release is due (run 'claimpack release')"
        )
    else:
        message = f"{released} -> {version} is a {done} bump but the changes ({what}) need a {required} release"
    yield Finding(message, where, code=required)


def _summary(change: PackageDiff) -> list[str]:
    parts = [f"{c.table or 'package'}{'.' + c.field if c.field else ''} {c.kind}" for c in change.schema[:3]]
    if change.articles_added:
        parts.append(f"{len(change.articles_added)} articles added")
    for table, counts in change.counts().items():
        parts.append(f"{table}: " + ", ".join(f"{n} {kind}" for kind, n in counts.items() if n))
    return parts
