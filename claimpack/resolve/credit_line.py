"""A fact box's or a chart's credit line: «Kilde: Statens vegvesen» closing a block.

Norwegian newsrooms close a box of figures, or a chart's text, with «Kilde: X» (or «Kilder: X»):
every figure before it in that block is X's, though no reporting verb names X. Read as «ifølge X»
placed last. Several sources on one line («Kilder: SSB og Nav») say which figure is whose no more
than the narrator does, so they credit nobody: unknown is null.
"""

from __future__ import annotations

import re
from typing import Final

from claimpack.lexicons import lexicon
from claimpack.model import SourceKind

# «Kilde: Veivesenet» at the very end of a block: a name of at most six words, no list of several
CREDIT_LINE: Final = re.compile(r"(?:^|(?<=\s))Kilder?: *(?P<name>[A-ZÆØÅ][\w.&-]*(?: [\w.&-]+){0,5})[ .]*$")
SEVERAL: Final = re.compile(r",| og | & ")


def credit_line(text: str) -> tuple[int, str] | None:
    """Where a block's credit line starts and the one source it names: 'Veivesenet' at the end of
    «Antall drepte i trafikken 2017: 106 2016: 135 Kilde: Veivesenet»; None for «Kilder: SSB og Nav»."""
    found = CREDIT_LINE.search(text)
    if found is None or SEVERAL.search(found["name"]):
        return None
    return found.start(), found["name"]


def credited_kind(name: str) -> SourceKind:
    """The kind the lexicon gives a name it knows ('SSB', 'NRK'); any other credited source is a
    body: a fact box credits an agency, a company or a survey, not a person."""
    entry = lexicon().organisations.get(name.lower())
    return entry.kind if entry is not None else "organization"
