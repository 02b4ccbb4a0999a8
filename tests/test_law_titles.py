"""A bill's or an act's title with a preposition inside is one name, its possessor another
(kg.extract.lawtitles), on sentences of BBC politics."""

from __future__ import annotations

import pytest
from extract_helpers import agent_labels, resolved_part

from kg.types import EntityType


def _types(nlp, text: str) -> dict[str, EntityType]:
    return {entity.label: entity.type for entity in resolved_part(nlp, text).entities}


def test_a_title_cut_at_to_the_is_one_bill_and_its_possessor_a_person(nlp):
    # BBC politics: NER gave "Dubs' Succession" and "Crown Bill"
    text = ("Labour peer Lord Dubs' Succession to the Crown Bill aims to end the right of male heirs to succeed to "
            "the crown even if they have an older sister.")
    types = _types(nlp, text)
    assert types.get("Succession to the Crown Bill") is EntityType.LAW
    assert types.get("Dubs") is EntityType.PERSON
    assert "Dubs' Succession" not in types and "Crown Bill" not in types
    assert agent_labels(resolved_part(nlp, text), "end") == {"Succession to the Crown Bill"}


def test_a_possessor_inside_the_span_is_cut_off(nlp):
    # BBC politics, paraphrased: NER read the possessor and the title as one firm
    types = _types(nlp, "Tory peer Lord Smith's Prevention of Cruelty to Animals Bill was debated in the Lords.")
    assert types.get("Prevention of Cruelty to Animals Bill") is EntityType.LAW
    assert types.get("Smith") is EntityType.PERSON


@pytest.mark.parametrize("text", [
    # BBC politics: NER read the whole title as a firm
    "The Prevention of Terrorism Bill proposes control orders, which could impose curfews.",
    "He stayed in London to lead the party's opposition to the Prevention of Terrorism Bill.",
])
def test_a_title_read_whole_as_a_firm_is_legislation(nlp, text):
    assert _types(nlp, text).get("Prevention of Terrorism Bill") is EntityType.LAW


@pytest.mark.parametrize(("text", "label"), [
    # a person's name before "to the": no title's opening
    ("Tony Blair gave his backing to the Finance Bill.", "Tony Blair"),
    ("Lord Falconer spoke in the Lords on the Constitutional Reform Bill.", "Falconer"),
    # no preposition in the title: the possessor is left as NER read it
    ("Uma Thurman's Kill Bill was a big hit last year.", "Uma Thurman"),
])
def test_a_name_or_a_title_with_no_preposition_is_left_alone(nlp, text, label):
    types = _types(nlp, text)
    assert types.get(label) is EntityType.PERSON, types


def test_words_no_possessive_opens_are_no_title(nlp):
    # BBC politics, paraphrased: "Lords" is the chamber, not the opening of the act's title
    types = _types(nlp, "Peers debated the bill on Monday in the Lords on the Criminal Justice Act.")
    assert not any(label.startswith("Lords on") for label in types), types
