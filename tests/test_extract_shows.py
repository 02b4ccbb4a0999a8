"""A name that has episodes or a series is a show, in all its mentions (kg.extract.shows).
Sentences from BBC entertainment articles (index 200 and up)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


def test_a_series_of_a_name_read_as_a_place(nlp):
    text = "8 million people watched the first episode of the latest series of Little Britain on BBC Three in October."
    assert _types(nlp, text, "Little Britain") == [T.WORK]


def test_one_series_types_every_mention(nlp):
    text = (
        "The current series of Celebrity Big Brother ends on Sunday, with Happy Mondays star Bez competing for a "
        "charity prize. Celebrity Big Brother attracted less viewers than its 2002 series."
    )
    assert _types(nlp, text, "Celebrity Big Brother") == [T.WORK, T.WORK]


def test_a_list_of_names_after_series_of_is_left_alone(nlp):
    """ "a series of" a list is no show's series."""
    text = "The firm sold a series of Nokia and Motorola handsets."
    assert T.WORK not in _types(nlp, text, "Nokia")
