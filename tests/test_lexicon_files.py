"""Lexicon files are data a person edits: a row that does not fit its file is one line naming
file:line, and every shipped file reads cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimpack.lexicons as lexicons
from claimpack.errors import ClaimpackError
from claimpack.model import SourceKind


def _read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, *cells: lexicons.Cell, optional: int = 0
) -> list[list[object]]:
    (tmp_path / "test.tsv").write_text(text, "utf-8")
    monkeypatch.setattr(lexicons, "lexicon_path", lambda name: tmp_path / name)
    return list(lexicons._rows("test.tsv", *cells, optional=optional))


def test_rows_are_read_by_their_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _read(tmp_path, monkeypatch, "# comment\n\ntusen\t1000\nmillion\t1000000\n", str, int)
    assert rows == [["tusen", 1000], ["million", 1000000]]


def test_an_optional_column_left_out_reads_as_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kind = lexicons._one_of(SourceKind)
    rows = _read(
        tmp_path, monkeypatch, "NRK\tmedia\tkanal\nFN\torganization\torg\tFNs\n", str, kind, str, str, optional=1
    )
    assert rows == [["NRK", "media", "kanal", ""], ["FN", "organization", "org", "FNs"]]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("tusen\t1000\nmillion\n", "expected 2 tab-separated columns, found 1"),
        ("tusen\t1000\nmillion\t1000000\textra\n", "expected 2 tab-separated columns, found 3"),
        ("tusen\t1000\nmillion\tmange\n", "invalid literal for int()"),
    ],
)
def test_a_malformed_row_names_its_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, problem: str
) -> None:
    with pytest.raises(ClaimpackError) as raised:
        _read(tmp_path, monkeypatch, text, str, int)
    assert raised.value.path == f"{tmp_path / 'test.tsv'}:2"
    assert problem in raised.value.problem and "\n" not in str(raised.value)


def test_a_kind_outside_the_closed_set_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ClaimpackError, match=r"'firma' is not one of person, organization"):
        _read(tmp_path, monkeypatch, "Equinor\tfirma\tselskap\n", str, lexicons._one_of(SourceKind), str)


def test_every_shipped_lexicon_reads() -> None:
    lexicons.lexicon.cache_clear()
    try:
        lex = lexicons.lexicon()
    finally:
        lexicons.lexicon.cache_clear()
    assert lex.organisations and lex.org_types and lex.group_nouns and lex.qualifiers


def test_a_reporting_verb_use_outside_the_closed_set_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "reporting_verbs.tsv").write_text("si\tsier\tsa\tsagt\tsometimes\n", "utf-8")
    monkeypatch.setattr(lexicons, "lexicon_path", lambda name: tmp_path / name)
    with pytest.raises(ClaimpackError, match=r"'sometimes' is not one of any, quote, that"):
        lexicons._reporting_verbs()
