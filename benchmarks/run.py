"""Benchmark claimpack at archive scale, in one run: generate, build, validate, compare.

    python benchmarks/run.py --sizes 1000,10000,100000

For each size: `claimpack synth` a corpus, `claimpack build` it (articles/s, peak RSS of the
process tree), validate the structure with the columnar engine and with frictionless (rows/s,
ratio, and whether both found the same errors), and run the whole rule suite (consistency rules
included). Every step runs in a fresh subprocess so its peak RSS is its own. The exponent of time
against N is a log-log least-squares fit. Results go to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _rss_mb() -> float:
    """Peak RSS of this process and its waited-for children (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def step(name: str, args: dict[str, Any]) -> dict[str, Any]:
    """Run one measured step here (called in the child process)."""
    started = time.perf_counter()
    result: dict[str, Any] = {}
    if name == "synth":
        from claimpack.synth import synthesize

        synthesize(args["n"], args["seed"], args["seeds"])
    elif name == "build":
        from claimpack.building import build

        built = build(args["seeds"], args["out"], workers=args["workers"])
        result["rows"] = sum(built.rows.values())
    elif name in ("duckdb", "frictionless"):
        from claimpack.validation.engines import run_engine

        descriptor = Path(args["out"]) / "datapackage.json"
        errors = run_engine(name, descriptor, json.loads(descriptor.read_text("utf-8")))
        result["errors"] = sorted(map(list, {e.key() for e in errors}), key=str)
    elif name == "rules":
        from claimpack.validation import validate

        report = validate(args["out"], engine="duckdb")
        result["findings"] = len(report.findings)
    result["seconds"] = time.perf_counter() - started
    result["rss_mb"] = _rss_mb()
    return result


def measure(name: str, args: dict[str, Any]) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--step", name, "--args", json.dumps(args)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def exponent(sizes: list[int], seconds: list[float]) -> float | None:
    """Slope of log(time) against log(N): 1.0 is linear."""
    if len(sizes) < 2:
        return None
    xs, ys = [math.log(n) for n in sizes], [math.log(max(s, 1e-9)) for s in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def machine() -> str:
    import duckdb
    import frictionless

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = next(line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
        memory = f"{int(memory.split()[1]) / 1024 / 1024:.1f} GB RAM"
    except (OSError, StopIteration):
        memory = "unknown RAM"
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, duckdb {duckdb.__version__}, frictionless {frictionless.__version__}"
    )


def run(sizes: list[int], workers: int, seed: int, work: Path, results: Path, command: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for n in sizes:
        folder = work / str(n)
        shutil.rmtree(folder, ignore_errors=True)
        args = {
            "n": n,
            "seed": seed,
            "seeds": str(folder / "seeds"),
            "out": str(folder / "datapackage"),
            "workers": workers,
        }
        row: dict[str, Any] = {"n": n}
        for name in ("synth", "build", "duckdb", "frictionless", "rules"):
            row[name] = measure(name, args)
            print(f"{n:>7} {name:<12} {row[name]['seconds']:8.1f} s  {row[name]['rss_mb']:7.0f} MB", file=sys.stderr)
        row["table_rows"] = row["build"]["rows"]
        row["same_errors"] = row["duckdb"]["errors"] == row["frictionless"]["errors"]
        rows.append(row)
        results.write_text(render(rows, workers, command), "utf-8")
    return rows


def render(rows: list[dict[str, Any]], workers: int, command: str) -> str:
    lines = [
        "# claimpack benchmarks",
        "",
        f"Command: `{command}`  ",
        f"Machine: {machine()}  ",
        f"Build workers: {workers}. Every step runs in its own process; RSS is that process tree's peak.",
        "",
        "| articles | table rows | synth s | build s | build articles/s | build peak RSS MB "
        "| duckdb s | duckdb rows/s | frictionless s | frictionless rows/s | speed-up | same errors "
        "| validate (all rules) s | validate peak RSS MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|---:|---:|",
    ]
    for r in rows:
        n, total = r["n"], r["table_rows"]
        b, d, f, v = r["build"], r["duckdb"], r["frictionless"], r["rules"]
        lines.append(
            f"| {n:,} | {total:,} | {r['synth']['seconds']:.1f} | {b['seconds']:.1f} | {n / b['seconds']:,.0f} "
            f"| {b['rss_mb']:,.0f} | {d['seconds']:.2f} | {total / d['seconds']:,.0f} | {f['seconds']:.1f} "
            f"| {total / f['seconds']:,.0f} | {f['seconds'] / d['seconds']:.1f}× "
            f"| {'yes' if r['same_errors'] else 'NO'} "
            f"| {v['seconds']:.1f} | {v['rss_mb']:,.0f} |"
        )
    sizes = [r["n"] for r in rows]
    fits = {
        name: exponent(sizes, [r[name]["seconds"] for r in rows])
        for name in ("build", "duckdb", "frictionless", "rules")
    }
    if any(value is not None for value in fits.values()):
        lines += [
            "",
            "Fitted exponent of time against N (1.0 = linear): "
            + ", ".join(f"{name} {value:.2f}" for name, value in fits.items() if value is not None),
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="Comma-separated corpus sizes.")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/claimpack-bench"), help="Scratch folder.")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--args", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.step:
        print(json.dumps(step(options.step, json.loads(options.args))))
        return
    command = "python benchmarks/run.py " + " ".join(sys.argv[1:])
    sizes = [int(s) for s in options.sizes.split(",") if s.strip()]
    run(sizes, options.workers, options.seed, options.work, options.results, command.strip())


if __name__ == "__main__":
    main()
