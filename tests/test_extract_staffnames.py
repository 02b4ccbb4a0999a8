"""A name NER read as an organisation that speaks from an organisation is a person's
(kg.extract.staffnames). Sentences from BBC technology articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

HORIUCHI = (
    "Explaining why Hitachi's Emiew used wheels instead of feet, Toshihiko Horiuchi, from Hitachi's Mechanical "
    'Engineering Research Laboratory, said: "We aimed to create a robot that could live and co-exist with people."'
)
JOLY = "According to Benoit Joly from broadband telecoms firm Thales, 30% of Europe cannot get satellite TV or digital TV."
BRUNINI = (
    '"User experience has contributed to people searching more," said Yonca Brunini of Yahoo. "Personalisation is '
    'going to be a big area for the future," said Yahoo\'s Yonca Brunini.'
)


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (HORIUCHI, "Toshihiko Horiuchi"),  # the subject of "said", ", from" a laboratory
        (JOLY, "Benoit Joly"),  # after "according to", "from" words and a firm
        (BRUNINI, "Yonca Brunini"),  # "of Yahoo" (NER: a place there, a firm before): both mentions
    ],
)
def test_a_name_that_speaks_from_an_organisation_is_a_person(nlp, text, name):
    assert set(_types(nlp, text, name)) == {T.PERSON}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (HORIUCHI, "Mechanical Engineering Research Laboratory"),  # the place of work stays a firm's
        (JOLY, "Thales"),
    ],
)
def test_the_organisation_spoken_from_stays_one(nlp, text, name):
    assert set(_types(nlp, text, name)) == {T.ORGANIZATION}
