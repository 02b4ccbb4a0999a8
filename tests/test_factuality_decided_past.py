"""The past that-clause of a verb of intent is a ruling or a view, reported, not a plan
(kg.extract.forewarned.decided_past); sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "cue"), [
    # business: was dismiss [planned] ("decide")
    ("The tribunal decided that Ms Villalba had been unfairly dismissed.", "dismiss", "decide"),
    # business: was undermine [planned] ("consider")
    ("They considered that they undermined workers' rights.", "undermine", "consider"),
])
def test_a_past_clause_of_intent_is_reported(nlp, sentence, lemma, cue):
    assert event_readings(nlp, sentence)[lemma] == ("reported", cue)


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("The board decided that Mr Smith would leave the club.", "leave"),  # a modal: a plan
    ("He promised that the party would cut taxes.", "cut"),
])
def test_a_clause_that_looks_ahead_stays_planned(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "planned"
