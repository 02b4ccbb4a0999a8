"""Read the files ``kg.sources.discover`` finds into ``Document`` records.

Each format has its reader in ``READERS``: plain text goes through
``kg.sources.article`` (furniture and body), Markdown through
``kg.sources.markup``, saved HTML pages through ``kg.sources.pages`` (the main
text, without menus and boilerplate), JSON Lines through ``kg.sources.jsonl``,
web archives through ``kg.sources.warc`` and RSS/Atom feeds through
``kg.sources.feeds``.

Bad input never stops a build: a file that cannot be read as an article, and
each bad record in an archive, feed or JSON Lines file (``file:record``), is
recorded as an ``InputError`` naming it and the reason; the rest goes on.
Decoding (UTF-8, a bounded Windows-1252 fallback with a warning, binary
detection) lives in ``kg.sources.decoding``; every string that leaves this stage
has passed its ``clean_text``, so no export format ever meets a character it
cannot carry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError, InputWarning
from kg.ids import short_hash
from kg.records import Document
from kg.sources.article import document_from_markup, parse_article
from kg.sources.decoding import decode, read_bytes
from kg.sources.discover import Source, find_sources
from kg.sources.feeds import read_feed
from kg.sources.jsonl import read_json_lines
from kg.sources.markup import markdown_to_article
from kg.sources.pages import page_to_article
from kg.sources.warc import read_warc

Reader = Callable[..., Iterator[Document]]
"""``reader(source, *, problems, warnings)``: the documents in one file; bad records go to ``problems``."""


def read_source(
    source: Source, *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    """Every article in one file: one, or one per good record of an archive, feed or JSON Lines file.

    A file that cannot be read at all, and each bad record, goes to ``problems``.
    """
    yield from READERS[source.format](source, problems=problems, warnings=warnings)


def read_document(source: Source, *, warnings: list[InputWarning] | None = None) -> Document:
    """Read one article file (text, Markdown or HTML).

    Raises:
        InputError: the file is unreadable, binary, undecodable or has no text.
    """
    data = read_bytes(source.path, source.display)
    text = decode(data, source.display, warnings=warnings)
    if not text.strip():
        raise InputError(source.display, "no article text (only whitespace)")
    stem = source.path.stem
    if source.format == "html":
        page = page_to_article(text, name=source.display, warnings=warnings)
        return document_from_markup(page, source=source.display, stem=stem)
    if source.format == "markdown":
        return document_from_markup(markdown_to_article(text), source=source.display, stem=stem)
    return parse_article(text, source=source.display, stem=stem)


def _one_article(
    source: Source, *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    try:
        yield read_document(source, warnings=warnings)
    except InputError as error:
        problems.append(error)


def _json_lines(
    source: Source, *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    try:
        data = read_bytes(source.path, source.display)
    except InputError as error:
        problems.append(error)
        return
    yield from read_json_lines(source, data, problems=problems)


READERS: dict[str, Reader] = {
    "text": _one_article,
    "markdown": _one_article,
    "html": _one_article,
    "jsonl": _json_lines,
    "warc": read_warc,
    "feed": read_feed,
    "xml": read_feed,
}
"""Format (``kg.sources.discover.FORMATS``) → its reader."""


def unique_ids(documents: Iterable[Document]) -> Iterator[Document]:
    """Give documents that share an id (same file name in two folders) distinct ids."""
    seen: set[str] = set()
    for document in documents:
        if document.id in seen:
            document = replace(document, id=f"{document.id}-{short_hash(document.source, document.text, length=8)}")
        seen.add(document.id)
        yield document


def read_sources(
    paths: Iterable[str | Path], *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    """Lazily read every article under ``paths``, with unique ids; bad inputs go to ``problems``."""

    def documents() -> Iterator[Document]:
        for source in find_sources(paths, problems=problems):
            yield from read_source(source, problems=problems, warnings=warnings)

    return unique_ids(documents())
