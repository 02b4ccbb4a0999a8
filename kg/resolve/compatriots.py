"""A nationality noun ("the Spaniard", "the Frenchman") for the one person nearby the
article gives that nationality.

Sports reports name players with their country and then speak of them by their
nationality alone: "The unseeded Argentine ... now plays Spain's Albert Montanes ...
Calleri will face Albert Montanes in the semi-finals after the Spaniard ousted sixth seed
Filippo Volandri". ``Linker._nationality_noun`` gives such a noun the one person named
nearby, and none when two are (Calleri and Montanes). ``of_nationality`` then gives it
the one person named in its sentence or the two before whom the article gives that
nationality (``kg.resolve.agreement.known_nationalities``: "Spain's Albert Montanes",
"Frenchman Arnaud Clement"), only when every person named there has a known nationality:
"Wenger has brought in Manuel Almunia for the out-of-form Jens Lehmann - but the
Spaniard himself" (no one's nationality given) stays unresolved. A wrong person is
worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.resolve.pronouns import WINDOW, sentence_of
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker


def of_nationality(linker: Linker, code: str | None, offset: int) -> int | None:
    """The one person named (not as a modifier) before ``offset``, in its sentence or
    the ``WINDOW`` before, whom the article gives the nationality ``code``; ``None``
    when none or two are, or when a person named there has no known nationality."""
    if code is None:
        return None
    sentence = sentence_of(linker, offset)
    people = {cluster for mention, cluster in linker.names
              if mention.end <= offset and sentence - WINDOW <= mention.sentence and not mention.modifier
              and linker.clusters[cluster].type is EntityType.PERSON}
    known = {person: linker.nationalities(person) for person in sorted(people)}
    if any(not found for found in known.values()):
        return None  # "Almunia ... Lehmann ... the Spaniard": either may be
    fitting = [person for person, found in known.items() if code in found]
    return fitting[0] if len(fitting) == 1 else None
