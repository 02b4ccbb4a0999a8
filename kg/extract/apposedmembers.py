"""Each later member of an "and" list a description's name opens is an argument too.

"comedy series Early Doors and The Alan Clark Diaries will compete", "Ratings agencies
Fitch and Moody's have cut the debt": the parser hangs the first name on the description
as an apposition and the later names on that name as ``conj``; the event took the name
the description stands for (``kg.extract.event_arguments.with_name``: "Early Doors"),
which stops before the list goes on, and lost every later name. Each later member takes
the first member's role (no agent unless a name: ``kg.extract.listed.member_role``).

Only a list of names joined by "and" (not "or", not "and its rivals") right after the
common noun the first is apposed to, no comma between ("LVMH, the luxury goods firm, and
Gucci" is another construction); not after a singular noun with a determiner or possessor,
which names one thing whose title holds the "and" ("the children's show Fat Albert and
the Cosby Kids").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.event_arguments import with_name
from kg.extract.listed import member_role
from kg.extract.spans import argument_head, word_phrase

if TYPE_CHECKING:
    from kg.extract.words import Word


def apposed_members(found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """``found`` with, after each argument whose description stands for an apposed name
    that opens an "and" list of names, one argument per later name of the list."""
    out: list[tuple[str, list[Word]]] = []
    for role, tokens in found:
        out.append((role, tokens))
        named = with_name(tokens) if tokens else tokens  # the name itself, or the one its description stands for
        name = cast("Word | None", argument_head(cast(Any, named))) if named else None
        if name is None or name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.pos_ != "NOUN" or (
                name.doc[name.left_edge.i - 1] is not name.head):
            continue  # a name right after the noun it is apposed to, no comma between (not "shares in companies X and Y")
        if name.head.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in name.head.children):
            continue  # "the children's show Fat Albert and the Cosby Kids": one show, its title holds the "and"
        members = _members(name)
        for member in members:
            later = member_role(member, role)
            if later is not None:
                out.append((later, [t for t in word_phrase(member) if t.i <= member.i or (t.dep_ == "case" and t.head is member)]))
    return out


def _members(name: Word) -> list[Word]:
    """The later names of the "and" list ``name`` opens, the parser's chain of ``conj``
    ("Fitch and Moody's", "A, B and C": "and" on the last but one); none if any member is
    no name or any join is not "and" ("Fitch or Moody's", "Sony and its rivals")."""
    members: list[Word] = []
    word = name
    while (after := next((c for c in word.children if c.dep_ == "conj" and c.i > word.i), None)) is not None:
        members.append(after)
        word = after
    joins = [c.lower_ for member in (name, *members) for c in member.children if c.dep_ == "cc"]
    if not members or not joins or any(join != "and" for join in joins) or any(m.pos_ != "PROPN" for m in members):
        return []
    return members
