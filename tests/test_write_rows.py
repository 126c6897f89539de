"""render_rows reads a row's fields one by one (no asdict deep copy): the CSV must be what the
fields hold, which needs every field of every row class to be a scalar."""

from __future__ import annotations

import csv
import io
import types
import typing
from dataclasses import asdict, fields
from datetime import date
from pathlib import Path
from typing import Literal, Union, get_args, get_origin

from claimpack.model import TABLE_ROWS
from claimpack.pipeline import extract_article
from claimpack.read import read_seed
from claimpack.write.tables import field_names, format_value, render_rows

SCALARS = {bool, date, int, float, str, type(None)}
SEED = Path(__file__).resolve().parent.parent / "seeds"


def _kinds(hint: object) -> set[object]:
    """The types a field may hold; a Literal of strings holds str."""
    parts = get_args(hint) if get_origin(hint) in (Union, types.UnionType) else (hint,)
    return {type(get_args(part)[0]) if get_origin(part) is Literal else part for part in parts}


def test_every_row_field_is_a_scalar() -> None:
    for cls in TABLE_ROWS.values():
        hints = typing.get_type_hints(cls)
        for field in fields(cls):
            assert _kinds(hints[field.name]) <= SCALARS, (cls.__name__, field.name)


def test_rows_render_as_asdict_would() -> None:
    seed = read_seed(sorted(SEED.glob("*.txt"))[0], SEED.parent)
    for name, rows in extract_article(seed).rows().items():
        if name == "corrections":
            assert not rows  # corrections come from a person, after extraction (tests/test_corrections.py)
            continue
        assert rows, name
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for row in rows:
            writer.writerow([format_value(asdict(row)[column]) for column in field_names(name)])
        assert render_rows(name, rows) == buffer.getvalue().encode("utf-8")
