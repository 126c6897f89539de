"""One synthetic article: a scenario (flood, fire, strike…) told with quotes, figures, a caption,
conflicting counts and unconfirmed numbers, filled from `templates.txt` and `vocabulary.json`."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from claimpack.synth import numbers

MIN_WORDS, MAX_WORDS = 200, 450
FIRST_DAY = date(2015, 1, 1)
OPTIONAL = ("filler", "money", "percent", "unattributed", "dash_quote", "followup", "more_quote")
# How often the gold articles disagree (tests/test_synth_realism.py keeps the corpus within its
# tolerance of them): most sources repeat one count; some give another, some conflict on purpose.
OTHER_COUNT = 0.01  # a figure drawn afresh instead of the article's count
CONFLICT = 0.055  # the article has a paragraph where two bodies give different counts
NO_CREDIT = 0.15  # a caption without «Foto:»
MAX_FILLERS = 1  # paragraphs of narration with no figure and no quote


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str
    meta: dict[str, Any]


@cache
def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files(__package__).joinpath("vocabulary.json").read_text("utf-8"))
    return data


@cache
def templates() -> dict[str, tuple[str, ...]]:
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in resources.files(__package__).joinpath("templates.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return {name: tuple(lines) for name, lines in sections.items()}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Filler(dict[str, str]):
    """Placeholder values; each figure is written afresh (form and qualifier) each time a template
    asks for one, mostly of the article's one count, as real articles repeat theirs."""

    def __init__(self, rng: random.Random, base: dict[str, str], low: int, high: int, count: int) -> None:
        super().__init__(base)
        self.rng, self.low, self.high, self.count = rng, low, high, count

    def _count(self) -> int:
        return self.rng.randint(self.low, self.high) if self.rng.random() < OTHER_COUNT else self.count

    def __missing__(self, key: str) -> str:
        rng = self.rng
        value = {
            "n": lambda: numbers.count(rng, self._count()),
            "n_plain": lambda: numbers.plain(rng, numbers.newsy(self._count())),
            "lo": lambda: numbers.plain(rng, numbers.newsy(self.low)),
            "hi": lambda: numbers.plain(rng, numbers.newsy(self.high)),
            "n_help": lambda: numbers.plain(rng, rng.randint(3, 60)),
            "pct": lambda: numbers.percent(rng),
            "money": lambda: numbers.money(rng),
            "vague": lambda: numbers.vague(rng),
        }
        lower = key[:1].lower() + key[1:]
        if lower in value:
            text = value[lower]()
        elif lower in self:
            text = self[lower]
        else:
            raise KeyError(key)
        return _cap(text) if key[:1].isupper() else text


def _person(rng: random.Random, vocab: dict[str, Any]) -> tuple[str, str, str]:
    """(full name, surname, pronoun)."""
    woman = rng.random() < 0.5
    first = rng.choice(vocab["women" if woman else "men"])
    surname = rng.choice(vocab["surnames"])
    return f"{first} {surname}", surname, "hun" if woman else "han"


def generate(seed: int, index: int) -> Article:
    """Article number `index` of corpus `seed`: the same pair always gives the same bytes."""
    rng = random.Random(f"claimpack-synth:{seed}:{index}")
    vocab, tpl = vocabulary(), templates()
    scenario = rng.choice(vocab["scenarios"])
    place = rng.choice(vocab["places"])
    org, org2 = rng.sample(vocab["orgs"], 2)
    full, surname, pron = _person(rng, vocab)
    low, high = scenario["range"]
    base = {
        "place": place,
        "weekday": rng.choice(vocab["weekdays"]),
        "org": org,
        "org2": org2,
        "body": rng.choice(vocab["bodies"]),
        "full": full,
        "surname": surname,
        "pron": pron,
        "pron_l": pron,
        "role": rng.choice(vocab["roles"]),
        "people": rng.choice(scenario["people"]),
        "event": scenario["event"],
        "topic": scenario["topic"],
    }
    first = rng.randint(low, high)
    fill = _Filler(rng, base, low, high, first)
    second = numbers.newsy(int(first * rng.uniform(1.3, 2.5)))
    fill["c1"], fill["c2"] = numbers.count(rng, first), numbers.plain(rng, second)

    def para(section: str) -> str:
        return rng.choice(tpl[section]).format_map(fill)

    blocks = [para("lead"), para("dash_quote"), para("followup")]
    caption = f"{rng.choice(scenario['label'])}: {rng.choice(scenario['caption']).format(place=place)}."
    credit = f"{rng.choice(vocab['photographers'])} {rng.choice(('/', ','))} {rng.choice(vocab['agencies'])}"
    blocks.append(caption if rng.random() < NO_CREDIT else f"{caption} Foto: {credit}")
    if rng.random() < CONFLICT:
        blocks.append(para("conflict"))
    blocks.append(rng.choice(tpl["subheading"]))
    # a second speaker, so pronoun follow-ups have someone new to refer to
    fill["full"], fill["surname"], fill["pron"] = _person(rng, vocab)
    fill["pron_l"], fill["role"] = fill["pron"], rng.choice(vocab["roles"])
    blocks.append(para("guillemet_quote"))
    target = rng.randint(MIN_WORDS, MAX_WORDS - 60)
    words = sum(len(b.split()) for b in blocks)
    deck = [(section, line) for section in OPTIONAL for line in tpl[section]]
    rng.shuffle(deck)  # each optional paragraph at most once, in a random order
    fillers = 0
    for section, line in deck:
        if words >= target:
            break
        if section == "filler":
            fillers += 1
            if fillers > MAX_FILLERS:
                continue
        block = line.format_map(fill)
        if words + len(block.split()) <= MAX_WORDS:
            blocks.append(block)
            words += len(block.split())
    published = FIRST_DAY + timedelta(days=rng.randrange(3650))
    article_id = f"{index:06d}_{rng.getrandbits(64):016x}"
    headline = scenario["headline"].format(place=place)
    author = _person(rng, vocab)[0]
    meta = {
        "language": "nb",
        "published": published.isoformat(),
        "title": headline if rng.random() < 0.8 else None,
        "publisher": rng.choice(vocab["publishers"]),
        "url": f"https://nyheter.example.no/{published.year}/{article_id}" if rng.random() < 0.7 else None,
        "authors": [author] if rng.random() < 0.7 else None,
        "notes": f"Synthetic article {index} of corpus seed {seed}, made by 'claimpack synth'; not real news.",
    }
    return Article(article_id, "\n\n".join(blocks) + "\n", meta)
