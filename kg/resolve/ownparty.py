"""A politician's party: "his party", "her party" as a participant is the party the article gives them.

Political news names a leader or an MP with the party and then speaks of the party
through them: "Tory leader Michael Howard says his party can save £35bn in government
spending", "Liberal Democrat leader Charles Kennedy ... used his TV appearance to defend
his party". Read alone, "his party" stays a literal ("party"), and as an agent it drops
its event (who acted is no entity), though the reader knows which party it is.
``possessed_party`` gives such an argument the party, when all of these hold:

- the argument is "his" or "her", at most two lower-case words, and "party" (not "his
  former party", "his new party": one he no longer has, or has just joined);
- the pronoun stands for one person, as any "his" would (``kg.resolve.pronouns``);
- the article gives that person a post or a membership (``kg.resolve.holders.Holder``)
  at exactly one party, by a name of the party as the article writes it ("Tory leader",
  "Labour MP"), and none held no more ("former Tory MP", a defector's old party). A party
  is an organisation one of whose names is a party member's noun (``party_members.tsv``,
  "Tory", "Lib Dem") or its plural ("Tories", "Liberal Democrats"), or ends in "Party".

Two parties, none, or a pronoun that fits two people leave the argument as it was: a
wrong party is worse than the description.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lexicon import PARTY_MEMBERS
from kg.records import Argument, Proposition
from kg.resolve.holders import words
from kg.resolve.pronouns import resolve_pronoun
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_PARTY = re.compile(r"([Hh]is|[Hh]er)((?: [a-z][a-z-]*){0,2}) party")
# Words that make the party another than the one the person has now.
OTHER_PARTY = frozenset({"former", "old", "ex", "previous", "new", "next", "future", "last", "first", "adopted"})


def party_words(written: str) -> str | None:
    """The possessive pronoun of a person's party as written, or ``None`` when it is none.

    >>> party_words("his party"), party_words("Her own party")
    ('his', 'her')
    >>> party_words("his former party"), party_words("his new party"), party_words("his party's leader")
    (None, None, None)
    """
    match = _PARTY.fullmatch(written)
    if match is None or set(match.group(2).split()) & OTHER_PARTY:
        return None
    return match.group(1).lower()


def is_party_name(name: str) -> bool:
    """Whether a name as written is a political party's: a member's noun, its plural, or "... Party".

    >>> [is_party_name(n) for n in ("Labour", "Tories", "Liberal Democrats", "UK Independence Party", "Lib Dems")]
    [True, True, True, True, True]
    >>> [is_party_name(n) for n in ("Newcastle", "American", "Democratic Unionist Council")]
    [False, False, False]
    """
    folded = " ".join(words(name))
    if folded.endswith(" party"):
        return True
    singular = folded[:-3] + "y" if folded.endswith("ies") else folded[:-1] if folded.endswith("s") else folded
    return folded in PARTY_MEMBERS or singular in PARTY_MEMBERS


def possessed_party(linker: Linker, span: Argument, proposition: Proposition,
                    earlier: Sequence[tuple[Proposition, int]]) -> int | None:
    """The party "his party" at ``span`` stands for (see the module's docstring), or ``None``."""
    pronoun = party_words(linker.text[span.start : span.end])
    person = pronoun_person(linker, pronoun, span, proposition, earlier) if pronoun is not None else None
    if person is None:
        return None
    parties = person_parties(linker, person)
    return parties.pop() if len(parties) == 1 else None


def pronoun_person(linker: Linker, pronoun: str, span: Argument, proposition: Proposition,
                   earlier: Sequence[tuple[Proposition, int]]) -> int | None:
    """The person the possessive ``pronoun`` opening ``span`` stands for ("his" of "his party",
    "her side"), or ``None`` when it is no person."""
    at = span.start
    possessor = Argument(pronoun, at, at + len(pronoun), at, at + len(pronoun))
    person = resolve_pronoun(linker, pronoun, possessor, proposition, earlier)
    return person if person is not None and linker.clusters[person].type is EntityType.PERSON else None


def person_parties(linker: Linker, person: int) -> set[int]:
    """The parties the article gives ``person`` a post or a membership at, by a name of the
    party as written; empty when it gives a post held no more (which party is "his" then
    is open)."""
    names: dict[frozenset[str], set[int]] = {}
    for mention, cluster in linker.names:
        if linker.clusters[cluster].type is EntityType.ORGANIZATION and is_party_name(mention.text):
            names.setdefault(frozenset(words(mention.text)), set()).add(cluster)
    parties: set[int] = set()
    for holder in linker.holders:
        if holder.cluster != person or not holder.owner:
            continue
        if holder.status != "current":
            return set()
        parties |= names.get(holder.owner, set())
    return parties
