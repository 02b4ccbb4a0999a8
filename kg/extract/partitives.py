"""An infinitive after "one of the <nouns>" is framed by the nouns, not by "one".

"Staunton is one of the favourites to land the best actress award": the parser hangs "to
land" on "one", a number that frames nothing, so the landing read as done. The noun of the
"of" is what the infinitive completes ("favourites to land": possible, as "is favourite to
take home an Oscar"), for ``kg.extract.factuality``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to

if TYPE_CHECKING:
    from kg.extract.words import Word


def partitive_head(top: Word, head: Word) -> Word:
    """The noun of "one of the <noun>" when ``top`` is an infinitive relative of that "one"
    ("one of the favourites [to land]"); else ``head``."""
    if top.dep_ not in ("acl", "relcl") or head.lower_ != "one" or not has_to(top):
        return head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return noun if noun is not None and noun.pos_ == "NOUN" else head
    return head
