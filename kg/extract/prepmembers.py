"""Each member of an "and" list under a preposition is an argument of its own.

"Nintendo has sold a million consoles in the US and Japan": the parser hangs
"Japan" on "the US" as ``conj``, and the phrase "in the US and Japan" came to the
event as one argument, which names one place (the US) and lost the second. Each
later member takes the first member's role (``kg.extract.listed``: the members of
one list are of one kind), and the first member's argument stops before the list
goes on.

Only a list of names or places of one kind, all parties or all places (the role
table's kinds, ``kg.extract.event_arguments.argument_kind``): "clashed over tax and
spending plans" is one reason, not two; "promoted the news in Edinburgh, Wales
Secretary Peter Hain and ..." joins a place to the subject of a clause the parser
cut short, no list. Never a time: "following Deutsche Bank and Credit Suisse"
says when, once. The list is the parser's "and" list as
``kg.extract.listed.first_member`` reads it (not "or", not a member a verb follows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.event_arguments import argument_kind
from kg.extract.listed import first_member, member_role
from kg.extract.pairedamounts import before_listed_amount
from kg.extract.spans import argument_head, word_phrase

if TYPE_CHECKING:
    from kg.extract.words import Word

_MEMBER_KINDS = frozenset({"party", "place"})
_ONCE = frozenset({"time", "quantity"})
"""Roles said once, whatever the phrase lists."""


def prep_members(role: str, tokens: list[Word]) -> list[tuple[str, list[Word]]]:
    """``(role, tokens)`` of a prepositional argument (the phrase, or its object alone),
    split into one argument per member of the "and" list of names or places its
    object heads: "in the US and Japan" -> ("place", "in the US"), ("place", "Japan");
    any other argument as it is."""
    pobj = _object(tokens)
    tokens = before_listed_amount(tokens, pobj)  # "in 2000 and almost $1bn in 2001": the time is 2000 (kg.extract.pairedamounts)
    if pobj is None or role in _ONCE:
        return [(role, tokens)]
    between = pobj.head.lower_ == "between"  # "a merger between MCI and Qwest would be": two sides, whatever follows
    members = sorted((c for c in pobj.conjuncts if c.i > pobj.i and (between or first_member(c) is pobj)), key=lambda w: w.i)
    kinds = {argument_kind(w, word_phrase(w)) for w in (pobj, *members)}
    if not members or len(kinds) != 1 or not kinds <= _MEMBER_KINDS:
        return [] if between and members else [(role, tokens)]  # one side of a merger alone is no party to it
    own = {pobj.head.i, *(t.i for t in word_phrase(pobj))}  # the first member alone, without its list
    found = [(role, [t for t in tokens if t.i in own])]
    for member in members:
        later = member_role(member, role)
        if later is not None:
            found.append((later, word_phrase(member)))
    return found


def _object(tokens: list[Word]) -> Word | None:
    """The object of the preposition that opens ``tokens``, or that heads them."""
    if tokens and tokens[0].dep_ in ("prep", "agent"):
        return next((c for c in tokens[0].children if c.dep_ == "pobj"), None)
    head = cast("Word | None", argument_head(cast(Any, tokens)))
    return head if head is not None and head.dep_ == "pobj" else None

