"""What being somewhere, or meeting, did by itself: "was in the stands to watch her final game".

A "to" infinitive with no subject of its own is a purpose, planned (``kg.extract.factuality``):
"travelled to Paris to sign a deal". But some deeds are done by being there or by meeting
(``attended_purposes.tsv``): after a past verb of being there, watching, attending, paying
tribute, collecting a prize ("Hamm's husband was in the stands to watch her final game",
"Dr Greenspan, who has been in the UK to attend the G7 meeting", "More than 1,000 people
turned out on Sunday to pay tribute"); after a past verb of meeting, talking something over
("The IPCL board met in Mumbai to discuss the company's results"), or after a past holding of a
meeting ("A government task force held meetings to discuss an emergency rebuilding plan"). Such
an infinitive read as
planned takes the reading of the verb it hangs on: asserted, or reported as that verb is.

Left alone: a verb of being there or meeting that is not past or perfect ("will travel to
Old Trafford to meet", "is expected to meet this week to discuss", "are in Scotland to
gather evidence"), negated or under "if"; "be" with no place of its own ("was keen to
watch"); and any other purpose ("met the minister to agree a deal").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to
from kg.extract.factuality import Scope
from kg.extract.particles import phrasal_lemma
from kg.lexicon.table import read_table
from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

_PARTS = {part: frozenset(row.fields[0] for row in read_table("attended_purposes.tsv") if row.fields[1] == part)
          for part in ("there", "seen", "met", "talked")}
_TOLD = frozenset({Factuality.ASSERTED, Factuality.REPORTED})
_PLACES = frozenset({"in", "at", "on", "inside", "outside"})
_HEDGES = frozenset({"if", "unless", "whether"})
_MEETINGS = frozenset({"meeting", "talk", "talks", "session", "summit", "conference"})  # "held meetings to discuss"


def attended(events: Iterable[EventMention], words: Words) -> list[EventMention]:
    """``events`` with what being there or meeting did read as done (see the module)."""
    at = words.by_offset()
    found = []
    for event in events:
        trigger = at.get(event.trigger_start)
        governor = _governor(trigger) if event.factuality is Factuality.PLANNED and trigger is not None else None
        if governor is not None and (told := Scope().prefix([governor])).factuality in _TOLD:
            event = replace(event, factuality=told.factuality, cue=told.cue)  # the event keeps its source
        found.append(event)
    return found


def _governor(verb: Word) -> Word | None:
    """The past verb of being there or meeting whose deed the infinitive ``verb`` tells, if any."""
    lemma = phrasal_lemma(verb)
    if verb.dep_ == "conj" and not has_to(verb) and verb.head.tag_ == "VB":
        verb = verb.head  # "to share the vision and hear pledges": "hear" hangs as "share" does
    if verb.tag_ != "VB" or not has_to(verb) or verb.dep_ not in ("advcl", "xcomp") or any(
            c.dep_ == "nsubj" for c in verb.children):
        return None
    head = verb.head
    kind = "there" if lemma in _PARTS["seen"] else "met" if lemma in _PARTS["talked"] else None
    if kind is None or head.pos_ not in ("VERB", "AUX") or not (phrasal_lemma(head) in _PARTS[kind] or (
            kind == "met" and _held_meeting(head, verb))) or not _past(head):
        return None
    if head.lemma_.lower() == "be" and not any(
            c.dep_ == "prep" and c.lower_ in _PLACES and c.i < verb.i for c in head.children):
        return None  # "was keen to watch", "was to attend": no place of its own
    return head


def _held_meeting(head: Word, verb: Word) -> bool:
    """Whether ``head`` holds a meeting right before the infinitive ``verb``: "held meetings to
    discuss an emergency rebuilding plan", "held talks to consider the offer"."""
    return head.lemma_.lower() == "hold" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MEETINGS and max(t.i for t in c.subtree) + 1 == min(
            t.i for t in verb.subtree) for c in head.children)


def _past(verb: Word) -> bool:
    """Whether ``verb`` is a simple past or a present perfect, not negated nor a condition:
    "was", "met", "has been"; not "will meet", "is expected to meet", "did not meet"."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in _HEDGES) for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return not auxiliaries
    return verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].lemma_.lower() == "have" and \
        auxiliaries[0].tag_ in ("VBZ", "VBP", "VBD")
