"""A constituency's name after "seat of" or "constituency of", or between "whose" and
"constituency", is one place (kg.extract.constituencies), in a text of elections or
members. Sentences from BBC politics articles (index 200 and up), some paraphrased."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _named(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # politics/289: NER's organisation.
        ("After a brief career as a tutor, he became an MP at the age of just 28 for his home seat of "
         "Bedwellty.", "Bedwellty"),
        # politics/333, paraphrased: a seat's name NER read as a firm.
        ("Robert Kilroy-Silk is to contest the seat of Bedwellty at the next general election.", "Bedwellty"),
        # politics/228: "whose" opens the slot as "the" does.
        ("Prospective Tory candidate Andrew Mennear, whose Finchley constituency contains a large Jewish "
         "community, branded it tasteless.", "Finchley"),
    ],
)
def test_a_seat_of_names_a_constituency(nlp, text, seat):
    assert _named(nlp, text).get(seat) is T.PLACE


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A body's seat: no capital right after "of".
        ("The seat of the Scottish Parliament is at Holyrood, and MSPs will sit there after the election.",
         "Scottish Parliament", T.ORGANIZATION),
        # A person's name is no seat's.
        ("Mr Howard said the Tories would win the seat of Tony Blair at the election.", "Tony Blair", T.PERSON),
    ],
)
def test_no_seat_of_a_body_or_a_person(nlp, text, name, kind):
    assert _named(nlp, text).get(name) is kind


def test_no_seat_outside_a_text_of_elections(nlp):
    """A team's seat in motor racing is no constituency: the slot needs a text of elections."""
    text = "The young driver was given the seat of Sauber for next season."
    assert _named(nlp, text).get("Sauber") is not T.PLACE
