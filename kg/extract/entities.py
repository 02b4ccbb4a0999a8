"""A parsed document's named entities, read once.

spaCy builds a new tuple of ``Span`` objects on every ``Doc.ents`` access, and
``Span.ents`` reads the whole ``Doc.ents`` again to filter it, so asking each
sentence (or each lookup) for its entities costs a pass over the document every
time. ``Entities`` reads them once per document; ``within`` gives a sentence's.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


class Entities:
    """``doc.ents``, read once, with ``Span.ents`` for any span of the document."""

    __slots__ = ("spans", "_starts")

    def __init__(self, doc: Doc) -> None:
        self.spans: tuple[Span, ...] = tuple(doc.ents)
        self._starts = [ent.start for ent in self.spans]

    def within(self, span: Span) -> list[Span]:
        """The entities of ``span``, exactly as ``span.ents`` gives them: from the
        first entity starting inside it, up to the first that ends past its end."""
        found = []
        for index in range(bisect_left(self._starts, span.start), len(self.spans)):
            ent = self.spans[index]
            if ent.end > span.end:
                break
            found.append(ent)
        return found
