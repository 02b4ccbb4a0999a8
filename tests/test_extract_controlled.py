"""A verb of control keeps what its object was made, let or led to do as its topic, and a verb of
means what the means was used for as its reason (kg.extract.controlled, control_verbs.txt,
instrument_verbs.txt), read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, check_roles, event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/401 (shortened): the instruction says what was to be done.
    ("The Marsh executive admitted he instructed insurance companies to submit non-competitive bids for "
     "insurance business.", "instruct",
     {"theme": ["insurance companies"], "topic": ["to submit non-competitive bids for insurance business"]}),
    # BBC politics/276.
    ("The reported feud between Tony Blair and Gordon Brown has prompted a Labour donor to say he will refuse to "
     "give more funds.", "prompt",
     {"theme": ["a Labour donor"], "topic": ["to say he will refuse to give more funds"]}),
    # BBC sport/210.
    ("Boca re-signed Martin Palermo, forcing Tevez to vacate his favoured centre forward role.", "force",
     {"theme": ["Tevez"], "topic": ["to vacate his favoured centre forward role"]}),
])
def test_a_control_verb_keeps_its_infinitive(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


def test_a_request_keeps_its_recipient(nlp):
    # BBC politics/366 (shortened): a request is read as before, the one asked its recipient.
    events = sentence_events(nlp, "Gordon Brown has called on rich nations to fund a plan to fight the Aids epidemic.")
    roles = {"recipient": ["rich nations"], "topic": ["to fund a plan to fight the Aids epidemic"]}
    check_event(events, "call on", roles, "request")


@pytest.mark.parametrize(("sentence", "lemma"), [
    # Not after a verb of no control: the infinitive is the subject's purpose (BBC politics/223, shortened).
    ("Mr Kennedy used his TV appearance to defend his party's plans.", "use"),
    # Nor an infinitive that only points back (BBC politics/399, shortened, the object named).
    ("He will not stand down unless his local party instructs the candidate to do so at a general meeting.",
     "instruct"),
    # Nor one after a pronoun object (BBC business/266, shortened).
    ("Increasing the rigour with which taxes are collected encourages companies to become more transparent, "
     "forcing them to demonstrate their financial position far more accurately.", "force"),
])
def test_no_topic_from_a_purpose_or_a_pointer(nlp, sentence, lemma):
    events = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert events
    assert all("topic" not in event_roles(event) for event in events), [event_roles(e) for e in events]


@pytest.mark.parametrize(("sentence", "roles"), [
    # BBC politics/301 (shortened): what the speech was used for.
    ("Mr Kennedy used a speech to say his party was facing up to painful economic realities.",
     {"theme": ["a speech"], "reason": ["to say his party was facing up to painful economic realities"]}),
    # BBC business/426 (shortened).
    ("Many large Russian companies use complex webs of offshore companies to avoid taxes.",
     {"theme": ["complex webs of offshore companies"], "reason": ["to avoid taxes"]}),
])
def test_a_means_keeps_what_it_was_used_for(nlp, sentence, roles):
    events = [event for event in sentence_events(nlp, sentence) if event.lemma == "use"]
    check_event(events, "use", roles, events[0].event_class if events else "")


def test_no_reason_after_a_pronoun_means(nlp):
    # BBC entertainment/221 (shortened): "them" leaves the means unsaid, and the using nothing to tell.
    events = [event for event in sentence_events(
        nlp, "Mr Adams believed someone had gained access to voting figures, and was using them to predict "
             "which celebrity would be evicted next.") if event.lemma == "use"]
    assert events
    assert all("reason" not in event_roles(event) for event in events), [event_roles(e) for e in events]


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC sport/215: what he warned against, with its "not" (never "to be too complacent"); the
    # warned is the recipient, as the urged is (kg.extract.requests).
    ("However Bwalya warned his side not to be too complacent.", "warn",
     {"recipient": ["his side"], "topic": ["not to be too complacent"]}),
    # BBC politics/359 (shortened).
    ("Sir Digby Jones, CBI director general, warned Mr Brown not to be tempted to use any extra cash on pre-election "
     "bribes.", "warn", {"topic": ["not to be tempted to use any extra cash on pre-election bribes"]}),
    # BBC politics/394 (shortened): a request keeps it too.
    ("The Archbishop of Canterbury wrote to all three parties urging them not to fight the election by exploiting "
     "people's fears.", "urge", {"topic": ["not to fight the election by exploiting people's fears"]}),
])
def test_an_infinitive_asked_not_to_happen_keeps_its_not(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
