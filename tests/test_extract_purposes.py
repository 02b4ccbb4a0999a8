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


@pytest.mark.parametrize("sentence, lemma", [
    # BBC politics 293: advice, no one's plan
    ("As the main Eurosceptic party, UKIP should try to resolve its differences with Kilroy to show a united front.",
     "show"),
    # BBC business 241: what they can do
    ("Talks also centred on how the US, Europe and Japan can act to boost global economic growth.", "boost"),
])
def test_a_purpose_is_as_open_as_the_deed_it_is_for(nlp, sentence, lemma):
    assert _events(nlp, sentence)[lemma] is Factuality.POSSIBLE


def test_a_purpose_of_a_deed_done_stays_planned(nlp):
    # BBC business 286: the sucking in is told as done, the feeding is what it is for
    sentence = "China has sucked in raw materials and energy to feed its expansion."
    assert _events(nlp, sentence)["feed"] is Factuality.PLANNED
