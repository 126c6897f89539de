"""Shortcuts taken for speed give exactly the answers of the full tests they stand in front of.

A prefilter (a word set, a per-word cache, a cheaper first test) answers "no" only where the full
test would. The full tests are written out here as the reference, and every token of every gold
text is asked both ways.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest

from claimpack.extract import attributions, figures
from claimpack.extract.attributions import CLAUSE_MARKS, COMMA, AttributionFinder, _opens_clause, _opens_relative_clause
from claimpack.extract.names import _coordinated_compound, _may_open_name
from claimpack.extract.numbers import split_number_word
from claimpack.extract.phrases import PhraseParser, is_brand
from claimpack.pipeline import BlockWork, _prepare, proper_nouns_in, spoken_to_in
from claimpack.resolve.quantities import UNCONFIRMED, UNCONFIRMED_WORDS
from claimpack.segment.blocks import split_blocks
from claimpack.segment.tokens import Token

DATA = Path(__file__).parent / "data"


@cache
def _gold_texts() -> tuple[str, ...]:
    paths = sorted(DATA.glob("holdout*/*.txt")) + sorted((DATA / "corpus").glob("*.txt"))
    return tuple(p.read_text("utf-8") for p in paths)


@cache
def _blocks() -> tuple[BlockWork, ...]:
    """Every block of every gold text, prepared as the pipeline prepares it (read once)."""
    return tuple(
        _prepare(block, proper_nouns_in(text), spoken_to_in(text))
        for text in _gold_texts()
        for block in split_blocks(text)
    )


class _Everything(frozenset[str]):
    """A word set that holds every word: the prefilter it stands for lets everything through."""

    def __contains__(self, word: object) -> bool:
        return True


def _full_name_test(parser: PhraseParser, tokens: list[Token], k: int) -> bool:
    """The name scan's test before the shortcut for words in small letters."""
    return (
        parser.name_like(k)
        or parser.is_genitive(k)
        or (tokens[k].is_word and parser.is_role_word(k))
        or (tokens[k].is_word and parser.describing_noun(k) and parser.name_like(k + 1))
        or parser.article_opens_name(k)
        or (tokens[k].is_word and parser.company_compound(k))
        or (tokens[k].is_capitalized and parser.named_for(k))
        or (tokens[k].is_capitalized and parser.named_by_place(k))
        or (tokens[k].is_capitalized and _coordinated_compound(parser, k))
        or parser.spelled_by_acronym(k)
    )


def test_name_scan_shortcut_gives_the_full_tests_answer() -> None:
    asked = 0
    for work in _blocks():
        for k, token in enumerate(work.tokens):
            assert _may_open_name(work.parser, token, k) == _full_name_test(work.parser, work.tokens, k), (
                work.block.text,
                token,
            )
            asked += 1
    assert asked > 100_000  # every token of every gold text, not a handful


def test_brands_genitives_roles_and_definite_nouns_in_small_letters_open_names() -> None:
    """The shortcut lets through what the full test accepts, each kind of word by its own test."""
    text = "Han brukte iTromsø, og politiets pressetalsperson og ordfører og analysebyrået Sentio svarte."
    work = _prepare(split_blocks(text)[0], proper_nouns_in(text), spoken_to_in(text))
    opens = {t.text for k, t in enumerate(work.tokens) if _may_open_name(work.parser, t, k)}
    assert {"iTromsø", "politiets", "ordfører", "analysebyrået"} <= opens
    assert not opens & {"brukte", "og", "svarte"}


def test_cue_lookup_only_at_opening_words_finds_every_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    finders = [
        AttributionFinder(w.block.text, w.block.start, w.tokens, w.sentences, w.block.is_dash_quote)
        for w in _blocks()
        if w.block.kind == "paragraph"
    ]
    fast = [[f.cue_at(k) for k in range(len(f.tokens))] for f in finders]
    monkeypatch.setattr(attributions, "_cue_openers", lambda: _Everything())
    full = [[f.cue_at(k) for k in range(len(f.tokens))] for f in finders]
    assert fast == full
    assert sum(c is not None for cues in fast for c in cues) > 1000


def test_clause_marks_tried_only_at_their_words() -> None:
    for work in _blocks():
        tokens = work.tokens
        for test, words in ((_opens_clause, CLAUSE_MARKS), (_opens_relative_clause, COMMA)):
            fast = attributions._last_where(tokens, test, words)
            assert fast == attributions._last_where(tokens, test, _Everything())


def test_organisations_looked_up_only_at_their_first_words() -> None:
    for work in _blocks():
        parser = work.parser
        for k in range(-2, len(work.tokens) + 1):
            words = [t.lower for t in parser.tokens[k : k + 3]] if k >= 0 else []
            full = next((n for n in (3, 2) if len(words) >= n and " ".join(words[:n]) in parser.lex.organisations), 0)
            assert parser.known_name_length(k) == full


def test_figure_openers_remembered_per_word() -> None:
    openers = figures._openers()
    assert openers is not None
    for work in _blocks():
        for token in work.tokens:
            if token.is_number:
                continue
            full = (
                token.lower in openers
                or token.lower in figures.EVERY
                or figures.MULTIPLIED.fullmatch(token.lower) is not None
                or (token.is_word and split_number_word(token.lower.partition("-")[0]) is not None)
            )
            assert figures._may_open_word(token.lower, token.is_word) == full


def test_unconfirmed_prefilter_never_hides_a_match() -> None:
    rng = random.Random(11)
    pieces = [
        "ikke ",
        "Ikke ",
        "IKKE ",
        "bekreftet",
        "BEKREFTET",
        "verifisert",
        "Verifiseres",
        "ubekreftet",
        "ubekreftede",
        "uverifiserte",
        " ",
        "latt seg ",
        "bekrefte",
        "ſ",
        "K",
    ]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    texts = [*made, *_gold_texts()]
    matched = 0
    for text in texts:
        if UNCONFIRMED.search(text):
            matched += 1
            assert UNCONFIRMED_WORDS.search(text), text
    assert matched > 100


def test_tokens_compare_as_values() -> None:
    token = Token("Oslo", 3, 7)
    assert token == Token("Oslo", 3, 7) and hash(token) == hash(Token("Oslo", 3, 7))
    assert token != Token("Oslo", 3, 8) and token != ("Oslo", 3, 7)
    assert repr(token) == "Token(text='Oslo', start=3, end=7)"
    assert (token.lower, token.is_word, token.is_capitalized, token.is_number) == ("oslo", True, True, False)
    assert is_brand(Token("iTromsø", 0, 7))
