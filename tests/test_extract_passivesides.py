"""In a sports report the lone subject of a plural passive is a team, as that of a plural
active verb is (kg.extract.cues.is_team): "Millwall have been charged". On sentences of
unseen BBC sport articles, read by the session ``nlp``."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

FOOTBALL = frozenset({"sport", "football"})
RUGBY = frozenset({"sport", "rugby"})


def _types(nlp, text: str, name: str, sport: frozenset[str]) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name", "sport"),
    [
        # NER's organisation (sport/201)
        ("However, Millwall have been charged with two breaches of FA rules.", "Millwall", FOOTBALL),
        # a country's name: its side (sport/354)
        ("Already Ireland are being earmarked as hot favourites in many quarters.", "Ireland", RUGBY),
    ],
)
def test_the_subject_of_a_plural_passive_is_a_team(nlp, text, name, sport):
    assert _types(nlp, text, name, sport) == [T.SPORTS_TEAM]


@pytest.mark.parametrize(
    ("text", "name", "sport", "expected"),
    [
        # a singular passive: the city (paraphrased)
        ("Dublin has been chosen to stage the final of the Heineken Cup.", "Dublin", RUGBY, T.CITY),
        # not outside a sports report
        ("Already Ireland are being earmarked as hot favourites in many quarters.", "Ireland", frozenset(), T.COUNTRY),
    ],
)
def test_not_a_singular_passive_nor_outside_sport(nlp, text, name, sport, expected):
    assert _types(nlp, text, name, sport) == [expected]
