"""Bad input: one line naming the file and the problem, exit code 2, the package left untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimpack.cli import main
from claimpack.errors import ClaimpackError
from claimpack.read import read_seed

SEED_NAME = "000_ce1b982170328aa1"

# (what is wrong, how to break the seeds folder, words the message must contain)
BREAKAGES = [
    ("latin-1", lambda d: _text(d).write_bytes("Blåbær og ærfugl\n".encode("latin-1")), "not valid UTF-8"),
    ("empty", lambda d: _text(d).write_bytes(b""), "is empty"),
    ("blank", lambda d: _text(d).write_bytes(b"  \n\n \n"), "is empty"),
    ("binary", lambda d: _text(d).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), "binary file"),
    ("bom", lambda d: _text(d).write_bytes(b"\xef\xbb\xbf" + _text(d).read_bytes()), "byte-order mark"),
    ("crlf", lambda d: _text(d).write_bytes(_text(d).read_bytes().replace(b"\n", b"\r\n")), "CR line endings"),
    ("huge", lambda d: _text(d).write_bytes(b"Tekst.\n" * 400_000), "the limit for one article"),
    ("control", lambda d: _text(d).write_bytes(b"Tekst\x07 her.\n"), "control character"),
    ("no sidecar", lambda d: _meta(d).unlink(), "missing metadata sidecar"),
    ("broken sidecar", lambda d: _meta(d).write_text('{"language": "nb",', "utf-8"), "not valid JSON"),
    ("sidecar schema", lambda d: _patch_meta(d, published="16.12.2016"), "fails its schema at 'published'"),
    ("invented key", lambda d: _patch_meta(d, headline="Evakueringen"), "fails its schema"),
    ("orphan sidecar", lambda d: (d / "999_orphan.meta.json").write_text("{}", "utf-8"), "no seed text"),
]


def _text(folder: Path) -> Path:
    return folder / f"{SEED_NAME}.txt"


def _meta(folder: Path) -> Path:
    return folder / f"{SEED_NAME}.meta.json"


def _patch_meta(folder: Path, **changes: object) -> None:
    meta = json.loads(_meta(folder).read_text("utf-8"))
    _meta(folder).write_text(json.dumps({**meta, **changes}), "utf-8")


@pytest.mark.parametrize(("problem", "corrupt", "words"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_bad_seed_is_one_line_exit_2_and_package_untouched(
    seed_copy: Path, tmp_path: Path, problem: str, corrupt, words: str
) -> None:
    out = tmp_path / "datapackage"
    runner = CliRunner()
    first = runner.invoke(main, ["build", str(seed_copy), "--out", str(out)])
    assert first.exit_code == 0, first.output
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    corrupt(seed_copy)
    result = runner.invoke(main, ["build", str(seed_copy), "--out", str(out)])

    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("claimpack: error: ") and words in lines[0]
    assert "Traceback" not in result.output
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != ".claimpack-cache")
    assert left == ["datapackage", "seeds"]  # no staging left


def test_error_names_the_file(seed_copy: Path) -> None:
    _text(seed_copy).write_bytes(b"\xff\xfe")
    with pytest.raises(ClaimpackError) as caught:
        read_seed(_text(seed_copy))
    assert caught.value.path == str(_text(seed_copy))
    assert "byte 0xff at offset 0" in str(caught.value)


def test_missing_seeds_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "seeds folder not found" in result.stderr
    assert not (tmp_path / "out").exists()


def test_folder_without_articles(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no '*.txt' seed articles" in result.stderr


def test_clean_seed_reads_exactly(seed_copy: Path) -> None:
    seed = read_seed(_text(seed_copy), root=seed_copy.parent)
    assert seed.text == _text(seed_copy).read_bytes().decode("utf-8")
    assert seed.source_path == f"seeds/{SEED_NAME}.txt"
    assert seed.meta["published"] == "2016-12-16"
    assert seed.meta["title"] is None and seed.meta["url"] is None


def test_a_sidecar_may_say_it_has_no_notes(seed_copy: Path) -> None:
    """Unknown is null everywhere in a sidecar, the curators' notes too."""
    _patch_meta(seed_copy, notes=None)
    assert read_seed(_text(seed_copy), root=seed_copy.parent).meta["notes"] is None
