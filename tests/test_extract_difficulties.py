"""The "to" infinitive of an adjective of ease or difficulty is no event
(kg.extract.difficulties); sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from kg.types import Factuality


def _events(nlp, sentence: str) -> dict:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemmas"), [
    # business: was satisfy [planned] (the "to" read as a purpose)
    ("While it has 15 million customers in Japan, Vodafone has found it difficult to satisfy Japan's mobile users.",
     ("satisfy",)),
    # the infinitive it governs goes with it (was change [planned])
    ("She found it hard to persuade Commons officials to change the rules.", ("persuade", "change")),
    # tech: a conjunct too (was install, administer [reported])
    ("The Mac mini could suit homes that need a second computer that is easy to install and administer, he said.",
     ("install", "administer")),
    # tech: was close [asserted]
    ("It can result in people being bombarded with pop-up ads that are hard to close.", ("close",)),
])
def test_an_infinitive_of_ease_or_difficulty_is_no_event(nlp, sentence, lemmas):
    events = _events(nlp, sentence)
    assert not [lemma for lemma in lemmas if lemma in events]


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    ("But critics say that some mobiles are too difficult to use.", "use", Factuality.NEGATED),  # "too"
    ("The Robosapiens toy is almost impossible to find in online stores.", "find", Factuality.NEGATED),
    ("Mr Blair tried hard to persuade the unions.", "persuade", Factuality.POSSIBLE),  # an adverb; a done attempt
])
def test_too_impossible_and_an_adverb_keep_their_event(nlp, sentence, lemma, factuality):
    assert _events(nlp, sentence)[lemma].factuality is factuality


def test_a_past_making_easier_for_someone_tells_what_they_did(nlp):
    sentence = 'That failed "stalking horse" leadership challenge made it easier for Michael Heseltine to mount his own bid.'
    assert _events(nlp, sentence)["mount"].factuality is Factuality.ASSERTED
