"""What a denial does not reach: the reason, the setting and the scene around what is denied.

A denial denies its complement, not every event the sentence hangs below it: "denied
being leant on by the US for invading Iraq" denies the leaning, not the invasion; "his
side were denied two tries in Sunday's loss to Ireland" denies no loss; "denied any
involvement in the killing" leaves the killing a fact; and "Challenged on the remark, he
denied ..." denies no challenge. An event read as denied whose own word is the object of
a preposition other than "of" ("for invading", "in Sunday's loss"; "of" carries the
denied content: "denied accusing Germany of using the EU") or that stands in an
adverbial clause of the denying verb is outside the denial and asserted, unless the
phrase hangs on a noun of intent or expectation ("denied plans for a merger": the merger
stays in the denial) or the event has a word of doubt of its own ("a possible merger").

And a denial only denies when it is made: "challenged Mr Brown to deny reports that he had
told the prime minister ..." denies nothing; the report stays speculation (``denies``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

_NOUNS = FACTUALITY_CUES["noun"]
_ADJECTIVES = FACTUALITY_CUES["adjective"]
_INSIDE = frozenset({"of", "to", "that", "as"})  # prepositions that carry the denied content itself
_MODIFIERS = frozenset({"aux", "amod", "advmod", "neg"})
_SPEECH = FACTUALITY_CUES["speech"]
_MADE = frozenset({Factuality.ASSERTED, Factuality.REPORTED})  # a denial told as made, by the writer or another


def outside_denials(events: Iterable[EventMention], words: Words) -> list[EventMention]:
    """``events`` with those a denial does not reach asserted (see the module)."""
    at = words.by_offset()
    found = []
    for event in events:
        trigger = at.get(event.trigger_start)
        if event.factuality is Factuality.DENIED and trigger is not None and event.cue and _outside(trigger, event.cue):
            event = replace(event, factuality=Factuality.ASSERTED, cue=None, source=None)
        found.append(event)
    return found


def _outside(trigger: Word, cue: str) -> bool:
    """Whether ``trigger`` stands outside the complement of the denying word ``cue`` above it."""
    path, word = [trigger], trigger
    for _ in range(12):
        if word.head.i == word.i:
            return False
        word = word.head
        if word.lemma_.lower() == cue or word.lower_ == cue:
            break
        path.append(word)
    else:
        return False
    if path[-1].dep_ == "advcl":  # "Challenged on the remark, he denied ...": the challenge is told
        return not any(c.dep_ == "mark" for c in path[-1].children)
    if trigger.dep_ not in ("pobj", "pcomp") or len(path) < 2:
        return False
    prep = trigger.head
    if prep.lower_ in _INSIDE or prep.head.lemma_.lower() in _NOUNS:  # "denied plans for a merger"
        return False
    return not any(c.dep_ in _MODIFIERS and (c.lower_ in _ADJECTIVES or c.tag_ == "MD") for c in trigger.children)


def denies(verb: Word, factuality: Factuality) -> bool:
    """Whether a verb of denying ``verb``, read ``factuality``, denies what its object says ("denied
    reports that she has pulled out"): only a denial told as made; one asked for, planned or not made
    denies nothing ("challenged Mr Brown to deny reports that he had told ...": the report stays one)."""
    return _SPEECH.get(verb.lemma_.lower()) is Factuality.DENIED and factuality in _MADE
