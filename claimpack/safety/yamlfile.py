"""YAML from files other people wrote (suites, reviews, gold files, descriptors): safe types only,
no aliases (a few hundred bytes of nested aliases expand to gigabytes), a size cap, and one-line
errors that give the position but never the file's contents."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from claimpack.errors import ClaimpackError
from claimpack.safety.jsonfile import check_text
from claimpack.safety.paths import read_bytes

MAX_YAML_BYTES = 16 * 1024 * 1024


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases ('*name'), the only way YAML can expand."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]  # PyYAML is untyped
            raise yaml.composer.ComposerError(None, None, "aliases are not allowed", event.start_mark)
        return super().compose_node(parent, index)


def parse_yaml(text: str, label: str | Path) -> Any:
    """The document in `text`; ClaimpackError (one line, no contents) when it is not plain YAML."""
    try:
        value = yaml.load(text, Loader=_NoAliasLoader)
    except yaml.YAMLError as error:
        raise ClaimpackError(label, yaml_problem(error)) from None
    except RecursionError:
        raise ClaimpackError(label, "YAML is nested too deeply") from None
    except (ValueError, OverflowError):  # a date that does not exist (2026-13-45), an integer past 4,300 digits
        raise ClaimpackError(label, "not plain YAML: a date that does not exist or a number too long to read") from None
    check_text(value, label, "YAML")
    return value


def load_yaml(path: Path, what: str = "YAML file", limit: int = MAX_YAML_BYTES) -> Any:
    """Read and parse a YAML file (a regular file of at most `limit` bytes)."""
    data = read_bytes(path, limit, what)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ClaimpackError(path, f"{what} is not UTF-8 (byte offset {error.start})") from None
    return parse_yaml(text, path)


def yaml_problem(error: yaml.YAMLError) -> str:
    """'not valid YAML (line 3, column 7): <what kind of problem>', with nothing quoted from the file."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    if isinstance(error, yaml.constructor.ConstructorError):
        return f"not plain YAML{where}: a tag or type claimpack does not accept"
    problem = str(getattr(error, "problem", "") or "")
    if "aliases are not allowed" in problem:
        return f"not accepted{where}: YAML aliases are not allowed"
    return f"not valid YAML{where}"


def json_types(value: Any) -> Any:
    """YAML's dates as ISO strings, so JSON Schemas (and JSON) can take the document."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k) if isinstance(k, date) else k: json_types(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_types(v) for v in value]
    return value
