"""The later members of a coordinated argument fill the first member's slot.

"Police arrested John Smith and Mary Jones", "Wales beat Italy and France": the
parser hangs "Mary Jones" and "France" on the first member as ``conj``, so the
role rules, which read an argument's place under the verb (direct object,
object of a preposition), found no place for them and the event kept only the
first member. Each later member takes the place of the first one, and so its
role: the members of one list are of one kind (``kg.extract.coordination``).

A list of any length: "drawn against Samoa, France, Italy, Georgia and Chinese
Taipei" (the parser hangs the "and" on the last but one member, so a middle
member finds its list's join after it).

Only a list joined by "and": "plays Kim or Lee next" names one opponent, not two,
and "beat Johansson but fourth seed Youzhny lost" is two clauses. A member that a
verb follows is the subject of a clause the parser joined to the list ("carried
out by Belgian authorities and Kuznetsova has not yet been able ..."), and a
member joined by a comma alone no member ("returning to the skies, record-high
fuel costs and fare wars have taken their toll"), nor a verb's "-ing" form
("capable of establishing cities, trading and fighting").

A later member is an agent only when it is a name: an event whose agent no entity
stands for is left out (``kg.resolve.events``), and "a penalty attempt, missed by
Roland De Marigny, and a wayward drop-goal effort" is De Marigny's miss, whatever
the parser joined to him.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

# The parts of speech of a list's members: names, nouns, pronouns, numbers.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# The words that join the members of a list of several things.
_AND = frozenset({"and", "&"})


def first_member(word: Word) -> Word | None:
    """The first member of the "and" list ``word`` is a later member of, or ``None``
    when ``word`` is no later member of one ("John Smith" of "John Smith and Mary
    Jones"; a verb coordinated with a verb is no list member)."""
    if word.dep_ != "conj" or word.pos_ not in _NOMINAL:
        return None
    members = [word]
    while members[-1].dep_ == "conj" and members[-1].head.i < members[-1].i and members[-1].head.pos_ in _NOMINAL:
        members.append(members[-1].head)
    joins = [c.lower_ for member in members + _later(word) for c in member.children if c.dep_ == "cc"]
    if len(members) < 2 or not joins or any(join not in _AND for join in joins):
        return None
    if word.tag_ == "VBG":
        return None  # "capable of establishing cities, trading and fighting": no list of things
    after = max(t.i for t in word.subtree) + 1
    if after < len(word.doc) and word.doc[after].pos_ in ("VERB", "AUX"):
        return None
    return members[-1]


def _later(word: Word) -> list[Word]:
    """The members after ``word`` in its list: the parser hangs the "and" of "South
    America, Bulgaria, Hungary, Italy and Spain" on the last but one ("Italy"), so the
    join of a middle member ("Bulgaria") is found there."""
    later: list[Word] = []
    after = [c for c in word.children if c.dep_ == "conj" and c.i > word.i and c.pos_ in _NOMINAL]
    while after:
        later.append(after[0])
        after = [c for c in after[0].children if c.dep_ == "conj" and c.i > after[0].i and c.pos_ in _NOMINAL]
    return later


def member_role(word: Word, role: str | None) -> str | None:
    """The role a later member ``word`` takes from its first member's ``role``: the
    same, but no agent unless it is a name (see the module's docstring)."""
    return None if role == "agent" and word.pos_ != "PROPN" else role
