"""A parsed document's named entities, read once.

spaCy builds a new tuple of ``Span`` objects on every ``Doc.ents`` access, and
``Span.ents`` reads the whole ``Doc.ents`` again to filter it, so asking each
sentence (or each lookup) for its entities costs a pass over the document every
time. ``Entities`` reads them once per document, as plain `EntitySpan` records
(a ``Span`` attribute is a new lookup on every read); ``within`` gives a
sentence's.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc


class _Bounds(Protocol):
    start: int
    end: int


class EntitySpan:
    """One entity of the document, with the ``Span`` attributes the rules read."""

    __slots__ = ("label_", "start", "end", "start_char", "end_char", "text")

    def __init__(self, label: str, start: int, end: int, start_char: int, end_char: int, text: str) -> None:
        self.label_ = label
        self.start = start
        self.end = end
        self.start_char = start_char
        self.end_char = end_char
        self.text = text

    def __repr__(self) -> str:
        return self.text


class Entities:
    """``doc.ents``, read once, with ``Span.ents`` for any span of the document."""

    __slots__ = ("spans", "_starts")

    def __init__(self, doc: Doc, text: str) -> None:
        """``text``: the document's text (``doc.text`` joins every token's text on each call)."""
        self.spans: tuple[EntitySpan, ...] = tuple(
            EntitySpan(ent.label_, ent.start, ent.end, ent.start_char, ent.end_char, text[ent.start_char : ent.end_char])
            for ent in doc.ents
        )
        self._starts = [ent.start for ent in self.spans]

    def within(self, span: _Bounds) -> list[EntitySpan]:
        """The entities of ``span``, exactly as ``span.ents`` gives them: from the
        first entity starting inside it, up to the first that ends past its end."""
        found = []
        for index in range(bisect_left(self._starts, span.start), len(self.spans)):
            ent = self.spans[index]
            if ent.end > span.end:
                break
            found.append(ent)
        return found
