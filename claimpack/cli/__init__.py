"""The `claimpack` command. Each command lives in its own module and only parses arguments,
calls the library and renders the result; exit codes are 0 ok, 1 findings or stale, 2 unusable
input (one line on stderr, never a traceback)."""

from __future__ import annotations

import sys
from typing import Any

import click

from claimpack.errors import ClaimpackError


class Group(click.Group):
    """Turns a ClaimpackError raised anywhere below into 'claimpack: error: …' and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimpackError as error:
            click.echo(f"claimpack: error: {error}", err=True)
            sys.exit(2)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimpack")
def main() -> None:
    """Turn news articles into versioned, validated Frictionless data packages."""


def _register() -> None:
    from claimpack.cli import build, diff, evaluate, publish, release, rules, synth, validate

    for module in (build, evaluate, validate, rules, diff, release, publish, synth):
        main.add_command(module.command)


_register()
