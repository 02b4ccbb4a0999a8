"""A name right after a plural noun of a side's standing is a team in a sports report
(kg.extract.standings), on sentences of unseen BBC sport articles read by the session ``nlp``."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

FOOTBALL = frozenset({"sport", "football"})
RUGBY = frozenset({"sport", "rugby"})
TENNIS = frozenset({"sport", "tennis"})


def _types(nlp, text: str, name: str, sport: frozenset[str]) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name", "sport"),
    [
        # NER's place: "behind leaders Barcelona" (sport/275)
        ("Real slipped to 13 points behind leaders Barcelona with a 1-0 defeat at the hands of Sevilla on "
         "Wednesday.", "Barcelona", FOOTBALL),
        # NER's person: "League One leaders Luton" (sport/205)
        ("They will meet League One leaders Luton if they win their replay.", "Luton", FOOTBALL),
        # NER's person, a given name too: "leaders Chelsea" (sport/266)
        ("The Reds are currently sixth in the Premiership, 15 points behind leaders Chelsea.", "Chelsea", FOOTBALL),
        # NER's city: "west-country rivals Gloucester" (sport/419)
        ("But Tindall, who recently signed for Bath's west-country rivals Gloucester, told Rugby Special he "
         "would be fit.", "Gloucester", RUGBY),
    ],
)
def test_a_name_after_a_noun_of_standing_is_a_team(nlp, text, name, sport):
    assert _types(nlp, text, name, sport) == [T.SPORTS_TEAM]


def test_not_a_list_of_players(nlp):
    # "champions" before two players (sport/472, paraphrased): each a person
    text = "Henman lost to defending champions Mike Bryan and Bob Bryan in the doubles on Friday."
    assert _types(nlp, text, "Mike Bryan", TENNIS) == [T.PERSON]
    assert _types(nlp, text, "Bob Bryan", TENNIS) == [T.PERSON]


def test_not_a_singular_noun(nlp):
    # "champion" in the singular names one player (sport/4xx, paraphrased)
    text = "Mirza continued her rise with victory over US Open champion Kuznetsova at the Dubai Championships."
    assert T.SPORTS_TEAM not in _types(nlp, text, "Kuznetsova", TENNIS)


def test_not_outside_a_sports_report(nlp):
    text = "The Reds are currently sixth in the Premiership, 15 points behind leaders Chelsea."
    assert _types(nlp, text, "Chelsea", frozenset()) == [T.PERSON]


def test_not_a_country(nlp):
    # a national side is read from the country's own plays (kg.extract.spread), not here (sport/285)
    text = "Barkley might miss England's trip to Six Nations leaders Ireland next weekend."
    assert _types(nlp, text, "Ireland", RUGBY) == [T.COUNTRY]
