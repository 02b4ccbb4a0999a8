"""Parse documents with ``nlp.pipe``, an article longer than the piece limit in pieces.

spaCy needs scratch memory in proportion to a ``Doc``'s length, so a long
article is cut at paragraph, else sentence, boundaries and its pieces parsed one
after another; ``kg.extract.pieces`` extracts from them with offsets into the
whole article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from kg.records import Document

PIECE_CHARS = 100_000
"""Longest text parsed as one spaCy ``Doc``. spaCy needs about 1 GB of scratch memory
per 100,000 characters in the parser and NER, so longer articles are parsed in pieces
(and never refused for passing ``nlp.max_length``)."""

# Where a piece may end, best first: a blank line, a line break, a sentence end, a space.
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?…][\"'”’)\]]*\s+"), re.compile(r"\s+"))


@dataclass(frozen=True, slots=True)
class Piece:
    """One parsed stretch of a document: its ``Doc`` and where its text starts."""

    offset: int
    doc: Doc


def piece_limit(nlp: Language, limit: int | None = None) -> int:
    """Longest piece for ``nlp``: ``limit`` (default ``PIECE_CHARS``), never above ``nlp.max_length``."""
    return max(1, min(limit or PIECE_CHARS, nlp.max_length))


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, piece)`` pairs of at most ``limit`` characters.

    Each cut falls at the last paragraph break in the second half of the window,
    else the last line break, sentence end or space there, else exactly at
    ``limit`` (a single word longer than that). Pieces cover the text exactly, so
    ``offset + position in piece`` is the position in ``text``.

    >>> split_text("One. Two. Three.", 10)
    [(0, 'One. Two. '), (10, 'Three.')]
    >>> split_text("short", 10)
    [(0, 'short')]
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = end
        for pattern in _CUTS:
            found = _last_match_end(pattern, text, start + limit // 2, end)
            if found is not None:
                cut = found
                break
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _last_match_end(pattern: re.Pattern[str], text: str, low: int, high: int) -> int | None:
    """End of the last match of ``pattern`` ending in ``(low, high]``."""
    last = None
    for match in pattern.finditer(text, low, high):
        last = match.end()
    return last


def parse(nlp: Language, documents: Iterable[Document], *, batch_size: int = 32, n_process: int = 1) -> Iterator[
    tuple[Document, Doc]
]:
    """Parse documents in batches, keeping each paired with its ``Document``
    (each parsed whole: see ``parse_pieces`` for articles of any length)."""
    pairs = ((document.text, document) for document in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield document, doc


def parse_pieces(
    nlp: Language,
    documents: Iterable[Document],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    limit: int | None = None,
) -> Iterator[tuple[Document, Iterator[Piece]]]:
    """Parse documents in batches, keeping each paired with its pieces.

    A document longer than ``piece_limit(nlp, limit)`` is cut by ``split_text``
    and its pieces parsed one after another, so no ``Doc`` is ever longer than
    the limit. Each yielded iterator must be consumed before the next document
    is taken; it yields the pieces lazily, so a 50 MB article never holds more
    than one batch of parsed pieces.
    """
    size = piece_limit(nlp, limit)
    streams: dict[int, list[int]] = {}

    def texts() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for index, document in enumerate(documents):
            cuts = split_text(document.text, size) if len(document.text) > size else [(0, document.text)]
            streams[index] = [offset for offset, _ in cuts]
            pending[index] = document
            for number, (_, text) in enumerate(cuts):
                yield text, (index, number, len(cuts))

    pending: dict[int, Document] = {}
    parsed = nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, (index, number, count) in parsed:
        if number != 0:
            raise RuntimeError("parse: read each document's pieces before taking the next document")
        yield pending.pop(index), _pieces(doc, index, count, parsed, streams)


def _pieces(
    first: Doc,
    index: int,
    count: int,
    parsed: Iterator[tuple[Doc, tuple[int, int, int]]],
    streams: dict[int, list[int]],
) -> Iterator[Piece]:
    offsets = streams.pop(index)
    yield Piece(offsets[0], first)
    for number in range(1, count):
        doc, (_, got, _) = next(parsed)
        if got != number:
            raise RuntimeError("parse: pieces of a document arrived out of order")
        yield Piece(offsets[number], doc)
