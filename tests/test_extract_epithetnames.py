"""A performer's epithet right before a one-word stage name types it a person
(kg.extract.epithetnames), and one such mention outweighs NER's repeated firm or place
(kg.resolve.vote). Sentences shortened from entertainment/230, 246 and 317."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T
from tests.extract_helpers import resolved_part


def _types(nlp, text: str, name: str) -> set[T]:
    """The types of the mentions of ``name`` in ``text``."""
    return {mention.type for mention in find_mentions(nlp(text), sport=frozenset()) if mention.text == name}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A singular epithet hung on the name: a person, whatever NER said.
        ("Reggae star Sizzla has been jailed in Jamaica for swearing on stage.", "Sizzla", {T.PERSON}),
        ("Late R&B star Aaliyah's record company has failed in an attempt to sue.", "Aaliyah", {T.PERSON}),
        ("Last year's Meltdown festival, directed by the ex-Smiths star Morrissey, included appearances.",
         "Morrissey", {T.PERSON}),
    ],
)
def test_epithet_types_the_name(nlp, text, name, expected):
    assert _types(nlp, text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # The noun after the name is the name's modifier's, not the name's: Chelsea is no person.
        ("Jose Mourinho praised Chelsea after the match, said the Chelsea star.", "Chelsea", T.PERSON),
        # A work before "star": the star is the person named after it.
        ("Vera Drake star Imelda Staunton won the prize.", "Vera Drake", T.PERSON),
    ],
)
def test_epithet_elsewhere_types_nothing(nlp, text, name, kept):
    assert kept not in _types(nlp, text, name)


def test_one_epithet_outweighs_repeated_place(nlp):
    text = (
        "Reggae star Sizzla has been jailed in Jamaica for swearing on stage during a concert.\n\n"
        "Sizzla's five-date UK tour was cancelled last November after protests by campaigners.\n\n"
        "Sizzla has released 25 albums since 1995.\n\n"
        "It would not confirm that Sizzla was among them."
    )
    types = {entity.label: entity.type for entity in resolved_part(nlp, text).entities}
    assert types.get("Sizzla") is T.PERSON


def test_stage_name_without_epithet_stays(nlp):
    # No epithet, no title, no given name: NER's firm stands ("Yukos").
    text = "Oil firm Yukos has filed for bankruptcy.\n\nYukos said it would appeal against the ruling."
    types = {entity.label: entity.type for entity in resolved_part(nlp, text).entities}
    assert types.get("Yukos") is T.ORGANIZATION
