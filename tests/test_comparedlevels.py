"""A measured value an amount higher or lower than at an earlier time is a rise or a fall
(``kg.extract.comparedlevels``, read through ``kg.extract.changes.figure_change``): the
subject its theme, the amount its difference, a time on the subject its time. Sentences of
BBC articles, paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, one_event, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/270: a rise against "a year ago"
    ("Officials said US crude stocks were 3.5% higher than a year ago.", "rise",
     {"theme": ["US crude stocks"], "difference": ["3.5%"]}),
    # BBC business/405: the subject's time is the change's, the "than" phrase no time of it
    ("Halifax said prices in the final quarter of 2004 were 0.1% higher than in the previous quarter.", "rise",
     {"theme": ["prices"], "difference": ["0.1%"], "time": ["the final quarter of 2004"]}),
    # BBC business/248, paraphrased: "lower" is a fall
    ("House prices in the region were 2.5% lower than a year earlier.", "fall",
     {"theme": ["House prices"], "difference": ["2.5%"]}),
])
def test_an_amount_higher_than_before_is_a_change(nlp, sentence, lemma, roles):
    found = event_roles(one_event(nlp, sentence, lemma))
    for role, texts in roles.items():
        assert found.get(role) == texts, found
    assert "time" in roles or "time" not in found, found


@pytest.mark.parametrize("sentence", [
    # BBC business/425: a comparison with a guess, no change
    "The audit showed revenue was about 4% higher than first thought.",
    # BBC business/471, paraphrased: with a forecast
    "Growth this year is expected to be 4%, which is about 1% lower than previously forecast.",
    # BBC business/378: with another price, a verb in the "than" phrase
    "But the new price is still $14 higher than the price fixed in the contract for 2004.",
    # BBC business/474, paraphrased: a forecast of the value, a modal on the copula
    "The airline said profits for the year would be 10% lower than the previous year.",
    # BBC business/260: no measured noun said ("it")
    "The stock market has fallen since the weekend, but it is still 40% higher than at the start of 2004.",
    # no amount
    "Prices in the final quarter were higher than in the previous quarter.",
])
def test_no_change_is_read_where_there_is_none(nlp, sentence):
    found = [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)
             if event.trigger in ("higher", "lower")]
    assert not found, found
