"""A package claimpack builds always passes claimpack's own structural validation: every test
corpus, a synthetic corpus and generated texts that mix every kind of figure, quote and caption
the extractor knows (including the odd ones: fractions with no base, 'én', thin spaces)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimpack.building import build
from claimpack.synth import synthesize
from claimpack.validation import RULES, validate
from tests.conftest import ROOT

STRUCTURE = [rule for rule, spec in RULES.items() if spec.layer == "structure" and rule != "unreleased-change"]
SIDECAR = {"language": "nb", "published": "2024-05-29", "title": None, "publisher": None, "url": None, "authors": None}


def structure_errors(package: Path) -> list[str]:
    report = validate(package, rules=STRUCTURE)
    return [f"{f.rule}: {f.message}" for f in report.findings if f.severity == "error"]


def write_seed(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(json.dumps(SIDECAR), encoding="utf-8")


def test_every_test_corpus_builds_a_valid_package(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    texts = sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    assert len(texts) >= 60
    for text in texts:
        write_seed(seeds, text.stem, text.read_text(encoding="utf-8"))
    build(seeds, tmp_path / "datapackage")
    assert structure_errors(tmp_path / "datapackage") == []


def test_a_synthetic_corpus_builds_a_valid_package(tmp_path: Path) -> None:
    synthesize(40, 7, tmp_path / "seeds")
    build(tmp_path / "seeds", tmp_path / "datapackage")
    assert structure_errors(tmp_path / "datapackage") == []


FRAGMENTS = [
    "Halvparten av dem ble sendt hjem.",
    "En tredel kom aldri fram.",
    "Det er dobbelt så mange som i fjor.",
    "Én person ble fløyet til sykehus.",
    "Rundt 3\u2009000 mennesker er evakuert, opplyser politiet.",
    "Ifølge kommunen har nær 200 fått brev.",
    "– Vi har aldri sett noe lignende, sier ordfører Kari Holm (Ap).",
    "– Det er helt uforståelig.",
    "Det opplyser Statens vegvesen til NTB.",
    "Mellom 10 og 20 hytter er tatt av flommen, og tre til fem veier er stengt.",
    "Over 50.000 har flyktet, hevder FN. Tallet er ikke bekreftet.",
    "I tillegg er 1,5 millioner kroner bevilget.",
    "Flere hundre har meldt seg, mens hundrevis står i kø.",
    "Laget endte på 14.-plass, og de to lagene møtes igjen 3. mars klokken 18.30.",
    "BRANN: Huset brant ned natt til søndag. Foto: Per Olsen / NTB",
    "Kaia i fjor. (Arkivfoto: NTB)",
    "ODD – VIKING: 2–0",
    "Stengt vei",
    "Det er tre ganger så høyt som snittet, og minst 40 prosent mer enn i 2019.",
    "«Dette er en katastrofe», skriver avisa. Halvparten av de 400 ansatte mister jobben.",
]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4), min_size=3, max_size=8))
def test_generated_texts_build_valid_packages(tmp_path: Path, paragraphs: list[list[str]]) -> None:
    folder = tmp_path / "generated"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "seeds").mkdir(parents=True)
    text = "\n\n".join(" ".join(sentences) for sentences in paragraphs) + "\n"
    write_seed(folder / "seeds", "generated", text)
    build(folder / "seeds", folder / "datapackage")
    assert structure_errors(folder / "datapackage") == [], text


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_each_fragment_alone_builds_a_valid_package(tmp_path: Path, fragment: str) -> None:
    write_seed(tmp_path, "one", fragment + "\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in tmp_path.glob("one.*"):
        shutil.move(str(path), seeds / path.name)
    build(seeds, tmp_path / "datapackage")
    assert structure_errors(tmp_path / "datapackage") == [], fragment
