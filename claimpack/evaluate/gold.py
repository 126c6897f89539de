"""Gold files ('<name>.gold.yaml'), validated against `schemas/gold.schema.json`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from claimpack.errors import ClaimpackError
from claimpack.model import Seed
from claimpack.read.seed import decode_text
from claimpack.resources import load_schema

SUFFIX = ".gold.yaml"


@dataclass(frozen=True)
class Gold:
    path: Path
    text_path: Path
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.name[: -len(SUFFIX)]

    def seed(self) -> Seed:
        """The article as a seed, its metadata taken from the gold file's 'article' section."""
        data = self.text_path.read_bytes()
        text = decode_text(self.text_path, data)
        article = self.data["article"]
        published = article.get("published")
        meta = {
            "language": article.get("language", "nb"),
            "published": published.isoformat() if isinstance(published, date) else published,
            "title": article.get("title"),
            "publisher": None,
            "url": None,
            "authors": None,
        }
        return Seed(
            self.name, self.text_path, self.text_path.name, text, hashlib.sha256(data).hexdigest(), len(data), meta
        )


def find_gold_files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob(f"*{SUFFIX}")))
        elif path.name.endswith(SUFFIX):
            found.append(path)
        else:
            raise ClaimpackError(path, f"not a gold file ('*{SUFFIX}') or a folder of them")
    if not found:
        raise ClaimpackError(", ".join(str(p) for p in paths), "no gold files found")
    return found


def load_gold(path: Path, seeds_dir: Path) -> Gold:
    """Read a gold file; its text is '<name>.txt' beside it, or in `seeds_dir`."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ClaimpackError(path, f"cannot read gold YAML: {error}") from None
    plain = _jsonable(data)
    errors = sorted(Draft202012Validator(load_schema("gold.schema.json")).iter_errors(plain), key=str)
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(top level)"
        raise ClaimpackError(path, f"gold file fails its schema at '{where}': {errors[0].message}")
    name = path.name[: -len(SUFFIX)]
    for candidate in (path.with_name(name + ".txt"), seeds_dir / (name + ".txt")):
        if candidate.exists():
            return Gold(path, candidate, data)
    raise ClaimpackError(path, f"no text '{name}.txt' beside it or in {seeds_dir}")


def _jsonable(value: Any) -> Any:
    """YAML dates become ISO strings so the JSON Schema can check them."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value
