"""What a stated verb of excluding rules out is negated; negated or doubted, the verb leaves it open
(kg.extract.ruledout, kg.extract.excluding). Sentences shortened from unseen BBC articles (business/235,
business/2xx, politics/285, sport/201)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("The government has ruled out raising the state pension age.", "raise", ("negated", "rule out")),
    ("The club has ruled out selling Gerrard.", "sell", ("negated", "rule out")),
    ("The minister ruled out an increase in taxes.", "increase", ("negated", "rule out")),
    ("The firm dismissed the possibility of a bid for the LSE.", "bid", ("negated", "dismiss")),
])
def test_what_is_ruled_out_is_negated(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # negated or refused: left open
    ("Wenger has not ruled out signing Ronaldo.", "sign", ("possible", "not rule out")),
    ("The minister refused to rule out raising taxes.", "raise", ("possible", "not rule out")),
    ("The minister refused to rule out an increase in taxes.", "increase", ("possible", "not rule out")),
    ("The firm did not dismiss the possibility of a bid for the LSE.", "bid", ("possible", "not dismiss")),
    # doubted: the ruling out may not come
    ("The minister may rule out an increase in taxes.", "increase", ("possible", "rule out")),
])
def test_what_is_not_ruled_out_stays_open(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
