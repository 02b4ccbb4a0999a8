"""A "person" named only where a place stands is no "he" or "she".

NER reads some places and grounds as people: "the new stadium in Stanley Park", "the club's
home at Anfield", "enlisted in the Royal Navy". ``kg.resolve.pronouns`` gives "he" or "she" the one
person named in reach, so after "Work on the new stadium in Stanley Park will start next
year" a '"This is a great day for the club," he said' went to Stanley Park. A person cluster
every name of which stands right after a preposition of place ("in", "at", "near",
"outside", ...; ``LOCATIVES``) and is no possessor ("at Blair's side") is read as a place
there: no candidate of "he" or "she" ("enlisted in the Royal Navy"). A person's name that only
modifies the place's noun ("After serving as a junior minister in the Attlee government, he
became chancellor") names no one who acts there either. One name anywhere else ("Parry
said", "praised Parry", "Attlee's government") keeps it a candidate.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.resolve.perdocument import once_per_document
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

# Prepositions that put a place after them, not a person: "in Stanley Park", "at Anfield".
# Not "from", "to", "with", "by": "a call from Blair", "said to Blair".
LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "around", "beside", "opposite", "behind", "within"})
_WORD_BEFORE = re.compile(r"(\w+)\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"['’]s?\b")

def placed_people(linker: Linker) -> frozenset[int]:
    """The person clusters every name of which stands where a place does (see the module
    docstring). Read once per document: they depend on the linker's text and names alone."""
    return once_per_document(linker, "placed people", _placed_people)


def _placed_people(linker: Linker) -> frozenset[int]:
    placed: dict[int, bool] = {}
    for mention, cluster in linker.names:
        if linker.clusters[cluster].type is EntityType.PERSON:
            placed[cluster] = placed.get(cluster, True) and _after_locative(linker.text, mention.start, mention.end)
    return frozenset(cluster for cluster, every in placed.items() if every)


def _after_locative(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` follows a preposition of place and owns nothing."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in LOCATIVES and not _POSSESSIVE.match(text, end)
