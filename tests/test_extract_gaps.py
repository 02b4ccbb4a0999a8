"""A relative clause with no relative word takes the noun it follows as its object
(kg.extract.gaps): "the market it operates" -> operate(agent=it, theme=the market)."""

from __future__ import annotations

import pytest

from kg.records import Document
from tests.extract_helpers import event_roles


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    from kg.extract import extract

    events = [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]
    assert events, sentence
    return event_roles(events[0])


@pytest.mark.parametrize(("sentence", "lemma", "theme"), [
    # business/267, politics/261
    ("The owner of the Nasdaq stock index plans to sell shares to the public and list itself on the market it operates.",
     "operate", "the market"),
    ("The campaign will demonstrate the central role Mr Brown will play in the election campaign.", "play",
     "the central role"),
])
def test_the_noun_is_the_relative_clause_object(nlp, sentence: str, lemma: str, theme: str) -> None:
    assert _roles(nlp, sentence, lemma).get("theme") == [theme]


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("He still remembers the day he arrived.", "arrive"),  # a time (gap_nouns.txt), no object
    ("He won over the people he worked with.", "work"),  # the noun is the preposition's
])
def test_no_object_where_the_noun_is_none(nlp, sentence: str, lemma: str) -> None:
    from kg.extract import extract

    events = [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]
    assert all("theme" not in event_roles(event) for event in events)
