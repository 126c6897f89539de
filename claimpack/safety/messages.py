"""Error messages about files that never quote the files.

jsonschema's messages repeat the offending value ('root:x:0:0:… is not of type object'); when the
file is not what the user thinks it is (a path pointing at /etc/passwd or a .env file), that would
print its contents. These messages name the place and the rule broken, from the schema side only."""

from __future__ import annotations

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


def first_line(error: BaseException | None) -> str:
    """The first non-empty line of an error from a library (drivers print several)."""
    if error is None:
        return "unknown error"
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__
