"""A number written as a word keeps the scale word after it (kg.extract.quantities.read_quantity):
"seven million customers" is 7,000,000 customers, not seven."""

from __future__ import annotations

import pytest

from kg.extract.quantities import read_quantity
from tests.extract_helpers import sentence_events


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("seven million customers", "7000000", "customer"),  # business/375
    ("two million people", "2000000", "people"),  # business/257
    ("more than four million", "4000000", None),  # business/216
    ("around two billion dollars", "2000000000", "USD"),
])
def test_quantity_scales_a_number_word_keeps_its_scale(text, value, unit):
    quantity = read_quantity(text)
    assert quantity is not None and (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("seven customers", "7", "customer"),  # no scale word
    ("three more people", "3", "people"),  # "more" is no scale
    ("one month", "1", "month"),
    ("millions of people", None, "people"),  # a vague count stays without a value
])
def test_quantity_scales_no_scale_no_product(text, value, unit):
    quantity = read_quantity(text)
    assert quantity is not None and (quantity.value, quantity.unit) == (value, unit)


def test_quantity_scales_in_an_event(nlp):
    (event,) = [e for e in sentence_events(nlp, "LG Card has seven million customers.") if e.lemma == "have"]
    (theme,) = [a for a in event.arguments if a.role == "theme"]
    assert theme.quantity is not None and theme.quantity.value == "7000000"
