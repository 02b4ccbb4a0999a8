"""A list of names is of one kind (kg.extract.coordination), on the model."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The banks of a list are banks, though NER reads one as a person.
        ("Its lawyers now accept ABN Amro, BNP Paribas, Calyon, JP Morgan Chase Bank, and Dresdner Kleinwort Wasserstein were not involved.",
         "Dresdner Kleinwort Wasserstein", T.ORGANIZATION),
        # Airlines, though NER reads one as a place.
        ("Rivals include Germany's Lufthansa, British Airways and Spain's Iberia.", "Iberia", T.ORGANIZATION),
        # A given name keeps its person; a country keeps its place.
        ("The deal involves Microsoft, Intel and Bill Gates.", "Bill Gates", T.PERSON),
        ("Shares rose in France, Germany and Spain.", "Spain", T.COUNTRY),
    ],
)
def test_lists_are_of_one_kind(nlp, text, name, expected):
    types = {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}
    assert types.get(name) is expected
