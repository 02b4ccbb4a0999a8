"""A person's full name before a work's noun and the work's own title is no work
(kg.extract.workpeople). On sentences of unseen BBC entertainment articles,
read by the session ``nlp`` outside a sports report."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the title NER read as a person's, left as it is (entertainment/242)
        ("Top of the Pops has turned to the star of Elvis Presley musical Jailhouse Rock after the late rock "
         "legend scooped the UK's 1,000th number one single.", "Elvis Presley"),
        # a title NER did not find (entertainment/297)
        ("Martin Scorsese's Howard Hughes biopic The Aviator came third with $7.6m.", "Howard Hughes"),
    ],
)
def test_the_person_before_a_titled_work_is_a_person(nlp, text, person):
    assert _types(nlp, text)[person] is T.PERSON


@pytest.mark.parametrize(
    "text",
    [
        # no title after the noun: the franchise's work (paraphrased)
        "She has starred in a Harry Potter film and will next appear on stage.",
    ],
)
def test_not_without_a_title(nlp, text):
    assert _types(nlp, text)["Harry Potter"] is T.WORK
