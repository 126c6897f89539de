"""Time extraction of one huge article against its size: extraction must grow linearly.

    python benchmarks/linear_time.py
    python benchmarks/linear_time.py --kinds paragraph,line --sizes 31k,62k,125k --timeout 60

Each seed is one block or one line of text built from synthetic articles (`claimpack synth`) or
from sentences that stress one rule: no sentence punctuation at all, a «…» quote in every
clause, one that never closes, dense figures, long runs of capitalised words, dash quotes with
no speaker. Every (kind, size) runs `claimpack.pipeline.extract_article` in a fresh process and
reports its CPU time (`time.process_time`); a run past `--timeout` seconds is stopped and shown
as '>N'. The last column is the time per MB at the largest size over that at the smallest.
Results before and after extraction was made linear: benchmarks/LINEAR_TIME.md.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

SIZES = {
    "31k": 31_250,
    "62k": 62_500,
    "125k": 125_000,
    "250k": 250_000,
    "500k": 500_000,
    "1M": 1_000_000,
    "2M": 1_999_000,  # under --max-bytes (2,000,000): what `claimpack build` accepts
}
PUBLISHED = "2024-05-29"
NAMES = ["Tone Hansen", "Marianne Gasser", "Ola Nordmann", "Kari Bakke", "Jonas Eriksen", "Ida Ruud"]
BODIES = ["Røde Kors", "Sivilforsvaret", "FN", "politiet", "Statens vegvesen", "kommunen"]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def _synthetic_articles() -> Iterator[str]:
    from claimpack.synth import generate

    for index in itertools.count():
        yield generate(7, index).text


def _paragraph() -> Iterator[str]:
    """Realistic news: synthetic articles with every blank line removed (one block). Photo
    captions are left out: a block with a credit ('Foto: …') is a caption, not a paragraph."""
    from claimpack.segment.blocks import classify

    for text in _synthetic_articles():
        parts = [part.strip() for part in text.split("\n\n") if part.strip()]
        yield " ".join(part for part in parts if classify(part) != "caption") + " "


def _line() -> Iterator[str]:
    """The same text with no sentence punctuation: one block, one sentence."""
    for text in _paragraph():
        yield re.sub(r"[.!?…]+(?=\s|$)", "", text)


def _blocks() -> Iterator[str]:
    """Many ordinary paragraphs (blank lines kept): nothing may be quadratic across blocks either."""
    for text in _synthetic_articles():
        yield text + "\n\n"


def _guillemets() -> Iterator[str]:
    for n in itertools.count():
        name, body, day = NAMES[n % 6], BODIES[n % 5], DAYS[n % 7]
        yield (
            f"«Vi har full kontroll», sier {name}, og kaller det «svært krevende» at «{1000 + n} mennesker er "
            f"evakuert» {day}, mens {body} hevder at «tallet er {2 * n + 40}». "
        )


def _unclosed() -> Iterator[str]:
    """A « that never closes: every later boundary is inside the quote."""
    yield "«"
    for text in _paragraph():
        yield text.replace("«", "").replace("»", "") + " "


def _numbers() -> Iterator[str]:
    for n in itertools.count():
        yield (
            f"Mellom {n % 90 + 10} og {n % 90 + 20} av de {6400 + n}.{n % 900 + 100} evakuerte fikk rundt "
            f"{n % 9 + 1},5 millioner kroner, over {50 + n}.000 sivile og {n % 800 + 100} 000 mennesker er "
            f"berørt, {n % 60 + 2} år etter {1990 + n % 30}, 2–1 og {n % 80 + 10}–{n % 80 + 90} prosent, to hundre "
            f"og femti, dobbelt så mange som {n + 3} ifølge {BODIES[n % 6]} {DAYS[n % 7]} "
        )


def _capitals() -> Iterator[str]:
    """Long runs of capitalised words and names with no punctuation between them."""
    words = [
        "Marianne Gasser",
        "Røde Kors",
        "Syrian Observatory For Human Rights",
        "Norsk Sau Og Geit",
        "Statens Vegvesen",
        "Oslo Kommune",
        "FN",
        "NRK",
        "Staffan De Mistura",
        "Tone Hansen",
        "Sivilforsvaret",
        "Innenriksdepartementet",
    ]
    for n in itertools.count():
        yield f"{words[n % len(words)]} {words[(n * 7 + 3) % len(words)]} "


def _dashes() -> Iterator[str]:
    """Dash quotes in one paragraph; most never name their speaker."""
    for n in itertools.count():
        tail = f", sier {NAMES[n % 6]}, leder i {BODIES[n % 6]}" if n % 50 == 49 else ""
        yield f"– Vi har evakuert {n + 100} mennesker {DAYS[n % 7]}. Situasjonen er alvorlig{tail}. "


def _bare() -> Iterator[str]:
    """No punctuation at all, not even commas: one clause as long as the text."""
    for text in _paragraph():
        yield re.sub(r"[^\w\s]+(?=\s|$)|(?<=\s)[^\w\s]+", "", text) + " "


def _blob() -> Iterator[str]:
    """One word as long as the text, of letters and digits (a data blob, a code): tokenizing
    must not rescan it from every token start."""
    yield "Vedlegg: "
    for n in itertools.count():
        yield f"a{n % 10}B"


def _marks() -> Iterator[str]:
    """Long runs of '!', '.', '?' and spaces between sentences."""
    for n, text in enumerate(_paragraph()):
        mark = "!.? "[n % 4]
        yield text + " " + mark * 5000 + " "


KINDS: dict[str, Callable[[], Iterator[str]]] = {
    "paragraph": _paragraph,
    "line": _line,
    "blocks": _blocks,
    "guillemets": _guillemets,
    "unclosed": _unclosed,
    "numbers": _numbers,
    "capitals": _capitals,
    "dashes": _dashes,
    "bare": _bare,
    "blob": _blob,
    "marks": _marks,
}


def seed_text(kind: str, size: int) -> str:
    """Text of about `size` UTF-8 bytes (cut after a word), the same bytes every run."""
    parts: list[str] = []
    total = 0
    for part in KINDS[kind]():
        parts.append(part)
        total += len(part.encode("utf-8"))
        if total >= size:
            break
    data = "".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")
    cut = data.rfind(" ", len(data) - 200)  # the end of the last word, unless the text is one word
    # A closing full stop: a block that ends in '…, sier Tone Hansen' with none trips an old bug
    # (the scan for the token after the speaker finds none), which is not what is measured here.
    return data[: cut if cut > 0 else len(data)].rstrip() + " Slutt.\n"


def measure(kind: str, size: int) -> dict[str, object]:
    """Extract one seed here; the CPU seconds and how many rows it gave."""
    from claimpack.model import Seed
    from claimpack.pipeline import extract_article

    text = seed_text(kind, size)
    data = text.encode("utf-8")
    seed = Seed(
        article_id=f"{kind}-{size}",
        path=Path(f"{kind}-{size}.txt"),
        source_path=f"seeds/{kind}-{size}.txt",
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        meta={"language": "nb", "published": PUBLISHED, "title": None, "publisher": None, "url": None, "authors": None},
    )
    started = time.process_time()
    tables = extract_article(seed)
    seconds = time.process_time() - started
    rows = sum(len(getattr(tables, name)) for name in ("statements", "claims", "mentions", "sources", "dates"))
    return {"seconds": seconds, "bytes": len(data), "rows": rows}


def run(kind: str, size: int, timeout: float) -> dict[str, object] | None:
    """`measure` in a fresh process; None when it does not finish within `timeout` seconds."""
    command = [sys.executable, __file__, "--one", kind, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ", ".join(KINDS))
    parser.add_argument("--sizes", default=",".join(SIZES), help="comma-separated: " + ", ".join(SIZES))
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a run is stopped")
    parser.add_argument("--one", nargs=2, metavar=("KIND", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return
    sizes = args.sizes.split(",")
    print(f"| kind | {' | '.join(sizes)} | s/MB largest ÷ smallest |")
    print(f"|---|{'---:|' * len(sizes)}---:|")
    for kind in args.kinds.split(","):
        cells: list[str] = []
        per_mb: list[float] = []
        for label in sizes:
            result = None if cells and cells[-1].startswith(">") else run(kind, SIZES[label], args.timeout)
            if result is None:
                cells.append(f">{args.timeout:g}")
                continue
            seconds = float(result["seconds"])  # type: ignore[arg-type]
            cells.append(f"{seconds:.2f}")
            per_mb.append(seconds / (int(result["bytes"]) / 1e6))  # type: ignore[call-overload]
        ratio = f"{per_mb[-1] / per_mb[0]:.2f}" if len(per_mb) > 1 and per_mb[0] > 0 else ""
        print(f"| {kind} | {' | '.join(cells)} | {ratio} |", flush=True)


if __name__ == "__main__":
    main()
