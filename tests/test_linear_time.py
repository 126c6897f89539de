"""Extraction time grows linearly with the size of one block: a 1 MB paragraph or line builds in
seconds, and twice the text takes about twice the time (it once took the square: 10 s for 62 kB).

Timed with `time.process_time` (CPU time of this process, so other tests running beside it matter
little) on sizes large enough to measure steadily; the bound on the ratio is generous.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from datetime import date
from itertools import count
from pathlib import Path

import pytest

from claimpack.extract.figures import find_figures
from claimpack.extract.weekdays import find_weekdays
from claimpack.pipeline import extract_article
from claimpack.read import read_seed
from claimpack.resolve.comparisons import _named_by
from claimpack.resolve.entities import Entity
from claimpack.resolve.publisher import publishing_body
from claimpack.segment.blocks import classify
from claimpack.synth import generate

SIDECAR = {"language": "nb", "published": "2024-05-29", "title": None, "publisher": None, "url": None, "authors": None}
HALF, FULL = 500_000, 1_000_000


def one_paragraph(size: int) -> str:
    """Synthetic news (quotes, figures, weekdays) with every blank line removed. Captions are
    left out: with a photo credit in it the block would be one caption, not a paragraph."""
    parts: list[str] = []
    total = 0
    for index in count():
        blocks = [part.strip() for part in generate(11, index).text.split("\n\n") if part.strip()]
        text = " ".join(block for block in blocks if classify(block) != "caption")
        parts.append(text)
        total += len(text.encode("utf-8")) + 1
        if total >= size:
            break
    return " ".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore").rsplit(" ", 1)[0] + "\n"


def one_line(size: int) -> str:
    """The same with no sentence punctuation: one block that is one sentence (with a full stop
    at the end: a block ending in '…, sier Tone Hansen' trips an old, unrelated bug)."""
    return re.sub(r"[.!?…]+(?=\s|$)", "", one_paragraph(size)).rstrip() + ".\n"


def cpu_seconds(tmp_path: Path, name: str, text: str) -> float:
    path = tmp_path / "seeds" / f"{name}.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.with_name(f"{name}.meta.json").write_text(json.dumps(SIDECAR), encoding="utf-8")
    seed = read_seed(path, root=tmp_path)
    started = time.process_time()
    tables = extract_article(seed)
    seconds = time.process_time() - started
    assert [s.kind for s in tables.statements if s.kind in ("caption", "heading")] == []  # one paragraph
    assert tables.claims and tables.mentions
    return seconds


@pytest.mark.parametrize("make", [one_paragraph, one_line], ids=["paragraph", "line"])
def test_doubling_the_text_about_doubles_the_time(tmp_path: Path, make: Callable[[int], str]) -> None:
    cpu_seconds(tmp_path, "warm", make(20_000))  # lexicons and caches load once
    # the best of two alternated runs each: a test beside it on the other core slows one run, and
    # CPU time too grows when both cores fight over the cache (a quadratic step still shows: 4x)
    halves, fulls = [], []
    for run in range(2):
        halves.append(cpu_seconds(tmp_path, f"half{run}", make(HALF)))
        fulls.append(cpu_seconds(tmp_path, f"full{run}", make(FULL)))
    half, full = min(halves), min(fulls)
    assert full < 30, f"a 1 MB block took {full:.1f} s"
    assert full / half < 3, f"{HALF:,} bytes: {half:.2f} s, {FULL:,} bytes: {full:.2f} s"


def test_a_long_run_of_letters_is_not_read_letter_by_letter(tmp_path: Path) -> None:
    """A word of 80,000 letters after a figure once took 18 s: every noun, numeral and compound
    lookup cut it into each head and tail (the square of its length). No word is that long."""
    cpu_seconds(tmp_path, "warm", "Det kom 5 personer, sier Kari Berg.\n")
    text = "a" * 200_000 + " Det kom 5 " + "grunnskoleelever" * 5_000 + ", sier Kari Berg.\n"
    assert cpu_seconds(tmp_path, "long", text) < 2


def test_a_cycle_of_affiliations_ends() -> None:
    """'X i Y' and 'Y i X' in hostile text can make two entities each other's affiliation: the
    lookup of a compared source's name walks at most a few of them, never round the cycle."""
    body, person = Entity("Fjordlaks AS", "organization"), Entity("Kari Hansen", "person")
    body.affiliation, person.affiliation = person, body
    assert not _named_by(body, {"kommune"})
    assert _named_by(person, {"fjordlaks"})


def test_a_hostile_publisher_name_is_read_once() -> None:
    """A sidecar's publisher is untrusted: a million spaces before a bracket, or a bracket with no
    end, takes one scan (a regex that stripped '(SSB)' once backtracked over every space)."""
    publishing_body("SSB")  # the lexicons load once
    start = time.process_time()
    for name in (" " * 1_000_000 + "x", "(" * 1_000_000 + ")", "Oslo kommune" + " (x" * 300_000 + ")"):
        publishing_body(name)
    assert time.process_time() - start < 2


def test_a_block_of_fronted_days_is_read_once() -> None:
    """'fra mandag …' 20,000 times in one block with no full stop: the words after each day are
    read in a window, not to the sentence's end (that search took 23 s, the square of the block)."""
    find_weekdays("fra mandag.", 0, date(2025, 1, 1))  # the lexicons load once
    start = time.process_time()
    find_weekdays(("fra mandag " + "x" * 40 + " ") * 20_000, 0, date(2025, 1, 1))
    assert time.process_time() - start < 3


def test_a_run_of_suspended_compounds_is_read_once() -> None:
    """'5-, 5-, 5-, …' 20,000 times with no word to end them: each hyphen looks a few numbers
    ahead for the compound's word, not to the run's end (unbounded, that took 24 s)."""
    find_figures("5 biler.")  # the lexicons load once
    start = time.process_time()
    find_figures("Det var " + "5-, " * 20_000 + "og mer.")
    assert time.process_time() - start < 3
