"""Error messages about files that never quote the files.

jsonschema's messages repeat the offending value ('root:x:0:0:… is not of type object'); when the
file is not what the user thinks it is (a path pointing at /etc/passwd or a .env file), that would
print its contents. These messages name the place and the rule broken, from the schema side only."""

from __future__ import annotations

import json
import re
from typing import Any, cast

from jsonschema import ValidationError

_TYPE_NAMES = {
    "object": "an object",
    "array": "a list",
    "string": "text",
    "integer": "an integer",
    "number": "a number",
}


def where(error: ValidationError) -> str:
    return "/".join(str(part) for part in error.absolute_path) or "(top level)"


def schema_problem(error: ValidationError) -> str:
    """What `error` says is wrong, in words taken from the schema, never from the instance."""
    keyword, expected = str(error.validator), cast(Any, error.validator_value)
    if keyword == "type":
        names = expected if isinstance(expected, list) else [expected]
        return "must be " + " or ".join(_TYPE_NAMES.get(str(n), str(n)) for n in names)
    if keyword == "required":
        instance = error.instance if isinstance(error.instance, dict) else {}
        missing = [name for name in expected if name not in instance]
        return f"is missing the required {', '.join(repr(m) for m in missing) or 'properties'}"
    if keyword == "enum":
        return "must be one of " + ", ".join(repr(v) for v in expected[:12])
    if keyword == "const":
        return f"must be {expected!r}"
    if keyword == "pattern":
        return f"does not match the pattern {expected}"
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        return "has a property the schema does not allow"
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength"):
        return f"breaks {keyword} {expected!r}"
    if keyword in ("minItems", "maxItems", "uniqueItems", "format"):
        return f"breaks {keyword} {expected!r}"
    return f"fails the schema's {keyword!r} rule"


def first_schema_problem(errors: list[ValidationError], schema_name: str) -> str:
    """'fails NAME at 'a/b': must be text (and 2 more)'."""
    ordered = sorted(errors, key=lambda e: (list(map(str, e.absolute_path)), str(e.validator)))
    first = ordered[0]
    more = f" (and {len(ordered) - 1} more)" if len(ordered) > 1 else ""
    return f"fails {schema_name} at '{where(first)}': {schema_problem(first)}{more}"


def describe(value: Any, limit: int = 60) -> str:
    """A short repr for messages about values the user typed on the command line."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# C0 and C1 control characters (but tab and newline) and the Unicode direction overrides: text from
# a package never drives the terminal or reorders what the user reads
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with control characters written as escapes ('\\x1b'), safe to print."""
    return UNSAFE.sub(
        lambda match: f"\\x{ord(match.group()):02x}" if ord(match.group()) < 256 else f"\\u{ord(match.group()):04x}",
        text,
    )


def json_text(value: Any, **options: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, **options)` with C1 controls and direction overrides
    written as \\u escapes: the same JSON, readable Norwegian, and nothing a package wrote can
    drive a terminal that shows the report (json.dumps escapes only C0 controls)."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def one_line(text: str, limit: int = 400) -> str:
    """Printable, whitespace (newlines included) collapsed, cut at `limit` characters."""
    flat = " ".join(printable(str(text)).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def first_line(error: BaseException | None) -> str:
    """The first non-empty line of an error from a library (drivers print several)."""
    if error is None:
        return "unknown error"
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__
