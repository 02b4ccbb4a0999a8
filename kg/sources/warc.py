"""Web archives (``.warc``, ``.warc.gz``): each HTML page in them an article.

Records are read with warcio, one at a time (an archive of any size streams).
An HTML ``response`` record with a 2xx status (or an HTML ``resource`` record)
is a page: its body is decoded (the HTTP charset, else the page's ``<meta
charset>``, else UTF-8 with kg's Windows-1252 fallback), read by
``kg.sources.pages`` (main text, headline, date, author), and becomes a
``Document`` whose ``source`` is the record's target URI, whose date is the
page's own publication date or else the record's ``WARC-Date``, and whose id is
made from the URI (``kg.sources.article.url_stem``), so it is the same in any
archive. Requests, redirects, errors, images, scripts and metadata records are
passed over; an archive with no page at all is named with what it held.

An archive is untrusted input. A page's record may hold at most
``MAX_RECORD_BYTES`` (larger ones are skipped, named ``file:record``); header
lines are read at most ``_MAX_LINE`` bytes at a time, so a line without an end
cannot fill memory; and a gzip archive that expands to more than
``_MAX_EXPANSION`` times its size (a decompression bomb; real archives of HTML
expand 3-10 times) is stopped, keeping the pages read before. A record that
cannot be read is skipped with ``file:record`` and the reason; the rest go on.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Iterator
from io import BytesIO
from typing import TYPE_CHECKING, Any, BinaryIO

from kg.errors import InputError, InputWarning, printable
from kg.sources.article import document_from_markup, url_stem
from kg.sources.decoding import decode
from kg.sources.pages import page_to_article

if TYPE_CHECKING:
    from kg.records import Document
    from kg.sources.discover import Source

MAX_RECORD_BYTES = 10_000_000
"""The largest page body read from an archive record, after any content encoding is undone."""
_MAX_LINE = 32_768
_MAX_HEADER_LINES = 256
_MAX_EXPANSION = 100
_EXPANSION_ALLOWANCE = 64_000_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


class _ArchiveStopped(Exception):
    """The archive cannot be read on from here; the message says why."""


class _CountedFile:
    """The archive file, counting the bytes read so that expansion can be bounded while reading."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.consumed = 0
        self.expanded = lambda: 0

    def read(self, size: int = -1) -> bytes:
        if self.expanded() > _MAX_EXPANSION * self.consumed + _EXPANSION_ALLOWANCE:
            raise _ArchiveStopped(
                f"expands to more than {_MAX_EXPANSION} times its compressed size (a decompression bomb?)"
            )
        data = self.handle.read(size)
        self.consumed += len(data)
        return data

    def tell(self) -> int:
        return self.handle.tell()


def read_warc(
    source: Source, *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    """Every HTML page in a web archive, as an article; bad records go to ``problems`` as ``file:record``."""
    from warcio.exceptions import ArchiveLoadFailed

    try:
        handle = source.path.open("rb")
        if not source.path.stat().st_size:
            handle.close()
            problems.append(InputError(source.display, "no article text (empty file, 0 bytes)"))
            return
    except OSError as error:
        problems.append(InputError(source.display, f"cannot read ({error.strerror or error})"))
        return
    passed_over: Counter[str] = Counter()
    pages = number = 0
    with handle:
        records, lines = _records(handle)
        try:
            for number, record in enumerate(records, start=1):
                lines.count = 0
                kind = _page_kind(record)
                if kind is None:
                    passed_over[f"{record.rec_type or 'untyped'} records"] += 1
                    continue
                try:
                    document = _page(record, kind, where=f"{source.display}:{number}", warnings=warnings)
                except InputError as error:
                    problems.append(error)
                    continue
                if isinstance(document, str):
                    passed_over[document] += 1
                    continue
                pages += 1
                yield document
        except (_ArchiveStopped, ArchiveLoadFailed, EOFError, OSError, ValueError) as error:
            reason = printable(str(error).strip().split("\n")[0][:160]) or type(error).__name__
            after = f"after record {number}" if number else "at its start"
            problems.append(InputError(source.display, f"not a readable web archive {after} ({reason}); "
                                                       "the records after it are not read"))
            return
    if not pages and not problems_for(problems, source.display):
        held = ", ".join(f"{count} {what}" for what, count in sorted(passed_over.items())) or "no records"
        problems.append(InputError(source.display, f"no HTML pages in the web archive ({held})"))


class _BoundedLines:
    """warcio's ``readline``, bounded: at most ``_MAX_LINE`` bytes a call and ``_MAX_HEADER_LINES``
    calls a record. warcio reads WARC header lines without a bound, so a line without an end,
    or endless header lines, would fill memory."""

    def __init__(self, readline: object) -> None:
        self.readline = readline
        self.count = 0

    def __call__(self, length: int | None = None) -> bytes:
        self.count += 1
        if self.count > _MAX_HEADER_LINES:
            raise _ArchiveStopped(f"a record with more than {_MAX_HEADER_LINES:,} header lines")
        return self.readline(min(length or _MAX_LINE, _MAX_LINE))  # type: ignore[operator]


def _records(handle: BinaryIO) -> tuple[Iterator[Any], _BoundedLines]:
    """warcio's records of the archive, read through the expansion and line bounds."""
    from warcio.archiveiterator import ArchiveIterator

    counted = _CountedFile(handle)
    # HTTP headers are parsed by _http_body from a bounded block, not by warcio.
    records = ArchiveIterator(counted, no_record_parse=True)
    reader = records.reader
    lines = _BoundedLines(reader.readline)
    reader.readline = lines
    counted.expanded = lambda: reader.num_read
    return records, lines


def problems_for(problems: list[InputError], name: str) -> bool:
    """Whether ``problems`` names ``name`` or one of its records (``name:…``)."""
    return any(problem.path == name or problem.path.startswith(name + ":") for problem in problems)


def _page_kind(record: object) -> str | None:
    """``response`` or ``resource`` for a record that may hold an HTML page, else ``None``."""
    kind = record.rec_type  # type: ignore[attr-defined]
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""  # type: ignore[attr-defined]
    content_type = (record.content_type or "").lower()  # type: ignore[attr-defined]
    if kind == "response" and uri.startswith(("http:", "https:")) and "application/http" in content_type:
        return kind
    if kind == "resource" and content_type.startswith(_HTML_TYPES):
        return kind
    return None


def _page(record: object, kind: str, *, where: str, warnings: list[InputWarning] | None) -> Document | str:
    """The record's page as a ``Document``, or what the record is when it is no HTML page after all
    (``"HTTP 404 responses"``, ``"image/png responses"``).

    Raises:
        InputError: the page is too large, cannot be decoded or has no text.
    """
    uri = printable(record.rec_headers.get_header("WARC-Target-URI") or "")  # type: ignore[attr-defined]
    block = record.raw_stream.read(MAX_RECORD_BYTES + 1)  # type: ignore[attr-defined]
    if len(block) > MAX_RECORD_BYTES:
        raise InputError(where, f"{uri or 'page'}: record larger than {MAX_RECORD_BYTES:,} bytes; skipped")
    declared = record.length  # type: ignore[attr-defined]
    if isinstance(declared, int) and len(block) < declared:
        raise InputError(where, f"{uri or 'page'}: record cut short ({len(block):,} of {declared:,} bytes); "
                                "the archive ends early")
    charset = None
    if kind == "response":
        body, charset = _http_body(record, block, where=where, uri=uri)
        if body is None:
            return f"{charset} responses"
    else:
        body = block
    text = _decode_page(body, charset, name=where, warnings=warnings)
    day = (record.rec_headers.get_header("WARC-Date") or "")[:10]  # type: ignore[attr-defined]
    day = day if _ISO_DAY.match(day) else None
    meta = (("url", uri), ("warc_record", where)) + ((("warc_date", day),) if day else ())
    page = page_to_article(text, name=where, warnings=warnings, known_date=day)
    try:
        return document_from_markup(page, source=uri or where, stem=url_stem(uri or where), meta=meta)
    except InputError as error:
        raise InputError(where, f"{uri or 'page'}: {error.reason}") from error


def _http_body(record: object, block: bytes, *, where: str, uri: str) -> tuple[bytes | None, str | None]:
    """The decoded HTTP body of a 2xx HTML response and its charset; for another response,
    ``None`` and what it is (``"HTTP 404"``, ``"image/png"``)."""
    from warcio.recordloader import ArcWarcRecordLoader
    from warcio.statusandheaders import StatusAndHeadersParser, StatusAndHeadersParserException

    stream = BytesIO(block)
    try:
        headers = StatusAndHeadersParser(ArcWarcRecordLoader.HTTP_TYPES, verify=False).parse(stream)
    except (StatusAndHeadersParserException, EOFError, ValueError) as error:
        raise InputError(where, f"{uri}: no HTTP response in the record ({printable(str(error))[:80]})") from error
    status = headers.get_statuscode() or ""
    content_type = (headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2"):
        return None, f"HTTP {status or '?'}"
    if not content_type.startswith(_HTML_TYPES):
        return None, content_type.split(";")[0].strip() or "without a content type"
    # warcio undoes chunked transfer and gzip/deflate/brotli content encodings.
    record.http_headers = headers  # type: ignore[attr-defined]
    record.raw_stream = BytesIO(block[stream.tell():])  # type: ignore[attr-defined]
    try:
        body = record.content_stream().read(MAX_RECORD_BYTES + 1)  # type: ignore[attr-defined]
    except (OSError, ValueError, EOFError) as error:
        raise InputError(where, f"{uri}: body cannot be decoded ({printable(str(error))[:80]})") from error
    if len(body) > MAX_RECORD_BYTES:
        raise InputError(where, f"{uri}: page larger than {MAX_RECORD_BYTES:,} bytes once decompressed; skipped")
    charset = _HEADER_CHARSET.search(content_type)
    return body, charset.group(1) if charset else None


def _decode_page(body: bytes, charset: str | None, *, name: str, warnings: list[InputWarning] | None) -> str:
    """The page as text: the HTTP charset, else the page's ``<meta charset>``, else kg's own decoding."""
    if charset is None:
        declared = _META_CHARSET.search(body[:4096])
        charset = declared.group(1).decode("ascii") if declared else None
    try:
        codec = codecs.lookup(charset).name if charset else None
    except LookupError:
        codec = None
    if codec is None or codec == "utf-8":
        return decode(body, name, warnings=warnings)
    # A declared legacy charset (windows-1252, shift_jis ...): the server said so; bytes it
    # does not define become U+FFFD rather than failing the page.
    return body.decode(codec, errors="replace")
