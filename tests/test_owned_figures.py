"""A measured noun in the plural with an owner is the owner's figure, not a sale of the owner
(kg.extract.ownedfigures); "Rover's sale to Nanjing" stays a sale. BBC business, index 200 and up."""

from __future__ import annotations

import pytest

from tests.extract_helpers import role_labels


@pytest.mark.parametrize(
    "text",
    [
        "Mitsubishi's sales have slid 41% in the past year.",  # business/431
        "Lenovo's sales were down 3.7% by revenue to HK$6.31bn.",  # business/250
        "Maruti accounts for half of India's domestic car sales.",  # business/503
    ],
)
def test_an_owners_sales_are_no_sale_of_the_owner(nlp, text):
    assert not role_labels(nlp, text, "sale")


def test_a_sale_of_a_firm_stays_a_sale(nlp):
    roles = role_labels(nlp, "Rover's sale to Nanjing Automobile was agreed on Friday.", "sale")
    assert ("theme", "Rover") in roles, roles
