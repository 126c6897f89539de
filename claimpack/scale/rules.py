"""The columnar rule runner of the duckdb and dask engines (the `claimpack.columnar` entry points):
the package loaded once into DuckDB, and a DuckDB implementation of every per-row rule."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import duckdb

from claimpack.errors import ClaimpackError
from claimpack.scale import rules_claims, rules_tables
from claimpack.scale.columnar import Unusual, load
from claimpack.scale.session import Columnar
from claimpack.validation.context import Context
from claimpack.validation.engines import ColumnarUnavailable, in_order, run_engine
from claimpack.validation.finding import Finding
from claimpack.validation.table_error import TableError

Check = Callable[[Columnar, Context], Iterator[Finding]]
CHECKS: dict[str, Check] = {**rules_claims.RULES, **rules_tables.RULES}


class Run(Columnar):
    def check(self, rule_id: str) -> Callable[[Context], Iterable[Finding]] | None:
        """The rule's columnar implementation, or None (the pandas rule runs)."""
        found = CHECKS.get(rule_id)
        if found is None:
            return None
        return lambda context: _guarded(found(self, context))


def _guarded(findings: Iterator[Finding]) -> Iterator[Finding]:
    """A DuckDB failure before the first finding hands the rule to pandas; later, it is an error."""
    started = False
    try:
        for finding in findings:
            started = True
            yield finding
    except duckdb.Error as error:
        if not started:
            raise ColumnarUnavailable(str(error)) from error
        raise ClaimpackError(None, f"duckdb failed in a rule: {str(error).splitlines()[0]}") from None


class DaskRun(Run):
    """Structure checked on the Dask cluster (per resource, the dask engine); the rules then run
    here, on the package loaded into this process's DuckDB."""

    engine = "dask"

    def table_errors(self) -> list[TableError]:
        path = self.context.descriptor_path
        assert path is not None
        errors = run_engine("dask", path, self.context.descriptor, self.context.allow_remote)
        try:
            self.loaded = load(self.con, path, self.context.descriptor)
        except (Unusual, duckdb.Error, ValueError, TypeError, KeyError, ClaimpackError):
            self.loaded = None  # a reading the columnar rules cannot share: pandas runs them
        return in_order(errors)


def open_run(context: Context) -> Any:
    return Run(context)


def open_dask_run(context: Context) -> Any:
    return DaskRun(context)
