"""Inter-annotator agreement: a second annotation of the same texts, scored as if it were the
extractor's output (same matching, same scores as `claimpack evaluate`).

Two careful readers do not agree on every figure's qualifier or source, so their agreement is the
ceiling an extractor can be expected to reach against either of them; an extractor that scores
about as well against a second annotator as against the one it was tuned on has learnt the
language, not one annotator's habits."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.evaluation.gold import SUFFIX, Gold, find_gold_files, load_gold
from claimpack.evaluation.score import Evaluation, score_article
from claimpack.model import ArticleRow, ArticleTables, ClaimRow, ImageRow, SourceRow, StatementKind, StatementRow
from claimpack.safety.paths import inside
from claimpack.segment import split_blocks

STATEMENT_KINDS: dict[str, StatementKind] = {"direct": "direct_quote", "indirect": "indirect", "mixed": "mixed"}


def agreement(paths: list[Path | str], second: Path | str, seeds_dir: Path | str = "seeds") -> Evaluation:
    """Score the gold files in folder `second` (same names, same texts: beside them or the first
    annotation's) against those under `paths`."""
    scores = []
    for path in find_gold_files([Path(p) for p in paths]):
        first = load_gold(path, Path(seeds_dir))
        other = inside(Path(second), path.name, "gold file")  # no links out, as find_gold_files
        if not other.is_file():
            raise ClaimpackError(other, f"no second annotation of {first.name} ('{first.name}{SUFFIX}')")
        other_gold = load_gold(other, first.text_path.parent)  # its text beside it, or the first's
        if other_gold.seed().sha256 != first.seed().sha256:
            raise ClaimpackError(other, f"annotates another text than {path}")
        scores.append(score_article(first, gold_tables(other_gold)))
    return Evaluation(scores)


def gold_tables(gold: Gold) -> ArticleTables:
    """The annotation as the rows the extractor would write: each claim at its text's first
    occurrence in its paragraph, one statement per attribution, the images; sources by name."""
    seed = gold.seed()
    blocks = split_blocks(seed.text)
    article = ArticleRow(
        seed.article_id, None, "nb", None, None, None, None, seed.source_path, seed.sha256, len(seed.text)
    )
    tables = ArticleTables(article)
    ids: dict[str, str] = {}

    def source(name: str | None) -> str | None:
        if name is None:
            return None
        if name.casefold() not in ids:
            ids[name.casefold()] = f"s{len(ids) + 1}"
            tables.sources.append(SourceRow(ids[name.casefold()], seed.article_id, name, "person", None, None))
        return ids[name.casefold()]

    for number, entry in enumerate(gold.data.get("attributions") or [], 1):
        start, end = _span(blocks, entry["para"], None)
        kind = STATEMENT_KINDS.get(entry.get("kind") or "", "indirect")
        speaker = source(entry.get("speaker"))
        tables.statements.append(
            StatementRow(
                f"st{number}", seed.article_id, entry["para"], kind, seed.text[start:end], start, end, speaker,
                None, entry.get("cue"), "explicit" if speaker else "none", None,
            )
        )  # fmt: skip
    for claim in gold.data["claims"]:
        tables.claims.append(_claim(claim, seed.article_id, seed.text, blocks, source(claim.get("source"))))
    for number, entry in enumerate(gold.data.get("images") or [], 1):
        start, end = _span(blocks, entry["para"], None)
        tables.images.append(
            ImageRow(
                f"i{number}", seed.article_id, entry["para"], seed.text[start:end], start, end, entry.get("label"),
                None, entry.get("photographer"), entry.get("agency"),
            )
        )  # fmt: skip
    return tables


def _claim(claim: dict[str, Any], article_id: str, text: str, blocks: list[Any], source_id: str | None) -> ClaimRow:
    start, end = _span(blocks, claim["para"], claim["text"])
    low, high = claim.get("range") or (None, None)
    return ClaimRow(
        claim["id"], "", article_id, claim["para"], text[start:end], start, end, claim.get("value"), low, high,
        claim["qualifier"], claim.get("unit"), claim.get("counted"), claim.get("event"), claim.get("part_of"),
        claim.get("relative_to"), claim.get("factor"), source_id, bool(claim.get("unconfirmed")), None,
    )  # fmt: skip


def _span(blocks: list[Any], para: int, words: str | None) -> tuple[int, int]:
    """Where `words` first stand (as whole words) in block `para`, else the whole block; (0, 0)
    past the last block."""
    if para >= len(blocks):
        return 0, 0
    block = blocks[para]
    found = re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", block.text) if words else None
    if found is None:
        return block.start, block.start + len(block.text)
    return block.start + found.start(), block.start + found.end()
