"""A value moved by an amount said with "up" or "down" after its noun (kg.extract.moves):
"sent Reynolds shares up 4.5%" is a rise of the shares; not a noun the adverb is not about."""

from __future__ import annotations

import pytest

from kg.records import Document
from tests.extract_helpers import event_roles


def _events(nlp, sentence: str) -> list:
    from kg.extract import extract

    return list(extract(Document("t", sentence), nlp(sentence)).events)


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    # the object of a verb, before the adverb
    ("They were delighted by the decision, which sent Reynolds shares up 4.5% and Altria shares up 5.11%.", "rise",
     {"theme": ["Reynolds shares"], "difference": ["4.5%"]}),
    ("Figures from the Commerce Department for November showed exports down 2.3% to $95.6bn.", "fall",
     {"theme": ["exports"], "difference": ["2.3%"], "new_value": ["$95.6bn"]}),
    # the noun the adverb hangs on
    ("A switch to new models hit luxury marque Mercedes-Benz, with sales down 3.1% at 1.06 million.", "fall",
     {"theme": ["sales"], "difference": ["3.1%"], "new_value": ["1.06 million"]}),
])
def test_a_noun_up_or_down_an_amount_moved(nlp, sentence, lemma, expected):
    events = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    assert events, [(e.lemma, event_roles(e)) for e in _events(nlp, sentence)]
    have = event_roles(events[0])
    for role, texts in expected.items():
        assert have.get(role) == texts, (role, have)


@pytest.mark.parametrize("sentence", [
    # another noun between: the parse hangs "down" on the verb, but the sales are down
    "Jeweller Zale also felt little Christmas cheer with December sales down 0.7% on the same month last year.",
    # the noun is the figure itself
    "Total sales were 30.1bn rupees, up 27% from the same 2004 period.",
    "The crowd brought the house down.",  # no amount
])
def test_no_move_of_a_noun_the_adverb_is_not_about(nlp, sentence):
    assert all(not (event.lemma in ("rise", "fall") and event.arguments and any(
        argument.role == "difference" for argument in event.arguments)) for event in _events(nlp, sentence)), [
        (e.lemma, event_roles(e)) for e in _events(nlp, sentence)]


def test_a_move_a_verb_of_finding_gives_is_reported(nlp):
    from kg.types import Factuality

    sentence = "Figures from the Commerce Department for November showed exports down 2.3% to $95.6bn."
    events = [event for event in _events(nlp, sentence) if event.lemma == "fall"]
    assert [event.factuality for event in events] == [Factuality.REPORTED]
