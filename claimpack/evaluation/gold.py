"""Gold files ('<name>.gold.yaml'), validated against `schemas/gold.schema.json`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from claimpack.errors import ClaimpackError
from claimpack.model import Seed
from claimpack.read.seed import MAX_BYTES, decode_text
from claimpack.resources import load_schema
from claimpack.safety.messages import first_schema_problem
from claimpack.safety.paths import inside, read_bytes
from claimpack.safety.yamlfile import json_types, load_yaml

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
        data = read_bytes(self.text_path, MAX_BYTES, "gold text")
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
            matches = sorted(path.glob(f"*{SUFFIX}"))
            found.extend(match for match in matches if inside(path, match.name, "gold file"))  # no links out
        elif path.name.endswith(SUFFIX):
            found.append(path)
        else:
            raise ClaimpackError(path, f"not a gold file ('*{SUFFIX}') or a folder of them")
    if not found:
        raise ClaimpackError(", ".join(str(p) for p in paths), "no gold files found")
    return found


def load_gold(path: Path, seeds_dir: Path) -> Gold:
    """Read a gold file; its text is '<name>.txt' beside it, or in `seeds_dir`."""
    data = load_yaml(path, "gold file")
    plain = json_types(data)
    errors = list(Draft202012Validator(load_schema("gold.schema.json")).iter_errors(plain))
    if errors:
        raise ClaimpackError(path, "gold file " + first_schema_problem(errors, "its schema"))
    name = path.name[: -len(SUFFIX)]
    for folder in (path.parent, seeds_dir):
        if (folder / (name + ".txt")).exists():
            # the text is quoted in -v output: it must not be a link to a file elsewhere
            return Gold(path, inside(folder, name + ".txt", "gold text"), data)
    raise ClaimpackError(path, f"no text '{name}.txt' beside it or in {seeds_dir}")
