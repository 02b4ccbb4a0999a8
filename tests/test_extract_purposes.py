"""Purposes (kg.extract.purposes): an infinitive after a bare past participle is what
the deed was for, not yet done; after a raising participle it is what is said of the noun."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.types import Factuality


def _events(nlp, sentence: str) -> dict[str, Factuality]:
    return {event.lemma: event.factuality for event in extract(Document("t", sentence), nlp(sentence)).events}


def test_a_purpose_after_a_bare_participle_is_planned(nlp):
    # BBC business (a retired blind set, issue 14): the bill was to be paid, not paid.
    sentence = ("Yukos is suing a host of companies involved in the sale of Yugansk, auctioned off to pay "
                "a huge back-tax bill.")
    events = _events(nlp, sentence)
    assert events["pay"] is Factuality.PLANNED
    assert events["sue"] is Factuality.ASSERTED


@pytest.mark.parametrize("sentence", [
    "A drug found to cause cancer was withdrawn by the firm on Monday.",
    "The money, used to buy shares in the bank, was lost.",
])
def test_a_raising_participle_is_no_purpose(nlp, sentence):
    assert all(value is not Factuality.PLANNED for value in _events(nlp, sentence).values())
