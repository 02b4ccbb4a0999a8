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


def test_a_full_name_with_a_lawyer_stays_a_person(nlp):
    """A lawyer is held for a person as often as for a firm (client_roles.txt): a full name NER read
    as a person's stays one, though no given name list knows "Kostas" (an untuned sport article)."""
    text = ("Greek sprinters Kostas Kenteris and Katerina Thanou have appeared before an independent tribunal. "
            "But Kenteris' lawyer Gregory Ioannidis told BBC Sport earlier this week he was confident.")
    assert _types(nlp, text).get("Kostas Kenteris") is T.PERSON


def test_a_one_word_name_with_a_lawyer_is_the_firm(nlp):
    """A one-word name with a lawyer and "the company" after it is a firm NER read as a person."""
    text = ("Grokster's lawyer argued that the company should be judged by its current behaviour rather than "
            "what it did when it first set up.")
    assert _types(nlp, text).get("Grokster") is not T.PERSON
