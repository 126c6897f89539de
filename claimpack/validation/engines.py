"""Structural engines: something that checks every resource against its Table Schema (types,
constraints, primary and foreign keys, declared bytes and hash) and returns `TableError`s.

frictionless is the reference. Other engines plug in from above, one way only: an installed
distribution names them in the `claimpack.engines` entry-point group (claimpack's own DuckDB and
Dask engines are declared in pyproject.toml), or code calls `register_engine`. Either way an
engine must report the same `TableError.key()`s as frictionless; validation never imports them.

An engine may also run the rules columnar: the `claimpack.columnar` entry-point group names a
factory that, given a Context, loads the package once and offers a rule implementation per rule
id (claimpack/scale/session.py). `auto` picks duckdb for a claimpack package when the scale extra
is installed, and frictionless otherwise."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.safety.locations import remote_references
from claimpack.validation.table_error import TableError

Engine = Callable[[Path, dict[str, Any]], list[TableError]]  # (descriptor path, descriptor) -> errors
ENGINES: dict[str, Engine] = {}
ENTRY_POINTS = "claimpack.engines"
COLUMNAR_ENTRY_POINTS = "claimpack.columnar"
AUTO = "auto"
CLAIMPACK_RESOURCES = ("articles", "sources", "mentions", "statements", "claims", "images", "dates")


class ColumnarUnavailable(Exception):
    """A columnar rule cannot run on this package; the pandas rule runs instead."""


def register_engine(name: str, engine: Engine) -> None:
    ENGINES[name] = engine


def engine_names() -> list[str]:
    """Every engine `--engine` accepts, loaded or not."""
    return sorted({AUTO, *ENGINES, *(point.name for point in entry_points(group=ENTRY_POINTS))})


def choose(name: str, descriptor: dict[str, Any], allow_remote: bool = False) -> str:
    """The engine that checks this package: `name`, or for `auto` duckdb when the scale extra is
    installed and the package is claimpack's (its seven resources, as local files), else
    frictionless. A package with remote references (allowed by the user) or inline data is
    checked by frictionless, the one engine that reads those."""
    if name != "frictionless" and ((allow_remote and remote_references(descriptor)) or _has_inline_data(descriptor)):
        return "frictionless"
    if name != AUTO:
        return name
    names = {r.get("name") for r in descriptor.get("resources") or [] if isinstance(r, dict)}
    if not set(CLAIMPACK_RESOURCES) <= names or find_spec("duckdb") is None:
        return "frictionless"
    return "duckdb" if any(True for _ in entry_points(group=ENTRY_POINTS, name="duckdb")) else "frictionless"


def columnar(name: str) -> Callable[[Any], Any] | None:
    """The factory of engine `name`'s columnar rule runner, when it has one."""
    for point in entry_points(group=COLUMNAR_ENTRY_POINTS, name=name):
        try:
            factory: Callable[[Any], Any] = point.load()
        except ModuleNotFoundError as error:
            raise ClaimpackError(
                None, f"the {name} engine needs {error.name}: pip install 'claimpack[scale]'"
            ) from error
        return factory
    return None


def run_engine(
    name: str, descriptor_path: Path, descriptor: dict[str, Any], allow_remote: bool = False
) -> list[TableError]:
    """The errors of engine `name` (see `choose`), in a stable order."""
    name = choose(name, descriptor, allow_remote)
    if name not in ENGINES:
        _load_plugin(name)
    if name not in ENGINES:
        raise ClaimpackError(None, f"unknown engine {name!r}; known: {', '.join(engine_names())}")
    return in_order(ENGINES[name](descriptor_path, descriptor))


def in_order(errors: list[TableError]) -> list[TableError]:
    """Each error once, in a stable order, whichever engine found them."""
    return sorted(set(errors), key=lambda e: (e.resource, e.row or 0, e.field or "", e.code, e.message))


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


def descriptor_errors(descriptor_path: Path, descriptor: dict[str, Any]) -> list[TableError]:
    """What frictionless refuses in the descriptor alone (its profiles, with formats such as a
    `created` datetime), before any data is read: every engine checks it, so none passes a
    descriptor frictionless would fail."""
    from frictionless import FrictionlessException, Package

    try:
        Package.from_descriptor(descriptor, basepath=str(descriptor_path.parent))
    except FrictionlessException as exception:
        return [TableError("", None, None, exception.error.type, exception.error.message)]
    return []


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
