"""Captions: label, caption text, photographer and agency, with the credit normalised."""

from __future__ import annotations

import pytest

from claimpack.extract.captions import parse_caption


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
    ],
)
def test_parse_caption(text: str, expected: tuple[str | None, ...]) -> None:
    caption = parse_caption(text)
    assert (caption.label, caption.caption, caption.photographer, caption.agency) == expected
