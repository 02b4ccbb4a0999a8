""""represent" is an event only when someone is represented: "a lawyer representing one of the
directors", "Ms King has represented the constituency since 1997", "Twelve of them represent Labour".

Acting or speaking for a person, a body, a place or people is news an analyst notes (who a
lawyer, an MP, a union acts for); "represent" was a state (``non_events.tsv``) and gave nothing.
With an object that is no party ("the figures represent less than 1% of exports", "the move may
represent a shift in policy", "It represents triumph"; "the combined unions represented a formidable
force": an indefinite object says what they amount to; "a union representing 5,200 flight attendants":
a counted object says how big the body is, a membership figure), in the passive ("France particularly well
represented") or with no object ("what it represents") it says what a thing amounts to: no event
(``kg.extract.false_events``). A party is a name NER labels a party, place, or a party pronoun
(``kg.extract.event_arguments.argument_kind``), a noun of people (``PEOPLE_NOUNS``, ``AGENT_NOUNS``:
"the airline's employees"), a post's noun (``ROLE_HEADS``: "one of the directors"), a seat's noun
("the constituency", "the area"), or such a noun a count or "one of" names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.countof import group_member
from kg.extract.event_arguments import argument_kind
from kg.extract.peopleplans import people_subject
from kg.lexicon import ROLE_HEADS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["unrepresented"]

_SEATS = frozenset({"constituency", "seat", "area", "ward", "district", "region", "county", "town", "city"})


def unrepresented(verb: Word) -> bool:
    """Whether ``verb``, a form of "represent", names no one represented (see the module docstring)."""
    if verb.lemma_.lower() != "represent":
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children) or any(
            t.like_num and t.i < obj.i for t in obj.subtree):
        return True  # "the unions represented a formidable force": what they amount to; "representing 5,200 flight attendants": its size
    member = group_member(obj) or obj  # "one of the directors", "seven of the detainees"
    return not (argument_kind(obj, [obj]) in ("party", "place") or people_subject(member) or
                {member.lemma_.lower(), member.lower_} & (_SEATS | ROLE_HEADS))
