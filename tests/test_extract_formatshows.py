"""A TV format's head word NER read alone as a person is the whole show's name
(kg.extract.formatshows). On sentences of unseen BBC entertainment articles, read by the
session ``nlp`` outside a sports report."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}


@pytest.mark.parametrize(
    ("text", "show"),
    [
        # "Pop" no entity, "Idol" a person (entertainment/346)
        ("But Pop Idol mogul Simon Fuller has seen his wealth plummet from £220m last year to £75m.", "Pop Idol"),
        # "Australian" a nationality, "Idol" a person (entertainment/286)
        ("Missy Higgins took the title of breakthrough artist of the year, with Australian Idol winner "
         "Guy Sebastian taking the honours for best pop video.", "Australian Idol"),
    ],
)
def test_the_format_is_one_work(nlp, text, show):
    types = _types(nlp, text)
    assert types[show] is T.WORK
    assert "Idol" not in types


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person's name holding the head word is NER's whole person (paraphrased)
        ("Billy Idol played his old hits at the festival on Saturday.", "Billy Idol", T.PERSON),
        # a person's name right after the show's stays a person (entertainment/346)
        ("But Pop Idol mogul Simon Fuller has seen his wealth plummet.", "Simon Fuller", T.PERSON),
    ],
)
def test_not_a_person_name(nlp, text, name, kind):
    assert _types(nlp, text)[name] is kind


def test_not_a_place_before_the_head(nlp):
    # a venue: a place's name before "Academy" is no format (paraphrased from entertainment/2xx gig reports)
    types = _types(nlp, "The band will play the Brixton Academy in London next month.")
    assert types.get("Brixton Academy") is not T.WORK
