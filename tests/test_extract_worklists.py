"""A list holding a cued title is a list of titles (kg.extract.worklists). Sentences
from BBC entertainment articles (index 200 and up)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    """The type of each mention in ``text``, by its text."""
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}


def test_a_name_listed_beside_a_cued_title_is_a_work(nlp):
    """NER: an organisation; the list's other name is a title a cue read."""
    found = _types(nlp, "Robert Redford founded Sundance in 1981 and it has gone on to showcase future successes "
                        "such as Reservoir Dogs, The Blair Witch Project and The Full Monty.")
    assert (found["Reservoir Dogs"], found["Robert Redford"]) == (T.WORK, T.PERSON)


def test_a_person_listed_beside_a_title_stays_a_person(nlp):
    """A given name speaks for NER's reading: a star listed with a film stays a person."""
    found = _types(nlp, "The nominees included the film The Aviator, Jamie Foxx and Clive Owen.")
    assert found.get("Jamie Foxx", T.PERSON) is T.PERSON and found.get("Clive Owen", T.PERSON) is T.PERSON
