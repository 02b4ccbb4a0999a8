"""What a feeling or a memory was left by happened: "the pain of losing his title".

An -ing clause after the "of" of a noun of feeling or memory (``retrospective_nouns.txt``:
pain, memory, disappointment, shock ...) tells what happened before the feeling, so the
plan or doubt that governs the noun does not reach it: "Jones aims to wipe out the pain
of losing his title" (lose was planned by "aims": he lost it), "Roddick shrugs off the
disappointment of losing the third-set tiebreak". Only a plan or a possibility is read
again, and a plan someone tells stays told ("said he wanted to forget the memory of losing
the final": reported by him); a denial, a doubt or a question around it is kept, and an
-ing clause with its own auxiliary, negation or subordinator reads as its own words say.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lexicon.table import read_words
from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

RETROSPECTIVE_NOUNS = read_words("retrospective_nouns.txt")
_INTENT = frozenset({Factuality.PLANNED, Factuality.POSSIBLE})
_OWN_MARKERS = frozenset({"aux", "auxpass", "neg", "mark"})


def remembered(events: Iterable[EventMention], words: Words) -> list[EventMention]:
    """``events`` with what a feeling or memory was left by read as done (see the module)."""
    at = words.by_offset()
    found = []
    for event in events:
        trigger = at.get(event.trigger_start)
        if event.factuality in _INTENT and trigger is not None and _left_by(trigger):
            told = Factuality.ASSERTED if event.source is None else Factuality.REPORTED  # "said he wanted to forget"
            event = replace(event, factuality=told, cue=None)
        found.append(event)
    return found


def _left_by(verb: Word) -> bool:
    """Whether ``verb`` is a bare -ing clause after the "of" of a noun of feeling or memory."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return False
    noun = verb.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in RETROSPECTIVE_NOUNS and not any(
        c.dep_ in _OWN_MARKERS for c in verb.children)
