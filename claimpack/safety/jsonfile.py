"""JSON objects from files other people wrote: one-line errors with the position, never the text,
and no traceback for what json.loads accepts but code downstream cannot use (deep nesting, an
integer past Python's 4,300-digit limit, a lone UTF-16 surrogate such as "\\ud800", which no
writer can encode)."""

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
    except ValueError:  # int() past sys.get_int_max_str_digits()
        raise ClaimpackError(label, f"{what} holds a number too long to read") from None
    if not isinstance(value, dict):
        raise ClaimpackError(label, f"{what} is not a JSON object")
    check_text(value, label, what)
    return value


def check_text(value: Any, label: str | Any, what: str) -> None:
    """ClaimpackError when a string or key in `value` is not text UTF-8 can hold (a lone surrogate)."""
    try:
        _walk(value)
    except UnicodeEncodeError:
        raise ClaimpackError(
            label, f"{what} holds a lone UTF-16 surrogate ('\\ud800'-'\\udfff'), which is not text"
        ) from None
    except RecursionError:
        raise ClaimpackError(label, f"{what} is nested too deeply") from None


def _walk(value: Any) -> None:
    if isinstance(value, str):
        value.encode("utf-8")
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(key)
            _walk(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _walk(item)
