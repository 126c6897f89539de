"""Structural engines: something that checks every resource against its Table Schema (types,
constraints, primary and foreign keys, declared bytes and hash) and returns `TableError`s.

frictionless is the reference. Other engines plug in from above, one way only: an installed
distribution names them in the `claimpack.engines` entry-point group (claimpack's own DuckDB and
Dask engines are declared in pyproject.toml), or code calls `register_engine`. Either way an
engine must report the same `TableError.key()`s as frictionless; validation never imports them."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.safety.locations import remote_references
from claimpack.validation.table_error import TableError

Engine = Callable[[Path, dict[str, Any]], list[TableError]]  # (descriptor path, descriptor) -> errors
ENGINES: dict[str, Engine] = {}
ENTRY_POINTS = "claimpack.engines"


def register_engine(name: str, engine: Engine) -> None:
    ENGINES[name] = engine


def engine_names() -> list[str]:
    """Every engine `--engine` accepts, loaded or not."""
    return sorted({*ENGINES, *(point.name for point in entry_points(group=ENTRY_POINTS))})


def run_engine(
    name: str, descriptor_path: Path, descriptor: dict[str, Any], allow_remote: bool = False
) -> list[TableError]:
    """The engine's errors. A package with remote references (allowed by the user) or inline
    data is checked by frictionless, the one engine that reads those."""
    if name != "frictionless" and ((allow_remote and remote_references(descriptor)) or _has_inline_data(descriptor)):
        name = "frictionless"
    if name not in ENGINES:
        _load_plugin(name)
    if name not in ENGINES:
        raise ClaimpackError(None, f"unknown engine {name!r}; known: {', '.join(engine_names())}")
    errors = set(ENGINES[name](descriptor_path, descriptor))
    return sorted(errors, key=lambda e: (e.resource, e.row or 0, e.field or "", e.code, e.message))


def _load_plugin(name: str) -> None:
    """Register the entry point called `name`, if one is installed."""
    for point in entry_points(group=ENTRY_POINTS, name=name):
        try:
            register_engine(name, point.load())
        except ModuleNotFoundError as error:  # duckdb and dask come with the scale extra
            raise ClaimpackError(
                None, f"the {name} engine needs {error.name}: pip install 'claimpack[scale]'"
            ) from error


def _has_inline_data(descriptor: dict[str, Any]) -> bool:
    resources = descriptor.get("resources") or []
    return any(not isinstance(r, dict) or not isinstance(r.get("path"), str) for r in resources)


def frictionless_engine(descriptor_path: Path, descriptor: dict[str, Any]) -> list[TableError]:
    """frictionless's package validation, errors normalised to TableError."""
    from frictionless import FrictionlessException, Package

    try:
        package = Package.from_descriptor(descriptor, basepath=str(descriptor_path.parent))
        report = package.validate()
    except FrictionlessException as exception:
        return [TableError("", None, None, exception.error.type, exception.error.message)]
    errors: list[TableError] = []
    for task in report.tasks:
        for error in task.errors:
            errors.append(
                TableError(
                    task.name,
                    getattr(error, "row_number", None),
                    getattr(error, "field_name", None),
                    error.type,
                    error.message,
                )
            )
    errors.extend(TableError("", None, None, error.type, error.message) for error in report.errors)
    return errors


register_engine("frictionless", frictionless_engine)
