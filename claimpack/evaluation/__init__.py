"""Score the extractor against hand-annotated gold files."""

from claimpack.evaluation.gold import Gold, find_gold_files, load_gold
from claimpack.evaluation.score import ArticleScore, Evaluation, evaluate

__all__ = ["ArticleScore", "Evaluation", "Gold", "evaluate", "find_gold_files", "load_gold"]
