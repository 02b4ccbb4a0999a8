"""A verb of worth under "would" works out what a figure comes to: possible, no plan
(kg.extract.forecasts; measure_verbs.txt). Sentences from unseen BBC articles (business/242, tech/243)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("Reports have put the offer at 300p per share, which would value Manchester United at about £800m ($1.5bn).",
     "value", ("possible", "would")),
    ("At Jessops the same image would cost £2.50 and at Snappy Snaps £9.99.", "cost", ("possible", "would")),
    # a price set stays a plan, a stated valuation a fact
    ("The service will cost an extra £4 a month.", "cost", ("planned", "will")),
    ("The IMF values its gold reserves at between $40 and $50 an ounce.", "value", ("asserted", None)),
])
def test_worth_under_would_is_a_case(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
