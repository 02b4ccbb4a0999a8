"""Dropping, bowing or backing out is a withdrawal: a movement its subject makes, the subject
its agent (event_lemmas.tsv), read from unseen BBC sentences (index >= 200); "drop" alone
stays a change of what drops."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC entertainment/339 (paraphrased).
    ("Reeves dropped out of school to pursue an acting career.", "drop out", {"agent": ["Reeves"], "source": ["school"]}),
    # BBC entertainment/262 (shortened).
    ("Dick Evans soon dropped out.", "drop out", {"agent": ["Dick Evans"]}),
    # BBC politics/257 (paraphrased).
    ("The prime minister upset his chancellor by backing out of a pledge to stand aside.", "back out",
     {"source": ["a pledge to stand aside"]}),
])
def test_dropping_out_is_a_withdrawal(nlp, sentence, lemma, roles):
    check_event(sentence_events(nlp, sentence), lemma, roles, "movement")


def test_a_drop_alone_is_a_change(nlp):
    # BBC business/262 (shortened): what drops undergoes it, no one withdraws.
    events = [event for event in sentence_events(nlp, "Travel-related shares dropped in Europe.") if event.lemma == "drop"]
    assert len(events) == 1
    assert events[0].event_class == "change"
    assert "agent" not in event_roles(events[0])
