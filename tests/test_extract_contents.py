"""A noun of content keeps the infinitive that says what it is, which is no event of its own
(kg.extract.contents, content_nouns.txt), read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles, event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles", "inner"), [
    # BBC tech/274: what the right is for, whole; no "take part" of its own.
    ("Aaron Foster and David Treacy have won the right to take part in a tournament offering $1m in total prize "
     "money.", "win", {"theme": ["the right to take part in a tournament offering $1m in total prize money"]},
     "take part"),
    # BBC business/263.
    ("Any investor accepting the compensation will have to waive the right to take their case to the Financial "
     "Ombudsman Service.", "waive",
     {"theme": ["the right to take their case to the Financial Ombudsman Service"]}, "take"),
    # BBC politics/383 (shortened): the need, whole; no acting told.
    ("Sir Menzies Campbell said the UK should not ignore the need to reform the EU Common Agricultural Policy.",
     "ignore", {"theme": ["the need to reform the EU Common Agricultural Policy"]}, "reform"),
    # BBC tech/285: a way to do something is no doing.
    ("Technology firms Sony, Philips, Matsushita and Samsung are developing a common way to stop people pirating "
     "digital music and video.", "develop",
     {"theme": ["a common way to stop people pirating digital music and video"]}, "stop"),
])
def test_a_noun_of_content_keeps_its_infinitive(nlp, sentence, lemma, roles, inner):
    events = check_roles(nlp, sentence, lemma, roles)
    assert not [event for event in events if event.lemma == inner], [(e.lemma, event_roles(e)) for e in events]


@pytest.mark.parametrize(("sentence", "lemma"), [
    # A noun of intent's infinitive stays an event, possible or planned (BBC sport/414, business/407).
    ("But even after a poor scrummage, Hodgson had the chance to seal victory but pushed his drop-goal attempt "
     "wide.", "seal"),
    ("Air Deccan has signed a deal to acquire 36 planes from Avions de Transport Regional (ATR).", "acquire"),
])
def test_an_intent_nouns_infinitive_stays_an_event(nlp, sentence, lemma):
    assert [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
