"""The one registry of rules. A rule is an id, a title, a default severity, a layer, the resources
it needs, and a function that yields findings; its docstring is its documentation (shown by
`claimpack rules`). Rule modules register themselves on import; `RULES` imports them all."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, get_args

from claimpack.validation.finding import SEVERITIES, Severity

if TYPE_CHECKING:
    from claimpack.validation.context import Context
    from claimpack.validation.finding import Finding

Check = Callable[["Context"], Iterable["Finding"]]
Layer = Literal["structure", "consistency"]
LAYERS: tuple[Layer, ...] = get_args(Layer)


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: Severity
    layer: Layer
    needs: tuple[str, ...]  # resources the rule reads; missing ones skip it
    check: Check

    @property
    def description(self) -> str:
        return " ".join(inspect.cleandoc(self.check.__doc__ or "").split())

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "severity": self.severity,
            "layer": self.layer,
            "needs": list(self.needs),
            "description": self.description,
        }


RULES: dict[str, Rule] = {}


def rule(
    id: str, title: str, *, severity: Severity, layer: Layer, needs: tuple[str, ...] = ()
) -> Callable[[Check], Check]:
    """Register the decorated function as a rule."""

    def register(check: Check) -> Check:
        if id in RULES:
            raise ValueError(f"rule {id!r} registered twice")
        if layer not in LAYERS or severity not in SEVERITIES:
            raise ValueError(f"rule {id!r}: bad layer or severity")
        RULES[id] = Rule(id, title, severity, layer, needs, check)
        return check

    return register


def load_rules() -> dict[str, Rule]:
    """Import every rule module so the registry is complete."""
    from claimpack.validation import claims, editorial, provenance, release, rowchecks, structure  # noqa: F401

    ordered = sorted(RULES.values(), key=lambda r: LAYERS.index(r.layer))  # structure first, stable
    RULES.clear()
    RULES.update((r.id, r) for r in ordered)
    return RULES
