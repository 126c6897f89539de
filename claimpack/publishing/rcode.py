"""R code that reads each table with readr, its column types generated from the Table Schema
(the data README shows it; tests/test_readme_r.py runs it when R and readr are installed).

readr knows no per-column true/false values or missing values: a boolean with its own
trueValues/falseValues reads as text, and a field's own missingValues are left to the reader (both
are said in a comment). R integers are 32-bit: a larger integer reads as NA, with a problem."""

from __future__ import annotations

import json
import re
from typing import Any

from claimpack.tableschema import storage
from claimpack.tableschema.cells import DEFAULT_FALSE, DEFAULT_TRUE, missing_values


def r_string(text: str) -> str:
    """A double-quoted R string literal (R reads JSON's escapes)."""
    return json.dumps(text, ensure_ascii=False)


RESERVED = {
    "if",
    "else",
    "repeat",
    "while",
    "function",
    "for",
    "next",
    "break",
    "TRUE",
    "FALSE",
    "NULL",
    "Inf",
    "NaN",
    "NA",
    "in",
}


def r_name(name: str) -> str:
    """A column name as R takes it: as it is when it is a syntactic name, else in backticks."""
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9._]*", name) and name not in RESERVED:
        return name
    return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`"


def column_type(field: dict[str, Any]) -> tuple[str, str | None]:
    """(readr collector, a note for what readr cannot say) for one field."""
    kind, form = storage(field), str(field.get("format") or "default").removeprefix("fmt:")
    values = (field.get("constraints") or {}).get("enum")
    if kind == "integer":
        return ("col_integer()", None) if field.get("bareNumber", True) is not False else ("col_number()", None)
    if kind == "float":
        numeric = {"decimalChar", "groupChar"} & field.keys() or field.get("bareNumber") is False
        return ("col_number()" if numeric else "col_double()"), None
    if kind == "boolean":
        custom = tuple(field.get("trueValues", DEFAULT_TRUE)) + tuple(field.get("falseValues", DEFAULT_FALSE))
        if set(custom) <= {*DEFAULT_TRUE, *DEFAULT_FALSE}:
            return "col_logical()", None
        return "col_character()", f"trueValues {field.get('trueValues')}, falseValues {field.get('falseValues')}"
    if kind in ("date", "datetime"):
        collector = "col_date" if kind == "date" else "col_datetime"
        if form == "default":
            return f"{collector}()", None
        return (f"{collector}(format = {r_string(form)})", None) if form != "any" else ("col_guess()", None)
    if values:
        return f"col_factor(levels = c({', '.join(r_string(str(v)) for v in values)}))", None
    return "col_character()", None


def readr_call(resource: dict[str, Any], schema: dict[str, Any], variable: str | None = None) -> str:
    """`name <- read_csv("path", na = …, col_types = cols(…))` for one tabular resource."""
    lines, locale = [], _locale(schema)
    fields = schema.get("fields") or []
    for number, field in enumerate(fields):
        collector, note = column_type(field)
        if "missingValues" in field:
            note = "; ".join(filter(None, [note, f"its own missingValues {field['missingValues']}"]))
        comma = "," if number < len(fields) - 1 else ""
        lines.append(f"  {r_name(field['name'])} = {collector}{comma}" + (f"  # {note}" if note else ""))
    na = ", ".join(r_string(v) for v in missing_values({}, schema))
    target = variable or _variable(str(resource["name"]))
    head = f"{target} <- read_csv({r_string(str(resource['path']))}, na = c({na}){locale}, col_types = cols("
    return "\n".join([head, *lines, "))"])


def _locale(schema: dict[str, Any]) -> str:
    """readr's locale is per file: the first field's decimal and group characters."""
    for field in schema.get("fields") or []:
        if "decimalChar" in field or "groupChar" in field:
            decimal, group = str(field.get("decimalChar", ".")), str(field.get("groupChar", ""))
            marks = f"decimal_mark = {r_string(decimal)}" + (f", grouping_mark = {r_string(group)}" if group else "")
            return f", locale = locale({marks})"
    return ""


def _variable(name: str) -> str:
    cleaned = "".join(c if c.isalnum() else "_" for c in name)
    return cleaned if cleaned[:1].isalpha() else "t_" + cleaned
