"""The word cache: Norsk Ordbank's tables read back from the user's cache folder are the tables the
JSON makes, in the same order; a file that does not read back whole is ignored, never trusted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimpack.lexicons import tablecache
from claimpack.lexicons.ordbank import ordbank

CLASSES = ("noun", "verb")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "claimpack"


def test_tables_read_back_equal_and_in_order(folder: Path) -> None:
    tables = {"noun": {"tallene": "tall", "Oslo": "Oslo", "": "tom"}, "verb": {"økte": "økte"}}
    tablecache.store("k", tables)
    assert (folder / "k.tsv").is_file()
    loaded = tablecache.load("k", CLASSES)
    assert loaded == tables and [list(t.items()) for t in loaded.values()] == [list(t.items()) for t in tables.values()]


def test_a_new_file_leaves_the_newest_few_of_its_kind(folder: Path) -> None:
    tables = {"noun": {"a": "b"}, "verb": {"c": "d"}}
    tablecache.store("other-kind", tables)
    for n in range(tablecache.KEEP + 2):
        tablecache.store(f"ordbank-{n}", tables)
        os.utime(folder / f"ordbank-{n}.tsv", ns=(n * 10**9, n * 10**9))
    tablecache.store("ordbank-new", tables)
    kept = [f"ordbank-{n}.tsv" for n in range(3, tablecache.KEEP + 2)]
    assert sorted(p.name for p in folder.iterdir()) == sorted(["other-kind.tsv", "ordbank-new.tsv", *kept])


def test_another_key_or_other_classes_read_nothing(folder: Path) -> None:
    tablecache.store("k", {"noun": {"a": "b"}, "verb": {"c": "d"}})
    assert tablecache.load("other", CLASSES) is None
    assert tablecache.load("k", ("noun", "adj")) is None


@pytest.mark.parametrize("word", ["to\tord", "to\nlinjer", "vogn\rretur"])
def test_a_word_the_format_cannot_hold_is_not_stored(folder: Path, word: str) -> None:
    tablecache.store("k", {"noun": {word: "x"}, "verb": {"c": "d"}})
    assert not (folder / "k.tsv").exists()


def test_an_empty_table_is_not_stored(folder: Path) -> None:
    tablecache.store("k", {"noun": {}, "verb": {"c": "d"}})
    assert not (folder / "k.tsv").exists()


@pytest.mark.parametrize(
    "text", ["", "noun\na\tb\nx\n", "noun\na\tb\nx\ty\nverb\nc\nd\n"[:-1], "noun\na\nx\nverb\nc\nd\nadj\n"]
)
def test_a_file_that_does_not_read_back_whole_is_ignored(folder: Path, text: str) -> None:
    folder.mkdir(parents=True)
    (folder / "k.tsv").write_text(text, "utf-8")
    assert tablecache.load("k", CLASSES) is None


def test_an_unwritable_folder_only_skips_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    tablecache.store("k", {"noun": {"a": "b"}})
    assert tablecache.load("k", ("noun",)) is None


def test_ordbank_from_the_cache_is_ordbank_from_the_json(folder: Path) -> None:
    ordbank.cache_clear()
    try:
        from_json = ordbank().tables
        assert len(list(folder.glob("ordbank-*.tsv"))) == 1
        ordbank.cache_clear()
        from_cache = ordbank().tables
        assert from_cache is not from_json
        assert [(c, list(t.items())) for c, t in from_cache.items()] == [
            (c, list(t.items())) for c, t in from_json.items()
        ]
    finally:
        ordbank.cache_clear()
