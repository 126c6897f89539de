"""Photo captions: 'KAN TA DAGER: Ambulanser … Foto: Omar Sanadiki , Reuters'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from claimpack.extract.phrases import NAME_PARTICLES
from claimpack.extract.words import is_first_name, organisation_type
from claimpack.lexicons import lexicon
from claimpack.segment.blocks import CAPTION_LABEL, find_credit

# Spaces before a separator are matched from where they begin, not again from each of them.
SPLIT: Final = re.compile(r"(?:(?<!\s)\s+)?[,/|]\s*")


@dataclass(frozen=True)
class Caption:
    label: str | None
    caption: str | None
    photographer: str | None
    agency: str | None


def parse_caption(text: str) -> Caption:
    """Split a caption block into label, caption, photographer and agency.

    'Name , Agency' and 'Name / Agency' are both normalised; a credit that is only an
    agency ('Foto: Reuters') has no photographer.
    """
    label = None
    body = text
    match = CAPTION_LABEL.match(text)
    if match and not _credit_head(match.group("label")):
        label = match.group("label").strip()
        body = text[match.end() :]
    photographer = agency = None
    credit = find_credit(body)
    if credit:
        start, written = credit
        photographer, agency = split_credit(written)
        body = body[:start]
    caption = body.strip() or None
    return Caption(label, caption, photographer, agency)


def _credit_head(label: str) -> bool:
    """'FOTO: Jon Olav Nesvold / NTB Scanpix' is a credit alone, its head in capitals, not a
    caption labelled 'FOTO'."""
    return label.lower() in _credit_words()


@cache
def _credit_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().credit_words)


def split_credit(credit: str) -> tuple[str | None, str | None]:
    parts = [p.strip() for p in SPLIT.split(credit.strip().rstrip(".")) if p.strip()]
    if not parts:
        return None, None
    agencies = {a.lower() for a in lexicon().agencies}
    if len(parts) == 1:
        only = parts[0]
        if only.lower() in agencies or only.split()[-1] in lexicon().company_forms:
            return None, only  # 'Foto: Frøya Tare AS': a company
        return _agency_after_name(only, agencies) or ((only, None) if _person_like(only) else (None, only))
    if _surname_first(parts[0], parts[1], agencies):
        return f"{parts[1]} {parts[0]}", " ".join(parts[2:]) or None
    # 'Cornelius Poppe / Gorm Kallestad / NTB': every photographer before the agency
    people = 1
    while people < len(parts) - 1 and _another_photographer(parts[people], agencies):
        people += 1
    return ", ".join(parts[:people]), " ".join(parts[people:])


def _another_photographer(part: str, agencies: set[str]) -> bool:
    """A credit's part after the first photographer's that names another: a person's name, no
    agency and no acronym ('NTB Scanpix')."""
    words = part.split()
    return part.lower() not in agencies and _person_like(part) and not any(w.isupper() for w in words)


def _agency_after_name(credit: str, agencies: set[str]) -> tuple[str, str] | None:
    """'Gudrun Dreiås Majala NVE', 'Kari Lie TV 2': a person's name and, with no separator, an
    agency the lexicon knows or a body's acronym closing the credit."""
    words = credit.split()
    company_forms = lexicon().company_forms  # 'Frøya Tare AS' is a company's whole name
    for width in (2, 1):
        name, tail = " ".join(words[:-width]), " ".join(words[-width:])
        acronym = width == 1 and len(tail) >= 2 and tail.isalpha() and tail.isupper() and tail not in company_forms
        if (tail.lower() in agencies or acronym) and _person_like(name):
            return name, tail
    return None


def _surname_first(first: str, second: str, agencies: set[str]) -> bool:
    """'Grøtt, Vegard / Scanpix': a photographer written surname first (the archive style of
    NTB scanpix), told from 'Hansen, NTB' by a given name after the comma and none before it."""
    words = second.split()
    return (
        " " not in first
        and first[:1].isupper()
        and not is_first_name(first)
        and first.lower() not in agencies
        and 1 <= len(words) <= 2
        and all(is_first_name(word) for word in words)
    )


def _person_like(credit: str) -> bool:
    """'Ola Nordmann' is a photographer; 'Reuters', 'Statens naturoppsyn' and 'Forsvaret' are bodies."""
    words = credit.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() not in NAME_PARTICLES):
        return False
    return not (words[0].endswith("s") and organisation_type(words[-1]) is not None)
