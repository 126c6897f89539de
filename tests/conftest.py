"""Shared fixtures: the repository's paths and a way to run the extractor on a literal text."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from claimpack.model import ArticleTables, Seed
from claimpack.pipeline import extract_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ce1b982170328aa1.txt"
CORPUS = ROOT / "tests" / "data" / "corpus"


def make_seed(text: str, published: str | None = "2024-05-29", article_id: str = "t") -> Seed:
    data = text.encode("utf-8")
    meta = {"language": "nb", "published": published, "title": None, "publisher": None, "url": None, "authors": None}
    return Seed(
        article_id,
        Path(f"{article_id}.txt"),
        f"seeds/{article_id}.txt",
        text,
        hashlib.sha256(data).hexdigest(),
        len(data),
        meta,
    )


def extract(text: str, published: str | None = "2024-05-29") -> ArticleTables:
    """Run the whole pipeline on a literal article text."""
    return extract_article(make_seed(text, published))


def speakers(tables: ArticleTables) -> dict[int, set[str]]:
    """Speaker names per paragraph."""
    names = {s.source_id: s.name for s in tables.sources}
    found: dict[int, set[str]] = {}
    for statement in tables.statements:
        if statement.speaker_id:
            found.setdefault(statement.paragraph, set()).add(names[statement.speaker_id])
    return found


def claim_sources(tables: ArticleTables) -> list[tuple[str, str | None]]:
    """(claim text, source name) in reading order."""
    names = {s.source_id: s.name for s in tables.sources}
    return [(c.text, names.get(c.source_id) if c.source_id else None) for c in tables.claims]


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A seeds folder in tmp_path holding the project's seed and its sidecar."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in (SEED, SEED.with_name(SEED.stem + ".meta.json")):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture
def reviewed_repo(seed_copy: Path, tmp_path: Path) -> Path:
    """tmp_path as a small repository: the project's seed, its suite and its reviewed findings."""
    (tmp_path / "validate").mkdir()
    for name in ("suite.yaml", "reviewed.yaml"):
        shutil.copy(ROOT / "validate" / name, tmp_path / "validate" / name)
    return tmp_path


GOLD_SIDECAR = {
    "language": "nb",
    "published": "2016-05-29",
    "title": None,
    "publisher": None,
    "url": None,
    "authors": None,
}


@pytest.fixture(scope="session")
def gold_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One package of every gold text under tests/data/ (dev, held-out and sealed sets), built once."""
    from claimpack.building import build

    root = tmp_path_factory.mktemp("gold")
    seeds = root / "seeds"
    seeds.mkdir()
    for text in sorted((ROOT / "tests" / "data").glob("*/*.txt")):
        (seeds / f"{text.parent.name}-{text.stem}.txt").write_text(text.read_text("utf-8"), "utf-8")
        (seeds / f"{text.parent.name}-{text.stem}.meta.json").write_text(json.dumps(GOLD_SIDECAR), "utf-8")
    build(seeds, root / "datapackage", workers=2)
    return root / "datapackage"
