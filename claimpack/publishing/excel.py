"""An Excel workbook for people who live in spreadsheets: an 'about' sheet (title, version,
licence, every field with its type and description) and one sheet per table with typed cells —
numbers are numbers, dates are dates, true/false are booleans, and text is text: a cell that
starts with '=' (a paragraph like '=HYPERLINK(…)') is stored as a string, never as a formula."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import IllegalCharacterError

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.loading import retype
from claimpack.publishing.target import check_file_target, staged_file
from claimpack.publishing.values import python_values
from claimpack.version.snapshot import Snapshot

ABOUT = "about"
CREATOR = "claimpack"  # the workbook's creator property marks a file an earlier publish wrote


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str, force: bool = False) -> None:
    path = Path(target)
    check_file_target(path, "excel", is_ours, force)
    sheets = sheet_names(snapshot)
    book = Workbook()
    book.properties.creator = CREATOR
    about = book.active
    assert about is not None
    about.title = ABOUT
    try:
        _about(about, snapshot)
    except IllegalCharacterError:
        raise ClaimpackError(target, "the descriptor's metadata has a control character Excel cannot hold") from None
    created = snapshot.descriptor.get("created")
    if isinstance(created, str):
        book.properties.created = datetime.fromisoformat(created.replace("Z", "+00:00")).replace(tzinfo=None)
    for resource in snapshot.resources():
        schema = snapshot.schema(resource)
        sheet = book.create_sheet(sheets[resource["name"]])
        fields = schema.get("fields") or []
        try:
            sheet.append([f["name"] for f in fields])
        except IllegalCharacterError:
            raise ClaimpackError(target, f"a field name of {resource['name']} has a control character") from None
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
    for sheet in book.worksheets:
        _text_not_formulas(sheet)
    with staged_file(path) as partial, _openpyxl_temporary_files():
        book.save(partial)


@contextmanager
def _openpyxl_temporary_files() -> Iterator[None]:
    """openpyxl writes each sheet to a temporary file and removes it only when the save ends well
    (or the interpreter exits): remove what a failed save left, rows of the package included."""
    from openpyxl.worksheet import _writer

    before = set(getattr(_writer, "ALL_TEMP_FILES", []))
    try:
        yield
    finally:
        for leftover in set(getattr(_writer, "ALL_TEMP_FILES", [])) - before:
            with suppress(OSError, ValueError):
                os.remove(leftover)
                _writer.ALL_TEMP_FILES.remove(leftover)


def _text_not_formulas(sheet: Any) -> None:
    """openpyxl makes every string starting with '=' a formula; package text is data."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
                cell.quotePrefix = True  # Excel keeps it text when someone edits the cell


def is_ours(path: Path) -> bool:
    """An xlsx whose creator property is claimpack's (read from docProps/core.xml, bounded)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/core.xml")
            if info.file_size > 1 << 20:
                return False
            core = archive.read(info).decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False
    return f"<dc:creator>{CREATOR}</dc:creator>" in core


def sheet_names(snapshot: Snapshot) -> dict[str, str]:
    """Resource name -> sheet name: Excel cuts names at 31 characters and ignores case."""
    names: dict[str, str] = {}
    taken = {ABOUT}
    for resource in snapshot.resources():
        sheet = str(resource["name"])[:31]
        if sheet.lower() in taken:
            raise ClaimpackError(
                resource["name"], "two sheets would share this name in Excel (31 characters, any case)"
            )
        taken.add(sheet.lower())
        names[resource["name"]] = sheet
    return names


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
            rows = list(book[sheet_names(snapshot)[resource["name"]]].iter_rows(values_only=True))
            frame = pd.DataFrame(rows[1:], columns=list(rows[0]), dtype=object)
            tables[resource["name"]] = retype(frame, schema)
    finally:
        book.close()
    return tables
