"""Each statement says which rule gave it its speaker, and each claim which gave it its source
(the `evidence` column): one Norwegian example per rule, end to end."""

from __future__ import annotations

from typing import get_args

import pytest

from claimpack.model import EVIDENCE, ClaimEvidence, Evidence
from tests.conftest import extract

# (evidence, text, the words of the statement that carries it)
EXAMPLES = [
    ("cue-before", "Politiet opplyser at 40 personer ble evakuert.\n", "Politiet opplyser"),
    ("cue-after", "– Vi evakuerte 40 personer, sier innsatsleder Kari Holm.\n", "– Vi evakuerte"),
    ("according-to", "Ifølge politiet ble 40 personer evakuert.\n", "Ifølge politiet"),
    (
        "coordinated-cue",
        "Politiet bekrefter at brannen er slukket, og anslår at 40 personer ble evakuert.\n",
        "og anslår",
    ),
    ("same-quote", "– Vi er lettet. Alle 40 er trygge, sier innsatsleder Kari Holm.\n", "– Vi er lettet."),
    ("quote-continued", "– Vi er lettet, sier innsatsleder Kari Holm.\n\n– Alle 40 er trygge.\n", "– Alle 40"),
    ("said-before", "40 personer ble evakuert natt til fredag. Det opplyser politiet til NTB.\n", "40 personer"),
    (
        "carried-on",
        "Ifølge Statistisk sentralbyrå ble det født 51 980 barn i fjor. Det er drøyt 900 færre enn året før.\n",
        "Det er drøyt",
    ),
]


def test_every_evidence_has_a_description_and_an_example() -> None:
    assert set(EVIDENCE) == set(get_args(ClaimEvidence)) == set(get_args(Evidence)) | {"publisher"}
    # corrections: below; a publisher's figures: tests/test_publisher.py
    assert {evidence for evidence, _, _ in EXAMPLES} == set(get_args(Evidence)) - {"corrected"}


@pytest.mark.parametrize(("evidence", "text", "opening"), EXAMPLES, ids=[e for e, _, _ in EXAMPLES])
def test_the_rule_that_gave_the_speaker_is_recorded(evidence: Evidence, text: str, opening: str) -> None:
    tables = extract(text)
    statement = next(s for s in tables.statements if s.text.startswith(opening))
    assert statement.speaker_id is not None and statement.evidence == evidence
    for claim in (c for c in tables.claims if c.statement_id == statement.statement_id):
        assert claim.source_id == statement.speaker_id and claim.evidence == evidence


def test_no_speaker_no_evidence() -> None:
    tables = extract("Rundt 40 personer ble evakuert.\n\n– Det var kaos.\n")
    assert [s.evidence for s in tables.statements] == [None, None]
    assert [(c.source_id, c.evidence) for c in tables.claims] == [(None, None)]


def test_a_figure_naming_its_speaker_is_the_narrators_and_has_no_evidence() -> None:
    tables = extract("Ifølge analyser fra 12 meglerhus vil prisene stige med 3 prosent.\n")
    evidence = {c.text: (c.source_id is not None, c.evidence) for c in tables.claims}
    assert evidence == {"12": (False, None), "3 prosent": (True, "according-to")}
