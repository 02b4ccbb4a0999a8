"""A negated verb of disclosure leaves its that-clause told (kg.extract.factives);
sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from kg.types import Factuality


def _events(nlp, sentence: str) -> dict:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # business: was employ [possible] ("not disclose")
    ("Disney did not disclose that a subsidiary company employed the wife of a director.", "employ", Factuality.ASSERTED),
    # business: was provide [reported] with Disney the one who "revealed" it
    ("Disney also did not reveal that it provided more than $200,000 annually for office space.", "provide",
     Factuality.ASSERTED),
])
def test_a_negated_verb_of_disclosure_leaves_its_content_told(nlp, sentence, lemma, factuality):
    assert _events(nlp, sentence)[lemma].factuality is factuality


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    ("The bank did not say that Smith employed Jones.", "employ", Factuality.POSSIBLE),  # no factive
    ("Euronext refused to confirm that it had made a bid.", "make bid", Factuality.POSSIBLE),  # a refusal
])
def test_a_negated_verb_of_speech_leaves_its_content_open(nlp, sentence, lemma, factuality):
    assert _events(nlp, sentence)[lemma].factuality is factuality
