"""A qualifier right before a number inside a phrase qualifies it (kg.extract.quantities.read_quantity):
"fines of up to $500,000" is at most $500,000, not $500,000."""

from __future__ import annotations

import pytest

from kg.extract.quantities import read_quantity


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("maintenance grants of up to £2,000", "2000", "up to"),  # politics/213
    ("a net loss of more than 58,000 customers", "58000", "more than"),  # business/234
    ("damage of about $10bn", "10000000000", "about"),  # business/346
    ("the analysis of some 35 million drug molecules", "35000000", "some"),  # tech/200
    ("more than 2,000 troops", "2000", "more than"),  # at the start, as before
])
def test_quantity_qualifiers_inside_the_phrase(text, value, qualifier):
    quantity = read_quantity(text)
    assert quantity is not None and (quantity.value, quantity.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text", [
    "the first 100 days",  # no qualifier word
    "4,000 more jobs",  # "more" after the number qualifies nothing
    "a rise of 5%",  # "of" alone is none
    "above-inflation rises of 5%",  # a qualifier's word not right before the number
])
def test_quantity_qualifiers_none(text):
    quantity = read_quantity(text)
    assert quantity is not None and quantity.qualifier is None
