"""`claimpack synth`: deterministic, valid sidecars, and text the extractor reads."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from jsonschema import Draft202012Validator

from claimpack.cli.synth import command
from claimpack.pipeline import extract_article
from claimpack.read import read_seed
from claimpack.resources import load_schema
from claimpack.synth import generate, synthesize
from claimpack.synth.article import MAX_WORDS, MIN_WORDS


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_and_prefix_stable(tmp_path: Path) -> None:
    runner = CliRunner()
    for name, n in (("a", 20), ("b", 20), ("c", 5)):
        result = runner.invoke(command, ["--articles", str(n), "--seed", "7", "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    small = _tree(tmp_path / "c")
    assert small.items() <= _tree(tmp_path / "a").items()
    assert generate(8, 0).text != generate(7, 0).text


def test_sidecars_valid_and_lengths_in_range(tmp_path: Path) -> None:
    paths = synthesize(40, 3, tmp_path)
    validator = Draft202012Validator(load_schema("sidecar.schema.json"))
    for path in paths:
        meta = json.loads(path.with_name(path.stem + ".meta.json").read_text("utf-8"))
        assert not list(validator.iter_errors(meta))
        assert MIN_WORDS <= len(path.read_text("utf-8").split()) <= MAX_WORDS


def test_varied_forms_across_corpus() -> None:
    texts = "\n".join(generate(1, i).text for i in range(200))
    for form in ("– ", "«", "sier", "sa ", "ifølge", " prosent", "millioner", "mellom ", "Foto: ", "ikke bekreftet"):
        assert form in texts, form


def test_extractor_finds_claims_and_speakers(tmp_path: Path) -> None:
    paths = synthesize(15, 11, tmp_path / "seeds")
    claims = sources = captions = 0
    for path in paths:
        tables = extract_article(read_seed(path, tmp_path))
        claims += len(tables.claims)
        sources += len(tables.sources)
        captions += len(tables.images)
        assert tables.claims and tables.sources
    assert captions == 15
    assert claims > 15 * 5 and sources > 15 * 2
