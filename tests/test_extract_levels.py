"""A level a change reaches or leaves (level_nouns.txt) is its new or old value, no destination or
source, with or without a figure (kg.extract.rates.level_role): "fell to its lowest level in three
years", "has tumbled to a new low". Not under an event of another class. Sentences shortened from
unseen BBC articles (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles, event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/490 (shortened).
    ("Brazil's unemployment rate fell to its lowest level in three years in December.", "fall",
     {"new_value": ["its lowest level"], "destination": None}),
    # BBC business/350 (shortened).
    ("The US dollar has tumbled to a new low against the euro.", "tumble",
     {"new_value": ["a new low"], "destination": None}),
    # BBC business/272 (shortened).
    ("The Brazilian stock market has risen to a record high.", "rise",
     {"new_value": ["a record high"], "destination": None}),
])
def test_a_level_reached_is_the_new_value(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


def test_no_value_outside_a_change(nlp):
    # BBC sport/493 (paraphrased: "to get on to the next level"): no change of a value.
    events = [event for event in sentence_events(nlp, "The coach wants to take the club to the next level.")
              if event.lemma == "take"]
    assert all("new_value" not in event_roles(event) for event in events)
