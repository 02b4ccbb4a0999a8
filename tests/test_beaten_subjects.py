"""The side kept behind that the parser cut off a description and made the subject of what the
win brought does not do it (kg.extract.controllers.object_acts), on sentences of BBC sport."""

from __future__ import annotations

import pytest
from extract_helpers import event_roles, sentence_events


def _agent(nlp, sentence: str, lemma: str) -> list[str] | None:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0]).get("agent")


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC sport: "Grand Slam winners" the object, "France" the infinitive's subject; South Africa took it
    ("Jake White claimed the coaching award while his side held off Grand Slam winners France to take the team "
     "award.", "take award", ["his side"]),
    ("Her side held off Grand Slam winners France to take the team prize.", "take prize", ["Her side"]),
])
def test_the_side_held_off_takes_nothing(nlp, sentence, lemma, agent):
    assert _agent(nlp, sentence, lemma) == agent


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # no verb of beating: the one expected to win does it
    ("Fans expected holders France to win the title.", "win", ["France"]),
    # a control verb: the one urged to quit quits
    ("The party urged leader Michael Howard to quit the race.", "quit", ["leader Michael Howard"]),
    # an object the parser kept whole: the winner wins
    ("England player Simon Amor beat team-mate Ben Gollings to win the sevens award.", "win",
     ["England player Simon Amor"]),
])
def test_an_object_that_acts_or_a_whole_object_is_read_as_before(nlp, sentence, lemma, agent):
    assert _agent(nlp, sentence, lemma) == agent
