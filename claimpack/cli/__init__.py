"""The `claimpack` command. Each command lives in its own module and only parses arguments,
calls the library and renders the result; exit codes are 0 ok, 1 findings or stale, 2 unusable
input (one line on stderr, never a traceback)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from importlib import import_module
from importlib.util import find_spec
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

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command's first sentence, whole (click cuts it to fit one line), wrapped."""
        rows = [
            (name, command.get_short_help_str(limit=10_000))
            for name in self.list_commands(ctx)
            if (command := self.get_command(ctx, name)) is not None and not command.hidden
        ]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def build_kind() -> str:
    """'compiled' when the extractor is the mypyc build (README "Speed"), else 'pure Python';
    found without importing it."""
    spec = find_spec("claimpack.pipeline")
    origin = spec.origin if spec is not None else None
    return "compiled" if origin is not None and not origin.endswith(".py") else "pure Python"


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="claimpack", message=f"%(prog)s, version %(version)s (extractor: {build_kind()})")
def main() -> None:
    """Turn news articles into versioned, validated Frictionless data packages."""


class _Commands(dict[str, click.Command]):
    """The commands, each imported when first asked for: `claimpack validate` does not pay for
    the extractor's imports, nor `claimpack build` for pandera's."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__()
        self.names = names

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def __missing__(self, name: str) -> click.Command:
        if name not in self.names:
            raise KeyError(name)
        command: click.Command = import_module(f"claimpack.cli.{name}").command
        self[name] = command
        return command

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self.names else default


main.commands = _Commands(
    ("build", "correct", "evaluate", "validate", "report", "explain", "rules", "diff", "release", "publish", "synth")
)
