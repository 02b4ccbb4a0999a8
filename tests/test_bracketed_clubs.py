"""In a sports report the name in brackets right after a player's full name is the
player's club (kg.extract.bracketclubs, asked by kg.extract.spread.spread_teams). On
squad lists of unseen BBC sport articles, read by the session ``nlp``."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

_RUGBY = frozenset({"sport", "rugby"})
_TENNIS = frozenset({"sport", "tennis"})

# sport/295: Scotland's Six Nations squad
_SQUAD = (
    "Forwards: Ross Beattie (Northampton Saints), Gordon Bulloch (captain, Glasgow Rugby), David Callam "
    "(Edinburgh Rugby), Bruce Douglas (The Borders), Jon Dunbar (Leeds Tykes), Iain Fullarton (Saracens), "
    "Stuart Grimes (Newcastle Falcons)."
)


def _types(nlp, text: str, sport: frozenset[str]) -> dict[str, set[T]]:
    types: dict[str, set[T]] = {}
    for mention in find_mentions(nlp(text), sport=sport):
        types.setdefault(mention.text, set()).add(mention.type)
    return types


@pytest.mark.parametrize("club", ["Edinburgh Rugby", "Glasgow Rugby", "Borders", "Leeds Tykes", "Saracens"])
def test_the_bracketed_club_is_a_team(nlp, club):
    # NER: persons, a firm ("Borders")
    assert _types(nlp, _SQUAD, _RUGBY)[club] == {T.SPORTS_TEAM}


def test_a_club_named_after_its_town(nlp):
    # NER: the town (sport/332, France's squad)
    text = ("Sylvain Marconnet (Stade Francais), Nicolas Mas (Perpignan), Olivier Milloud (Bourgoin), "
            "William Servat (Stade Toulousain).")
    assert _types(nlp, text, _RUGBY)["Perpignan"] == {T.SPORTS_TEAM}


def test_a_nationality_stays_the_country(nlp):
    # a tennis draw's seedings (sport/476)
    types = _types(nlp, "2 Andy Roddick (US), 4 Marat Safin (Russia), 8 Andre Agassi (US).", _TENNIS)
    assert types["Russia"] == {T.COUNTRY}
    assert types["US"] == {T.COUNTRY}


def test_a_bodys_short_name_is_no_club(nlp):
    # brackets after a body's name hold its short name (sport/448)
    text = ("The tournament was not commissioned by the World Anti-Doping Agency (Wada) or the International "
            "Tennis Federation (ITF).")
    assert all(T.SPORTS_TEAM not in found for found in _types(nlp, text, _TENNIS).values())
