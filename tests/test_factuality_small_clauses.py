"""A second small clause of a modal verb shares its modal (kg.extract.smallclauses);
sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


def test_a_second_small_clause_of_would_see_is_planned(nlp):
    # sport: was move [asserted] (a proposal's second clause)
    readings = event_readings(nlp, "The plans would see the season start in March and the Six Nations moved to April.")
    assert readings["move"] == ("planned", "would")


@pytest.mark.parametrize(("sentence", "lemma"), [
    # a contrast, or no small clause before the conjunct: a clause of its own, as before
    ("The plans would see the season start in March but the Six Nations moved to April.", "move"),
    ("That might get under the skin of Mr Brown, but he also heaped praise on him.", "heap"),
    ("Best actor Foxx could not make the ceremony, but actress Helen Mirren read out his acceptance speech.", "read out"),
])
def test_a_clause_of_its_own_stays_asserted(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "asserted"
