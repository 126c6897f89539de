"""The metadata sidecar '<name>.meta.json', validated against `schemas/sidecar.schema.json`."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from claimpack.errors import ClaimpackError
from claimpack.resources import load_schema
from claimpack.safety.jsonfile import parse_json_object
from claimpack.safety.messages import first_schema_problem
from claimpack.safety.paths import read_bytes

MAX_SIDECAR_BYTES = 1024 * 1024
FUTURE_SLACK = timedelta(days=1)  # time zones: an article may carry tomorrow's date somewhere


def sidecar_path(seed: Path) -> Path:
    return seed.with_name(seed.stem + ".meta.json")


@cache
def _validator() -> Draft202012Validator:
    """Built once per process: a build reads a sidecar per seed."""
    return Draft202012Validator(load_schema("sidecar.schema.json"), format_checker=FormatChecker())


def read_sidecar(path: Path) -> dict[str, Any]:
    if not path.exists() and not path.is_symlink():
        raise ClaimpackError(path, "missing metadata sidecar; create it (see schemas/sidecar.schema.json)")
    data = read_bytes(path, MAX_SIDECAR_BYTES, "sidecar")
    meta = parse_json_object(str(path), data, "sidecar")
    errors = list(_validator().iter_errors(meta))
    if errors:
        raise ClaimpackError(path, "sidecar " + first_schema_problem(errors, "its schema"))
    if not isinstance(meta, dict):
        raise ClaimpackError(path, "sidecar must be a JSON object")
    published = meta.get("published")
    if isinstance(published, str) and date.fromisoformat(published) > (datetime.now(UTC) + FUTURE_SLACK).date():
        raise ClaimpackError(path, f"'published' is {published}, a date in the future")
    return meta
