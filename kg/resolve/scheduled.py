"""The news present of what is scheduled: "Italy travel to Edinburgh on Saturday",
"Rooster are playing in London on Tuesday evening".

News writes a fixture, a visit or a vote still to come in the present tense with the
day it is set for. Read as a plain present it became a fact ("Italy travelled"). An
event stated in the present tense, asserted, whose own time argument names a weekday,
"tomorrow", "tonight" or "next ..." is planned: set for that day, not yet done. A past
form ("Italy travelled to Edinburgh on Saturday") or no day ("Blair faces questions")
is left as it is.
"""

from __future__ import annotations

import re

from kg.lexicon import WEEKDAYS
from kg.records import EventMention
from kg.types import Factuality

_WORD = re.compile(r"[a-z]+")
_AHEAD = frozenset({"tomorrow", "tonight", "next"})


def scheduled(mention: EventMention, text: str) -> bool:
    """Whether ``mention`` is a present-tense statement of what is set for a coming day."""
    if not mention.present or mention.factuality is not Factuality.ASSERTED:
        return False
    for argument in mention.arguments:
        if argument.role == "time":
            words = _WORD.findall(text[argument.argument.start : argument.argument.end].lower())
            if any(word in WEEKDAYS or word in _AHEAD for word in words) and "last" not in words:
                return True
    return False
