"""Names listed with a club are clubs (kg.extract.spread.listed_with_clubs), in sports
reports; a list after "in" names places."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

SPORT = frozenset({"sport"})


def _types(nlp, text: str, name: str) -> list[T]:
    return [m.type for m in find_mentions(nlp(text), sport=SPORT) if m.text == name]


def test_names_listed_with_a_club_nickname_are_clubs(nlp):
    # BBC sport: "Chelsea" is a given name and NER reads it as a person; "the Gunners" is Arsenal's nickname
    text = ("Boss Sir Alex Ferguson was left ruing Manchester United's failure to close the gap on Chelsea, "
            "Everton and Arsenal after his side's 1-1 draw with Fulham. Premiership leaders Chelsea and the "
            "Gunners endured a 2-2 stalemate on Sunday.")
    assert _types(nlp, text, "Chelsea") == [T.SPORTS_TEAM, T.SPORTS_TEAM]


def test_a_list_after_in_names_places(nlp):
    text = ("Ireland beat South Africa. That success was revenge for the consecutive defeats in Blomefontein "
            "and Cape Town in the summer, and Ireland face Cape Town next.")
    assert T.SPORTS_TEAM not in _types(nlp, text, "Blomefontein")
