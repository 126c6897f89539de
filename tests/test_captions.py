"""Captions: label, caption text, photographer and agency, with the credit normalised."""

from __future__ import annotations

import pytest

from claimpack.extract.captions import parse_caption
from claimpack.segment.blocks import classify


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KAN TA DAGER: Ambulanser kjører. Foto: Omar Sanadiki , Reuters",
            ("KAN TA DAGER", "Ambulanser kjører.", "Omar Sanadiki", "Reuters"),
        ),
        (
            "KUTT: Solheim la fram forslaget. Foto: Mari Tangen / NTB scanpix",
            ("KUTT", "Solheim la fram forslaget.", "Mari Tangen", "NTB scanpix"),
        ),
        ("PÅ FLUKT: Familier venter. Foto: Reuters", ("PÅ FLUKT", "Familier venter.", None, "Reuters")),
        ("SPOR: Et spor i snøen. Foto: Statens vegvesen", ("SPOR", "Et spor i snøen.", None, "Statens vegvesen")),
        ("VAKT: Soldater i kø. Foto: Kari Holm", ("VAKT", "Soldater i kø.", "Kari Holm", None)),
        ("STREIKEVAKT: Ansatte demonstrerte fredag.", ("STREIKEVAKT", "Ansatte demonstrerte fredag.", None, None)),
        ("NY SJEF: Hun tiltrer i mai. Foto: Kari Nordmann", ("NY SJEF", "Hun tiltrer i mai.", "Kari Nordmann", None)),
        # a bracketed credit before the sentence's full stop
        (
            "Hagen er leder for politiet i Lofoten (foto: Politiet).",
            (None, "Hagen er leder for politiet i Lofoten", None, "Politiet"),
        ),
        # a credit alone, its head in capitals: no label
        ("FOTO: Jon Olav Nesvold / NTB Scanpix", (None, None, "Jon Olav Nesvold", "NTB Scanpix")),
        ("ARKIVFOTO: NTB", (None, None, None, "NTB")),
        # an archive photo credited in brackets, with or without a label
        (
            "BYGGET: Kaia sto klar i 2019. (Arkivfoto: Per Olsen)",
            ("BYGGET", "Kaia sto klar i 2019.", "Per Olsen", None),
        ),
        ("Ordføreren på kaia i fjor. (Arkivfoto: NTB)", (None, "Ordføreren på kaia i fjor.", None, "NTB")),
        ("Torget i Bodø. Illustrasjonsfoto: Anne Dahl / NTB", (None, "Torget i Bodø.", "Anne Dahl", "NTB")),
        # the surname first, as archive credits write it; a given name after the comma tells it
        ("Politiet på stedet. Foto: Grøtt, Vegard / Scanpix", (None, "Politiet på stedet.", "Vegard Grøtt", "Scanpix")),
        # two photographers before the agency, and an agency in two parts
        (
            "Ferja la til. Foto: Tove Moen / Sverre Haga / NTB",
            (None, "Ferja la til.", "Tove Moen, Sverre Haga", "NTB"),
        ),
        ("Ferja la til. Foto: Tove Moen / NTB / Scanpix", (None, "Ferja la til.", "Tove Moen", "NTB Scanpix")),
        ("Politiet på stedet. Foto: Berg, Kari", (None, "Politiet på stedet.", "Kari Berg", None)),
        ("Politiet på stedet. Foto: Hansen, NTB", (None, "Politiet på stedet.", "Hansen", "NTB")),
        ("Politiet på stedet. Foto: Kari Berg, Aftenposten", (None, "Politiet på stedet.", "Kari Berg", "Aftenposten")),
        # an agency or a body's acronym after the name, with no separator
        (
            "Flom i Nidelva. Foto: Gudrun Dreiås Majala NVE",
            (None, "Flom i Nidelva.", "Gudrun Dreiås Majala", "NVE"),
        ),
        ("Kari Lie leder. Foto: Ola Hansen TV 2", (None, "Kari Lie leder.", "Ola Hansen", "TV 2")),
        ("Tare på land. Foto: Frøya Tare AS", (None, "Tare på land.", None, "Frøya Tare AS")),
        # printed with no space after the full stop
        (
            "Kommunen må kutte drøyt 22 millioner.Foto: Fritz Hansen",
            (None, "Kommunen må kutte drøyt 22 millioner.", "Fritz Hansen", None),
        ),
    ],
)
def test_parse_caption(text: str, expected: tuple[str | None, ...]) -> None:
    caption = parse_caption(text)
    assert (caption.label, caption.caption, caption.photographer, caption.agency) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ODD – VIKING: 2–0", "heading"),  # a scoreline, not a caption
        ("Kaia i Bodø i fjor. (Arkivfoto: Per Olsen)", "caption"),
        ("PÅ KAIA: Folk venter på ferja.", "caption"),
        ("EVAKUERT: Turister venter på busser utenfor hotellet.", "caption"),
        # a place the story was filed from, not a label: no word, no credit
        ("BARDUFOSS: Antall passasjerer økte med 7,6 prosent i fjor, ifølge Avinor.", "paragraph"),
        ("KIRKENES: Sykehuset i Kirkenes rammes hardest. Foto: Kai Isaksen / NTB", "caption"),
        ("Sprekk: Kommunen må kutte drøyt 22 millioner.Foto: Fritz Hansen", "caption"),
    ],
)
def test_block_kind(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(
    ("text", "kind", "credit"),
    [
        # a credit line of its own with no colon after 'Foto'
        ("Foto Gro Kibsgaard-Petersen/Kystverket", "caption", ("Gro Kibsgaard-Petersen", "Kystverket")),
        ("Foto Kari Holm", "caption", ("Kari Holm", None)),
        # a sentence about a photographer is none
        ("Fotografen Kari Holm tok bildet.", "paragraph", None),
        ("Foto Kari Holm og Per Hansen har tatt 300 bilder i år, sier han.", "paragraph", None),
    ],
)
def test_a_bare_credit_line_is_a_caption(text: str, kind: str, credit: tuple[str | None, str | None] | None) -> None:
    assert classify(text) == kind
    if credit is not None:
        caption = parse_caption(text)
        assert (caption.photographer, caption.agency) == credit
