"""The named members a list gives of an event's plural argument.

A news sentence often names a group by its kind and then lists who is in it; the
event happens to each of them as much as to the group. Each NAMED member becomes
a participant in the group's role beside the group itself, which stays as written:

- "such as": "Carmakers such as Ford and General Motors cut prices" ->
  cut(agent=Carmakers, agent=Ford, agent=General Motors);
- "including": "Banks including Barclays and HSBC raised their rates" ->
  raise(agent=Banks, agent=Barclays, agent=HSBC);
- "like": "Investors like Warren Buffett bought the shares" -> buy(agent=Investors,
  agent=Warren Buffett);
- apposition: "Three banks, Barclays, HSBC and Lloyds, raised their rates" ->
  raise(agent=Three banks, agent=Barclays, agent=HSBC, agent=Lloyds).

Precision first: the group is the argument's own head, a plural common noun (never
a noun of another phrase: "shares in carmakers such as Ford" gives Ford nothing);
a member is the list's first item or one coordinated with it, and only where it is
a name NER found, whole ("the yen and the euro", no names, add nothing; "Germany's
TUI" gives TUI, not Germany).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from kg.extract.spans import to_argument
from kg.records import EventArgument, EventMention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import Entities, EntitySpan
    from kg.extract.words import Sentence, Word

# The roles a group stands in as a participant (not a place, time or quantity).
GROUP_ROLES = frozenset({"agent", "patient", "theme", "recipient", "opponent", "beneficiary"})
# Words that open a list of members after a plural noun ("such" + "as" are read apart).
INTRODUCERS = frozenset({"including", "like"})
# NER labels of names that can be members; numbers, dates and nationalities cannot.
_SETTING_OFF = frozenset({",", "-", "--", "–", "—", ":", "("})
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def with_members(events: list[EventMention], sent: Sentence, entities: Entities, text: str) -> list[EventMention]:
    """``events`` with each named member of a plural argument's list as a participant
    in that argument's role (see the module's docstring)."""
    if not events:
        return []  # most sentences: no words to index, no names to gather
    names = [ent for ent in entities.starting_in(sent.start, sent.end) if ent.label_ in NAME_LABELS]
    return add_members(events, sent, text, lambda head: listed_members(head, names), grouped=True)


def add_members(events: list[EventMention], sent: Sentence, text: str,
                members_of: Callable[[Word], list[list[Word]]], *, grouped: bool) -> list[EventMention]:
    """``events`` with the members ``members_of`` finds for the head of each argument in a
    group role, each a participant in that role (``grouped``: with the argument as its group)."""
    if not events:
        return []
    by_offset = sent.by_offset()
    found = []
    for event in events:
        have = {(a.role, a.argument.start, a.argument.end) for a in event.arguments}
        added = []
        for argument in event.arguments:
            head = by_offset.get(argument.argument.head_start)
            if argument.role not in GROUP_ROLES or head is None:
                continue
            for member in members_of(head):
                span = to_argument(cast("list[Token]", member), text)  # a Word answers as its Token
                if (argument.role, span.start, span.end) not in have:
                    have.add((argument.role, span.start, span.end))
                    added.append(EventArgument(argument.role, span, group=argument.argument if grouped else None))
        if added:
            arguments = sorted((*event.arguments, *added), key=lambda a: (a.argument.start, a.role))
            event = replace(event, arguments=tuple(arguments))
        found.append(event)
    return found


def listed_members(group: Word, names: list[EntitySpan]) -> list[list[Word]]:
    """The words of each named member a list gives of ``group``, a plural common noun,
    in text order; none when ``group`` is no such noun or lists no names."""
    if group.pos_ != "NOUN" or group.tag_ != "NNS":
        return []
    firsts: list[Word] = []
    for child in group.children:
        if child.dep_ == "prep" and _opens_list(child):
            firsts.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "appos" and child.i > group.i and _set_off(child):
            firsts.append(child)
    members = []
    for first in firsts:
        for word in sorted((first, *first.conjuncts), key=lambda w: w.i):
            name = _name_of(word, names)
            if name is not None:
                members.append(name)
    return members


def _opens_list(prep: Word) -> bool:
    """ "including", "like", or "as" of "such as"."""
    if prep.lower_ in INTRODUCERS:
        return True
    before = prep.doc.words[prep.i - 1] if prep.i > 0 else None
    return prep.lower_ == "as" and (
        any(c.lower_ == "such" for c in prep.children) or (before is not None and before.lower_ == "such"))


def _set_off(appos: Word) -> bool:
    """Whether punctuation opens the apposition ("three agencies - Moody's and Fitch",
    "Three banks, Barclays and HSBC"): a name that runs on from the words before it
    ("Shares in engineering group Jarvis", misread as the shares' apposition) is none."""
    start = appos.left_edge.i
    return start > 0 and appos.doc.words[start - 1].text in _SETTING_OFF


def _name_of(word: Word, names: list[EntitySpan]) -> list[Word] | None:
    """The words of the name ``word`` heads, when it is a whole one: every other word
    of the name hangs inside it ("General Motors"), so that "Germany's TUI" is TUI."""
    for name in names:
        if name.start <= word.i < name.end:
            words = word.doc.words[name.start : name.end]
            if all(w is word or name.start <= w.head.i < name.end for w in words):
                return list(words)
            return None
    return None
