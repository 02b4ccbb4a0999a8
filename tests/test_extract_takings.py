"""A name that takes money or a chart place at the box office is a film, in all its
mentions (kg.extract.takings). Sentences from BBC entertainment articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T
from tests.extract_helpers import mention_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER's person, its title word ("Coach") back in the name
        ("Last week's top film slipped at the box office, while Coach Carter fell two places to number four, "
         "taking $8m (£4.25m) in its third week.", "Coach Carter"),
        # NER's firm and product, one title over the possessive
        ("Ocean's Twelve took sixth place in the US chart with $5.4m, according to box office figures.", "Ocean's Twelve"),
        # NER's person, the subject of a count of cinemas
        ("Racing Stripes opened in 3,000 cinemas across North America, box office figures showed.", "Racing Stripes"),
    ],
)
def test_a_box_office_deed_makes_a_film(nlp, text, name):
    assert mention_types(nlp, text, sport=None).get(name) is T.WORK


def test_a_work_that_does_the_deed_is_a_work_in_every_mention(nlp):
    """A cue typed the film where it knocks another off the top spot: NER's person elsewhere."""
    text = ("The low-budget horror film Boogeyman has knocked Robert de Niro thriller Hide and Seek from the top spot at "
            "the UK box office. Hide And Seek, which was knocked off the top of the US box office by Boogeyman last "
            "month, fell one place.")
    types = [mention.type for mention in find_mentions(nlp(text)) if mention.text == "Boogeyman"]
    assert types == [T.WORK, T.WORK]


def test_an_actor_at_the_top_of_the_box_office_is_a_person(nlp):
    """A name that looks like a person's stays one: the actor, not a film."""
    text = "Film star Robert De Niro topped the North American box office with his film Hide and Seek."
    assert mention_types(nlp, text, sport=None).get("Robert De Niro") is T.PERSON


def test_no_box_office_no_film(nlp):
    """Outside a report of the box office or cinemas, money taken is no film's."""
    text = "Racing Stripes took $5m in the first quarter of the year."
    assert mention_types(nlp, text, sport=None).get("Racing Stripes") is not T.WORK
