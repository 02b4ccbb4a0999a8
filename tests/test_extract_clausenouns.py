"""A noun of content keeps the "that" clause that says what is claimed, feared or doubted
(kg.extract.clausenouns, clause_nouns.txt), read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC sport/326: what was rubbished, not "suggestions".
    ("England captain Jason Robinson has rubbished suggestions that the world champions are a team in decline.",
     "rubbish", {"theme": ["suggestions that the world champions are a team in decline"]}),
    # BBC sport/243.
    ("And Parry has moved to scotch claims that Chelsea could launch a £35m bid.", "scotch",
     {"theme": ["claims that Chelsea could launch a £35m bid"]}),
    # BBC tech/285.
    ("Cory Doctorow expressed doubts that the Marlin system would achieve its aims.", "express",
     {"theme": ["doubts that the Marlin system would achieve its aims"]}),
    # BBC business/346: the noun under a prepositionless object of an infinitive.
    ("Insurers have sought to calm fears that they face huge losses after an earthquake.", "calm",
     {"theme": ["fears that they face huge losses after an earthquake"]}),
])
def test_a_noun_of_content_keeps_its_that_clause(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


def test_the_clauses_own_event_stays(nlp):
    # BBC sport/243: the bid is read too, and only speculated.
    events = sentence_events(nlp, "And Parry has moved to scotch claims that Chelsea could launch a £35m bid.")
    assert [event for event in events if event.lemma == "launch" and event.factuality.value != "asserted"]


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # A relative clause ("that" its subject) is cut, on a listed noun (BBC politics/357) or not (business/476).
    ("Mr Raynsford responded to the concerns that have been voiced by local government about the pressures "
     "they face.", "respond", {"destination": ["the concerns"]}),
    ("Saudi Arabia is introducing legislation that will clamp down on unauthorised companies.", "introduce",
     {"theme": ["legislation"]}),
])
def test_a_relative_clause_is_no_content(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
