"""An Excel workbook for people who live in spreadsheets: an 'about' sheet (title, version,
licence, every field with its type and description) and one sheet per table with typed cells —
numbers are numbers, dates are dates, true/false are booleans."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import IllegalCharacterError

from claimpack.errors import ClaimpackError
from claimpack.load import retype
from claimpack.publish.values import python_values
from claimpack.version.snapshot import Snapshot

ABOUT = "about"


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str) -> None:
    book = Workbook()
    about = book.active
    assert about is not None
    about.title = ABOUT
    _about(about, snapshot)
    created = snapshot.descriptor.get("created")
    if isinstance(created, str):
        book.properties.created = datetime.fromisoformat(created.replace("Z", "+00:00")).replace(tzinfo=None)
    for resource in snapshot.resources():
        schema = snapshot.schema(resource)
        sheet = book.create_sheet(resource["name"][:31])
        fields = schema.get("fields") or []
        sheet.append([f["name"] for f in fields])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        columns = [python_values(tables[resource["name"]][f["name"]], f) for f in fields]
        for number, row in enumerate(zip(*columns, strict=True), start=2):
            try:
                sheet.append(list(row))
            except IllegalCharacterError:
                raise ClaimpackError(
                    target, f"{resource['name']} row {number} has a control character Excel cannot hold"
                ) from None
        for index, field in enumerate(fields, start=1):
            if field.get("type") == "date":
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = "yyyy-mm-dd"
        sheet.freeze_panes = "A2"
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    book.save(partial)
    partial.replace(path)


def _about(sheet: Any, snapshot: Snapshot) -> None:
    descriptor = snapshot.descriptor
    licences = ", ".join(str(item.get("name")) for item in descriptor.get("licenses") or [])
    for label, value in (
        ("title", descriptor.get("title")),
        ("version", descriptor.get("version")),
        ("created", descriptor.get("created")),
        ("licence", licences),
        ("description", descriptor.get("description")),
    ):
        sheet.append([label, value])
    sheet.append([])
    sheet.append(["table", "field", "type", "required", "description"])
    for resource in snapshot.resources():
        for field in snapshot.schema(resource).get("fields") or []:
            required = bool((field.get("constraints") or {}).get("required"))
            sheet.append(
                [resource["name"], field["name"], field.get("type", "string"), required, field.get("description")]
            )


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    book = load_workbook(target, read_only=True)
    tables: dict[str, pd.DataFrame] = {}
    try:
        for resource in snapshot.resources():
            schema = snapshot.schema(resource)
            rows = list(book[resource["name"][:31]].iter_rows(values_only=True))
            frame = pd.DataFrame(rows[1:], columns=list(rows[0]), dtype=object)
            tables[resource["name"]] = retype(frame, schema)
    finally:
        book.close()
    return tables
