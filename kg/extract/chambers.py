"""A leading post of a legislature's chamber says no membership of it.

"Commons leader Peter Hain", "Oliver Heald, shadow leader of the Commons": the roles table
gives a party's leader a membership ("Tory leader Michael Howard" is a member of the
Tories), but the leader of a chamber holds an office it gives; that he sits in it is
true of the world, not said by the text (blind readers judged "Oliver Heald is a member of
Commons" weak). A member's own noun ("MP", "peer", "member") keeps its membership.
The chambers are data: ``kg/lexicon/data/chamber_names.txt``.
"""

from __future__ import annotations

from kg.extract.roles import LEADER_ROLES
from kg.folding import fold
from kg.lexicon import CHAMBER_NAMES


def chamber_office(role_key: str, organisation: str) -> bool:
    """Whether the role ``role_key`` of ``organisation`` (its text as written) leads a
    legislature's chamber: "leader" of "the Commons"."""
    if role_key.split()[-1] not in LEADER_ROLES:
        return False
    words = fold(organisation).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words) in CHAMBER_NAMES
