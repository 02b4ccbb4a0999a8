"""A town's name after a noun of a career at a club and "at" or "with" is the club in a
sports report (kg.extract.careers), on sentences of unseen BBC sport articles read by the
session ``nlp``."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

FOOTBALL = frozenset({"sport", "football"})
RUGBY = frozenset({"sport", "rugby"})


def _types(nlp, text: str, name: str, sport: frozenset[str]) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the parser hangs "at" on "recall" (sport/242)
        ("And Wenger has no immediate plans to recall former England Under-21 international Stuart Taylor from "
         "his loan spell at Leicester.", "Leicester"),
        # a post there (sport/232)
        ("Gray, who has been caretaker manager, was assistant boss when Hoddle was manager at Southampton.",
         "Southampton"),
        # the post's job (sport/244)
        ("He was linked with the manager's job at Oldham and Keegan has stated he would not get in the way.",
         "Oldham"),
    ],
)
def test_a_town_after_a_career_noun_is_the_club(nlp, text, name):
    assert _types(nlp, text, name, FOOTBALL) == [T.SPORTS_TEAM]


@pytest.mark.parametrize(
    ("text", "name", "sport", "expected"),
    [
        # a ground, no town: it stays a ground (sport/254)
        ("Reds skipper Steven Gerrard also revealed he is an admirer from his time on loan at Anfield.",
         "Anfield", FOOTBALL, T.FACILITY),
        # a ground, a district's name too: it stays a ground (sport/242)
        ("The Gunners manager refused to comment on the difficult start that Almunia has made to his career at "
         "Highbury.", "Highbury", FOOTBALL, T.FACILITY),
        # "debut" is made at a place (paraphrased)
        ("The winger made his debut at Cardiff in the autumn internationals.", "Cardiff", RUGBY, T.CITY),
        # a conference is no career (sport/226)
        ("He will be unveiled at a news conference at Wolverhampton at 1100 GMT.", "Wolverhampton", FOOTBALL,
         T.PLACE),
        # not outside a sports report
        ("Gray was assistant boss when Hoddle was manager at Southampton.", "Southampton", frozenset(), T.PLACE),
    ],
)
def test_not_a_ground_a_debut_or_outside_sport(nlp, text, name, sport, expected):
    assert _types(nlp, text, name, sport) == [expected]
