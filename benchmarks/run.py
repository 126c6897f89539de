"""Benchmark claimpack at archive scale, in one run: generate, build, validate, compare, plot.

    python benchmarks/run.py --sizes 1000,10000,100000

For each size: `claimpack synth` a corpus, `claimpack build` it (and, with `--pure-python PYTHON`,
build it again with that interpreter's pure-Python claimpack, to compare with the compiled
extractor, README "Speed", and check the packages are the same bytes), then time, each in its own
process: `claimpack validate` with the default engine (structure and every rule, the JSON report
streamed to a file), the columnar structural engine alone (through the library), and
`frictionless validate` (the CLI, structure only). Wall time and the peak RSS of the command's
whole process tree (sampled every 20 ms) are recorded, with whether claimpack and frictionless
found the same structural errors. Accuracy (`claimpack evaluate`) is measured once, so speed is
never bought with it. The exponent of time against N is a log-log least-squares fit.

Results go to benchmarks/results.json (steps of earlier runs are kept, so `--steps` can redo
part of a run), benchmarks/RESULTS.md and benchmarks/scaling.png.
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
STEPS = ("synth", "build", "purebuild", "validate", "duckdb", "frictionless")
STRUCTURE = ("table-schema", "primary-key", "foreign-key", "resource-integrity")


def timed(command: list[str], **options: Any) -> dict[str, Any]:
    """Run `command`; wall seconds, CPU seconds (user + system) and the peak RSS (MB) of its process
    tree. On a shared machine wall time depends on the neighbours; CPU time much less."""
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **options)
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.02)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # this child's tree: it is the only one reaped meanwhile
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {stderr.strip()[-2000:]}")
    return {"seconds": seconds, "cpu_seconds": cpu, "rss_mb": peak / 2**20, "stdout": stdout}


def claimpack(*args: str, python: str = sys.executable) -> list[str]:
    """The command for `python`'s installed claimpack: -P keeps a checkout in the working folder
    from being imported instead."""
    return [python, "-P", "-m", "claimpack", *args]


def same_files(one: Path, other: Path) -> bool:
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    if files != sorted(p.relative_to(other) for p in other.rglob("*") if p.is_file()):
        return False
    return all((one / f).read_bytes() == (other / f).read_bytes() for f in files)


# both builds write the same `created`, so the compiled and the pure-Python packages can be compared byte for byte
REPRODUCIBLE = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}


def measure(step: str, n: int, folder: Path, seed: int, workers: int, pure: str) -> dict[str, Any]:
    seeds, package = folder / "seeds", folder / "datapackage"
    if step == "purebuild":
        other = folder / "datapackage-pure"
        shutil.rmtree(other, ignore_errors=True)
        result = timed(
            claimpack("build", str(seeds), "--out", str(other), "--workers", str(workers), "--no-cache", python=pure),
            env=REPRODUCIBLE,
        )
        identical = same_files(package, other)
        shutil.rmtree(other)
        return {**_clean(result), "identical": identical}
    if step == "synth":
        shutil.rmtree(folder, ignore_errors=True)
        return _clean(timed(claimpack("synth", "--articles", str(n), "--seed", str(seed), "--out", str(seeds))))
    if step == "build":
        shutil.rmtree(package, ignore_errors=True)
        command = claimpack("build", str(seeds), "--out", str(package), "--workers", str(workers), "--no-cache")
        result = timed(command, env=REPRODUCIBLE)
        descriptor = json.loads((package / "datapackage.json").read_text("utf-8"))
        rows = 0
        for resource in descriptor["resources"]:
            with (package / resource["path"]).open("rb") as handle:
                rows += sum(block.count(b"\n") for block in iter(lambda h=handle: h.read(1 << 20), b"")) - 1
        return {**_clean(result), "rows": rows}
    if step == "validate":
        report = folder / "report.json"
        result = timed(claimpack("validate", str(package), "--format", "json", "-o", str(report), "--fail-on", "never"))
        data = json.loads(report.read_text("utf-8"))
        errors = sorted(
            [f["location"].get("resource", ""), f["location"].get("row"), f["location"].get("field"), f.get("code")]
            for f in data["findings"]
            if f["rule"] in STRUCTURE
        )
        report.unlink()
        stats = data["stats"]
        return {
            **_clean(result),
            "findings": stats["findings"],
            "errors": errors,
            "engine": data["engine"],
            "rules_engine": data["rules_engine"],
        }
    if step == "duckdb":
        script = (
            "import json, sys; from pathlib import Path; from claimpack.validation.engines import run_engine; "
            "d = Path(sys.argv[1]); print(len(run_engine('duckdb', d, json.loads(d.read_text('utf-8')))))"
        )
        return _clean(timed([sys.executable, "-c", script, str(package / "datapackage.json")]))
    if step == "frictionless":
        frictionless = str(Path(sys.executable).with_name("frictionless"))
        result = timed([frictionless, "validate", "--json", str(package / "datapackage.json")])
        data = json.loads(result["stdout"])
        errors = sorted(
            [task.get("name", ""), e.get("rowNumber"), e.get("fieldName"), e["type"]]
            for task in data.get("tasks", [])
            for e in task.get("errors", [])
        )
        return {**_clean(result), "errors": errors}
    raise ValueError(step)


def _clean(result: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in result.items() if key != "stdout"}


def accuracy() -> dict[str, dict[str, float]]:
    """Claim F1 and attribution accuracy of the extractor on the dev set and every held-out set."""
    scores = {}
    data = HERE.parent / "tests" / "data"
    sets = [data / "corpus", *sorted(data.glob("holdout*"), key=lambda p: int(p.name[7:] or 1))]
    for folder in sets:
        name = folder.name
        done = subprocess.run(claimpack("evaluate", str(folder), "--format", "json"), capture_output=True, text=True)
        total = json.loads(done.stdout)["total"]
        scores[name] = {"claim_f1": total["claims"]["f1"], "attribution": total["attributions"]["accuracy"]}
    return scores


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
    for line in Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").exists() else []:
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 0
    from claimpack.cli import build_kind

    return (
        f"{cpu}, {os.cpu_count()} cores, {pages / 2**30:.1f} GB RAM; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, duckdb {duckdb.__version__}, frictionless {frictionless.__version__}; "
        f"claimpack extractor: {build_kind()}"
    )


def render(data: dict[str, Any]) -> str:
    rows = sorted(data["sizes"].values(), key=lambda r: r["n"])
    lines = [
        "# claimpack benchmarks",
        "",
        "Commands, in this order (a step of a later one replaces the same step of an earlier one):  ",
        *(f"`{command}`  " for command in data["commands"]),
        f"Machine: {data['machine']}  ",
        f"Build workers: {data['workers']}. Each command runs in its own process; peak RSS is that process tree's "
        "(sampled every 20 ms). `claimpack validate` is the default engine with every rule and the JSON report "
        "written to a file; `frictionless validate` checks the structure only. Ratios compare steps of the same run; "
        "– is a step not measured.",
        "",
        "| articles | table rows | build s (CPU s) | build articles/s | build peak MB "
        "| claimpack validate s (CPU s) | validate peak MB | findings | duckdb structure s "
        "| frictionless validate s (CPU s) | frictionless peak MB | speed-up, wall (CPU) | same structural errors "
        "| pure-Python build s (CPU s) | build speed-up, wall (CPU) | same package |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|---:|---:|:---:|",
    ]
    for r in rows:
        n, b, v, d, f = r["n"], r.get("build"), r.get("validate"), r.get("duckdb"), r.get("frictionless")
        p = r.get("purebuild")
        if not (b or v):
            continue
        cells = [
            f"{n:,}",
            f"{b['rows']:,}" if b else "–",
            _seconds(b),
            f"{n / b['seconds']:,.0f}" if b else "–",
            f"{b['rss_mb']:,.0f}" if b else "–",
            _seconds(v),
            f"{v['rss_mb']:,.0f}" if v else "–",
            f"{v['findings']:,}" if v else "–",
            f"{d['seconds']:.1f}" if d else "–",
            _seconds(f),
            f"{f['rss_mb']:,.0f}" if f else "–",
            _ratio(f, v),
            ("yes" if v["errors"] == f["errors"] else "NO") if v and f else "–",
            _seconds(p),
            _ratio(p, b),
            ("yes" if p["identical"] else "NO") if p else "–",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    fits = {}
    for name in ("build", "validate", "frictionless"):
        measured = [r for r in rows if name in r]
        fits[name] = exponent([r["n"] for r in measured], [r[name]["seconds"] for r in measured])
    if any(value is not None for value in fits.values()):
        lines += [
            "",
            "Fitted exponent of time against articles (1.0 = linear; over the sizes that step was measured at): "
            + ", ".join(f"{name} {value:.2f}" for name, value in fits.items() if value is not None),
        ]
    if data.get("accuracy"):
        lines += ["", "Extractor accuracy in the same run (`claimpack evaluate tests/data/SET`):", ""]
        lines += ["| set | claim F1 | attribution |", "|---|---:|---:|"]
        lines += [f"| {s} | {a['claim_f1']:.3f} | {a['attribution']:.3f} |" for s, a in data["accuracy"].items()]
    lines += ["", "![time and peak memory against articles](scaling.png)"]
    return "\n".join(lines) + "\n"


def _seconds(step: dict[str, Any] | None) -> str:
    if not step:
        return "–"
    cpu = step.get("cpu_seconds")
    return f"{step['seconds']:.1f}" + (f" ({cpu:.1f})" if cpu is not None else "")


def _ratio(slow: dict[str, Any] | None, fast: dict[str, Any] | None) -> str:
    if not slow or not fast:
        return "–"
    wall = f"{slow['seconds'] / fast['seconds']:.1f}×"
    if slow.get("cpu_seconds") and fast.get("cpu_seconds"):
        return f"{wall} ({slow['cpu_seconds'] / fast['cpu_seconds']:.1f}×)"
    return wall


def plot(data: dict[str, Any], path: Path) -> None:
    """Time and peak memory against articles, log axes, for build, claimpack and frictionless validate."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = sorted(data["sizes"].values(), key=lambda r: r["n"])
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for step, label, style in (
        ("build", "claimpack build", "o-"),
        ("validate", "claimpack validate (all rules)", "s-"),
        ("frictionless", "frictionless validate (structure)", "^--"),
    ):
        points = [(r["n"], r[step]) for r in rows if step in r]
        if points:
            left.plot([n for n, _ in points], [s["seconds"] for _, s in points], style, label=label)
            right.plot([n for n, _ in points], [s["rss_mb"] for _, s in points], style, label=label)
    for axis, title, unit in ((left, "Time", "seconds"), (right, "Peak memory", "MB (process tree)")):
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("articles")
        axis.set_ylabel(unit)
        axis.set_title(title)
        axis.grid(True, which="both", alpha=0.3)
    left.legend(fontsize=8)
    figure.suptitle(f"claimpack at archive scale ({data['machine'].split(';')[0]})", fontsize=9)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="Comma-separated corpus sizes.")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"Steps to run (of {', '.join(STEPS)}).")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/claimpack-bench"), help="Scratch folder.")
    parser.add_argument("--results", type=Path, default=HERE / "results.json")
    parser.add_argument("--no-accuracy", action="store_true", help="Skip `claimpack evaluate`.")
    parser.add_argument(
        "--pure-python", default="", help="An interpreter with the pure-Python claimpack: its build is timed too."
    )
    options = parser.parse_args()
    sizes = [int(s) for s in options.sizes.split(",") if s.strip()]
    steps = [s for s in options.steps.split(",") if s]
    data: dict[str, Any] = json.loads(options.results.read_text("utf-8")) if options.results.exists() else {}
    data.setdefault("sizes", {})
    command = "python benchmarks/run.py " + " ".join(sys.argv[1:])
    if set(steps) == set(STEPS) and set(data["sizes"]) <= {str(n) for n in sizes}:
        data["commands"] = []  # a whole run of every size measures everything again
    # (a whole run of some sizes keeps the commands that measured the others, whose rows stay)
    earlier = data.get("commands", [data.pop("command")] if "command" in data else [])
    data["commands"] = [*(c for c in earlier if c != command), command]  # a repeated command is listed once
    data.update(machine=machine(), workers=options.workers)
    if not options.no_accuracy:
        data["accuracy"] = accuracy()
    for n in sizes:
        row = data["sizes"].setdefault(str(n), {"n": n})
        for step in STEPS:
            if step in steps and (step != "purebuild" or options.pure_python):
                row[step] = measure(step, n, options.work / str(n), options.seed, options.workers, options.pure_python)
                print(f"{n:>7} {step:<12} {row[step]['seconds']:8.1f} s {row[step]['rss_mb']:7.0f} MB", file=sys.stderr)
                options.results.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    (options.results.parent / "RESULTS.md").write_text(render(data), "utf-8")
    plot(data, options.results.parent / "scaling.png")


if __name__ == "__main__":
    main()
