"""`claimpack publish [PACKAGE] --to PATH_OR_URL [--format KIND] [--no-check]`."""

from __future__ import annotations

from pathlib import Path

import click

from claimpack.cli import options
from claimpack.cli.progress import steps
from claimpack.cli.say import say
from claimpack.publishing import TARGETS, publish


@click.command("publish")
@click.argument("package", default="datapackage", type=click.Path(path_type=Path))
@click.option(
    "--to",
    "target",
    required=True,
    help="Where to write: x.zip, x.sqlite/.db, x.duckdb, x.xlsx, a folder (Parquet; a package folder with "
    "--format folder) or postgresql://…",
)
@click.option("--format", "kind", type=click.Choice(list(TARGETS)), default=None, help="Override the guess from --to.")
@click.option("--no-check", is_flag=True, help="Publish even when the package fails validation or its hashes.")
@click.option("--force", is_flag=True, help="Replace a target file or tables that an earlier publish did not write.")
@options.quiet
@options.allow_remote
def command(
    package: Path, target: str, kind: str | None, no_check: bool, force: bool, quiet: bool, allow_remote: bool
) -> None:
    """Write the released PACKAGE (default: datapackage/) as a zip, a package folder, SQLite, Parquet,
    DuckDB, Excel or PostgreSQL database. Refuses (exit 2) a package that fails validation or whose files do not
    match the hashes in its descriptor."""
    with steps("Publishing", quiet) as progress:
        result = publish(
            package, target, kind=kind, check=not no_check, force=force, allow_remote=allow_remote, progress=progress
        )
    rows = ", ".join(f"{count} {name}" for name, count in result.tables.items())
    shown = result.target.split("@")[-1] if result.kind == "postgresql" else result.target
    say(f"published {package} as {result.kind} to {shown}: {rows}")
