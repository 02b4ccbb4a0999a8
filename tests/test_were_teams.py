"""In a sports report a name alone before "were" is a team: a club's or a country's side
takes the plural, a person "was" (kg.extract.sidecues.plural_verb, asked by
kg.extract.cues.is_team). On sentences of unseen BBC sport articles, read by the session ``nlp``."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

_FOOTBALL = frozenset({"sport", "football"})
_RUGBY = frozenset({"sport", "rugby"})


def _types(nlp, text: str, sport: frozenset[str]) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=sport)}


@pytest.mark.parametrize(
    ("text", "team", "sport"),
    [
        # NER: a person (sport/261)
        ('"Lazio were favourites, Villarreal have been semi-finalists, and Partizan have fantastic experience '
         'in Europe."', "Lazio", _FOOTBALL),
        # NER: the country (sport/407)
        ("Paterson slotted four more second-half penalties and Scotland were denied a try when wing Sean "
         "Lamont's touchdown was ruled out for a forward pass.", "Scotland", _RUGBY),
    ],
)
def test_a_name_alone_before_were_is_a_team(nlp, text, team, sport):
    assert _types(nlp, text, sport)[team] is T.SPORTS_TEAM


def test_names_joined_by_and_keep_their_reading(nlp):
    # two players make their "were" plural (paraphrased from sport/3xx injury news)
    types = _types(nlp, "Ben Cohen and Mike Tindall were both ruled out of the match.", _RUGBY)
    assert types["Ben Cohen"] is T.PERSON and types["Mike Tindall"] is T.PERSON
