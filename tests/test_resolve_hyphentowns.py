"""A regional side named after two towns joined by a hyphen goes by its last word too
(kg.resolve.variants._is_place_part): sport/413, shortened, and hand-built mentions."""

from __future__ import annotations

import kg
from kg.records import Mention
from kg.resolve.variants import is_variant
from kg.types import EntityType


def test_resolve_hyphentowns_one_side(nlp):
    """"Ospreys" named before "Neath-Swansea Ospreys" (the side named in full after it)."""
    text = (
        "Llewellyn plans Wales retirement\n\nGareth Llewellyn will retire from international rugby. But the "
        "former Neath and Ospreys player is still targetting one last outing in the red shirt. Llewellyn "
        "captained Neath for seven seasons, while being an integral part of the Neath-Swansea Ospreys regional "
        "side's first season.\n"
    )
    labels = {entity.label for entity in kg.build_text(text, nlp=nlp).entities()}
    assert "Neath-Swansea Ospreys" in labels and "Ospreys" not in labels, labels


def test_resolve_hyphentowns_needs_places_joined_by_a_hyphen():
    team, org = EntityType.SPORTS_TEAM, EntityType.ORGANIZATION
    late = lambda text: Mention(100, 100 + len(text), text, team, 2)  # noqa: E731
    assert is_variant(Mention(0, 7, "Ospreys", org, 0), late("Neath-Swansea Ospreys"))
    # Not a person's hyphened given name, nor a hyphened word that is no pair of places.
    assert not is_variant(Mention(0, 7, "Ospreys", org, 0), late("Blue-Green Ospreys"))
