"""The `claimpack` command. Each command lives in its own module and only parses arguments,
calls the library and renders the result; exit codes are 0 ok, 1 findings or stale, 2 unusable
input (one line on stderr, never a traceback)."""

from __future__ import annotations

import os
import sys
from typing import Any, NoReturn

import click

from claimpack.errors import ClaimpackError
from claimpack.safety.messages import one_line

DEBUG = "CLAIMPACK_DEBUG"  # set to 1 to see the traceback of an unexpected error


def fail(message: str) -> NoReturn:
    click.echo(f"claimpack: error: {one_line(message)}", err=True)
    sys.exit(2)


class Group(click.Group):
    """Turns any error below into 'claimpack: error: …' on one line and exit code 2: a
    ClaimpackError (unusable input), an OS error (a full disk, a missing permission), input nested
    too deeply to parse, and, as a last resort, a bug (rerun with CLAIMPACK_DEBUG=1 to see it)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimpackError as error:
            fail(str(error))
        except click.UsageError as error:
            command = f" {error.ctx.info_name}" if error.ctx and error.ctx.parent else ""
            fail(f"{error.format_message()} (see 'claimpack{command} --help')")
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            fail(f"{where}{error.strerror or type(error).__name__}")
        except RecursionError:
            fail("input is nested too deeply to read")
        except MemoryError:
            fail("out of memory")
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort, SystemExit, KeyboardInterrupt):
            raise
        except Exception as error:
            if os.environ.get(DEBUG):
                raise
            fail(f"unexpected {type(error).__name__}: {error} (a bug; rerun with {DEBUG}=1 for the traceback)")


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="claimpack")
def main() -> None:
    """Turn news articles into versioned, validated Frictionless data packages."""


def _register() -> None:
    from claimpack.cli import build, correct, diff, evaluate, publish, release, report, rules, synth, validate

    for module in (build, correct, evaluate, validate, report, rules, diff, release, publish, synth):
        main.add_command(module.command)


_register()
