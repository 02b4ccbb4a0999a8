"""Web archives and feeds made at test time, from pages and items the tests write.

``write_warc`` builds a WARC with warcio the way a crawler does: a ``warcinfo``
record, then for each page a ``request`` and a ``response`` record (HTTP
headers, the page as the body, optionally gzip content-encoded or chunked), and
around them what crawls also hold: an image, a redirect and a 404. ``rss`` and
``atom`` write feeds. Nothing is committed but the pages themselves
(``tests/data/pages``).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks.html_readers import PAGES
from benchmarks.html_readers import gold as gold_words

__all__ = ["PAGES", "Item", "Page", "atom", "gold_words", "rss", "saved_pages", "write_warc"]


@dataclass(frozen=True, slots=True)
class Page:
    """One saved page: where it was crawled, when, and its bytes (with the gold beside it)."""

    uri: str
    crawled: str  # WARC-Date, e.g. "2024-05-23T08:00:00Z"
    body: bytes
    encoding: str = ""  # "gzip" or "chunked" to store the body that way
    charset: str = "utf-8"


def saved_pages() -> list[Page]:
    """The pages in ``tests/data/pages``, each under its own URI, crawled a day after the 1st of May 2024."""
    pages = []
    for number, path in enumerate(sorted(PAGES.glob("*.html")), start=1):
        charset = "iso-8859-1" if b"iso-8859-1" in path.read_bytes()[:400].lower() else "utf-8"
        encoding = ("", "gzip", "chunked")[number % 3]
        uri = f"https://news.example/{path.stem}/index.html?ref=home"
        pages.append(Page(uri, f"2024-05-{number:02d}T08:00:00Z", path.read_bytes(), encoding, charset))
    return pages


def write_warc(path: Path, pages: list[Page], *, compress: bool = True, extras: bool = True) -> Path:
    """A WARC of ``pages`` (gzip per record when ``compress``), with crawl noise around them when ``extras``."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        serial = iter(range(1, 10_000))

        def record(uri, kind, payload=b"", *, http=None, date="2024-05-01T00:00:00Z", content_type=""):
            headers = {"WARC-Date": date, "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{next(serial):012d}>"}
            created = writer.create_warc_record(
                uri, kind, payload=BytesIO(payload), length=len(payload), http_headers=http,
                warc_headers_dict=headers, warc_content_type=content_type,
            )
            writer.write_record(created)

        record("", "warcinfo", b"software: kg tests\r\nformat: WARC File Format 1.1\r\n",
               content_type="application/warc-fields")
        for page in pages:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            record(page.uri, "request", http=request, date=page.crawled)
            body, headers = page.body, [("Content-Type", f"text/html; charset={page.charset}")]
            if page.encoding == "gzip":
                body = gzip.compress(body, mtime=0)
                headers.append(("Content-Encoding", "gzip"))
            elif page.encoding == "chunked":
                body = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in _parts(body)) + b"0\r\n\r\n"
                headers.append(("Transfer-Encoding", "chunked"))
            response = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            record(page.uri, "response", body, http=response, date=page.crawled)
        if extras:
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            record("https://news.example/logo.png", "response", b"\x89PNG\r\n\x1a\n" + bytes(64), http=image)
            moved = StatusAndHeaders("301 Moved Permanently", [("Location", "https://news.example/")], protocol="HTTP/1.1")
            record("http://news.example/", "response", b"", http=moved)
            missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record("https://news.example/gone", "response", b"<html><body><h1>Page not found</h1></body></html>",
                   http=missing)
    return path


def _parts(body: bytes, size: int = 4096) -> list[bytes]:
    return [body[start:start + size] for start in range(0, len(body), size)]


@dataclass(frozen=True, slots=True)
class Item:
    """One feed item."""

    title: str
    link: str
    date: str  # as the feed writes it: RFC 822 for RSS, RFC 3339 for Atom
    html: str
    author: str = ""


def rss(items: list[Item], *, channel: str = "Example News") -> bytes:
    """An RSS 2.0 feed; item bodies as HTML in ``content:encoded``."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
        f"<title>{escape(channel)}</title><link>https://news.example/</link><description>News</description>",
    ]
    for item in items:
        parts.append(
            f"<item><title>{escape(item.title)}</title><link>{escape(item.link)}</link>"
            f"<guid isPermaLink=\"true\">{escape(item.link)}</guid><pubDate>{escape(item.date)}</pubDate>"
            + (f"<dc:creator>{escape(item.author)}</dc:creator>" if item.author else "")
            + f"<description>{escape(item.html[:80])}</description>"
            f"<content:encoded><![CDATA[{item.html}]]></content:encoded></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


def atom(items: list[Item], *, title: str = "Example News") -> bytes:
    """An Atom 1.0 feed; item bodies as HTML ``content``."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title>'
        "<id>urn:example:feed</id><updated>2024-01-01T00:00:00Z</updated>",
    ]
    for item in items:
        parts.append(
            f"<entry><title>{escape(item.title)}</title><link href=\"{escape(item.link)}\"/>"
            f"<id>{escape(item.link)}</id><published>{escape(item.date)}</published><updated>{escape(item.date)}</updated>"
            + (f"<author><name>{escape(item.author)}</name></author>" if item.author else "")
            + f"<content type=\"html\">{escape(item.html)}</content></entry>"
        )
    parts.append("</feed>")
    return "\n".join(parts).encode("utf-8")
