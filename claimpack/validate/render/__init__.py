"""Render a Report: `RENDERERS[format](report, fail_on) -> str`."""

from __future__ import annotations

from collections.abc import Callable

from claimpack.validate.render.ci import render_github, render_junit
from claimpack.validate.render.sarif import render_sarif
from claimpack.validate.render.text import render_json, render_text
from claimpack.validate.report import Report

Renderer = Callable[[Report, str], str]

RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "junit": render_junit,
    "github": render_github,
    "sarif": render_sarif,
}

__all__ = ["RENDERERS", "Renderer"]
