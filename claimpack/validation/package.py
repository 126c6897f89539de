"""Open a package for validation: find its descriptor, read it, and read its tables as typed
DataFrames. Unusable input (no descriptor, broken JSON/YAML) raises ClaimpackError; everything
else, however wrong, is left for the rules to report."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.safety.jsonfile import parse_json_object
from claimpack.safety.paths import inside, read_bytes
from claimpack.safety.yamlfile import json_types, load_yaml
from claimpack.tableschema import read_column, storage

DESCRIPTOR_NAMES = ("datapackage.json", "datapackage.yaml", "datapackage.yml")
MAX_DESCRIPTOR_BYTES = 256 * 1024 * 1024
MAX_TABLE_BYTES = 16 * 1024**3


def find_descriptor(package: str | Path) -> Path:
    """The descriptor of `package`: the file itself, or the first DESCRIPTOR_NAMES in the folder."""
    path = Path(package)
    if path.is_dir():
        for name in DESCRIPTOR_NAMES:
            if (path / name).is_file():
                inside(path, name, "descriptor")  # a descriptor symlinked in from elsewhere is refused
                return path / name
        raise ClaimpackError(path, f"no {' / '.join(DESCRIPTOR_NAMES)} in this folder")
    if not path.exists():
        raise ClaimpackError(path, "no such file or folder")
    inside(path.parent, path.name, "descriptor")
    return path


def read_descriptor(path: Path) -> dict[str, Any]:
    if path.suffix in (".yaml", ".yml"):
        data = load_yaml(path, "descriptor")
        if not isinstance(data, dict):
            raise ClaimpackError(path, "descriptor is not an object")
        return _json_shaped(path, json_types(data))
    return parse_json_object(str(path), read_bytes(path, MAX_DESCRIPTOR_BYTES, "descriptor"))


def _json_shaped(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """YAML dates and other non-JSON values are refused: the descriptor must be JSON data."""
    try:
        json.dumps(data)
    except (TypeError, ValueError):
        raise ClaimpackError(path, "descriptor holds values JSON cannot (binary data, odd keys)") from None
    return data


def resource_by_name(descriptor: dict[str, Any], name: str) -> dict[str, Any] | None:
    for resource in descriptor.get("resources") or []:
        if isinstance(resource, dict) and resource.get("name") == name:
            return resource
    return None


def read_table(data: bytes, schema: dict[str, Any] | None) -> pd.DataFrame:
    """CSV bytes as a DataFrame typed by the Table Schema, leniently: a cell that does not read
    becomes NA (frictionless reports it). No pandera coercion, which would truncate 2.5 to 2."""
    return typed_frame(pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_values=[]), schema)


def typed_frame(frame: pd.DataFrame, schema: dict[str, Any] | None) -> pd.DataFrame:
    """Cells as text (empty or None for a missing value) typed by the Table Schema, as read_table
    does: numbers and booleans read as claimpack.load reads them (claimpack.tableschema), except
    that a cell that does not read is NA; dates, enums and other text stay text, as messages
    quote them."""
    for field in (schema or {}).get("fields") or []:
        name = field.get("name")
        if name not in frame.columns:
            continue
        if storage(field) in ("integer", "float", "boolean"):
            frame[name] = read_column(frame[name], field, schema, strict=False)
        else:
            frame[name] = frame[name].where(frame[name] != "").astype("string")
    return frame


def read_resource(folder: Path, resource: dict[str, Any]) -> pd.DataFrame | None:
    """The resource's table, or None when it has no readable local CSV (frictionless says why)."""
    path = resource.get("path")
    schema = resource.get("schema")
    if not isinstance(path, str) or not isinstance(schema, (dict, type(None))):
        return None
    try:
        data = read_bytes(inside(folder, path, "resource path"), MAX_TABLE_BYTES, "resource")
        return read_table(data, schema)
    except (ClaimpackError, ValueError, pd.errors.ParserError):
        return None
