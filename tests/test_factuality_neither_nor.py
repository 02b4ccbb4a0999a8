"""Verbs joined by "neither ... nor" are both negated (kg.extract.neithernor);
sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from kg.types import Factuality


def _events(nlp, sentence: str) -> dict:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemmas"), [
    # business: no admission, no denial (both were asserted)
    ("The firm has neither admitted nor denied wrongdoing in the settlement.", ("admit", "deny")),
    # business: "neither" as the subject (was asserted)
    ("So far, however, neither have tabled a formal bid.", ("table",)),
    # tech: a verb after "nor" with its own auxiliary (was asserted)
    ("This however is not a sequel, nor does it relate to the GoldenEye film.", ("relate",)),
    # politics: "would neither support nor oppose" (was planned)
    ("Most people said they would neither support nor oppose a ban.", ("support", "oppose")),
])
def test_neither_nor_negates_both_verbs(nlp, sentence, lemmas):
    events = _events(nlp, sentence)
    assert [events[lemma].factuality for lemma in lemmas] == [Factuality.NEGATED] * len(lemmas)


def test_what_a_denial_neither_made_governs_is_no_denial(nlp):
    events = _events(nlp, "The company neither confirmed nor denied reports that it had sold the unit.")
    assert events["sell"].factuality is Factuality.SPECULATED


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("He either resigns or faces the sack.", "face"),  # "either ... or": no negation
    ("China's economy is not only gathering speed thanks to domestic demand, but also from sales overseas.", "gather"),
    ("The shares fell on Monday, and the firm cut its forecast.", "cut"),
])
def test_other_pairs_stay_asserted(nlp, sentence, lemma):
    assert _events(nlp, sentence)[lemma].factuality is Factuality.ASSERTED


def test_what_a_speech_neither_made_says_is_left_open(nlp):
    # a club's answer to transfer talk (the talks were asserted, the sale denied)
    events = _events(nlp, "The club has neither confirmed nor denied that it is in talks to sell the striker.")
    assert (events["talks"].factuality, events["talks"].cue) == (Factuality.POSSIBLE, "not deny")
    assert events["sell"].factuality is Factuality.POSSIBLE
