"""A level of an amount a noun names (kg.extract.levelsubjects, read by kg.extract.figures):
"the maximum fine is $32,500" gives the fine's value, as "Inflation stood at 2.1%" does."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # business/429: a noun of figure_nouns.txt with a word that says which
    ("The trade shortfall was $55.5bn, the Commerce Department said.", "be",
     {"theme": ["The trade shortfall"], "new_value": ["$55.5bn"]}),
    # business/305, paraphrased: a word before it says which fine
    ("The current maximum fine is $32,500.", "be", {"theme": ["The current maximum fine"], "new_value": ["$32,500"]}),
    # business/419, paraphrased: an owner says whose
    ("Shell's proven reserves stand at 14.35 billion barrels.", "stand",
     {"theme": ["Shell's proven reserves"], "new_value": ["14.35 billion barrels"]}),
    # politics/380, paraphrased: a generic amount's head with what it measures
    ("The number of people on the minimum wage is 1.3 million.", "be",
     {"theme": ["The number of people on the minimum wage"], "new_value": ["1.3 million"]}),
])
def test_levelsubjects_a_named_amount_has_its_level(nlp, sentence, lemma, roles):
    check_event(sentence_events(nlp, sentence), lemma, roles, "change")


@pytest.mark.parametrize("sentence", [
    "The fine was £5,000.",  # bare: whose fine?
    "In 2003 the figure was 29%.",  # tech/212: a generic head with nothing it measures
    "The winner was 25.",  # no amount's noun
    "The former world number one was 22 when she retired.",  # sport/442: a person's age
])
def test_levelsubjects_not_a_named_amount(nlp, sentence):
    assert not [e for e in sentence_events(nlp, sentence) if e.event_class == "change"
                and any(a.role == "new_value" for a in e.arguments)]
