"""Refusals to comment (kg.extract.refusals): no event of commenting, negated or not."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.types import Factuality


def _events(nlp, sentence: str) -> dict[str, Factuality]:
    return {event.lemma: event.factuality for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC business and tech: the firm kept quiet; nobody was denied a comment.
    ("But Euronext declined to comment after the talks ended on Friday.", "comment"),
    ("HP, the world's biggest printer firm, declined to comment on the lawsuit.", "comment"),
    # BBC business (a retired blind set, issue 14): no drawing, negated or not.
    ("ONGC's Mr Raha declined to be drawn on his firm's reported interest in the company.", "draw"),
])
def test_a_refusal_to_comment_is_no_event(nlp, sentence, lemma):
    assert lemma not in _events(nlp, sentence)


def test_a_refusal_of_a_deed_stays_negated(nlp):
    sentence = "The China Three Gorges Project Corp is refusing to obey a government order to stop construction."
    assert _events(nlp, sentence)["obey"] is Factuality.NEGATED


def test_what_a_refused_confirmation_would_tell_is_not_told(nlp):
    # BBC politics: he would not confirm the new party; it is not his report.
    sentence = ("Robert Kilroy-Silk plans to stand in the next general election but refused to confirm he is "
                "setting up a new political party called Veritas.")
    assert _events(nlp, sentence)["set up"] is Factuality.POSSIBLE


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC sport and tech: a comment not made, no event of drawing or revealing.
    ("Souness would not be drawn on specifics over individual players.", "draw"),
    ("The actor who will voice Wilbur the pig has yet to be revealed.", "reveal"),
])
def test_a_comment_not_made_is_no_event(nlp, sentence, lemma):
    assert lemma not in _events(nlp, sentence)


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("The firm refused to comment and walked out of the talks in London.", "walk out"),
    ("Arsenal were drawn against Chelsea in the cup.", "draw"),
    ("The firm disclosed the price of the deal.", "disclose"),
])
def test_other_events_beside_a_refusal_stay(nlp, sentence, lemma):
    assert lemma in _events(nlp, sentence)
