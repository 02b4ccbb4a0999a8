"""A name NER missed whose last word is an event's head word is that event.

NER leaves out some names of awards and competitions mid-sentence ("losing out in the Booker
Prize to Alan Hollinghurst", "Munster will face Castres in the Heineken Cup"). The head word
of ``name_heads.tsv`` makes the name certain whatever its first words look like ("Booker" is
a given name too): a prize and an award are named for their ceremony, a NamedEvent as the
"Brit Awards" are (``benchmarks/gold/README.md``), a cup and a championship are competitions.

Not a name whose run of capitalised words starts right after a number that belongs to it
("RBS 6 Nations Championship", "Six Nations Grand Slam": "Nations Championship" is no name
but a cut one); a year ("the 2005 Six Nations") or a lower-case ordinal ("their first Grand
Slam") is no part of the name.
"""

from __future__ import annotations

from kg.extract.cues import head_type
from kg.extract.words import Words
from kg.types import EntityType

_YEAR_DIGITS = 4  # "2005 Six Nations": a year is no part of the name after it


def event_head(words: Words, start: int, name: str, sport: frozenset[str]) -> EntityType | None:
    """``NamedEvent`` when the name at word ``start`` (text ``name``), which NER missed, ends in
    an event's head word and opens at no number of its own (see the module docstring)."""
    if head_type(name, sport) is not EntityType.EVENT:
        return None
    before = words.words[start - 1] if start > 0 else None
    if before is not None and before.like_num and (
        before.text.istitle() or (before.text.isdigit() and len(before.text) < _YEAR_DIGITS)
    ):
        return None  # "RBS 6 Nations Championship", "Six Nations Grand Slam": a cut name
    return EntityType.EVENT
