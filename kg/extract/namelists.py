"""A list of names the parser read as appositions: each name a participant.

"Jason Gardener, Darren Campbell, Marlon Devonish and Mark Lewis-Francis were
awarded MBEs", "Zurich Financial, Allianz and Axa also suffered a decline", "He
joins Jonny Wilkinson, Tim Stimpson and Paul Grayson": the parser hangs the second
name on the first as an apposition, the third on the second, and the last on the
one before it with "and", so the event kept the first name alone. A name does not
stand in apposition to another name; a run of them closed by "and" is a list, and
each later member takes the first one's role (``kg.extract.listed`` does the same
for a list the parser read as one).

Precision first: the argument is a name NER found and one of an event's
participants (never a place or a time: "Lyon, France"); each apposition is set off
by a comma and is a name NER found, whole (else the list is left as it was: a
member no entity stands for would leave the event without its agent); the last is
joined by "and" ("Bono, The Edge, Adam Clayton and Larry Mullen Jr"). "the FSA (Financial
Services Authority)", "Mikko Hypponen, head of F-Secure's anti-virus team" and
"Sir Alex Ferguson, Manchester United manager," are no lists: no "and", or a
description in apposition, not a name.

A list of names right after the plural noun of their kind, no comma between, is the same
list: "Cable firms NTL and Telewest have both launched video-on-demand services",
"Nigerian banks United Bank of Africa and Standard Trust Bank have agreed plans to merge"
(the parser hangs the first name on "firms" as an apposition, which the event reads as
its participant, and the second on the first with "and"). Only later names NER found,
whole, joined by "and", the first right after the plural noun ("Shares in engineering group
Jarvis": a phrase between, no list of the shares).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.members import NAME_LABELS, add_members
from kg.records import EventMention

if TYPE_CHECKING:
    from kg.extract.entities import Entities, EntitySpan
    from kg.extract.words import Sentence, Word

_AND = frozenset({"and", "&"})


def with_names(events: list[EventMention], sent: Sentence, entities: Entities, text: str) -> list[EventMention]:
    """``events`` with each later name of a list read as appositions in the first name's role."""
    spans = list(entities.starting_in(sent.start, sent.end))
    return add_members(events, sent, text, lambda head: apposed_names(head, spans) or kind_names(head, spans), grouped=False)


def apposed_names(head: Word, spans: list[EntitySpan]) -> list[list[Word]]:
    """The words of each later name of the list ``head`` opens, in text order; none when
    ``head`` opens no list of names read as appositions (see the module's docstring)."""
    first = _entity(head, spans)
    if head.pos_ != "PROPN" or first is None or first.label_ not in NAME_LABELS:
        return []
    chain: list[Word] = []
    current = head
    while (appos := next((c for c in current.children if c.dep_ == "appos" and c.i > current.i), None)) is not None:
        if appos.left_edge.i == 0 or appos.doc.words[appos.left_edge.i - 1].text != ",":
            return []
        chain.append(appos)
        current = appos
    last = [c for c in current.children if c.dep_ == "conj" and c.i > current.i]
    joins = [c.lower_ for c in current.children if c.dep_ == "cc"]
    if not chain or len(last) != 1 or not joins or any(join not in _AND for join in joins):
        return []
    members = []
    for word in [*chain, *last]:
        entity = _entity(word, spans)
        if word.pos_ != "PROPN" or entity is None or entity.label_ not in NAME_LABELS or entity.end - 1 != word.i:
            return []
        members.append([w for w in word.doc.words[entity.start : entity.end] if w.dep_ != "det"])
    return members


def kind_names(head: Word, spans: list[EntitySpan]) -> list[list[Word]]:
    """The words of each later name of the "and" list ``head`` opens right after the plural
    noun of their kind ("Cable firms NTL and Telewest": Telewest); none otherwise."""
    kind = head.head
    if head.dep_ != "appos" or head.pos_ != "PROPN" or kind.pos_ != "NOUN" or kind.tag_ != "NNS" \
            or min(t.i for t in head.subtree) != kind.i + 1:
        return []  # the first name (NER may have missed it: the argument is the parse's) right after the kind
    later = [c for c in head.conjuncts if c.i > head.i]
    joins = [c.lower_ for word in (head, *later) for c in word.children if c.dep_ == "cc"]
    if not later or not joins or any(join not in _AND for join in joins):
        return []
    members = []
    for word in later:
        entity = _entity(word, spans)
        if word.pos_ != "PROPN" or entity is None or entity.label_ not in NAME_LABELS or entity.end - 1 != word.i:
            return []
        members.append([w for w in word.doc.words[entity.start : entity.end] if w.dep_ != "det"])
    return members


def _entity(word: Word, spans: list[EntitySpan]) -> EntitySpan | None:
    return next((ent for ent in spans if ent.start <= word.i < ent.end), None)
