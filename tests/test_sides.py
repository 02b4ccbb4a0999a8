"""Sides of a result in a sports report are teams (kg.extract.sides), on the session pipeline."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions

# Enough sport words for a sports report (kg.extract.cues.sport_context), naming no side.
_REPORT = (
    "The coach named his squad for the rugby match. The season has seen a victory and a defeat "
    "in the league, and the side scored two tries in the cup match. "
)


def _types(nlp, sentence: str) -> dict[str, str]:
    doc = nlp(_REPORT + sentence)
    return {m.text: m.type.value for m in find_mentions(doc) if m.start >= len(_REPORT)}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("It was a 2-1 victory over Calvisano in the rain.", "Calvisano"),  # a result noun's "over"
        ("Bourgoin's loss to Gloucester was a shock.", "Gloucester"),  # a result noun's "to"
        ("They were losing to Calvisano at the break.", "Calvisano"),  # "lose to"
        ("Calvisano lost 30-10 to Saracens on Sunday.", "Saracens"),  # "lose to", NER's place
        ("Saracens were beaten by Gloucester.", "Saracens"),  # a playing verb's passive subject, NER's group
        ("Gloucester's win over Saracens lifted them to third.", "Saracens"),
        # The subject of a deed done "with" a result: a country's name is its team.
        ("The United States kept the Davis Cup final alive with victory in Saturday's doubles rubber, "
         "leaving Spain 2-1 ahead going into the final day.", "United States"),
    ],
)
def test_a_side_of_a_result_is_a_team(nlp, sentence, name):
    assert _types(nlp, sentence).get(name) == "SportsTeam"


def test_where_a_game_is_played_is_no_side(nlp):
    # "travel to" names where the game is played: no result, no side read.
    assert _types(nlp, "Wasps travel to Calvisano next week.").get("Calvisano") != "SportsTeam"


def test_led_to_names_no_side(nlp):
    # "led to" is no result's preposition: a town the coach led a tour to stays a place.
    types = _types(nlp, "The coach led the squad to Cardiff for a training camp.")
    assert types.get("Cardiff") != "SportsTeam"
