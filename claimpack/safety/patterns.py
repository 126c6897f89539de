"""Pattern constraints run in linear time.

frictionless checks a field's `pattern` with Python's `re`, a backtracking engine: `(a+)+` against
thirty 'a's and a '!' takes minutes, and the pattern comes from the package. RE2 (Google's engine,
through its own `google-re2` bindings) runs every pattern in time linear in the cell, and is what
the DuckDB engine already uses, so both engines now read a pattern alike. A pattern RE2 cannot run
(a backreference, a lookaround: the features that need backtracking) is refused up front, and
`linear_patterns()` makes frictionless compile patterns with RE2 while it validates.

frictionless has no hook for its regex engine; its field module's `re` is swapped for the
duration of a validation, and only `compile` changes."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import re2

from claimpack.errors import ClaimpackError


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # RE2 would print its parse errors to stderr
    return options


def compile_linear(pattern: str, flags: int = 0) -> Any:
    """`pattern` compiled by RE2 (re2.error when RE2 cannot run it)."""
    return re2.compile(pattern, _options())


def pattern_problem(pattern: str) -> str | None:
    """Why RE2 cannot run the field pattern, or None."""
    try:
        compile_linear(f"^{pattern}$")
    except re2.error as error:
        reason = error.args[0].decode("utf-8", "replace") if error.args and isinstance(error.args[0], bytes) else ""
        return f"cannot run in linear time ({reason[:80] or 'not an RE2 pattern'}: no backreferences or lookarounds)"
    return None


def check_patterns(descriptor: dict[str, Any], label: str | Path | None) -> None:
    """ClaimpackError for the first field pattern RE2 cannot run."""
    for resource in descriptor.get("resources") or []:
        schema = resource.get("schema") if isinstance(resource, dict) else None
        fields = schema.get("fields") if isinstance(schema, dict) else None
        for field in fields if isinstance(fields, list) else []:
            constraints = field.get("constraints") if isinstance(field, dict) else None
            pattern = constraints.get("pattern") if isinstance(constraints, dict) else None
            if isinstance(pattern, str):
                problem = pattern_problem(pattern)
                if problem:
                    name = str(field.get("name"))[:60]
                    raise ClaimpackError(label, f"field {name!r} has a pattern that {problem}")


class _LinearRe:
    """What frictionless's field module sees as `re` inside `linear_patterns()`."""

    compile = staticmethod(compile_linear)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


@contextmanager
def linear_patterns() -> Iterator[None]:
    """frictionless compiles `pattern` constraints with RE2 inside the block."""
    field: Any = importlib.import_module("frictionless.schema.field")  # its `re` is not exported

    saved = field.re
    field.re = _LinearRe()
    try:
        yield
    finally:
        field.re = saved
