"""More ways a sports report writes a side (kg.extract.sidecues), on real sentences
read by the session ``nlp`` as part of a rugby report."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

RUGBY = frozenset({"sport", "rugby"})


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text), sport=RUGBY) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the owner of a side's noun, words between: "England's training squad"
        ("Wasps scrum-half Matt Dawson has been recalled to England's training squad ahead of the RBS Six Nations.",
         "England", T.SPORTS_TEAM),
        # a conjunct of an opponent: "against Wales and France"
        ("Jonny Wilkinson, Tindall and Martin Corry have all been included despite their unavailability for the "
         "opening two matches against Wales and France.", "France", T.SPORTS_TEAM),
        # not a firm's people: "Creative's European marketing manager"
        ('"The benefits over conventional Bluetooth are the lack of interference, and longer battery life," said '
         "Riccardo de Rinaldini, Creative's European marketing manager.", "Creative", T.ORGANIZATION),
    ],
)
def test_sides_in_a_sports_report(nlp, text, name, expected):
    assert _types(nlp, text, name) == [expected]
