"""A post held only in some body, written with no body: not kept.

"Blackburn chief executive John Williams" whose club the reader did not link, "company
spokesman Gus Whitcomb", "Newcastle boss Graeme Souness" with no Newcastle node: a
position with no organisation whose post exists only inside one (a spokesman, a chief
executive, a chairman, a boss; ``bound_posts.txt``) says a
person holds a post of no one's. Blind readers judged such positions weak or wrong
every time ("no organisation, so the role means little"), where a post that stands
alone (chancellor, minister, MSP, professor), an occupation (economist, singer) or a
post a person may hold for a person ("the pair's former coach") was judged correct. The person's entity and every link the role made stay; only the
statement goes.
"""

from __future__ import annotations

from kg.lexicon.table import read_words
from kg.records import Position

__all__ = ["of_someone"]

BOUND = read_words("bound_posts.txt")


def of_someone(position: Position) -> bool:
    """False for a position of a bound post (``bound_posts.txt``) with no organisation."""
    return position.organisation is not None or position.role_key not in BOUND
