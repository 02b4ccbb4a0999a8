"""Read a document that was parsed in pieces as if it had been parsed whole.

``kg.nlp.pieces.parse_pieces`` cuts an article longer than its piece limit at paragraph or
sentence boundaries. Each piece is extracted on its own (``kg.extract``) and its
offsets are moved back into the full ``Document.text``, so every mention,
proposition and evidence span points at the right characters of the article;
then the pieces' extractions are joined into one, and resolution (names,
coreference, dates) runs over the whole document.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.extract import extract, extract_headline
from kg.extract.comments import without_comments
from kg.extract.namelike import count_rejections
from kg.records import Document, EventMention, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.nlp.pieces import Piece

OFFSET_FIELDS = frozenset({"start", "end", "head_start", "head_end", "trigger_start", "trigger_end"})
"""Integer record fields that hold a character offset into ``Document.text``."""
SPAN_FIELDS = frozenset({"sentence", "sentences", "times", "trigger", "time", "role_span", "content"})
"""Fields that hold a ``(start, end)`` span, or a tuple of spans (an ``int`` ``sentence``
is a sentence index instead, shifted by the sentences of earlier pieces)."""


def extract_document(document: Document, pieces: Iterable[Piece]) -> Extraction:
    """One ``Extraction`` over ``document`` from its parsed pieces, offsets into the whole text.

    A document parsed whole (one piece at offset 0) goes straight to ``kg.extract``;
    the headline piece gives ``Extraction.headline``.
    """
    parts: list[Extraction] = []
    whole: Extraction | None = None
    headline: tuple[EventMention, ...] = ()
    for piece in pieces:
        if piece.headline:
            headline = extract_headline(piece.doc)
            continue
        length = text_length(piece.doc)
        if piece.offset == 0 and length == len(document.text):
            whole = extract(document, piece.doc)
            continue
        text = document.text[piece.offset : piece.offset + length]
        parts.append(extract(dataclasses.replace(document, text=text), piece.doc))
        parts[-1] = shift(parts[-1], piece.offset, sum(len(part.sentences) for part in parts[:-1]))
    found = without_comments(whole if whole is not None else join(document, parts))  # readers' comments: no news
    return dataclasses.replace(found, headline=headline) if headline else found


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text (spaCy joins every token's text for it):
    the last token's offset plus its text and trailing space."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def join(document: Document, parts: list[Extraction]) -> Extraction:
    """Concatenate already shifted extractions of consecutive pieces of ``document``."""
    return Extraction(
        document=document,
        sentences=tuple(span for part in parts for span in part.sentences),
        mentions=tuple(mention for part in parts for mention in part.mentions),
        propositions=tuple(proposition for part in parts for proposition in part.propositions),
        times=tuple(span for part in parts for span in part.times),
        events=tuple(event for part in parts for event in part.events),
        roles=tuple(reading for part in parts for reading in part.roles),
        speech=tuple(reading for part in parts for reading in part.speech),
        rejected=count_rejections([rule for part in parts for rule, count in part.rejected for _ in range(count)]),
        context=tuple(sorted({kind for part in parts for kind in part.context})),
    )


def shift(record: Any, chars: int, sentences: int = 0) -> Any:
    """``record`` with every character offset moved by ``chars`` and every sentence index by ``sentences``.

    Generic over dataclass fields (records may gain fields): offsets are the
    ``OFFSET_FIELDS``, spans the ``SPAN_FIELDS``; nested records and tuples of
    records are shifted too; a ``Document`` is left as it is.

    >>> from kg.records import Argument
    >>> shift(Argument("Ann", 0, 3, 0, 3), 10)
    Argument(text='Ann', start=10, end=13, head_start=10, head_end=13)
    """
    if isinstance(record, Document) or not dataclasses.is_dataclass(record):
        return _shift_value(record, chars, sentences)
    changes = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if field.name in OFFSET_FIELDS and isinstance(value, int):
            changes[field.name] = value + chars
        elif field.name in SPAN_FIELDS:
            changes[field.name] = _shift_span(value, chars, sentences)
        else:
            changes[field.name] = _shift_value(value, chars, sentences)
    return dataclasses.replace(record, **changes)


def _shift_span(value: Any, chars: int, sentences: int) -> Any:
    if isinstance(value, (bool, str)) or value is None:
        return value  # a str: ``EventMention.trigger`` is the trigger's text, ``Proposition.trigger`` its span
    if isinstance(value, int):
        return value + sentences  # a sentence index, not an offset
    if len(value) == 2 and all(isinstance(item, int) for item in value):
        return (value[0] + chars, value[1] + chars)
    return tuple(_shift_span(item, chars, sentences) for item in value)


def _shift_value(value: Any, chars: int, sentences: int) -> Any:
    if isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
        return tuple(shift(item, chars, sentences) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, (type, Document)):
        return shift(value, chars, sentences)
    return value
