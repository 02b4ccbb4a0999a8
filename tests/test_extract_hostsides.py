"""The name after "at home to", "away to", "away at" or "play host to" is a side in a
sports report (kg.extract.hostsides), on sentences of unseen BBC sport articles read by
the session ``nlp``."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

FOOTBALL = frozenset({"sport", "football"})


def _types(nlp, text: str, name: str, sport: frozenset[str]) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER's place (sport/233)
        ("Redknapp's first game in charge will be at home to Middlesbrough on Saturday.", "Middlesbrough"),
        # NER's group (sport/205)
        ("Arsenal were drawn at home to Stoke and Chelsea will play host to Scunthorpe.", "Scunthorpe"),
        # the hosts, not their ground (sport/205)
        ("Premiership strugglers Norwich, Blackburn, West Brom are away at West Ham, Cardiff and Preston North End "
         "respectively.", "West Ham"),
        # a later name of the list there (sport/205)
        ("Premiership strugglers Norwich, Blackburn, West Brom are away at West Ham, Cardiff and Preston North End "
         "respectively.", "Cardiff"),
    ],
)
def test_the_other_side_of_a_game_is_a_team(nlp, text, name):
    assert _types(nlp, text, name, FOOTBALL) == [T.SPORTS_TEAM]


def test_a_ground_stays_a_ground(nlp):
    # "at" alone names where the game is played (sport/226)
    text = "The former England coach will be unveiled at a news conference at Molineux at 1100 GMT."
    assert _types(nlp, text, "Molineux", FOOTBALL) == [T.FACILITY]


def test_not_outside_a_sports_report(nlp):
    text = "Redknapp's first game in charge will be at home to Middlesbrough on Saturday."
    assert T.SPORTS_TEAM not in _types(nlp, text, "Middlesbrough", frozenset())
