"""The speech verb a quotation with no verb of its own takes from the speech it goes on from.

'Mr Smith said: "We will win." "Nothing has changed."': the second quotation goes on
from the first and Mr Smith says it too (``kg.extract.quotes``). A verb that only
reports words ("say", "add", "explain": ``carried_cues.txt``) holds for the words that
follow; one that names a single act of speech does not: 'Mr Howard denied he had been
playing politics ... "She's not a human shield Mr Blair, she's a human being."' is no
denial, '"Is it over?" she asked. "We will see."' no question, and a joke, an
admission or a promise is the sentence's own. Such a quotation is given with "say".
"""

from __future__ import annotations

from kg.lexicon import CARRIED_CUES

NEUTRAL = "say"


def carried_cue(cue: str | None) -> str | None:
    """The speech verb a follow-on quotation keeps from ``cue``, its speech's verb."""
    if cue is None or cue in CARRIED_CUES:
        return cue
    return NEUTRAL
