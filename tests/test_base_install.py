"""The README's main job runs on the base install: no Arrow, DuckDB, Dask or SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRAS = ("pyarrow", "duckdb", "dask", "sqlalchemy", "openpyxl", "psycopg2")

SCRIPT = """
import sys
for name in {extras!r}:
    sys.modules[name] = None  # importing it now raises ModuleNotFoundError, as on a base install
from click.testing import CliRunner
from claimpack.cli import main
runner = CliRunner()
built = runner.invoke(main, ["build", {seeds!r}, "--out", {out!r}, "--workers", "1", "--no-cache", "-q"])
print("build", built.exit_code, built.output)
checked = runner.invoke(main, ["validate", {out!r}, "--fail-on", "never"])
print("validate", checked.exit_code, checked.output[-300:])
duck = runner.invoke(main, ["validate", {out!r}, "--engine", "duckdb"])
print("duckdb", duck.exit_code, duck.output)
"""


def test_build_and_validate_need_no_extras(tmp_path: Path) -> None:
    out = tmp_path / "datapackage"
    script = SCRIPT.format(extras=EXTRAS, seeds=str(ROOT / "seeds"), out=str(out))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    lines = result.stdout
    assert "build 0" in lines and "validate 0" in lines and "rules run" in lines, lines
    assert (out / "datapackage.json").is_file()
    # an engine from an extra the machine lacks: a one-line error naming the extra, exit 2
    assert "duckdb 2" in lines and "pip install 'claimpack[scale]'" in lines, lines
    assert "Traceback" not in lines + result.stderr
