"""A progress bar over the steps of long work (validate's rules, publish's stages) on a terminal:
steps done, the step now running, elapsed time and ETA, as `build` shows articles; nothing in CI,
in pipes or with --quiet."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import click

Step = Callable[[int, int, str], None]  # (steps done, steps in all, the step now running)


def shown(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


@contextmanager
def steps(label: str, quiet: bool) -> Iterator[Step | None]:
    if not shown(quiet):
        yield None
        return
    started = time.monotonic()
    state: dict[str, Any] = {"bar": None, "now": ""}
    with ExitStack() as stack:

        def describe(_: object) -> str:
            elapsed = time.monotonic() - started
            return f"{state['now']} ({elapsed:,.1f} s)" if state["now"] else f"{elapsed:,.1f} s"

        def advance(done: int, total: int, now: str) -> None:
            if state["bar"] is None:
                bar = click.progressbar(
                    length=max(total, 1), label=label, file=sys.stderr, show_pos=True, item_show_func=describe
                )
                state["bar"] = stack.enter_context(bar)
            state["now"] = now
            bar = state["bar"]
            bar.update(max(0, done - bar.pos), now)

        yield advance
