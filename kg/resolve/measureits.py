"""An "it" that is lifted, scrapped or imposed is a measure, never a place.

"China has said it sees the weapons ban as politically driven, and does not want it lifted":
the second "it" is the ban, yet the nearest-subject rule reads China. A place cannot be lifted,
scrapped, imposed, repealed, abolished, overturned or ended; an "it" theme or patient of such a
verb (``lifted_measures.txt``) resolved to a country, city or other place is left unresolved.
Read by ``kg.resolve.events``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words
from kg.resolve.variants import PLACES

if TYPE_CHECKING:
    from kg.records.events import EventMention
    from kg.resolve.coref import Linker

LIFTED_MEASURES = read_words("lifted_measures.txt")


def placed_measure(linker: Linker, mention: EventMention, role: str, head: str, cluster: int | None) -> bool:
    """Whether ``cluster`` is a place an "it" ``head`` in ``role`` of a measure's verb was read as."""
    return (cluster is not None and head == "it" and role in ("theme", "patient")
            and mention.lemma in LIFTED_MEASURES and linker.clusters[cluster].type in PLACES)
