"""An -ing clause that an adjective, noun or verb of intent governs: a plan, not a deed.

"Euronext is interested in buying the LSE", "Chelsea are keen on signing him", "expressed an
interest in bidding for the exchange", "insisted on removing", "is planning on letting him go":
the parser hangs the -ing verb on the preposition of a word that says someone wants, means or
weighs doing it (``intent_words.tsv``), so no control verb reads it and the event stood
asserted (or reported, when a speaker says so).
Read as asserted or reported, it is planned or possible instead (cue: that word); negated
when the intent is denied: "is not interested in selling", "neither country is interested in
raising the temperature" (the clause's own negation reads the verb of "be", not the -ing
event). An event hedged otherwise keeps its reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.frames import denying_subject
from kg.lexicon.table import read_table
from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

_INTENT = {(row.fields[0], row.fields[1]): Factuality(row.fields[2]) for row in read_table("intent_words.tsv")}
_TOLD = frozenset({Factuality.ASSERTED, Factuality.REPORTED})


def intended(events: Iterable[EventMention], words: Words) -> list[EventMention]:
    """``events`` with each -ing event an adjective or noun of intent governs made planned."""
    at = words.by_offset()
    found = []
    for event in events:
        trigger = at.get(event.trigger_start)
        if event.factuality in _TOLD and trigger is not None and (intent := _intent(trigger)) is not None:
            cue, reading = intent
            event = replace(event, factuality=Factuality.NEGATED if _denied(trigger.head.head) else reading, cue=cue)
        found.append(event)
    return found


def _intent(trigger: Word) -> tuple[str, Factuality] | None:
    """The adjective, noun or verb of intent whose preposition governs ``trigger``, an -ing
    verb, and the reading it gives."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp":
        return None
    prep = trigger.head
    owner = prep.head
    if prep.dep_ != "prep" or owner.pos_ not in ("ADJ", "NOUN", "VERB"):
        return None
    word = owner.lower_ if owner.pos_ == "ADJ" else owner.lemma_.lower()
    reading = _INTENT.get((word, prep.lower_))
    return None if reading is None else (word, reading)


def _denied(owner: Word) -> bool:
    """Whether the clause of ``owner`` (the adjective, or the noun) denies the intent: a
    negation of its verb ("is not interested") or a subject that is no one ("neither country",
    ``kg.extract.frames.denying_subject``; and "neither" alone)."""
    verb = owner.head if owner.dep_ in ("acomp", "dobj", "attr") else owner
    return any(child.dep_ == "neg" or (child.dep_ in ("nsubj", "nsubjpass") and (
        denying_subject(child) is not None or child.lower_ == "neither")) for child in verb.children)
