"""A measured value someone kept where it was (kg.extract.holds): "The Bank of England
has left interest rates on hold again at 4.75%" is a hold of the rates at 4.75%, not a
departure from them."""

from __future__ import annotations

import pytest

from kg.records import Document
from kg.types import Factuality
from tests.extract_helpers import event_roles


def _events(nlp, sentence: str) -> list:
    from kg.extract import extract

    return list(extract(Document("t", sentence), nlp(sentence)).events)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Bank of England has left interest rates on hold again at 4.75%, in a widely-predicted move.",
     {"agent": ["The Bank of England"], "theme": ["interest rates"], "new_value": ["4.75%"], "source": None}),
    ("The European Central Bank (ECB) left its benchmark interest rate unchanged at 2% on Thursday.",
     {"agent": ["The European Central Bank"], "theme": ["its benchmark interest rate"], "new_value": ["2%"],
      "time": ["Thursday"]}),
    # the passive: no one named keeps them
    ("But rates have been kept on hold since then amid signs of falling consumer confidence and a slowdown in output.",
     {"theme": ["rates"], "agent": None}),
    ("The Bank of England held interest rates at 4.75% on Thursday.",
     {"agent": ["The Bank of England"], "theme": ["interest rates"], "new_value": ["4.75%"]}),
])
def test_a_value_kept_still_is_held(nlp, sentence, expected):
    events = [event for event in _events(nlp, sentence) if event.lemma == "hold"]
    assert [event.event_class for event in events] == ["change"], [(e.lemma, event_roles(e)) for e in _events(nlp, sentence)]
    have = event_roles(events[0])
    for role, texts in expected.items():
        assert have.get(role) == texts, (role, have)


def test_a_hold_to_come_is_no_fact(nlp):
    sentence = "Chakib Khelil said the cartel was likely to keep output unchanged when it meets next week."
    events = [event for event in _events(nlp, sentence) if event.lemma == "hold"]
    assert [event.factuality for event in events] == [Factuality.POSSIBLE]


@pytest.mark.parametrize("sentence", [
    "The two sides held talks on Monday.",  # no measured value
    "Arsenal kept the ball well.",
    "The firm kept prices low.",  # a level with no amount and no word of standing still
    "He left the club in 2003.",
])
def test_no_hold_without_a_measured_value_kept_still(nlp, sentence):
    assert all(event.lemma != "hold" or event.event_class != "change" for event in _events(nlp, sentence))
