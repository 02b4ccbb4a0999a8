"""Whose a role is when a possessive pronoun stands for its owner ("its president", "her coach").

The nearest name before the pronoun in its sentence that fits: for "his" and "her" a person,
and never one whose title or given name says the other gender ("White was introduced to Conte
through her coach Remy Korchemy": the coach is White's, not Conte's); for "its" and "their" a
body or a place ("deployed to the ex-Soviet nation on the request of its president",
"Newcastle have fined their Welsh striker").
"""

from __future__ import annotations

from kg.records import Argument
from kg.resolve.pronouns import gender_of
from kg.resolve.speakers import SPEAKING_BODIES, Context
from kg.types import EntityType

__all__ = ["possessor"]

# The gender a personal possessive pronoun says.
_PERSONAL = {"his": "m", "her": "f"}
_OWNING_PLACES = frozenset({EntityType.CITY, EntityType.PLACE})


def possessor(context: Context, argument: Argument, sentence: tuple[int, int]) -> int | None:
    """The cluster the possessive pronoun ``argument`` stands for, or ``None`` when no name fits."""
    gender = _PERSONAL.get(argument.text.lower())
    for _, cluster in reversed(context.linker.antecedents(sentence[0], argument.start)):
        found = context.clusters[cluster]
        if gender is None:
            if found.type in SPEAKING_BODIES or found.type in _OWNING_PLACES:
                return cluster
        elif found.type is EntityType.PERSON and gender_of(found) in (None, gender):
            return cluster
    return None
