"""In a sports report a competition's one-word name before a team's noun is the
competition, not a team: "Premiership teams", "the fourth Premiership player"
(kg.extract.mentions; the head words of name_heads.tsv). On sentences of unseen BBC sport
articles, read by the session ``nlp``."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

_FOOTBALL = frozenset({"sport", "football"})
_RUGBY = frozenset({"sport", "rugby"})


def _types(nlp, text: str, sport: frozenset[str]) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=sport)}


@pytest.mark.parametrize(
    ("text", "sport"),
    [
        # sport/205
        ("A number of Premiership teams face difficult away games against Championship sides on the weekend "
         "of 8/9 January.", _FOOTBALL),
        # sport/294
        ("Barry Everitt, who replaced Mapletoft late in the game, added the conversion to become the fourth "
         "Premiership player to reach 1,000 points.", _RUGBY),
    ],
)
def test_the_competition_before_a_teams_noun(nlp, text, sport):
    assert _types(nlp, text, sport)["Premiership"] is T.EVENT


def test_a_club_before_a_teams_noun_stays_a_team(nlp):
    # "his Arsenal club-mate" (sport/2xx, paraphrased)
    assert _types(nlp, "Cole said his Arsenal team-mate had been unlucky.", _FOOTBALL)["Arsenal"] is T.SPORTS_TEAM
