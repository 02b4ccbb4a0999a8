"""An occasion's or institution's first word alone is its name without its kind's words
(kg.resolve.kindless), on the session pipeline: articles shortened from the BBC corpus."""

from __future__ import annotations

import pytest

import kg
from kg.records import Mention
from kg.resolve.variants import is_variant
from kg.types import EntityType


def _labels(nlp, text: str) -> set[str]:
    return {entity.label for entity in kg.build_text(text, nlp=nlp).entities()}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A festival by its first word (entertainment/301).
        (
            "Hollywood hunts hits at Sundance\n\nThe Sundance Film Festival, the movie industry's top "
            "destination for uncovering new talent, opens on Thursday in Park City, Utah. Robert Redford "
            "founded Sundance in 1981 and it has gone on to showcase future successes such as Reservoir Dogs.\n",
            {"Sundance Film Festival"},
            {"Sundance"},
        ),
        # A library by its first word (tech/236).
        (
            "Google to scan famous libraries\n\nOxford wants Google to scan books held in the Bodleian "
            "Library. About one million books will be scanned by Google, less than 15% of the total "
            "collection held in the Bodleian.\n",
            {"Bodleian Library"},
            {"Bodleian"},
        ),
    ],
)
def test_resolve_kindless_one_node(nlp, text, present, absent):
    labels = _labels(nlp, text)
    assert present <= labels, labels
    assert not absent & labels, labels


def _m(text: str, entity_type: EntityType, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, entity_type, 0)


def test_resolve_kindless_keeps_places_people_and_other_kinds_apart():
    """The town of a festival named after it (entertainment/228), a people's word before a library's
    kind (tech/204), a school of a university, and an award's body stay apart."""
    org, event = EntityType.ORGANIZATION, EntityType.EVENT
    assert is_variant(_m("Sundance", org), _m("Sundance Film Festival", event))
    assert not is_variant(_m("Cannes", EntityType.CITY), _m("Cannes Film Festival", event))
    assert not is_variant(_m("Cannes", org), _m("Cannes Film Festival", event))
    assert not is_variant(_m("British", EntityType.GROUP), _m("British Library", org))
    assert not is_variant(_m("Harvard", org), _m("Harvard Business School", org))
    assert not is_variant(_m("Academy", org), _m("Academy Awards", event))
    assert not is_variant(_m("Sundance", EntityType.PERSON), _m("Sundance Film Festival", event))
