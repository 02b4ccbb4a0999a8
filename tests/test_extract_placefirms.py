"""A name NER read as a place that no gazetteer or table knows is a company when the
article shows one (kg.extract.placefirms). Sentences from BBC business and technology
articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    """The types of the mentions of ``name`` in ``text``, in text order."""
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An initialism no gazetteer knows.
        ("Eventually the service will replace existing landline services as Wanadoo goes head to head with BT.",
         "BT"),
        # An owner's adjective.
        ("Chile's private copper producers are planning to invest $1.9bn between now and 2007, while state-owned "
         "Codelco will spend about $1bn on various projects.", "Codelco"),
        # A company post it has.
        ('"We know that customers want it as soon as it\'s released," said Robert Quinn, Game\'s UK sales '
         "director.", "Game"),
    ],
)
def test_a_place_reading_the_article_refutes_is_a_company(nlp, text, name):
    assert _types(nlp, text, name) == [T.ORGANIZATION]


def test_a_merger_makes_every_mention_a_company(nlp):
    """ "merging with Gazprom" shows the firm; its other mentions NER read as a place follow."""
    text = ("Yuganskneftegas will ultimately end up with Gazprom. The winning bidder at the auction was a previously "
            "unknown firm, which was snapped up days later by Rosneft, a Russian oil firm that is in the process of "
            "merging with Gazprom.")
    assert set(_types(nlp, text, "Gazprom")) == {T.ORGANIZATION}


def test_known_places_stay_places(nlp):
    """A known place keeps its reading, and an initialism the gazetteer knows is a city ("LA")."""
    text = ("But the US bankruptcy court judge in Texas granted Yukos an injunction that barred Gazprom and its "
            "lenders from taking part. \"Unfortunately I'm stuck driving a car in LA at gunpoint and I can't get "
            'away," he joked.')
    assert T.ORGANIZATION not in _types(nlp, text, "Texas") + _types(nlp, text, "LA")
