"""The purpose subordinator "in order to": the parser hangs its infinitive on the noun
"order" (``acl``) as if "order" did it ("Indonesia pays subsidies to importers in order to
stabilise fuel prices"). The infinitive's subject is the doer of the verb the phrase
serves (Indonesia), and "order" is no clause's subject, so no later "it" is blocked by it
(``kg.resolve.pronouns`` stops at a nearer subject that is no entity).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["served_verb"]


def served_verb(verb: Word) -> Word | None:
    """The verb an "in order to" infinitive ``verb`` serves (its purpose), or None when
    ``verb`` is no such infinitive: the parse ``served ... in (prep) order (pobj) to verb (acl)``."""
    order = verb.head
    if verb.dep_ != "acl" or order.lower_ != "order" or order.dep_ != "pobj" or order.i > verb.i:
        return None
    preposition = order.head
    if preposition.lower_ != "in" or preposition.i != order.i - 1 or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    served = preposition.head
    return served if served.pos_ in ("VERB", "AUX") else None
