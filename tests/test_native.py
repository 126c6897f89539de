"""The compiled extractor (mypyc, README "Speed") gives the pure-Python rows, byte for byte, and
stays linear in the length of a paragraph.

`.ci/run` builds it once, from a copy of the source, and names its interpreter in
CLAIMPACK_NATIVE_PYTHON; without that the comparisons skip and say why. The checks of the source
run everywhere.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from claimpack.cli import build_kind

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
NATIVE = os.environ.get("CLAIMPACK_NATIVE_PYTHON", "")
needs_native = pytest.mark.skipif(
    not NATIVE, reason="no compiled build: .ci/run builds one and sets CLAIMPACK_NATIVE_PYTHON"
)

# the rows of every gold text, hashed, in whichever interpreter runs it
HASH_ROWS = """
import hashlib, json, sys
from pathlib import Path
from claimpack.evaluation.gold import find_gold_files, load_gold
from claimpack.pipeline import extract_article
from claimpack.write.tables import render_rows
seeds, folders = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
hashes = {}
for path in find_gold_files(folders):
    digest = hashlib.sha256()
    for name, rows in extract_article(load_gold(path, seeds).seed()).rows().items():
        digest.update(name.encode()); digest.update(render_rows(name, rows))
    hashes[str(path)] = digest.hexdigest()
print(json.dumps(hashes))
"""

# the CPU seconds of extracting each seed named
TIME_SEEDS = """
import sys, time
from pathlib import Path
from claimpack.pipeline import extract_article
from claimpack.read import read_seed
for name in sys.argv[2:]:
    seed = read_seed(Path(sys.argv[1]) / "seeds" / name, root=Path(sys.argv[1]))
    started = time.process_time()
    extract_article(seed)
    print(time.process_time() - started)
"""


def compiled_modules() -> list[Path]:
    """The source files the mypyc build hook compiles."""
    hook = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["hatch"]["build"]["targets"]["wheel"]
    files: list[Path] = []
    for entry in hook["hooks"]["mypyc"]["include"]:
        path = ROOT / entry.lstrip("/")
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def run(python: str, *args: str) -> str:
    """What `python` prints; -P: the claimpack it has installed, never a checkout in the working folder.
    A fixed SOURCE_DATE_EPOCH gives two builds the same `created`."""
    epoch = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    command = [python, "-P", *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT.parent, timeout=600, env=epoch)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def native(*args: str) -> str:
    return run(NATIVE, *args)


def test_no_compiled_module_uses_cached_property() -> None:
    """mypyc compiles a cached_property as a plain property: a table meant to be read once per
    sentence was read again for every figure, and a 400 kB paragraph took 8 s instead of 0.8."""
    files = compiled_modules()
    assert len(files) > 10 and all(f.is_file() for f in files)
    users = [
        f"{f.relative_to(ROOT)}:{node.lineno}"
        for f in files
        for node in ast.walk(ast.parse(f.read_text("utf-8")))
        if isinstance(node, ast.FunctionDef)
        for decorator in node.decorator_list
        if "cached_property" in ast.unparse(decorator)
    ]
    assert users == []


def test_every_constant_of_a_compiled_module_is_final() -> None:
    """mypyc reads a module-level name that is not `Final` from the module's dict, with a type
    check, at every use; a `Final` one is a C static. The rules read their word sets in their
    innermost loops: unmarked, dict lookups were about a tenth of the compiled extractor's time
    (perf), and marking the constants made compiled extraction about 1.08x faster in one process
    (README "Speed")."""
    unmarked = [
        f"{f.relative_to(ROOT)}:{node.lineno}"
        for f in compiled_modules()
        for node in ast.parse(f.read_text("utf-8")).body
        if _unmarked_constant(node)
    ]
    assert unmarked == []


def _unmarked_constant(node: ast.stmt) -> bool:
    """An upper-case module-level name assigned with no `Final` annotation."""
    if isinstance(node, ast.Assign):
        return any(isinstance(t, ast.Name) and t.id.isupper() and len(t.id) > 1 for t in node.targets)
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id.isupper():
        return "Final" not in ast.unparse(node.annotation)
    return False


def test_the_suite_runs_the_source_it_reads() -> None:
    """A compiled module left beside its .py (an in-place build) would be imported instead of the
    source, and the suite would test code nobody can read."""
    assert build_kind() == "pure Python"
    assert not [p for p in (ROOT / "claimpack").rglob("*.so")]


@needs_native
def test_the_native_build_is_compiled() -> None:
    assert "(extractor: compiled)" in native("-m", "claimpack", "--version")


@needs_native
def test_every_gold_text_gives_the_same_rows() -> None:
    folders = sorted(p for p in DATA.iterdir() if p.is_dir() and any(p.glob("*.gold.yaml")))
    arguments = ("-c", HASH_ROWS, str(ROOT / "seeds"), *map(str, folders))
    compiled, pure = (json.loads(run(python, *arguments)) for python in (NATIVE, sys.executable))
    assert len(pure) > 900
    assert [path for path in pure if compiled.get(path) != pure[path]] == []


@needs_native
def test_a_build_is_byte_identical(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    native("-m", "claimpack", "synth", "--articles", "60", "--seed", "7", "--out", str(seeds))
    for kind, python in (("compiled", NATIVE), ("pure", sys.executable)):
        run(python, "-m", "claimpack", "build", str(seeds), "--out", str(tmp_path / kind), "--no-cache", "-q")
    compiled, pure = tmp_path / "compiled", tmp_path / "pure"
    names = sorted(p.relative_to(pure) for p in pure.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(compiled) for p in compiled.rglob("*") if p.is_file())
    assert [n for n in names if (pure / n).read_bytes() != (compiled / n).read_bytes()] == []


@needs_native
def test_the_compiled_extractor_is_linear(tmp_path: Path) -> None:
    """As tests/test_linear_time.py asks of the source: twice the paragraph, about twice the time."""
    from test_linear_time import FULL, HALF, SIDECAR, one_paragraph

    (tmp_path / "seeds").mkdir()
    names = []
    for name, size in [("warm", 20_000)] + [(f"p{size}_{run}", size) for run in range(2) for size in (HALF, FULL)]:
        (tmp_path / "seeds" / f"{name}.txt").write_text(one_paragraph(size), encoding="utf-8")
        (tmp_path / "seeds" / f"{name}.meta.json").write_text(json.dumps(SIDECAR), encoding="utf-8")
        names.append(f"{name}.txt")
    seconds = [float(s) for s in native("-c", TIME_SEEDS, str(tmp_path), *names).split()][1:]  # lexicons load first
    half, full = min(seconds[0::2]), min(seconds[1::2])
    assert full < 30 and full / half < 3, f"500 kB: {half:.2f} s, 1 MB: {full:.2f} s"
