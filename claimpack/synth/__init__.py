"""Synthetic Norwegian news articles with sidecars, for benchmarks and scale tests.

`synthesize(n, seed, out)` writes `<id>.txt` + `<id>.meta.json` pairs; article i of seed s is the
same bytes whatever n is, so a 1k corpus is a prefix of the 100k one.
"""

from __future__ import annotations

import json
from pathlib import Path

from claimpack.synth.article import Article, generate

__all__ = ["Article", "generate", "synthesize"]


def synthesize(articles: int, seed: int, out: Path | str) -> list[Path]:
    """Write `articles` seeds to `out`; returns the text paths in order."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(articles):
        article = generate(seed, index)
        path = out / f"{article.article_id}.txt"
        path.write_bytes(article.text.encode("utf-8"))
        meta = json.dumps(article.meta, indent=2, ensure_ascii=False) + "\n"
        path.with_name(f"{article.article_id}.meta.json").write_bytes(meta.encode("utf-8"))
        paths.append(path)
    return paths
