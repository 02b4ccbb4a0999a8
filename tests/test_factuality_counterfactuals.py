"""A past condition contrary to fact negates both its clauses (kg.extract.counterfactuals),
on BBC news sentences (index >= 200), paraphrased."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_readings, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC sport/309: they did not kick their chances at goal
    ("If they had kicked all their chances at goal we would have been behind at the break.",
     "kick", ("negated", "if ... had")),
    # BBC sport/346: no one performed so, no one was pulled
    ("If the new referee had performed like that, he would have been pulled from the next game.",
     "perform", ("negated", "if ... had")),
    ("If the new referee had performed like that, he would have been pulled from the next game.",
     "pull", ("negated", "would have")),
    # the condition opened by "had" before its subject
    ("Had they kicked all their chances at goal, they would have led at the break.", "kick", ("negated", "had")),
    ("Had they kicked all their chances at goal, they would have led at the break.", "lead", ("negated", "would have")),
])
def test_a_past_condition_contrary_to_fact_is_negated(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


def test_a_counterfactual_in_reported_speech_keeps_its_speaker(nlp):
    events = {e.lemma: e for e in sentence_events(
        nlp, "Robinson said that if they had kicked all their chances at goal, they would have led at the break.")}
    assert events["kick"].factuality is Factuality.NEGATED
    assert events["kick"].source is not None and events["kick"].source.text == "Robinson"


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # BBC business/406: a negated condition happened (prices were cut): no negation of it
    ("Experts added that if prices had not been cut across the sector, Christmas sales would have been far worse.",
     "cut", Factuality.POSSIBLE),
    # BBC politics/324: "even if": the consequent holds whatever the condition; no perfect modal
    ("This would be wrong even if Lord Goldsmith had signed the statement, Mr Cook said.", "sign",
     Factuality.POSSIBLE),
    # BBC sport/284: a "would have" with no past perfect condition stays a case
    ("Hodgson missed a relatively easy drop goal attempt which would have given England a late win.",
     "give win", Factuality.POSSIBLE),
    # a condition still open
    ("The union will strike if the offer is not improved.", "strike", Factuality.POSSIBLE),
])
def test_no_counterfactual_without_a_past_perfect_condition_or_with_its_own_negation(nlp, sentence, lemma, factuality):
    assert event_readings(nlp, sentence)[lemma][0] == factuality.value
