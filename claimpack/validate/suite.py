"""The suite: which rules run, at what severity, with which tolerances, and which findings have
been reviewed. Read from `validate/suite.yaml` and the `reviewed.yaml` it names; both are checked
against their JSON Schemas in `schemas/`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from claimpack.errors import ClaimpackError
from claimpack.resources import load_schema
from claimpack.validate.finding import Review

DEFAULT_TOLERANCE = {"exact": 0.05, "approx": 0.1}


@dataclass
class Suite:
    enabled: dict[str, bool] = field(default_factory=dict)  # rule id -> on/off; absent = on
    severities: dict[str, str] = field(default_factory=dict)  # rule id -> severity override
    tolerance: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_TOLERANCE))
    fail_on: str = "error"
    reviewed: dict[str, tuple[str, Review]] = field(default_factory=dict)  # fingerprint -> (rule, review)
    path: Path | None = None

    def is_enabled(self, rule: str) -> bool:
        return self.enabled.get(rule, True)

    @classmethod
    def load(cls, path: str | Path) -> Suite:
        """Read a suite file; ClaimpackError when it is missing or fails its schema."""
        path = Path(path)
        data = _read_yaml(path, "suite.schema.json")
        rules = data.get("rules") or {}
        suite = cls(
            enabled={rule: bool(conf.get("enabled", True)) for rule, conf in rules.items()},
            severities={rule: conf["severity"] for rule, conf in rules.items() if "severity" in conf},
            tolerance={**DEFAULT_TOLERANCE, **(data.get("tolerance") or {})},
            fail_on=data.get("fail_on", "error"),
            path=path,
        )
        if data.get("reviewed"):
            suite.reviewed = load_reviewed(path.parent / data["reviewed"])
        _check_rule_ids(path, [*rules, *(rule for rule, _ in suite.reviewed.values())])
        return suite


def load_reviewed(path: Path) -> dict[str, tuple[str, Review]]:
    data = _read_yaml(path, "reviewed.schema.json")
    return {
        entry["fingerprint"]: (entry["rule"], Review(entry["decision"], entry["note"].strip(), str(entry["date"])))
        for entry in data.get("reviewed") or []
    }


def _read_yaml(path: Path, schema: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ClaimpackError(path, f"cannot read YAML: {error}") from None
    data = _jsonable(data)
    errors = sorted(Draft202012Validator(load_schema(schema)).iter_errors(data), key=str)
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(top level)"
        raise ClaimpackError(path, f"fails {schema} at '{where}': {errors[0].message}")
    return data


def _check_rule_ids(path: Path, ids: list[str]) -> None:
    from claimpack.validate.rules import RULES

    unknown = sorted(set(ids) - set(RULES))
    if unknown:
        raise ClaimpackError(path, f"unknown rule {', '.join(unknown)} (see 'claimpack rules')")


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value
