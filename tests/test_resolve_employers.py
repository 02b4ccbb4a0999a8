"""A name a role is held at is no person's unless written as one (kg.resolve.employers).
Sentences from BBC tech and politics articles (index 200 and up)."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return {entity.label: entity.type for entity in resolve(extract(document, doc)).entities}


def test_the_firm_a_role_is_held_at_is_an_organisation(nlp):
    text = ('"Voice command-and-control unlocks the potential of devices," said Ross Blanchard, vice president of '
            "business development for Gracenote.")
    types = _types(nlp, text)
    assert types.get("Gracenote") is T.ORGANIZATION
    assert types.get("Ross Blanchard") is T.PERSON


def test_a_person_an_adviser_serves_stays_a_person(nlp):
    """A name written as a person's (a given name, a title) keeps the vote."""
    text = ("Gordon Brown will deliver his Budget next month. But Mr Brown's former advisor Ed Balls, now a "
            "parliamentary hopeful, said an examination of Tory plans showed a gap.")
    assert _types(nlp, text).get("Gordon Brown") is T.PERSON
