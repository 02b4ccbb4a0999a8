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


def test_names_listed_beside_a_title_ner_read_are_works(nlp):
    """NER: two organisations and a title; no cue, but the list is of one kind."""
    found = _types(nlp, "The show will include such classics as Super Trouper, SOS and Dancing Queen.")
    assert (found["Super Trouper"], found["SOS"]) == (T.WORK, T.WORK)


def test_a_person_beside_a_title_only_ner_read_stays_a_person(nlp):
    """NER read "The B-52s" a title, with no cue: Iggy Pop stays a person."""
    found = _types(nlp, "Depp was born in Kentucky in 1963 and at first wanted to be a rock star, playing in a "
                        "number of bands and supporting acts such as Iggy Pop and The B-52s in Florida.")
    assert found["Iggy Pop"] is T.PERSON


def test_names_modifying_a_noun_are_no_titles(nlp):
    """"Spider-Man and Hulk movie merchandise": the names modify a noun, they name no titles."""
    found = _types(nlp, "The New York court did not rule on Lee's claims to a share of profits from some Spider-Man "
                        "and Hulk movie merchandise, which will be decided at a future trial, Marvel said.")
    assert found.get("Hulk") is not T.WORK
