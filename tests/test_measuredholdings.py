"""A measured value a holder has with its amount after "of" is a counted holding
(``kg.extract.measuredholdings``, read by ``kg.extract.holdings``): have(agent, theme "net income
of $6.2bn"). Sentences of BBC articles, paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events


def _haves(nlp, sentence: str) -> list[dict[str, list[str]]]:
    return [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == "have"]


@pytest.mark.parametrize(("sentence", "agent", "theme"), [
    # BBC business/417
    ("Wells Fargo had net income of $6.2bn in its last financial year.", "Wells Fargo", "net income of $6.2bn"),
    # BBC business/315: a percentage
    ("Kingfisher has market share of about 29%.", "Kingfisher", "market share of about 29%"),
    # BBC sport/251, paraphrased
    ("Leeds had a debt of £103m when he took over.", "Leeds", "a debt of £103m"),
])
def test_a_measured_value_of_an_amount_is_held(nlp, sentence, agent, theme):
    haves = _haves(nlp, sentence)
    assert len(haves) == 1, haves
    assert haves[0].get("agent") == [agent] and haves[0].get("theme") == [theme], haves


@pytest.mark.parametrize("sentence", [
    # no amount: a measured noun's "of" names what is measured (BBC business/201, paraphrased)
    "The group has sales of its brands in 100 countries.",
    # a count of things, not money or a share
    "Leeds had a share of 20 players.",
    # not asserted: a holding to come (BBC business/201, paraphrased)
    "After the deal the group could have a debt of $5bn.",
    # the first person (BBC business/417, paraphrased)
    "We have a market share of about 29%.",
])
def test_no_holding_is_read_where_there_is_none(nlp, sentence):
    assert not _haves(nlp, sentence), _haves(nlp, sentence)


def test_only_a_measured_noun_with_its_amount(nlp):
    from kg.extract.measuredholdings import measured_of

    doc = nlp("Wells Fargo had net income of $6.2bn.")
    assert measured_of(doc[4])
    doc = nlp("The club had a history of success.")
    assert not any(measured_of(token) for token in doc)
