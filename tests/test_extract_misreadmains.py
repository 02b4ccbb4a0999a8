"""A participle the tagger read as the main verb right after its noun, the sentence's real verb
coordinated with it though nothing joins them, is a reduced relative: its noun is what was done
to (kg.extract.unjoined.main_misread), read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "patient"), [
    # BBC business/311: the damages were claimed; they eclipsed previous years.
    ("The damages claimed in 2004 eclipsed previous years, including 2001 when the 11 September attacks pushed "
     "claims up to $37bn.", "claim", "The damages"),
    # BBC business/342: the goods were intercepted, they intercepted nothing.
    ("Between 1998 and 2002, the number of counterfeit or pirated goods intercepted at the EU's external borders "
     "increased by more than 800%, it said.", "intercept", "the number of counterfeit or pirated goods"),
])
def test_the_noun_of_a_misread_participle_is_done_to(nlp, sentence, lemma, patient):
    found = [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found and all(roles.get("patient") == [patient] and "agent" not in roles for roles in found), found


def test_the_real_verb_keeps_its_subject(nlp):
    # BBC business/311: the damages still eclipse the years.
    events = sentence_events(nlp, "The damages claimed in 2004 eclipsed previous years.")
    assert [event_roles(e)["agent"] for e in events if e.lemma == "eclipse"] == [["The damages"]]


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # A past tense joined to the next verb by "and" is the main verb.
    ("The company reported record profits and announced new jobs.", "report", "The company"),
    # Nor a past tense with an object of its own.
    ("The regulator fined the bank and warned other lenders.", "fine", "The regulator"),
])
def test_a_joined_past_tense_keeps_its_doer(nlp, sentence, lemma, agent):
    found = [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found and all(roles.get("agent") == [agent] for roles in found), found
