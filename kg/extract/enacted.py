"""A decision taken whose deed was done with it: what was decided is no plan.

A "to" infinitive after a verb or noun of deciding (``decision_deeds.tsv``, kind
``deciding``) is planned: "decided to sell", "the decision to close the plant". But the
decision was taken, and some deeds are done by the deciding itself (kind ``act``): "Henman
decided to retire from Davis Cup tennis", "investors voted in October to approve the
transfer", "Tim Henman's decision to quit Davis Cup tennis has left a void". And a decision
its maker defends or regrets (kind ``judging``: "Nair also defended her decision to cast an
American actress", "has defended her decision to prolong her tennis career at the age of
48", "defended the decision to give Hoddle a short-term contract") was carried out. Such an infinitive, read as planned and told by no one but the text, is asserted.

Left alone: a deciding that is not past and settled ("will decide to", "may vote to",
"is expected to make a decision to", "no decision to", "if he decided to"), an infinitive
with a time of its own ("decided to retire at the end of the season": still to come), one
negated or under a modal, and anything reported, denied or doubted (only a plain plan is
read again).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to
from kg.extract.frames import MODALS
from kg.folding import fold
from kg.lexicon.events import FACTUALITY_CUES
from kg.lexicon.table import read_table
from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

_DEEDS = {kind: frozenset(row.fields[0] for row in read_table("decision_deeds.tsv") if row.fields[1] == kind)
          for kind in ("deciding", "act", "judging")}
_OBJECTS = FACTUALITY_CUES["object"]  # "the decision to quit is expected": a decision not yet taken
_TIMES = frozenset({"DATE", "TIME"})
_CLAUSES = frozenset({"advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "parataxis"})
_LATER = frozenset({"end", "next", "later", "soon", "future", "until", "when", "once", "after"})
_CONDITIONS = frozenset({"if", "unless", "whether", "lest"})  # "if he decided to"; not "after Henman decided to"


def enacted(events: Iterable[EventMention], words: Words) -> list[EventMention]:
    """``events`` with a decided deed that was done read as asserted (see the module)."""
    at = words.by_offset()
    found = []
    for event in events:
        trigger = at.get(event.trigger_start)
        if event.factuality is Factuality.PLANNED and event.source is None and trigger is not None and _done(
                trigger, fold(event.lemma)):
            event = replace(event, factuality=Factuality.ASSERTED, cue=None)
        found.append(event)
    return found


def _done(verb: Word, lemma: str) -> bool:
    """Whether the infinitive ``verb`` (of the event ``lemma``) tells a deed done by a past decision."""
    if verb.tag_ != "VB" or not has_to(verb) or verb.dep_ not in ("acl", "xcomp", "advcl") or _open(verb):
        return False
    decider = verb.head
    if fold(decider.lemma_) not in _DEEDS["deciding"]:
        return False
    if decider.pos_ in ("VERB", "AUX"):
        return lemma in _DEEDS["act"] and _settled(decider)
    if decider.pos_ != "NOUN" or any(c.dep_ == "det" and c.lower_ == "no" for c in decider.children):
        return False
    governor = decider.head.head if decider.dep_ == "pobj" else decider.head
    if governor.pos_ not in ("VERB", "AUX") or not _settled(governor) or fold(governor.lemma_) in _OBJECTS:
        return False
    judged = decider.dep_ == "dobj" and fold(governor.lemma_) in _DEEDS["judging"] and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in decider.children)  # "defended her decision to cast"
    return judged or lemma in _DEEDS["act"]


def _settled(verb: Word) -> bool:
    """Whether ``verb`` is told as a past or present deed: "decided", "has defended", "has
    left"; not "will decide", "to make", "may vote", "did not decide", "if he decided"."""
    if verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or any(
            c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in _CONDITIONS) for c in verb.children):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.lower_ in MODALS or c.tag_ == "TO") for c in verb.children)


def _open(verb: Word) -> bool:
    """Whether the infinitive has a time or a hedge of its own: "to retire at the end of the season"."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children):
        return True
    return any((t.ent_type_ in _TIMES and not _age(t, verb)) or t.lower_ in _LATER for t in _own_words(verb))


def _own_words(verb: Word) -> list[Word]:
    """The words of the infinitive's own phrase: its subtree less a clause of its own with no
    subordinator ("to retire from Davis Cup tennis leaving Rusedski to lead the team out ...
    on 4-6 March": the date is the leading's); "when his contract comes to an end" is kept."""
    words = [verb]
    for child in verb.children:
        if child.dep_ not in _CLAUSES or any(c.dep_ == "mark" or c.tag_ == "WRB" for c in child.children):
            words.extend(child.subtree)
    return words


def _age(word: Word, verb: Word) -> bool:
    """Whether ``word`` is in an age ("at the age of 48"), which is no time of the deed."""
    while word.i != verb.i and word.head.i != word.i:
        if word.lemma_.lower() == "age":
            return True
        word = word.head
    return False
