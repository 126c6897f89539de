"""Render a Report, streamed: `WRITERS[format](report, findings, fail_on, out)` writes the report
to `out` as `findings` are consumed. `RENDERERS[format](report, fail_on) -> str` renders a report
whose findings are kept in memory (the library API and tests)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import TextIO

from claimpack.validation.finding import FailOn, Finding
from claimpack.validation.render.ci import write_github, write_junit
from claimpack.validation.render.sarif import write_sarif
from claimpack.validation.render.text import TextWriter, write_json
from claimpack.validation.report import Report

Writer = Callable[[Report, Iterable[Finding], FailOn, TextIO], None]
Renderer = Callable[[Report, FailOn], str]

WRITERS: dict[str, Writer] = {
    "text": TextWriter(),
    "json": write_json,
    "junit": write_junit,
    "github": write_github,
    "sarif": write_sarif,
}


def _renderer(writer: Writer) -> Renderer:
    def render(report: Report, fail_on: FailOn = "error") -> str:
        out = io.StringIO()
        writer(report, report.findings, fail_on, out)
        return out.getvalue()

    return render


RENDERERS: dict[str, Renderer] = {name: _renderer(writer) for name, writer in WRITERS.items()}

__all__ = ["RENDERERS", "WRITERS", "Renderer", "TextWriter", "Writer"]
