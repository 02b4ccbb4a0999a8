"""A line-up's initial and surname is the player the article names in full, whatever NER called
the short form (kg.resolve.variants.is_variant): sport/331, shortened, and hand-built mentions."""

from __future__ import annotations

import kg
from kg.records import Mention
from kg.resolve.variants import is_variant
from kg.types import EntityType


def test_resolve_lineupinitials_one_player(nlp):
    text = (
        "O'Driscoll and Gregan lead Aid stars\n\nSouth African flanker Schalk Burger has shaken off a leg injury "
        "to take his place in the starting line-up. He will join fellow Springboks John Smit and Cobus Visagie "
        "in the South pack.\n\nSouth: C Latham (Australia); J Smit (SA), C Visagie (SA), S Burger (SA), "
        "P Waugh (Aus)\n"
    )
    labels = {entity.label for entity in kg.build_text(text, nlp=nlp).entities()}
    assert {"Schalk Burger", "John Smit"} <= labels, labels
    assert not {"S Burger", "J Smit"} & labels, labels


def _m(text: str, entity_type: EntityType) -> Mention:
    return Mention(0, len(text), text, entity_type, 0)


def test_resolve_lineupinitials_needs_the_initial_and_no_place():
    person, org = EntityType.PERSON, EntityType.ORGANIZATION
    assert is_variant(_m("S Burger", org), _m("Schalk Burger", person))
    assert is_variant(_m("J Thomas", EntityType.WORK), _m("Jonathan Thomas", person))
    # Another initial, or a place's short form ("N Ireland"), is no form of the person.
    assert not is_variant(_m("S Burger", org), _m("Kevin Burger", person))
    assert not is_variant(_m("N Ireland", EntityType.COUNTRY), _m("Niall Ireland", person))
    # A firm's name of two words is no initial's: "Royal Mail" is no "Rachel Mail".
    assert not is_variant(_m("Royal Mail", org), _m("Rachel Mail", person))
