"""The metadata sidecar '<name>.meta.json', validated against `schemas/sidecar.schema.json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from claimpack.errors import ClaimpackError
from claimpack.resources import load_schema


def sidecar_path(seed: Path) -> Path:
    return seed.with_name(seed.stem + ".meta.json")


def read_sidecar(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise ClaimpackError(path, "missing metadata sidecar; create it (see schemas/sidecar.schema.json)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ClaimpackError(path, "sidecar is not valid UTF-8") from None
    except json.JSONDecodeError as error:
        raise ClaimpackError(path, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    validator = Draft202012Validator(load_schema("sidecar.schema.json"), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ClaimpackError(path, f"sidecar fails its schema at '{where}': {first.message}{more}")
    if not isinstance(data, dict):
        raise ClaimpackError(path, "sidecar must be a JSON object")
    return data
