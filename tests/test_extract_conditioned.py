"""A "would" under an if-clause is a case (kg.extract.frames.modal_value), and the
adjectives and verbs of readiness or distaste before an infinitive (factuality_cues.tsv)."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_factualities as _events


def test_would_under_a_condition_is_possible(nlp):
    # BBC business: Turkey is not in the EU; the contribution is a case, nobody's plan.
    sentence = "If admitted into the EU, Turkey would contribute almost 6bn euros to its budget by 2014."
    assert _events(nlp, sentence)["contribute"] is Factuality.POSSIBLE


def test_would_without_a_condition_stays_planned(nlp):
    sentence = "The firm would cut 500 jobs if the bank raised rates, but Tesco would open two stores in May."
    events = _events(nlp, sentence)
    assert (events["cut"], events["open"]) == (Factuality.POSSIBLE, Factuality.PLANNED)


@pytest.mark.parametrize(("sentence", "lemma", "value"), [
    # BBC politics: readiness, not a deed done.
    ("The terrorists are prepared to use suicide bombers.", "use", Factuality.PLANNED),
    ("The firm was unwilling to sell its stake in the bank.", "sell", Factuality.NEGATED),
])
def test_readiness_adjectives(nlp, sentence, lemma, value):
    assert _events(nlp, sentence)[lemma] is value


def test_would_hate_to_see_plans_no_seeing(nlp):
    # BBC entertainment: a dislike of a case, not a plan to see it.
    sentence = "I'd hate to see Bagpuss with perfect animation - I love that 'done in a shed' clunkiness."
    assert _events(nlp, sentence).get("see", Factuality.POSSIBLE) is not Factuality.PLANNED
