"""A speech reported inside another speech of the same sentence is part of it, not a second quote.

"First Minister Rhodri Morgan told BBC Wales he had agreed with Ms Hutt in 2003 that she would
not be health minister": what Morgan told is "he had agreed ... that she would not be health
minister"; "he had agreed ... that ..." read as a speech of its own repeats a part of it, with
a verb that is not how the words reached the reader ("agree"), and a quotation that goes on
after the sentence would take that verb. A speech whose pronoun speaker opens the indirect content of
another speech of its sentence, its content inside that ("told the audience he believed the war
...", "said it believes it can achieve this"), gives no reading of its own: the outer speech
carries it, framed. A named speaker ("said the directors believed ...") speaks for themselves,
reported; so does a pronoun further in ("revealed it would examine contracts which it believes
...") and any speaker inside an "according to" ("according to Reuters, he once told ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.records import SpeechReading

SELF = frozenset({"he", "she", "it", "they"})
"""Pronoun speakers who, inside another's speech, are that speaker's own report of themselves."""


def outermost(readings: Sequence[SpeechReading], text: str) -> list[SpeechReading]:
    """``readings`` (indirect speech, in text order) but those inside another (see the module)."""
    return [reading for reading in readings if not any(_inside(reading, other, text) for other in readings)]


def _inside(reading: SpeechReading, other: SpeechReading, text: str) -> bool:
    if other is reading or other.direct or other.sentence != reading.sentence or other.cue == "according to":
        return False  # "according to Reuters, he once told analysts that ...": the source of someone else's speech
    if reading.speaker is None or text[reading.speaker.start : reading.speaker.end].lower() not in SELF:
        return False  # "Mr Smith said the directors believed ...": the directors' speech, reported
    start, end = other.content
    return reading.speaker.start == start and start < reading.content[0] and reading.content[1] <= end
