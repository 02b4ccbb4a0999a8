"""A speaker named by a role of an organisation the article names: the one person it gave that role.

"Manchester United chief executive David Gill met the bidder ... The club's chief
executive said": the role ("chief executive", the longest role ``roles.tsv`` knows at
the phrase's end) of what "the club" stands for, held by the one person the article
gave that role of that organisation before (when "the club" is linked to none, the one
person given that role of any organisation or team). "the Arsenal manager": a manager whose
role or organisation as written holds "Arsenal". A role of an organisation none
resolves to, or two holders, give no one: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import ROLES
from kg.records import Argument, RoleReading
from kg.resolve.described import described_before
from kg.resolve.holders import outranked, words
from kg.resolve.laterholders import later_holder
from kg.resolve.speakers import Context
from kg.types import EntityType

# "the club's", "The firm’s": a description that owns the role after it.
_OWNED_BY = re.compile(r"(?P<owner>the\s+[a-z][a-z-]*)['’]s\s+", re.IGNORECASE)
# Words before a role that only open the phrase: "the Arsenal manager" is an Arsenal one.
_OPENING = frozenset({"the"})
# What owns a role "the firm's" / "the club's" may stand for.
_BODIES = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM})


@dataclass(frozen=True, slots=True)
class Held:
    """A position the article gives, as a role speaker may refer back to it.

    Attributes:
        start: Offset of the person's mention.
        person: The person's cluster.
        organisation: The organisation's cluster, -1 when the text names none.
        reading: The role as read.
    """

    start: int
    person: int
    organisation: int
    reading: RoleReading


def role_key(written: str) -> str | None:
    """The key of the longest role ``roles.tsv`` knows that ends the phrase.

    >>> role_key("The club's chief executive"), role_key("the Arsenal manager"), role_key("the club")
    ('chief executive', 'manager', None)
    """
    found = words(written)
    for size in range(min(4, len(found)), 0, -1):
        role = ROLES.get(tuple(found[-size:]))
        if role is not None and role.type != "none":
            return role.key
    return None


def role_holder(context: Context, argument: Argument, held: list[Held]) -> int | None:
    """The one person given, before the speaker, the role a definite role speaker names
    ("the Arsenal manager", "The club's chief executive"), of the organisation it names."""
    text = context.extraction.document.text
    written = text[argument.start : argument.end]
    if words(written)[:1] in (["a"], ["an"]):
        return None  # "a Google spokesperson": someone the article does not name
    key = role_key(written)
    if key is None:
        return None
    # "the mayor" is not "Deputy Mayor Nicky Gavron", nor "the chancellor" the shadow one
    described = set(words(written))
    candidates = [h for h in held if h.start < argument.start and h.reading.role_key == key
                  and not outranked(set(words(h.reading.role)), described)]
    if not candidates:  # "the economy minister said. ... said economy minister Heizo Takenaka"
        return later_holder(context, argument, held, key)
    owned = _OWNED_BY.match(written)
    if owned is not None:
        end = argument.start + owned.end("owner")
        owner = described_before(context.linker, Argument(owned.group("owner"), argument.start, end, argument.start, end))
        if owner is None:
            owner = context.linker.named_or_described(Argument(owned.group("owner"), argument.start, end, end - 1, end))
        if owner is None:
            # "the firm's chief executive", the firm not linked: the one chief executive of a body.
            people = {h.person for h in candidates
                      if h.organisation >= 0 and context.clusters[h.organisation].type in _BODIES}
        else:
            people = {h.person for h in candidates if h.organisation == owner}
    else:
        named = {word for raw in text[argument.start : argument.head_start].split() if raw[:1].isupper()
                 for word in words(raw)} - _OPENING
        people = {h.person for h in candidates if named <= _role_words(h.reading)}
    return people.pop() if len(people) == 1 else None


def _role_words(reading: RoleReading) -> set[str]:
    """The words of a role as written and of its organisation, as written."""
    organisation = reading.organisation.text if reading.organisation is not None else ""
    return set(words(f"{reading.role} {organisation}"))
