"""JSON objects from files other people wrote: one-line errors with the position, never the text,
and no RecursionError traceback for deeply nested input."""

from __future__ import annotations

import json
from typing import Any

from claimpack.errors import ClaimpackError


def parse_json_object(label: str, data: bytes, what: str = "descriptor") -> dict[str, Any]:
    """A JSON object from bytes; ClaimpackError (one line) for anything else."""
    try:
        value = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ClaimpackError(label, f"{what} is not UTF-8") from None
    except json.JSONDecodeError as error:
        raise ClaimpackError(
            label, f"{what} is not valid JSON (line {error.lineno}, column {error.colno}): {error.msg}"
        ) from None
    except RecursionError:
        raise ClaimpackError(label, f"{what} is nested too deeply") from None
    if not isinstance(value, dict):
        raise ClaimpackError(label, f"{what} is not a JSON object")
    return value
