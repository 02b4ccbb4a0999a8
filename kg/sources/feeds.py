"""RSS and Atom feeds (``.rss``, ``.atom``, and ``.xml`` whose content is a feed):
each item an article.

Feeds are parsed by feedparser (RSS 0.9x, 1.0 and 2.0, Atom 0.3 and 1.0; its
lenient parser reads feeds that are not well-formed XML, with a warning). An
item gives its title, its link (the document's ``source`` and ``url``), its
date (as written, in the feed's own time zone: "Thu, 05 Jan 2023 23:30:00
-0500" is 2023-01-05), its author, and as text its full content, else its
summary, HTML made text. The tails feeds append to items ("The post … appeared
first on …", "Continue reading …") are dropped. The document id comes from the
item's guid, else its link (``kg.sources.article.url_stem``).

A feed is untrusted input: one larger than ``MAX_FEED_BYTES`` is refused, and
so is one that declares XML entities (entity expansion: "billion laughs");
feedparser never fetches external entities or DTDs, and its HTML sanitiser
runs on every item. An item without text is skipped, named ``file:item``.
"""

from __future__ import annotations

import datetime
import email.utils
import io
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, InputWarning, printable
from kg.sources.article import document_from_markup, url_stem
from kg.sources.decoding import clean_line, read_bytes
from kg.sources.markup import MarkedUpArticle, html_to_article

if TYPE_CHECKING:
    from kg.records import Document
    from kg.sources.discover import Source

MAX_FEED_BYTES = 32_000_000
"""The largest feed file read (feedparser holds a whole feed in memory)."""
# The first element after the XML declaration, comments, processing instructions and DOCTYPE.
_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)[\s/>]")
_PROLOG_END = 65_536
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:RDF", "RDF", "channel"})
# Tails that feed software appends to each item, each with an example.
_TAILS = (
    re.compile(r"^The post .{1,300} appeared first on .{1,200}\.?$"),  # WordPress: "The post X appeared first on Y."
    re.compile(r"^(?:Continue reading|Read more|Read the full (?:story|article))\b.{0,200}$", re.IGNORECASE),
    re.compile(r"^\[?(?:…|\.\.\.|&hellip;)\]?$"),  # "[…]" where a summary was cut
)
_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def feed_root(data: bytes) -> str | None:
    """The name of the document's first element (``rss``, ``feed``, ``rdf:RDF`` ...), if any.

    >>> feed_root(b'<?xml version="1.0"?>\\n<!-- x --><rss version="2.0"><channel/></rss>')
    'rss'
    >>> feed_root(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>')
    'urlset'
    """
    head = data[:_PROLOG_END]
    position = 0
    while True:
        match = _ROOT.search(head, position)
        if match is None:
            return None
        before = head[:match.start()]
        # Skip elements that sit inside a comment or a DOCTYPE's internal subset.
        if before.count(b"<!--") > before.count(b"-->") or before.count(b"[") > before.count(b"]"):
            position = match.end()
            continue
        return match.group(1).decode("ascii")


def read_feed(
    source: Source, *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    """Every item of an RSS or Atom feed, as an article; bad items go to ``problems`` as ``file:item``."""
    try:
        data = read_bytes(source.path, source.display, limit=MAX_FEED_BYTES)
    except InputError as error:
        problems.append(error)
        return
    root = feed_root(data.removeprefix(b"\xef\xbb\xbf"))
    if root not in _FEED_ROOTS:
        what = f"root element <{printable(root)}>" if root else "no XML element"
        problems.append(InputError(source.display, f"not an RSS or Atom feed ({what})"))
        return
    if _ENTITY_DECLARATION.search(data, 0, _PROLOG_END):
        problems.append(InputError(source.display, "feed declares XML entities; refused (entity expansion)"))
        return
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if parsed.get("bozo"):
        reason = printable(str(parsed.get("bozo_exception") or "not well-formed"))[:120]
        if not entries:
            problems.append(InputError(source.display, f"not a readable feed ({reason})"))
            return
        _warn(warnings, source.display, f"not well-formed XML ({reason}); read leniently")
    if not entries:
        problems.append(InputError(source.display, "feed has no items"))
        return
    for number, entry in enumerate(entries, start=1):
        where = f"{source.display}:{number}"
        try:
            yield _item(entry, where=where, warnings=warnings)
        except InputError as error:
            problems.append(error)


def _item(entry: Any, *, where: str, warnings: list[InputWarning] | None) -> Document:
    """One feed item as a ``Document``.

    Raises:
        InputError: the item has no text.
    """
    title = _plain(entry.get("title"), entry.get("title_detail")) or None
    paragraphs = _body(entry)
    if not paragraphs:
        raise InputError(where, f"item {printable(title or '(untitled)')[:80]!r} has no content or summary")
    link = clean_line(entry.get("link") or "")
    meta: list[tuple[str, str]] = [("url", link)] if link else []
    meta.append(("feed_item", where))
    author = clean_line(entry.get("author") or "")
    if author:
        meta.append(("author", author))
    identity = entry.get("id") or link or f"{where} {title}"
    article = MarkedUpArticle(title=title, date=_date(entry), paragraphs=tuple(paragraphs))
    try:
        return document_from_markup(article, source=link or where, stem=url_stem(identity), meta=tuple(meta))
    except InputError as error:
        raise InputError(where, error.reason) from error


def _body(entry: Any) -> list[str]:
    """The item's text as paragraphs: its longest content, else its summary, feed tails dropped."""
    contents = [part for part in entry.get("content") or [] if (part.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda part: len(part.get("value") or ""))
        paragraphs = _paragraphs(best.get("value"), best.get("type"))
    else:
        detail = entry.get("summary_detail") or {}
        paragraphs = _paragraphs(entry.get("summary"), detail.get("type"))
    while paragraphs and any(tail.match(paragraphs[-1]) for tail in _TAILS):
        paragraphs.pop()
    return paragraphs


def _paragraphs(value: str | None, kind: str | None) -> list[str]:
    if not value:
        return []
    if kind in (None, "text/html", "application/xhtml+xml") or "<" in value:
        return list(html_to_article(value).paragraphs)
    return [clean_line(block) for block in re.split(r"\n\s*\n", value) if block.strip()]


def _plain(value: str | None, detail: Any) -> str:
    if not value:
        return ""
    if detail and detail.get("type") in ("text/html", "application/xhtml+xml"):
        return " ".join(html_to_article(value).paragraphs)
    return clean_line(value)


def _date(entry: Any) -> str | None:
    """The item's day as the feed wrote it (its own time zone), published before updated.

    >>> _date({"published": "Thu, 05 Jan 2023 23:30:00 -0500"}), _date({"updated": "2024-02-29T08:00:00+09:00"})
    ('2023-01-05', '2024-02-29')
    """
    for field in ("published", "updated", "created"):
        written = (entry.get(field) or "").strip()
        if not written:
            continue
        iso = _ISO_DAY.match(written)
        if iso:
            return iso.group(1)
        try:
            return email.utils.parsedate_to_datetime(written).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        parsed = entry.get(f"{field}_parsed")
        if parsed:
            try:
                return datetime.date(*parsed[:3]).isoformat()
            except (TypeError, ValueError):
                pass
    return None


def _warn(warnings: list[InputWarning] | None, name: str, reason: str) -> None:
    if warnings is not None:
        warnings.append(InputWarning(name, reason))
