""""The Holland international said": the player who spoke last, though his post is at a club
(kg.resolve.capped, kg.resolve.narrowed.fits_named; sentences paraphrased from sport/222, on
the session pipeline)."""

from __future__ import annotations

from kg.resolve.capped import capped_by
from tests.extract_helpers import said_by

_MCCLAREN = "Middlesbrough boss Steve McClaren has praised his side after the 2-0 Uefa Cup win against Lazio. "
_QUOTES = ("\"We didn't expect it to be that one-sided,\" said Zenden. "
           "\"I think we played quite well, especially in the first half.\" ")
_CONFIDENT = "The Holland international said Boro are confident of progressing in the competition."


def test_the_country_international_is_the_club_player_who_spoke_last(nlp):
    text = _MCCLAREN + "Middlesbrough forward Boudewijn Zenden scored both goals. " + _QUOTES + _CONFIDENT
    assert said_by(nlp, text)["Boro are"] == "Boudewijn Zenden"


def test_no_player_of_another_nationality(nlp):
    text = _MCCLAREN + "French forward Boudewijn Zenden scored both goals. " + _QUOTES + _CONFIDENT
    assert said_by(nlp, text)["Boro are"] != "Boudewijn Zenden"


def test_no_player_when_someone_else_is_named_since(nlp):
    text = (_MCCLAREN + "Middlesbrough forward Boudewijn Zenden scored both goals. " + _QUOTES
            + "Mark Viduka missed the match with a hamstring injury. " + _CONFIDENT)
    assert said_by(nlp, text)["Boro are"] != "Boudewijn Zenden"


def test_a_clubs_international_is_no_countrys():
    assert capped_by("the Middlesbrough international") is None
    assert capped_by("The Holland international") == capped_by("the Netherlands international")
