"""An occupation speaker on the field or off it: "the defender" is no one the article gives
only a post off the field, "the manager" no one it gives only a player's post.

"He was once threatened with the sack by City boss Kevin Keegan ... the defender said":
the one person acting nearby (``kg.resolve.epithets.occupation_holder``) is Keegan, whom
the article makes the club's boss, so the defender is someone else (Richard Dunne, the
subject of the sentence before, whom the parse read as "he"). Whether a role is a
player's is ``roles.tsv``'s membership "play for" (striker, defender, captain; not
manager, coach, boss, chairman). Only a description whose role is a sport's is so
checked, and only against posts the article gives in the present.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kg.folding import fold
from kg.lexicon import ROLES


def _plays(words: Sequence[str], *, sport: bool = False) -> bool | None:
    """Whether the role the last one or two ``words`` name is a player's; ``None`` when they
    name no role (or, with ``sport``, no sport's role).

    >>> _plays(["the", "defender"]), _plays(["city", "boss"]), _plays(["the", "manager"], sport=True)
    (True, False, False)
    >>> _plays(["the", "boss"], sport=True), _plays(["the", "film"])
    (None, None)
    """
    for size in (2, 1):
        role = ROLES.get(tuple(words[-size:])) if len(words) >= size else None
        if role is not None:
            if role.type == "none" or (sport and role.type != "sport"):
                return None
            return role.membership == "play for"
    return None


def other_side(written: str, posts: Iterable[str]) -> bool:
    """Whether ``written`` ("the defender") names a sport's role of the other side of the
    field than every one of ``posts`` (role keys the article gives the person): "City boss
    Kevin Keegan" is no defender, "striker Alan Smith" no manager.

    >>> other_side("the defender", ["boss"]), other_side("the manager", ["striker"]), other_side("the defender", [])
    (True, True, False)
    >>> other_side("the striker", ["captain"]), other_side("the boss", ["striker"]), other_side("the manager", ["coach"])
    (False, False, False)
    """
    plays = _plays(fold(written).split(), sport=True)
    if plays is None:
        return False
    sides = {_plays(fold(post).split()) for post in posts} - {None}
    return bool(sides) and plays not in sides
