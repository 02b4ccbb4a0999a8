"""A speaker that bears words but cannot speak gives no quote.

"The virus' subject line says 'Merry Christmas'": what a subject line, a caption or an
inscription "says" or "reads" is the words written on it, no one's claim; read as a
quote it made a line of an e-mail the speaker of a greeting. A speech reading whose
speaker's head is such a noun (``unspeaking_nouns.tsv``), singular or plural, is
dropped. Writings that make claims ("the report says", "the adverts say") still speak.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.folding import fold
from kg.lexicon import UNSPEAKING_NOUNS
from kg.records import SpeechReading


def speaking(readings: Iterable[SpeechReading], text: str) -> Iterator[SpeechReading]:
    """``readings`` but those whose speaker cannot speak.

    >>> from kg.records import Argument
    >>> text = "The virus' subject line says hello."
    >>> line = Argument("The virus' subject line", 0, 23, 19, 23)
    >>> reading = SpeechReading(speaker=line, cue="say", content=(29, 35), direct=True, sentence=(0, 35), confidence=0.9)
    >>> list(speaking([reading], text))
    []
    """
    for reading in readings:
        speaker = reading.speaker
        head = fold(text[speaker.head_start : speaker.head_end]) if speaker is not None else ""
        if head in UNSPEAKING_NOUNS or (head.endswith("s") and head[:-1] in UNSPEAKING_NOUNS):
            continue
        yield reading
