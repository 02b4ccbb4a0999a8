"""A courtesy title inside NER's span opens the name of a person the article names
elsewhere (kg.extract.innertitles): the span is two pieces. Sentences from BBC
politics and technology articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.mentions import find_mentions
from kg.records import Document

_STRAW = (
    "I think he will want to look quite carefully at what Jack Straw said about Michael Howard. In a speech to "
    'the Foreign Policy Centre Mr Straw said of the Tory leader: "He is clever, fluent and tactical, but he is not wise.'
)


@pytest.mark.parametrize(
    ("text", "person", "before"),
    [
        (_STRAW, "Straw", "Foreign Policy Centre"),
        ("Xbox frontman J. Allard said the console looked set to be capable of one trillion calculations per second. However, "
         "during his keynote speech at GDC Mr Allard, who heads development of game-making tools for the "
         "console, gave a glimpse into how some of its core software will work.", "Allard", "GDC"),
    ],
)
def test_a_courtesy_title_inside_a_span_opens_a_persons_name(nlp, text, person, before):
    mentions = list(find_mentions(nlp(text)))
    texts = [mention.text for mention in mentions]
    assert not any(f"Mr {person}" in name for name in texts)  # no "Foreign Policy Centre Mr Straw"
    assert ("Mr",) in [mention.titles for mention in mentions if mention.text == person]
    assert before in texts


def test_the_name_before_the_title_ends_in_no_post(nlp):
    """ "Centre", a rugby position, is a word of the Foreign Policy Centre's name: no post of Mr Straw's."""
    extraction = extract(Document(id="straw", text=_STRAW), nlp(_STRAW))
    assert [reading.role for reading in extraction.roles if reading.person.text == "Straw"] == []
