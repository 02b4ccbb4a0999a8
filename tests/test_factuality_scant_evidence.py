"""A framing noun that holds little or nothing (factuality_cues.tsv, kind scant): "no evidence that"
negates its clause, "little evidence that" leaves it open, on BBC news sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # little evidence is no report that it did (was reported, cue "say")
    ("Researchers said there was little evidence it improved exam results.", "improve", ("possible", "little")),
    ("Analysts said there were few signs that the economy had recovered.", "recover", ("possible", "few")),
    # "no" still denies
    ("The firm said there was no sign that demand had slowed.", "slow", ("negated", "no")),
])
def test_a_scant_framing_noun_leaves_its_clause_unestablished(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


def test_evidence_found_stays_a_report(nlp):
    readings = event_readings(nlp, "Researchers said there was strong evidence it improved exam results.")
    assert readings["improve"][0] == "reported", readings
