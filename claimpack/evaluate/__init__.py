"""Score the extractor against hand-annotated gold files."""

from claimpack.evaluate.gold import Gold, find_gold_files, load_gold
from claimpack.evaluate.score import ArticleScore, Evaluation, evaluate

__all__ = ["ArticleScore", "Evaluation", "Gold", "evaluate", "find_gold_files", "load_gold"]
