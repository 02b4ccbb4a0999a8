"""A passive verb of the request class asks its subject, the "by" object asking, and keeps the
infinitive asked for as its topic (kg.extract.requests.passive_request, read in
kg.extract.events._purpose_heads); the act asked for stays an event of its own. Sentences from
unseen BBC articles (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/210: who asked whom, to do what.
    ("IMF boss Rodrigo Rato was asked by G7 ministers to carry out a study into the feasibility of revaluing and "
     "selling gold reserves.", "ask",
     {"recipient": ["IMF boss Rodrigo Rato"], "agent": ["G7 ministers"],
      "topic": ["to carry out a study into the feasibility of revaluing and selling gold reserves"]}),
    # BBC politics/228 (shortened): no asker named, the request still told.
    ("It is one of four designs e-mailed to Labour members, who were asked to vote for their favourite.", "ask",
     {"topic": ["to vote for their favourite"], "agent": None}),
])
def test_a_passive_request_asks_its_subject(nlp, sentence, lemma, roles):
    events = sentence_events(nlp, sentence)
    check_event(events, lemma, roles, "request")
    assert any(event.lemma != lemma for event in events)  # the act asked for is read too


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/315 (shortened): a question, no infinitive asked for.
    ("On that day's Today programme Mr Johnson was asked why Mr Smith had been allowed to resign rather than be "
     "sacked.", "ask"),
    # BBC business/395 (shortened): a passive verb of control that is no request.
    ("Delta, which lost $646m in the three months to September, was forced to cut 6,900 jobs worldwide.", "force"),
])
def test_no_request_from_a_question_or_a_verb_of_no_request(nlp, sentence, lemma):
    assert not [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
