"""The compiled descriptor-profile check is a gate: it may pass only descriptors jsonschema passes,
so skipping jsonschema when it passes loses no finding."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from claimpack.resources import load_schema
from claimpack.validation.structure import _profile_holds

ROOT = Path(__file__).resolve().parent.parent
DESCRIPTOR = json.loads((ROOT / "datapackage" / "datapackage.json").read_text("utf-8"))
PROFILE = load_schema("datapackage.profile.json")
REFERENCE = Draft202012Validator(PROFILE)
# keywords that mean the same in draft 7 (fastjsonschema's newest) and 2020-12
SAME_IN_BOTH = {"type", "required", "properties", "pattern", "items", "anyOf", "minItems", "minimum", "enum", "const"}
ANNOTATIONS = {"$schema", "$id", "title", "description"}


def _keywords(schema: Any) -> set[str]:
    if not isinstance(schema, dict):
        return set()
    found = set(schema)
    for key, value in schema.items():
        if key == "properties":
            for sub in value.values():
                found |= _keywords(sub)
        elif key in ("items", "not"):
            found |= _keywords(value)
        elif key in ("anyOf", "allOf", "oneOf"):
            for sub in value:
                found |= _keywords(sub)
    return found


def test_profile_uses_only_keywords_both_drafts_share() -> None:
    assert _keywords(PROFILE) - ANNOTATIONS <= SAME_IN_BOTH


def test_a_valid_descriptor_passes_the_gate() -> None:
    assert not list(REFERENCE.iter_errors(DESCRIPTOR))
    assert _profile_holds()(DESCRIPTOR)


def _edited(path: list[Any], value: Any) -> dict[str, Any]:
    descriptor = copy.deepcopy(DESCRIPTOR)
    target: Any = descriptor
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return descriptor


EDITS = [
    (["version"], "1.0"),
    (["version"], "1.0.0\n"),  # jsonschema's '$' matches before a final newline: it passes, the gate need not
    (["licenses"], []),
    (["sources", 0, "sha256"], "F" * 64),
    (["sources", 0, "bytes"], True),
    (["sources", 0, "bytes"], 1.0),
    (["sources", 0, "bytes"], -1),
    (["resources", 0, "hash"], "md5:00"),
    (["resources", 0, "bytes"], "12"),
    (["name"], "Not Lower"),
]
LEAVES = st.sampled_from([path for path, _ in EDITS] + [["created"], ["sources", 0, "title"], ["resources", 0]])
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=True) | st.text(max_size=70),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=6), inner, max_size=2),
    max_leaves=4,
)


def test_gate_never_passes_what_jsonschema_fails_on_known_edits() -> None:
    for path, value in EDITS:
        descriptor = _edited(path, value)
        if not REFERENCE.is_valid(descriptor):
            assert not _profile_holds()(descriptor), path


@settings(max_examples=300, deadline=None)
@given(LEAVES, VALUES)
def test_gate_never_passes_what_jsonschema_fails(path: list[Any], value: Any) -> None:
    descriptor = _edited(path, value)
    if _profile_holds()(descriptor):
        assert REFERENCE.is_valid(descriptor)
