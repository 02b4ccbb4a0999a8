"""An event noun that is the object of "without" did not happen: negated
(kg.extract.nounreadings). Sentences paraphrased from BBC business/272 and politics/224."""

from __future__ import annotations

from kg.types import Factuality
from tests.extract_helpers import event_factualities


def test_an_event_noun_after_without_is_negated(nlp):
    found = event_factualities(nlp, "Without significant increases in sales, the firm will have to cut its staff.")
    assert found.get("increase") is Factuality.NEGATED, found


def test_each_conjunct_after_without_is_negated(nlp):
    found = event_factualities(nlp, "The deal was agreed without a vote or any cuts in staff.")
    assert found.get("cut") is Factuality.NEGATED, found


def test_an_event_noun_after_with_stays_asserted(nlp):
    found = event_factualities(nlp, "The deal was agreed with big cuts in staff.")
    assert found.get("cut") in {Factuality.ASSERTED, Factuality.REPORTED}, found
