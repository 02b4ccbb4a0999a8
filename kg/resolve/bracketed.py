"""A short form in brackets right after a longer name defines it (moved from ``kg.resolve.names``).

"the Collective Security Treaty Organisation (CSTO)"; a name in another language with its
translation in brackets: "the Fondation pour l'Enfance (Foundation for Childhood)"; never a
squad list's player and his side: "S Taylor (Scotland)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.entities import NAME_LINKS
from kg.records import Mention
from kg.resolve.forms import normalise
from kg.resolve.variants import ORG_LIKE, PERSON

# An initial and a surname, as squad lists and line-ups write a player: "S Taylor", "B O'Driscoll".
_INITIALLED = re.compile(r"[A-Z]\.? [A-Z][a-z]")


def bracketed_short_forms(mentions: Sequence[Mention], text: str) -> list[tuple[int, int]]:
    """Pairs (long, short) where the short form stands in brackets right after the
    long one: "the Collective Security Treaty Organisation (CSTO)"; and a name in
    another language with its translation in brackets: "the Fondation pour
    l'Enfance (Foundation for Childhood)" (the long name holds a linking word of
    that language, ``kg.extract.entities.NAME_LINKS``, and both are organisations). Not a
    player's initial and surname before his side: "S Taylor (Scotland)"."""
    pairs: list[tuple[int, int]] = []
    for i, long in enumerate(mentions):
        for j in range(i + 1, min(i + 3, len(mentions))):
            short = mentions[j]
            if text[long.end : short.start].strip() != "(" or text[short.end : short.end + 1] != ")":
                continue
            words = normalise(short.text).split()
            if _INITIALLED.match(long.text):
                continue  # "S Taylor (Scotland)": a squad list's player and his side, no short form
            if len(words) == 1 and long.type not in PERSON and len(normalise(long.text).split()) > 1:
                pairs.append((i, j))
            elif len(words) > 1 and {long.type, short.type} <= ORG_LIKE and NAME_LINKS & set(long.text.lower().split()):
                pairs.append((i, j))  # "Fondation pour l'Enfance (Foundation for Childhood)"
    return pairs
