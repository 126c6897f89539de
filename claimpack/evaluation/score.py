"""Scores, as the issue defines them.

- A predicted claim matches a gold claim when it lies in the same block and the spans overlap; it
  is correct when value (or range), qualifier and source also agree. Precision, recall and F1 are
  over correct claims.
- An attribution is correct when a statement in that block names the same speaker (a gold speaker
  of null is correct when the block holds a quote with no speaker).
- An image is correct when its photographer and agency agree; a weekday when its date agrees.
Names are compared case-insensitively: 'Greske myndigheter' opening a sentence is 'greske myndigheter'.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claimpack.evaluation.gold import Gold, find_gold_files, load_gold
from claimpack.model import ArticleTables
from claimpack.pipeline import extract_article
from claimpack.segment import split_blocks


@dataclass
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def add(self, other: Ratio) -> None:
        self.correct += other.correct
        self.total += other.total


@dataclass
class PRF:
    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class ArticleScore:
    name: str
    claims: PRF = field(default_factory=PRF)
    claim_spans: PRF = field(default_factory=PRF)
    attributions: Ratio = field(default_factory=Ratio)
    attribution_precision: Ratio = field(default_factory=Ratio)
    images: Ratio = field(default_factory=Ratio)
    weekdays: Ratio = field(default_factory=Ratio)
    errors: list[str] = field(default_factory=list)


@dataclass
class Evaluation:
    articles: list[ArticleScore]

    def total(self) -> ArticleScore:
        total = ArticleScore("TOTAL")
        for article in self.articles:
            for name in ("claims", "claim_spans", "attributions", "attribution_precision", "images", "weekdays"):
                getattr(total, name).add(getattr(article, name))
        return total

    def to_dict(self) -> dict[str, Any]:
        def summary(score: ArticleScore) -> dict[str, Any]:
            return {
                "article": score.name,
                "claims": {
                    **asdict(score.claims),
                    "precision": score.claims.precision,
                    "recall": score.claims.recall,
                    "f1": score.claims.f1,
                },
                "claim_spans": {**asdict(score.claim_spans), "f1": score.claim_spans.f1},
                "attributions": {**asdict(score.attributions), "accuracy": score.attributions.value},
                "attribution_precision": {
                    **asdict(score.attribution_precision),
                    "precision": score.attribution_precision.value,
                },
                "images": {**asdict(score.images), "accuracy": score.images.value},
                "weekdays": {**asdict(score.weekdays), "accuracy": score.weekdays.value},
                "errors": score.errors,
            }

        return {"articles": [summary(a) for a in self.articles], "total": summary(self.total())}


def evaluate(paths: list[Path | str], seeds_dir: Path | str = "seeds") -> Evaluation:
    """Extract every gold file's article and score it."""
    golds = [load_gold(p, Path(seeds_dir)) for p in find_gold_files([Path(p) for p in paths])]
    return Evaluation([score_article(gold, extract_article(gold.seed())) for gold in golds])


def score_article(gold: Gold, tables: ArticleTables) -> ArticleScore:
    score = ArticleScore(gold.name)
    text = gold.seed().text
    blocks = split_blocks(text)
    names = {s.source_id: s.name for s in tables.sources}
    _score_claims(gold, tables, blocks, names, score)
    _score_attributions(gold, tables, names, score)
    _score_images(gold, tables, score)
    _score_weekdays(gold, tables, score)
    return score


def _same_name(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


# A relative figure's value is a product the text never states ('en tredel' of 218 is 72.67):
# an annotator may round it, so it is compared to within 0.5 %.
RELATIVE_ROUNDING = 0.005


def _close(a: float | None, b: float | None, tolerance: float = 1e-6) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tolerance * max(1.0, abs(b))


def _score_claims(
    gold: Gold, tables: ArticleTables, blocks: list[Any], names: dict[str, str], score: ArticleScore
) -> None:
    predicted = tables.claims
    matched: set[int] = set()
    score.claims.predicted = score.claim_spans.predicted = len(predicted)
    for claim in gold.data["claims"]:
        score.claims.gold += 1
        score.claim_spans.gold += 1
        block = blocks[claim["para"]] if claim["para"] < len(blocks) else None
        spans = []
        if block is not None:
            pattern = r"(?<!\w)" + re.escape(claim["text"]) + r"(?!\w)"
            spans = [(block.start + m.start(), block.start + m.end()) for m in re.finditer(pattern, block.text)]
        best, overlap = None, 0
        for index, row in enumerate(predicted):
            if index in matched or row.paragraph != claim["para"]:
                continue
            for start, end in spans:
                shared = min(end, row.char_end) - max(start, row.char_start)
                if shared > overlap:
                    best, overlap = index, shared
        where = f"para {claim['para']} {claim['id']} {claim['text']!r}"
        if best is None:
            score.errors.append(f"claim missed: {where}")
            continue
        matched.add(best)
        score.claim_spans.correct += 1
        row = predicted[best]
        problems = []
        if claim["qualifier"] in ("vague", "range"):
            low, high = claim.get("range") or (None, None)
            if not (_close(row.value_low, low) and _close(row.value_high, high)):
                problems.append(f"range {row.value_low}..{row.value_high} != {low}..{high}")
        elif not _close(row.value, claim.get("value"), RELATIVE_ROUNDING if claim["qualifier"] == "relative" else 1e-6):
            problems.append(f"value {row.value} != {claim.get('value')}")
        if row.qualifier != claim["qualifier"]:
            problems.append(f"qualifier {row.qualifier} != {claim['qualifier']}")
        source = names.get(row.source_id) if row.source_id else None
        if not _same_name(source, claim.get("source")):
            problems.append(f"source {source!r} != {claim.get('source')!r}")
        if problems:
            score.errors.append(f"claim wrong: {where}: " + "; ".join(problems))
        else:
            score.claims.correct += 1
    for index, row in enumerate(predicted):
        if index not in matched:
            score.errors.append(f"claim extra: para {row.paragraph} {row.text!r}")


def _score_attributions(gold: Gold, tables: ArticleTables, names: dict[str, str], score: ArticleScore) -> None:
    by_block: dict[int, set[str]] = {}
    unattributed_quotes: set[int] = set()
    for statement in tables.statements:
        if statement.speaker_id:
            by_block.setdefault(statement.paragraph, set()).add(names[statement.speaker_id].casefold())
        elif statement.kind == "direct_quote":
            unattributed_quotes.add(statement.paragraph)
    gold_pairs: set[tuple[int, str]] = set()
    for entry in gold.data["attributions"]:
        score.attributions.total += 1
        para, speaker = entry["para"], entry.get("speaker")
        if speaker is None:
            ok = para in unattributed_quotes
        else:
            gold_pairs.add((para, speaker.casefold()))
            ok = speaker.casefold() in by_block.get(para, set())
        if ok:
            score.attributions.correct += 1
        else:
            got = sorted(by_block.get(para, set())) or ["nobody"]
            score.errors.append(f"attribution wrong: para {para} expected {speaker!r}, got {', '.join(got)}")
    for para, speakers in sorted(by_block.items()):
        for speaker in sorted(speakers):
            score.attribution_precision.total += 1
            if (para, speaker) in gold_pairs:
                score.attribution_precision.correct += 1
            else:
                score.errors.append(f"attribution extra: para {para} {speaker!r}")


def _score_images(gold: Gold, tables: ArticleTables, score: ArticleScore) -> None:
    images = {image.paragraph: image for image in tables.images}
    for entry in gold.data.get("images") or []:
        score.images.total += 1
        image = images.get(entry["para"])
        if (
            image is not None
            and image.photographer == entry.get("photographer")
            and image.agency == entry.get("agency")
        ):
            score.images.correct += 1
        else:
            got = (image.photographer, image.agency) if image else None
            score.errors.append(
                f"image wrong: para {entry['para']} expected "
                f"{(entry.get('photographer'), entry.get('agency'))}, got {got}"
            )


def _score_weekdays(gold: Gold, tables: ArticleTables, score: ArticleScore) -> None:
    expected: dict[str, Any] = gold.data["article"].get("weekday_dates") or {}
    for row in tables.dates:
        word = next((day for day in expected if row.text.lower().startswith(day)), None)
        score.weekdays.total += 1
        wanted = expected.get(word) if word else None
        wanted = wanted if isinstance(wanted, date) or wanted is None else date.fromisoformat(str(wanted))
        if wanted is not None and row.date == wanted:
            score.weekdays.correct += 1
        else:
            score.errors.append(f"weekday wrong: para {row.paragraph} {row.text!r} -> {row.date}, expected {wanted}")
