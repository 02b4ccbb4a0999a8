"""The names in a list the text calls a company's brands are its products
(kg.extract.brandlists). Sentences from BBC business articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text), sport=frozenset()) if mention.text == name]


INBEV = "Inbev brands include Bass, Stella Artois, Hoegaarden and Staropramen."
SSL = ("Its other brands include Syndol analgesic, Meltus cough medicine, Sauber compression hosiery and "
       "deodorant products, and Mister Baby.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (INBEV, "Bass"),  # NER's person
        (INBEV, "Stella Artois"),  # a given name proves nothing in a brand list
        (SSL, "Syndol"),  # a list item's modifier
        (SSL, "Meltus"),  # NER's organisation
    ],
)
def test_a_listed_brand_is_a_product(nlp, text, name):
    assert _types(nlp, text, name) == [T.PRODUCT]


def test_a_list_of_other_things_types_nothing(nlp):
    """Only a brand noun's list: "bands include" is no brand list."""
    text = "Other acts on the bill include Bass, Stella Artois and Staropramen."
    assert T.PRODUCT not in _types(nlp, text, "Bass")


def test_a_titled_name_stays_a_person(nlp):
    text = "Its brands include Bass. Mr Bass said the firm would grow."
    assert T.PRODUCT not in _types(nlp, text, "Bass")


SOUTHCORP = ("Fosters bought 18.8% of Southcorp, the global winemaker behind the Penfolds, Lindemans and "
             "Rosemount brands, for 4.17 Australian dollars per share.")
FOSTERS = ("Foster's is already one of Australia's largest wine producers, owning the Beringer and Wolf Blass "
           "brands among others.")
GM = "GM's main European brands are Opel and Vauxhall."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (SOUTHCORP, "Penfolds"),  # NER's place, in a list before "brands"
        (SOUTHCORP, "Lindemans"),  # NER's people (NORP)
        (SOUTHCORP, "Rosemount"),  # NER's organisation
        (FOSTERS, "Wolf Blass"),  # NER's person
        (GM, "Opel"),  # NER's place, after "brands are"
    ],
)
def test_a_name_of_a_list_a_plural_brand_noun_ends_or_heads_is_a_product(nlp, text, name):
    assert _types(nlp, text, name) == [T.PRODUCT]


def test_an_owner_before_brands_stays_a_company(nlp):
    """One name before "brands" is their owner's ("Inbev brands include ..."), and so is
    a listed name that acts elsewhere ("Unilever cut prices")."""
    assert _types(nlp, INBEV, "Inbev") != [T.PRODUCT]
    text = "The Unilever and Nestle brands dominate the shelves. Unilever cut its prices."
    assert T.PRODUCT not in _types(nlp, text, "Unilever")
