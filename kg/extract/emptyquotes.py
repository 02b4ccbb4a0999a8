"""A speech reading whose content is one pronoun says nothing a reader can use.

"Mr Forgeard has denied this, telling French media ...", "he has always denied this", "Lord
Goldsmith also denied them": the object of the verb of saying is read as what was said, and
the quote holds a word that points back ("quote(Noel Forgeard deny: 'this')"). What it points
to is in another sentence or clause, so the line is empty: ``with_content`` drops it. A
content of more than one word stays ("denied this claim", "said it would"), and so does a
demonstrative or pronoun inside a longer clause.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.lexicon import ARTICLES, PRONOUNS, REFERRING_DETERMINERS
from kg.records import SpeechReading

__all__ = ["with_content"]

_POINTING = (PRONOUNS.keys() | REFERRING_DETERMINERS) - ARTICLES
_MARKS = "\"'“”‘’.,;:!? "


def with_content(readings: Iterable[SpeechReading], text: str) -> Iterator[SpeechReading]:
    """``readings`` without those whose content is a single pronoun or demonstrative ("this", "them").

    >>> from kg.records import Argument
    >>> text = "He denied this."
    >>> he = Argument("He", 0, 2, 0, 2)
    >>> reading = SpeechReading(speaker=he, cue="deny", content=(10, 14), direct=False, sentence=(0, 15), confidence=0.9)
    >>> list(with_content([reading], text))
    []
    """
    for reading in readings:
        start, end = reading.content
        if text[start:end].strip(_MARKS).lower() not in _POINTING:
            yield reading
