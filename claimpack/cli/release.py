"""`claimpack release [--bump auto|major|minor|patch] [--package DIR] [--against REF]`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimpack.cli.say import say
from claimpack.releasing import ReleaseRefused, release


@click.command("release")
@click.option(
    "--bump",
    type=click.Choice(["auto", "major", "minor", "patch"]),
    default="auto",
    show_default=True,
    help="auto: the bump the versioning policy requires for the changes since the last release.",
)
@click.option(
    "--package",
    default="datapackage",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Package folder to release.",
)
@click.option(
    "--against",
    default=None,
    help="Compare with this package (folder, zip, git:REV) instead of the last release record.",
)
def command(bump: str, package: Path, against: str | None) -> None:
    """Set the version and created date, re-hash, add a CHANGELOG entry and a release record."""
    try:
        done = release(package, bump, against)
    except ReleaseRefused as refused:
        click.echo(f"release refused: {refused}", err=True)
        sys.exit(1)
    if done.previous is None:
        say(f"{package} released as {done.version} (first release; record {done.record})")
    else:
        say(f"{package} released as {done.version} ({done.bump} release after {done.previous})")
