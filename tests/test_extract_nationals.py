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
        # A demonym noun of "-man" (BBC sport/506, sport/507).
        ("But third seed Joachim Johansson made it through after beating Frenchman Gilles Simon 7-6 6-3.", "Gilles Simon"),
        ("Frenchman Cyril Saulnier, meanwhile, fired 19 aces to secure a 6-1 7-6 win over Czech qualifier Tomas Zib.",
         "Cyril Saulnier"),
    ],
)
def test_a_demonym_before_a_person_is_cut(nlp, text, name):
    found = mention_types(nlp, text, sport=None)
    assert found.get(name) is T.PERSON
    assert not any(mention.split()[0] in {"American", "Spaniard", "Frenchman"} for mention in found)


def test_a_firm_named_after_a_nation_stays_whole(nlp):
    found = mention_types(nlp, "American Airlines and British Airways cut fares on Monday.", sport=None)
    assert "American Airlines" in found and "British Airways" in found


@pytest.mark.parametrize(
    ("text", "demonym"),
    [
        # BBC sport: one person described by nationality, no named group
        ("Sania Mirza beat Svetlana Kuznetsova on Tuesday. The 18-year-old Indian, who is already a huge star in her "
         "home country, won 6-4 6-2 in front of a delirious crowd.", "Indian"),
        ("The Slovakian will meet Elena Likhovtseva in the second round after the Russian struggled past Selima Sfar.",
         "Russian"),
    ],
)
def test_the_demonym_of_one_person_is_no_name(nlp, text, demonym):
    assert demonym not in mention_types(nlp, text, sport=None)


@pytest.mark.parametrize(
    ("text", "demonym"),
    [
        # a people (no noun of its own for one person; BBC business)
        ("Of course the Japanese could always have more children.", "Japanese"),
        ("The French want the embargo lifted because they want to sell arms to China.", "French"),
    ],
)
def test_a_people_stays(nlp, text, demonym):
    found = mention_types(nlp, text, sport=None)
    assert any(demonym in mention for mention in found), found
