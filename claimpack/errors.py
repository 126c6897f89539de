"""Exceptions for unusable input. Invalid *data* is reported as findings, never raised."""

from __future__ import annotations

from pathlib import Path


class ClaimpackError(Exception):
    """Input claimpack cannot use; the CLI prints it as one line and exits with code 2."""

    def __init__(self, path: str | Path | None, problem: str) -> None:
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)
