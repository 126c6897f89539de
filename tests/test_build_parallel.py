"""Parallel, streaming and incremental builds give the same package as the plain one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimpack import build, pipeline
from claimpack.building import cache
from claimpack.cli.build import command
from claimpack.errors import ClaimpackError
from claimpack.synth import synthesize


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    seeds = tmp_path / "seeds"
    synthesize(6, 5, seeds)
    return seeds


def test_workers_give_byte_identical_package(corpus: Path, tmp_path: Path) -> None:
    one = build(corpus, tmp_path / "one", workers=1)
    two = build(corpus, tmp_path / "two", workers=2)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    assert one.rows == two.rows and one.articles == 6


def test_cache_skips_unchanged_seeds(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = pipeline.extract_article

    def counting(seed):  # type: ignore[no-untyped-def]
        calls.append(seed.article_id)
        return real(seed)

    monkeypatch.setattr(pipeline, "extract_article", counting)
    store, out = tmp_path / "cache", tmp_path / "dp"
    first = build(corpus, out, cache_dir=store)
    assert len(calls) == 6 and first.cached == 0
    before = _files(out)
    second = build(corpus, out, cache_dir=store)
    assert len(calls) == 6 and second.cached == 6 and second.stale == []
    assert _files(out) == before
    edited = sorted(corpus.glob("*.txt"))[2]
    edited.write_text(edited.read_text("utf-8") + "\nTilleggsopplysning: 12 personer er skadd.\n", "utf-8")
    third = build(corpus, out, cache_dir=store)
    assert calls[6:] == [edited.stem] and third.cached == 5
    assert third.stale and _files(out) == _files(_fresh(corpus, tmp_path))


def _fresh(corpus: Path, tmp_path: Path) -> Path:
    out = tmp_path / "fresh"
    build(corpus, out)
    return out


def test_cache_key_follows_extractor_version(monkeypatch: pytest.MonkeyPatch) -> None:
    key = cache.cache_key("ab" * 32, b"{}", "a", "seeds/a.txt")
    assert key != cache.cache_key("ab" * 32, b"{ }", "a", "seeds/a.txt")
    monkeypatch.setattr(cache, "extractor_version", lambda: "another version")
    assert key != cache.cache_key("ab" * 32, b"{}", "a", "seeds/a.txt")


def test_version_covers_lexicons_and_code() -> None:
    assert {"lexicons", "extract", "resolve", "segment", "pipeline.py"} <= set(cache.VERSIONED)
    assert len(cache.extractor_version()) == 64


def test_bad_seed_in_pool_leaves_nothing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "dp"
    build(corpus, out, workers=2)
    before = _files(out)
    sorted(corpus.glob("*.txt"))[4].write_bytes(b"\xff broken")
    with pytest.raises(ClaimpackError, match="not valid UTF-8"):
        build(corpus, out, workers=2)
    assert _files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dp", "seeds"]


def test_progress_and_summary(corpus: Path, tmp_path: Path) -> None:
    ticks: list[int] = []
    build(corpus, tmp_path / "dp", progress=ticks.append)
    assert sum(ticks) == 6
    result = CliRunner().invoke(command, [str(corpus), "--out", str(tmp_path / "dp"), "--workers", "1", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "unchanged (6 articles: " in result.output and "articles," not in result.output
    assert not (tmp_path / ".claimpack-cache").exists()
