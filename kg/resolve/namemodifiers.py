"""A name holding "of" that the parse made the head of a longer phrase only modifies it.

The parser reads "Lord of the Rings director Peter Jackson" as "Lord" with a phrase on
"of", so a speaker's or an argument's head falls inside the film's name, and the
phrase would stand for the film. When lower-case words follow such a name inside the
argument, the name modifies them: "a Lord of the Rings exhibition" is an exhibition (no
entity; a body's name stands for the body still: "Bank of England officials said"), and a role word followed by a person's name is that person ("Lord of the Rings
director Peter Jackson has said": Peter Jackson speaks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import ROLE_HEADS
from kg.types import EntityType

# Types whose name before a common noun only modifies it; a body's stands for it ("Bank of
# England officials said": the bank speaks).
_MODIFYING = frozenset({EntityType.WORK, EntityType.EVENT, EntityType.PRODUCT})

if TYPE_CHECKING:
    from kg.records import Argument, Mention
    from kg.resolve.coref import Linker


def name_or_modified(linker: Linker, argument: Argument, mention: Mention, cluster: int) -> int | None:
    """The cluster the argument whose head lies in ``mention`` (of ``cluster``) stands for (see above)."""
    rest = linker.text[mention.end : argument.end].split()
    if " of " not in mention.text or not rest or not rest[0].isalpha() or not rest[0].islower():
        return cluster
    for other, person in linker.names:
        if other.start > mention.end and other.end == argument.end and linker.clusters[person].type is EntityType.PERSON:
            between = linker.text[mention.end : other.start].split()
            if between and all(word.islower() for word in between) and between[-1] in ROLE_HEADS:
                return person  # "Lord of the Rings director Peter Jackson"
    # "a Lord of the Rings exhibition"; "Bank of England officials said" stays the bank's
    return None if linker.clusters[cluster].type in _MODIFYING else cluster
