"""A nationality NER kept before a person's name (kg.extract.nationals): the name after it is the person's."""

from __future__ import annotations

import pytest

from kg.types import EntityType as T
from tests.extract_helpers import mention_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A given name after the demonym.
        ("American Serena Williams also won, edging Russian Elena Dementieva 7-6 7-5 for her second victory of the event.",
         "Serena Williams"),
        # The surname of a person the article names in full.
        ("Fabrice Santoro was forced to retire when 6-2 3-0 down to Albert Costa. "
         "Spaniard Costa will next face Croatian Ivan Ljubicic after the sixth seed beat Rafael Nadal 6-2 6-7 (3/7) 6-3.",
         "Costa"),
    ],
)
def test_a_demonym_before_a_person_is_cut(nlp, text, name):
    found = mention_types(nlp, text, sport=None)
    assert found.get(name) is T.PERSON
    assert not any(mention.split()[0] in {"American", "Spaniard"} for mention in found)


def test_a_firm_named_after_a_nation_stays_whole(nlp):
    found = mention_types(nlp, "American Airlines and British Airways cut fares on Monday.", sport=None)
    assert "American Airlines" in found and "British Airways" in found
