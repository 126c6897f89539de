"""Render a Report: `RENDERERS[format](report, fail_on) -> str`."""

from __future__ import annotations

from collections.abc import Callable

from claimpack.validation.render.ci import render_github, render_junit
from claimpack.validation.render.sarif import render_sarif
from claimpack.validation.render.text import render_json, render_text
from claimpack.validation.report import Report

Renderer = Callable[[Report, str], str]

RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "junit": render_junit,
    "github": render_github,
    "sarif": render_sarif,
}

__all__ = ["RENDERERS", "Renderer"]
