"""A creation still to come (or not made) with its maker alone: not kept.

"satellite broadcasting which China plans to launch in 2006" reads ``launch(agent=China)``;
"Mr Howard ... tried to introduce them when he was Home Secretary" reads
``introduce(agent=Michael Howard)`` once "them" is left unresolved; "the record companies
have pledged not to release or re-release any offensive songs" reads ``release(agent=record
companies)``. A verb of the creation class (launch, release, introduce, produce, build,
develop ...) is about what is made: planned, possible, negated or doubted, with only its maker
(and a time) kept, it tells a reader that someone may make something, not what, and blind
readers judged such events weak. One told as done stays ("the exuberance Wales have produced
in this championship": the maker made something, a record of its own). An event
that keeps any other role (a theme, a place, a product) stays; so does a verb phrase whose
noun names what is made, and a made thing that is its own subject ("Sony's PlayStation
Portable launched in December": the agent a product, a work, a named event or a law, or a
literal, "Nokia's N-Gage game phone launched in late 2003").
"""

from __future__ import annotations

from collections.abc import Collection

from kg.resolve.doeronly import doer_only
from kg.resolve.events import LinkedEvent
from kg.types import Factuality

__all__ = ["makes_what"]

# A creation told as done: the maker made something, a record of its own.
_MADE_SO = frozenset({Factuality.ASSERTED, Factuality.REPORTED})


def makes_what(item: LinkedEvent, made: Collection[int]) -> bool:
    """False for a creation verb not told as done whose kept participants are only its maker (and a time);
    ``made``: the clusters of made things (products, works, named events, laws)."""
    mention = item.mention
    if mention.event_class != "creation" or mention.kind != "clause" or " " in mention.lemma:
        return True
    if mention.factuality in _MADE_SO:
        return True  # "the exuberance Wales have produced": something was made, a record of the maker's
    if not doer_only(item):
        return True
    # "the phone launched in late 2003": the thing made stands as the verb's subject
    # (a literal: "Nokia's N-Gage game phone launched in late 2003", a thing no entity stands for)
    return any(mention.arguments[index].role == "agent" and (cluster is None or cluster in made)
               for index, cluster in item.arguments)
