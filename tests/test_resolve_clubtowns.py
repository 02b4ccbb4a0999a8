"""In a sports report, a club's town NER read as a place is the club a nickname names
(kg.resolve.clubtowns): sport/283 and sport/313, shortened, and hand-built mentions."""

from __future__ import annotations

import pytest

import kg
from kg.records import Mention
from kg.resolve.clubtowns import club_town_targets
from kg.types import EntityType


@pytest.mark.parametrize(
    ("text", "team", "town"),
    [
        (
            "White prepared for battle\n\nTough-scrummaging prop Julian White is expecting a resurgent Wales to "
            "give him a rough ride in England's Six Nations opener in Cardiff on Saturday.\n\nThe Leicester "
            "tight-head is in the form of his life, making the England number three shirt his own. But he knows "
            "Wales will put his technique under immense scrutiny. \"The Welsh scrum is a force to be reckoned "
            "with,\" he told BBC Sport. \"They have made a lot of changes for the better over the last few "
            "years.\" White is also impressed with the Welsh pack's strength in depth. \"Gethin Jenkins is "
            "starting at loose-head for them. He has played a bit at tight-head but I think his favoured position "
            "is loose-head and he is very good,\" he added. The 31-year-old has made a massive contribution to "
            "the England and Leicester cause of late and is arguably the form tight-head prop in the world.\n\nHe "
            "destroyed South Africa's Os du Randt in the scrum at Twickenham last autumn to give England the "
            "platform for an impressive 32-16 victory. Leicester, who signed White from Bristol when the West "
            "Country side were relegated from the Zurich Premiership in the summer of 2003, have also been aided "
            "by White's presence this season. The Tigers are sitting pretty at the top of the Premiership table "
            "and have also booked their place in the last eight of the Heineken Cup.\n",
            "Leicester Tigers",
            "Leicester",
        ),
    ],
)
def test_resolve_clubtowns_one_club(nlp, text, team, town):
    entities = {entity.label: entity for entity in kg.build_text(text, nlp=nlp).entities()}
    assert team in entities, sorted(entities)
    assert not (town in entities and entities[town].type in {EntityType.CITY, EntityType.PLACE}), sorted(entities)


def _town(text: str, name: str, at: int = 0) -> Mention:
    start = text.index(name, at)
    return Mention(start, start + len(name), name, EntityType.CITY, 0)


def test_resolve_clubtowns_keeps_the_town_where_it_is_one():
    sport = {"sport", "football"}
    text = "Spurs boss Martin Jol said his team were robbed. Ferguson sympathised with Tottenham."
    assert club_town_targets("Tottenham Hotspur", {"tottenham"}, [_town(text, "Tottenham")], text, sport) == [0]
    # Outside a sports report, and after a preposition of place, the town is the town.
    assert club_town_targets("Tottenham Hotspur", {"tottenham"}, [_town(text, "Tottenham")], text, {"politics"}) == []
    lives = "Spurs fans who live in Tottenham were angry."
    assert club_town_targets("Tottenham Hotspur", {"tottenham"}, [_town(lives, "Tottenham")], lives, sport) == []
    # A town two of the article's teams open on may be either club.
    derby = "The Red Devils beat Manchester City in Manchester. Manchester celebrated."
    mentions = [
        Mention(20, 35, "Manchester City", EntityType.SPORTS_TEAM, 0),
        _town(derby, "Manchester", 40),
        _town(derby, "Manchester", 51),
    ]
    assert club_town_targets("Manchester United", {"manchester"}, mentions, derby, sport) == []
