"""How sure an event noun is when a framing noun takes it through a preposition.

"Gazprom has plans for a takeover of Yukos", "talk of a merger", "fears of an invasion",
"reports of a slump": the takeover, the merger, the invasion and the slump did not (yet)
happen as far as the text says; the noun before the preposition says what they are (a plan, a
rumour, a possibility). ``factuality_cues.tsv``, kind ``framing``, keys each framing noun (as
written or as its lemma) with its preposition, so that "talks on a merger" (negotiations: a
plan) stays apart from "talk of a merger" (a rumour), and "a report on the invasion" (a
document about something that happened) frames nothing. "There was no plan for an invasion"
negates the event, and so do small odds ("little hope of a recovery": expected not to happen); "denied plans for a takeover" denies it. Without this the event noun took
the plain clause's reading and was asserted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.denialscope import denies
from kg.extract.excluding import excluder
from kg.extract.factuality import Reading, Scope
from kg.extract.lacking import scant_cue
from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

FRAMING = FACTUALITY_CUES["framing"]


def framing_noun(noun: Word) -> tuple[Word, Factuality] | None:
    """The noun that frames ``noun`` through a preposition, with what it makes of it, or ``None``."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    frame = preposition.head
    if frame.pos_ != "NOUN":
        return None
    prep = preposition.lower_
    value = FRAMING.get(f"{frame.lower_} {prep}") or FRAMING.get(f"{frame.lemma_.lower()} {prep}")
    return (frame, value) if value is not None else None


def framed_reading(noun: Word, scope: Scope) -> Reading | None:
    """The reading a framing noun gives ``noun`` ("plans for a takeover": planned), or ``None``."""
    found = framing_noun(noun)
    if found is None or excluder(noun) is not None:  # "did not dismiss the possibility of a bid": its own rule
        return None
    frame, value = found
    if any(c.dep_ == "det" and c.lower_ == "no" for c in frame.children):
        return Reading(Factuality.NEGATED, "no")  # "no plan for an invasion", "no talk of a merger"
    if (odds := scant_cue(frame)) and odds.endswith(f" {frame.lemma_.lower()}"):
        return Reading(Factuality.NEGATED, odds)  # "little hope of a recovery" (kg.extract.lacking.slim_odds)
    governor = frame.head
    if frame.dep_ == "dobj" and denies(governor, scope.of_word(governor).factuality):
        return Reading(Factuality.DENIED, governor.lemma_.lower())  # "denied plans for a takeover"
    return Reading(value, frame.lemma_.lower()).stronger(scope.around(frame))
