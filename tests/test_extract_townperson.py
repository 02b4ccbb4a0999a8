"""A name NER read as a person's, a small town's name and a compass word, is the person's
(kg.extract.places.town_person). Sentences from BBC entertainment articles (index 200 and up)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.extract.places import town_person
from kg.types import EntityType as T


def test_a_small_towns_name_and_a_compass_word_is_a_person():
    assert town_person("Kanye West")  # Kanye: a town of Botswana


def test_a_big_towns_name_and_a_compass_word_may_be_a_place():
    assert not town_person("Leicester South")
    assert not town_person("Fred Bloggs")  # no compass word


def test_a_rapper_named_after_a_town_stays_a_person(nlp):
    # entertainment/264
    text = ("U2, Usher, Norah Jones and Kanye West got three each. Kanye West dominated the rap categories, winning "
            "best rap album.")
    types = [mention.type for mention in find_mentions(nlp(text)) if mention.text == "Kanye West"]
    assert types and set(types) == {T.PERSON}
