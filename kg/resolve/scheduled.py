"""The news present of what is scheduled: "Italy travel to Edinburgh on Saturday",
"Rooster are playing in London on Tuesday evening".

News writes a fixture, a visit or a vote still to come in the present tense with the
day it is set for. Read as a plain present it became a fact ("Italy travelled"). An
event stated in the present tense, asserted, whose own time argument names a weekday,
"tomorrow", "tonight" or "next ..." is planned: set for that day, not yet done. A past
form ("Italy travelled to Edinburgh on Saturday") or no day ("Blair faces questions")
is left as it is, and so is a day that comes back ("Every Friday, hundreds of people gather
in the square": a habit, told; ``kg.extract.frames.ahead`` too).

A calendar date ("20 March", "March 20") is a day set too: news tells what happened in
the past tense, so "Keska runs the men's 12km on 20 March", "U2 begin a world tour on
28 March", "the PSP is released in the US on 24 March" are to come. Not for a verb
whose past is its base form ("Chelsea beat Arsenal on 20 March": ``unchanged_pasts.txt``),
which the tagger may read as a present.
"""

from __future__ import annotations

import re

from kg.lexicon import MONTHS, WEEKDAYS
from kg.lexicon.table import read_words
from kg.records import EventMention
from kg.types import Factuality

_WORD = re.compile(r"[a-z]+")
_AHEAD = frozenset({"tomorrow", "tonight", "next"})
# A day gone ("last Friday") or one that comes back ("Every Friday, hundreds of people gather"): no day set.
_HABIT = frozenset({"last", "every", "each"})
_PIECE = re.compile(r"[a-z]+|\d+(?:st|nd|rd|th)?|[^\sa-z\d]")
UNCHANGED_PASTS = read_words("unchanged_pasts.txt")


def calendar_day(time: str) -> bool:
    """Whether a time phrase names a day of a month: "on 20 March", "March 20th"; not
    "March 2005" nor "the 1990s"."""
    pieces = _PIECE.findall(time.lower())
    for k, piece in enumerate(pieces):
        if piece not in MONTHS:
            continue
        before, after = pieces[k - 1] if k else "", pieces[k + 1 : k + 3]
        day = _day_number(before) or (piece != "may" and bool(after) and _day_number(after[0]))  # "may 5": a modal
        if day and not any(len(p) == 4 and p.isdigit() for p in after):  # "20 March 2003": dated, maybe past
            return True
    return False


def _day_number(piece: str) -> bool:
    return piece[:1].isdigit() and len(piece.rstrip("stndrh")) <= 2


def scheduled(mention: EventMention, text: str) -> bool:
    """Whether ``mention`` is a present-tense statement of what is set for a coming day."""
    if not mention.present or mention.factuality is not Factuality.ASSERTED:
        return False
    for argument in mention.arguments:
        if argument.role == "time":
            words = _WORD.findall(text[argument.argument.start : argument.argument.end].lower())
            if any(word in WEEKDAYS or word in _AHEAD for word in words) and not _HABIT & set(words):
                return True
            if calendar_day(text[argument.argument.start : argument.argument.end]) and (
                    mention.trigger.lower() not in UNCHANGED_PASTS):
                return True
    return False
