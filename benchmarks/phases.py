"""Where `claimpack validate` spends its time on one package, phase by phase, in CPU and wall seconds:
imports, the structural layer (load and check every CSV in DuckDB), the seeds and views, then each
columnar rule. The package must be a clean claimpack package (the columnar rules run on it).

    python benchmarks/phases.py /tmp/claimpack-bench/10000/datapackage
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable, Iterable
from functools import partial

STARTED = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)

from pathlib import Path  # noqa: E402 - the imports are the first phase measured

from claimpack.scale import rules_claims, rules_tables  # noqa: E402
from claimpack.scale.rules import Run  # noqa: E402
from claimpack.validation import Suite  # noqa: E402
from claimpack.validation.context import Context  # noqa: E402


def cpu(usage: resource.struct_rusage | None = None) -> float:
    usage = usage or resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _count(check: Callable[[Run, Context], Iterable[object]], run: Run, context: Context) -> int:
    return sum(1 for _ in check(run, context))


def main(package: str) -> None:
    phases = [("imports", time.perf_counter() - STARTED[0], cpu() - cpu(STARTED[1]))]
    context = Context.open(Path(package), Suite(), "duckdb", False)
    run = Run(context)
    context.columnar = run

    def phase(name: str, work: Callable[[], object]) -> None:
        wall, used = time.perf_counter(), cpu()
        work()
        phases.append((name, time.perf_counter() - wall, cpu() - used))

    phase("structure (load and check)", lambda: context.__dict__.__setitem__("table_errors", run.table_errors()))
    if not run.usable():
        raise SystemExit(f"{package}: not a clean claimpack package; the columnar rules would not run")
    phase("seeds and views", run._prepare)
    for name, check in {**rules_claims.RULES, **rules_tables.RULES}.items():
        phase(f"rule {name}", partial(_count, check, run, context))
    run.close()
    print(f"{'phase':<36} {'CPU s':>7} {'wall s':>7}")
    for name, wall, used in sorted(phases, key=lambda p: -p[2]):
        print(f"{name:<36} {used:7.2f} {wall:7.2f}")
    print(f"{'total':<36} {sum(p[2] for p in phases):7.2f} {sum(p[1] for p in phases):7.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
