"""What is won is no team: the object of "win" in a sports report is a title or a
tournament, not an opponent (kg.extract.cues.is_team), though the subject of "win" and
the object of "beat" are sides. On sentences of unseen BBC sport articles read by the
session ``nlp``."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

TENNIS = frozenset({"sport", "tennis"})
RUGBY = frozenset({"sport", "rugby"})


def _types(nlp, text: str, name: str, sport: frozenset[str]) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a tournament won (sport/490)
        ("Newly-crowned Australian Open champion Marat Safin has ruled out any chance of winning Wimbledon in the "
         "future.", "Wimbledon"),
        # a tournament named by its city (sport/458)
        ("Even if I don't win Sydney next week it's no big deal.", "Sydney"),
    ],
)
def test_what_is_won_is_no_team(nlp, text, name):
    types = _types(nlp, text, name, TENNIS)
    assert types and T.SPORTS_TEAM not in types


def test_the_winner_and_the_beaten_are_teams(nlp):
    # the subject of "win", the object of "beat" (paraphrased from sport/376)
    text = "Leicester beat Bath and Wasps won at Gloucester."
    assert _types(nlp, text, "Bath", RUGBY) == [T.SPORTS_TEAM]
    assert _types(nlp, text, "Wasps", RUGBY) == [T.SPORTS_TEAM]
