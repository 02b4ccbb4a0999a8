"""A work's subtitle written alone is the work whose name it ends (kg.resolve.subtitled), on the
session pipeline: articles shortened and paraphrased from the BBC corpus (tech/245, tech/288)."""

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
        # A game reviewed by its subtitle (tech/288).
        (
            "Gamers go to war again\n\nThe long-running Medal of Honor series has added a PC title. "
            "Medal of Honor: Pacific Assault does all it can to make you feel part of a tight-knit team. "
            "Of the two games, Pacific Assault gets more things right, including little points like "
            "auto-saving intelligently.\n",
            {"Medal of Honor: Pacific Assault"},
            {"Pacific Assault"},
        ),
        # The subtitle opens the review, the whole title closes it (tech/245).
        (
            "Bond game fails to shake or stir\n\nRogue Agent signals its intentions by featuring James Bond "
            "initially and proceeding to kill him off within moments. The game struggles to generate "
            "the original's sense of fun.\n\nGoldenEye: Rogue Agent is out now for the Xbox and PS2.\n",
            {"GoldenEye: Rogue Agent"},
            {"Rogue Agent"},
        ),
    ],
)
def test_resolve_subtitled_one_node(nlp, text, present, absent):
    labels = _labels(nlp, text)
    assert present <= labels, labels
    assert not absent & labels, labels


def _m(text: str, entity_type: EntityType, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, entity_type, 0)


def test_resolve_subtitled_keeps_people_places_and_one_word_subtitles_apart():
    """The part before the colon still joins ("CSI"); a subtitle of one word, a person's or a
    place's name, and a part of the subtitle stay apart."""
    work, org = EntityType.WORK, EntityType.ORGANIZATION
    assert is_variant(_m("Pacific Assault", org), _m("Medal of Honor: Pacific Assault", work))
    assert is_variant(_m("The Edge of Reason", work), _m("Bridget Jones: The Edge of Reason", work))
    assert is_variant(_m("CSI", org), _m("CSI: Crime Scene Investigation", work))
    assert not is_variant(_m("Resurrection", work), _m("Doom 3: Resurrection", work))
    assert not is_variant(_m("The Movie", work), _m("Garfield: The Movie", work))
    assert not is_variant(_m("Gordon Brown", EntityType.PERSON), _m("Profile: Gordon Brown", work))
    assert not is_variant(_m("San Andreas", EntityType.PLACE), _m("GTA: San Andreas", work))
    assert not is_variant(_m("Pacific", EntityType.PLACE), _m("Medal of Honor: Pacific Assault", work))
    assert not is_variant(_m("Rogue Agent", org), _m("GoldenEye Rogue Agent", org))
