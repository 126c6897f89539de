"""The publisher as the source of its own figures.

A statistics bureau's release, a municipality's news page or a police district's report states its
figures itself: a figure such a text names no source for is the publisher's, not a narrator's, and
«figure given without a source» would be a false alarm on every row. A newsroom stays a narrator,
and so does a publisher nothing says is a body: unknown is null.
"""

from __future__ import annotations

from claimpack.extract.phrases import BODY_KINDS
from claimpack.extract.words import organisation_type
from claimpack.lexicons import lexicon
from claimpack.lexicons.ordbank import ordbank
from claimpack.model import SourceKind


def publishing_body(publisher: str | None) -> tuple[str, SourceKind] | None:
    """The name and kind of a publisher that is a body and no newsroom, a short name in brackets
    left off ('Statistisk sentralbyrå (SSB)'). The lexicon's kind for a name it knows ('SSB',
    'Mattilsynet'); else the kind of the type noun the name ends or opens with, in the definite
    form or in small letters as a body's name has it ('Politiet', 'Sykehuset Telemark', 'Beiarn
    kommune'). None for a newsroom ('NRK Troms', 'Folkebladet') and for a name nothing tells about
    ('Khrono'); a type noun in a title's bare form names a paper, not a body ('Politiforum',
    'Arbeidets Rett')."""
    name = (publisher or "").strip()
    if name.endswith(")") and "(" in name:
        name = name[: name.rfind("(")].strip()  # 'Statistisk sentralbyrå (SSB)': one scan, no regex to backtrack
    kind = _kind(name)
    return (name, kind) if kind is not None else None


def _kind(name: str) -> SourceKind | None:
    """The body kind `publishing_body` reads from the name, or None."""
    words = name.split()
    if not words:
        return None
    organisations = lexicon().organisations
    entry = organisations.get(name.lower())
    if entry is not None:
        return entry.kind if entry.kind in BODY_KINDS else None
    if any(organisations[w.lower()].kind == "media" for w in words if w.lower() in organisations):
        return None  # 'NRK Troms': a newsroom's regional office
    for word in dict.fromkeys((words[-1], words[0])):  # the last word first: 'Helse Bergen' has none
        typed = organisation_type(word.lower())
        if typed is None:
            continue
        named = (
            word.islower()
            or ordbank().noun_lemma(word.lower()) not in (None, word.lower())
            # 'Tromsø Havn': a place and the body's type noun (not a title's 'Arbeidets Rett')
            or (len(words) == 2 and word == words[-1] and ordbank().is_proper_noun(words[0]))
        )
        return typed[1] if named and typed[1] in BODY_KINDS else None
    return None
