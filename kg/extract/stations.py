"""A radio station's name NER cut after its "Radio": "BBC Radio" + "Five Live".

NER ends a broadcaster's name at "Radio" and reads the station's own name after it as
a name of its own, a work or a place ("told BBC Radio Five Live": "BBC Radio", an
organisation, and "Five Live", a work; "BBC Radio" + "Scotland"), which leaves a
fragment, "BBC Radio", as a node and the station as another. The two are one name when
they stand side by side, the first an organisation's name ending in "Radio", the second
a name (no date, time or figure), and the parse hangs "Radio" on a word of the second as
a compound ("BBC Radio Five Live", "BBC Radio Scotland"); the station's name ends at a
possessive, the programme after it a name of its own ("BBC Radio" + "Five Live's
Sportsweek": the station and "Sportsweek"); not across a comma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Words

# The words a station's name goes on after, its broadcaster's name before them.
_MEDIUM_WORDS = frozenset({"radio"})
# NER labels of a station's own name after its "Radio".
_STATION_LABELS = frozenset({"ORG", "WORK_OF_ART", "GPE", "LOC", "FAC", "PRODUCT", "PERSON"})


def station_span(doc: Words, previous: tuple[str, int, int], label: str, start: int, end: int) -> tuple[int, int] | None:
    """The station's whole name (start, end) when the span ``previous`` (label, start,
    end) right before the name ``start:end`` (NER's ``label``) is its broadcaster's and
    "Radio" (see the module docstring); None when they are two names. The name ends
    before a possessive inside ``start:end``: "Five Live's Sportsweek" is the station's
    programme, a name of its own after the "'s"."""
    before_label, before_start, before_end = previous
    if before_label != "ORG" or before_end != start or label not in _STATION_LABELS or before_end - before_start < 2:
        return None
    medium = doc[before_end - 1]
    if medium.lower_ not in _MEDIUM_WORDS or medium.dep_ != "compound" or not start <= medium.head.i < end:
        return None
    possessive = next((i for i in range(start + 1, end - 1) if doc[i].tag_ == "POS"), None)
    if possessive is not None and medium.head.i >= possessive:
        return None
    return before_start, end if possessive is None else possessive
