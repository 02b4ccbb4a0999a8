"""The one called on (or called for) to act does the infinitive, also when the parser hung the
infinitive on the verb as an adverbial clause (kg.extract.controllers.adverbial_controller), read
from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "doer"), [
    # BBC politics/220: "to denounce" is the parse's advcl of "called"; Mr Clarke is asked to denounce.
    ("Trevor Phillips, chairman of the Commission for Racial Equality, called on Mr Clarke to denounce the "
     "suggestion Britain's hospitality was being tested by immigration.", "denounce", "Mr Clarke"),
    # BBC politics/325 (shortened).
    ("A spokesman for UKIP called on Mr Hockney to quit the London Assembly.", "quit", "Mr Hockney"),
])
def test_the_one_called_on_does_the_infinitive(nlp, sentence, lemma, doer):
    found = [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found and all(roles.get("agent") == [doer] for roles in found), found


@pytest.mark.parametrize(("sentence", "lemma", "doer"), [
    # An infinitive the parser already hangs on the verb as its complement stays as it was (BBC sport/200).
    ("Sir Alex Ferguson has called on the Football Association to punish Arsenal's Thierry Henry for an "
     "incident involving Gabriel Heinze.", "punish", "the Football Association"),
])
def test_a_complement_infinitive_is_unchanged(nlp, sentence, lemma, doer):
    found = [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found and all(roles.get("agent") == [doer] for roles in found), found


def test_a_day_is_no_one_called_on(nlp):
    # "on Monday" is when the call was made, not who is to scrap the tax.
    events = sentence_events(nlp, "The minister called on Monday to scrap the tax.")
    assert all("Monday" not in roles.get("agent", []) for roles in map(event_roles, events))
