"""Titles framed by a determiner and a work noun (kg.extract.framed), on the session pipeline."""

from __future__ import annotations

import pytest

from kg.types import EntityType
from tests.extract_helpers import mention_types


@pytest.mark.parametrize(
    ("sentence", "title", "pieces"),
    [
        # an owner's possessive, "with", a programme
        ("The minister told the BBC's Breakfast with Frost programme that he was wrong.", "Breakfast with Frost", ("Breakfast", "Frost")),
        # a determiner, "of the", a musical the tagger reads as an adjective
        ("She saw the Lord of the Rings musical in Toronto last week.", "Lord of the Rings", ("Rings",)),
        # a determiner and an adjective before the title
        ("He will star in a new Phantom of the Opera movie next year.", "Phantom of the Opera", ("Phantom", "Opera")),
    ],
)
def test_framed_title_is_one_work(nlp, sentence, title, pieces):
    found = mention_types(nlp, sentence, sport=None)
    assert found.get(title) is EntityType.WORK, found
    assert not any(piece in found for piece in pieces), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The studio bought the UK and US film rights on Monday.",  # "and" joins no title
        "He went to the Museum of Modern Art show in New York.",  # a body's name
    ],
)
def test_no_framed_title(nlp, sentence):
    found = mention_types(nlp, sentence, sport=None)
    assert not any(mention is EntityType.WORK and " " in text for text, mention in found.items()), found
