"""A "once" clause in a past tense tells when something happened, no plan (kg.extract.pastonce).
Sentences shortened from unseen BBC articles (tech/257, tech/248, sport/201, business/307)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # a past story: it happened
    ("Once Google started blocking these search queries the rate of infection tailed off sharply.", "block",
     ("asserted", None)),
    # a future in the past: as sure as its main clause, no "once" plan of its own
    ("The company said it would amend the complaint once they had discovered the names.", "discover",
     ("planned", "would")),
    # looking ahead: still a plan
    ("Arsene Wenger would consider signing Adrian Mutu once the striker has served his drugs ban.", "serve",
     ("planned", "once")),
    ("Once the deal is completed, the firm will cut 500 jobs.", "complete", ("planned", "once")),
    ("It would only become an issue once the firm started production.", "start", ("planned", "would")),
])
def test_once_clause(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
