"""Read the files ``kg.sources.discover`` finds into ``Document`` records.

Plain text goes through ``kg.sources.article`` (furniture and body), Markdown and
HTML through ``kg.sources.markup`` first, JSON Lines through ``kg.sources.jsonl``.

Bad input never stops a build: a file that cannot be read as an article
raises (or, for one line of a JSON Lines file, records) an ``InputError``
naming the file and the reason; the caller skips it. Decoding (UTF-8, a bounded
Windows-1252 fallback with a warning, binary detection) lives in
``kg.sources.decoding``; every string that leaves this stage has passed its
``clean_text``, so no export format ever meets a character it cannot carry.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError, InputWarning
from kg.ids import short_hash
from kg.records import Document
from kg.sources.article import parse_article
from kg.sources.decoding import clean_line, decode
from kg.sources.discover import Source, find_sources
from kg.sources.jsonl import read_json_lines
from kg.sources.markup import MarkedUpArticle, html_to_article, markdown_to_article


def read_source(
    source: Source, *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    """Every article in one file: one, or one per good line of a JSON Lines file.

    A file that cannot be read at all, and each bad JSON Lines line, goes to ``problems``.
    """
    try:
        if source.format != "jsonl":
            yield read_document(source, warnings=warnings)
            return
        data = _read_bytes(source)
    except InputError as error:
        problems.append(error)
        return
    yield from read_json_lines(source, data, problems=problems)


def read_document(source: Source, *, warnings: list[InputWarning] | None = None) -> Document:
    """Read one article file (text, Markdown or HTML).

    Raises:
        InputError: the file is unreadable, binary, undecodable or has no text.
    """
    data = _read_bytes(source)
    text = decode(data, source.display, warnings=warnings)
    if not text.strip():
        raise InputError(source.display, "no article text (only whitespace)")
    stem = source.path.stem
    if source.format == "html":
        return _from_markup(html_to_article(text), source=source.display, stem=stem)
    if source.format == "markdown":
        return _from_markup(markdown_to_article(text), source=source.display, stem=stem)
    return parse_article(text, source=source.display, stem=stem)


def _read_bytes(source: Source) -> bytes:
    try:
        data = source.path.read_bytes()
    except OSError as error:
        raise InputError(source.display, f"cannot read ({error.strerror or error})") from error
    if not data:
        raise InputError(source.display, "no article text (empty file, 0 bytes)")
    return data



def _from_markup(article: MarkedUpArticle, *, source: str, stem: str) -> Document:
    paragraphs = list(article.paragraphs)
    # Pages repeat the <title> as the first heading; keep it once, as the title.
    if article.title and paragraphs and clean_line(paragraphs[0]).casefold() == clean_line(article.title).casefold():
        paragraphs.pop(0)
    if not "".join(paragraphs).strip():
        raise InputError(source, "no article text in the markup (only a title, code or scripts)")
    return parse_article("\n\n".join(paragraphs), source=source, stem=stem, title=article.title, date=article.date)



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
