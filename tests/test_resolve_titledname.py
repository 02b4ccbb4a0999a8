"""A courtesy-titled surname joins the two-word full name ending in it, whatever NER called the
full name (kg.resolve.titledname): an article shortened from the BBC corpus and hand-built mentions."""

from __future__ import annotations

import kg
from kg.records import Mention
from kg.resolve.variants import is_variant
from kg.types import EntityType


def test_resolve_titledname_one_person(nlp):
    """NER's facility "Sundar Katwala" (a given name in no census list) and "Mr Katwala" (politics/266)."""
    text = (
        "Peers debate Crown succession law\n\nThe Fabian Society's Sundar Katwala said the change was "
        '"long overdue" and that he expected a "warm response". Mr Katwala added: "This is long overdue. '
        'Parliament will have to do it eventually."\n'
    )
    graph = kg.build_text(text, nlp=nlp)
    people = {entity.label for entity in graph.entities() if entity.type is EntityType.PERSON}
    assert "Sundar Katwala" in people, people
    assert "Katwala" not in {entity.label for entity in graph.entities()}


def _m(text: str, entity_type: EntityType, titles: tuple[str, ...] = ()) -> Mention:
    return Mention(0, len(text), text, entity_type, 0, titles)


def test_resolve_titledname_needs_a_title_and_a_name_of_no_thing():
    org, person = EntityType.ORGANIZATION, EntityType.PERSON
    assert is_variant(_m("Katwala", person, ("Mr",)), _m("Sundar Katwala", EntityType.FACILITY))
    # No title: a bare word may be anything's ("Katwala" alone stays NER's).
    assert not is_variant(_m("Katwala", EntityType.PLACE), _m("Sundar Katwala", EntityType.FACILITY))
    # A thing's head, a suffix, a place or a people's word in the long name: no person's full name.
    assert not is_variant(_m("Hall", person, ("Mr",)), _m("Albert Hall", EntityType.FACILITY))
    assert not is_variant(_m("Bank", person, ("Mr",)), _m("Barclays Bank", org))
    assert not is_variant(_m("Jersey", person, ("Mr",)), _m("New Jersey", EntityType.PLACE))
    assert not is_variant(_m("Airways", person, ("Mr",)), _m("British Airways", org))
