"""The suite: which rules run, at what severity, with which tolerances, and which findings have
been reviewed. Read from `validate/suite.yaml` and the `reviewed.yaml` it names; both are checked
against their JSON Schemas in `schemas/`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from claimpack.errors import ClaimpackError
from claimpack.resources import load_schema
from claimpack.safety.messages import first_schema_problem
from claimpack.safety.yamlfile import json_types, load_yaml
from claimpack.validation.finding import FailOn, Review, Severity

DEFAULT_TOLERANCE = {"exact": 0.05, "approx": 0.1}


@dataclass
class Suite:
    enabled: dict[str, bool] = field(default_factory=dict)  # rule id -> on/off; absent = on
    severities: dict[str, Severity] = field(default_factory=dict)  # rule id -> severity override
    tolerance: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_TOLERANCE))
    fail_on: FailOn = "error"
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
        entry["fingerprint"]: (
            entry["rule"],
            Review(entry["decision"], entry["note"].strip(), str(entry["date"]), entry.get("seen")),
        )
        for entry in data.get("reviewed") or []
    }


def _read_yaml(path: Path, schema: str) -> dict[str, Any]:
    """The file checked against `schema`; errors name the place, never the file's contents."""
    data = json_types(load_yaml(path) or {})
    errors = list(Draft202012Validator(load_schema(schema)).iter_errors(data))
    if errors:
        raise ClaimpackError(path, first_schema_problem(errors, schema))
    if not isinstance(data, dict):
        raise ClaimpackError(path, f"fails {schema}: must be a mapping")
    return data


def _check_rule_ids(path: Path, ids: list[str]) -> None:
    from claimpack.validation.rules import RULES

    unknown = sorted(set(ids) - set(RULES))
    if unknown:
        raise ClaimpackError(path, f"unknown rule {', '.join(unknown)} (see 'claimpack rules')")
