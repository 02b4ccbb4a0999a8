"""A town's name before the kind of a group is where the group is from (kg.extract.hometowns).
Sentences from BBC entertainment and business articles (index 200 and up)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


def test_a_city_before_a_band_noun_read_as_a_person(nlp):
    text = "Glasgow group Franz Ferdinand won two prizes, as did Keane and Joss Stone."
    assert _types(nlp, text, "Glasgow") == [T.CITY]


def test_a_person_before_a_noun_of_no_group_stays(nlp):
    """ "administration" is no band's or firm's kind: the president's."""
    text = "The Bush administration has pledged to halve the deficit in five years."
    assert T.CITY not in _types(nlp, text, "Bush")
