"""Cut a seed text into blocks, sentences and tokens, keeping every offset into the seed."""

from claimpack.segment.blocks import Block, split_blocks
from claimpack.segment.sentences import Sentence, split_sentences
from claimpack.segment.tokens import Token, tokenize

__all__ = ["Block", "Sentence", "Token", "split_blocks", "split_sentences", "tokenize"]
