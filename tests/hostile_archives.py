"""Generator of hostile archives, feeds and pages: what an untrusted crawl or feed can throw at kg.

Like ``tests/bad_inputs.py``, the files are made at test time. Each ``Case``
says what kg must answer: ``built`` (read, no message), ``warned`` (read, with
a warning containing ``expect``) or ``skipped`` (named, with a reason containing
``expect``; ``documents`` counts the articles still read from the same file).
To look at them by hand::

    python3 tests/hostile_archives.py /tmp/hostile && python3 -m kg build /tmp/hostile --out /tmp/h-out --format ttl
"""

from __future__ import annotations

import gzip
import sys
import zlib
from pathlib import Path

from tests.archives import Page, saved_pages, write_warc
from tests.bad_inputs import Case

_ZEROS = bytes(1 << 20)


def _gzip_of_zeros(megabytes: int, head: bytes = b"") -> bytes:
    """A gzip member of ``head`` and then ``megabytes`` MB of zeros (about 1 KB per MB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [compressor.compress(head)]
    parts.extend(compressor.compress(_ZEROS) for _ in range(megabytes))
    parts.append(compressor.flush())
    return b"".join(parts)


def make_hostile_archives(folder: Path) -> list[Case]:
    """Write the hostile files into ``folder``; return what kg must answer for each."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def write(name: str, data: bytes, outcome: str, expect: str = "", documents: int = 1) -> None:
        (folder / name).write_bytes(data)
        cases.append(Case(name, outcome, expect, documents))

    page = saved_pages()[9]
    good = write_warc(folder / "scratch.warc.gz", [page], extras=False).read_bytes()
    (folder / "scratch.warc.gz").unlink()
    # A gzip member that claims a 3 GB page and expands 1,000 times: stopped while reading.
    bomb_head = b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 3000000000\r\n\r\n"
    write("bomb.warc.gz", _gzip_of_zeros(400, bomb_head), "skipped", "decompression bomb", documents=0)
    write("endless-line.warc", b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"A" * 12_000_000, "skipped",
          "header lines", documents=0)
    write("endless-headers.warc", b"WARC/1.0\r\nWARC-Type: response\r\n" + b"X-Junk: a\r\n" * 500_000, "skipped",
          "header lines", documents=0)
    write("not-an-archive.warc", b"<html><body><p>Hello</p></body></html>", "skipped",
          "not a readable web archive at its start", documents=0)
    write("truncated.warc.gz", good[: len(good) - 400], "skipped", "record cut short", documents=0)
    write("empty-archive.warc", b"", "skipped", "empty file", documents=0)
    huge = Page("https://news.example/huge", "2024-05-01T00:00:00Z", b"<html><body><p>" + b"word " * 2_100_000)
    write_warc(folder / "huge-page.warc", [huge, page], compress=False, extras=False)
    cases.append(Case("huge-page.warc", "skipped", "record larger than 10,000,000 bytes", documents=1))
    # A page whose gzip content encoding expands to 200 MB: read no further than the limit.
    zipped = Page("https://news.example/zipped", "2024-05-01T00:00:00Z", b"")
    write_warc(folder / "encoded-bomb.warc", [page], compress=False, extras=False)
    _add_encoded_bomb(folder / "encoded-bomb.warc", zipped.uri)
    cases.append(Case("encoded-bomb.warc", "skipped", "once decompressed", documents=1))

    feed_head = b'<?xml version="1.0"?>\n'
    items = b"<item><title>Storm</title><description>Ports closed in Split.</description></item>"
    write("laughs.rss", feed_head + b'<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
          b'<rss version="2.0"><channel><item><title>&b;</title><description>&b;&b;</description></item>'
          b"</channel></rss>", "skipped", "declares XML entities", documents=0)
    write("external-entity.rss", feed_head + b'<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
          b'<rss version="2.0"><channel><item><title>&x;</title><description>&x;</description></item>'
          b"</channel></rss>", "skipped", "declares XML entities", documents=0)
    write("broken.rss", b'<rss version="2.0"><channel>' + items + b"<item><title>Storm & rain</title><description>"
          b"Ferries stopped <b>on Sunday.</description></item>", "warned", "not well-formed XML", documents=2)
    write("no-items.rss", feed_head + b'<rss version="2.0"><channel><title>Empty</title></channel></rss>',
          "skipped", "feed has no items", documents=0)
    write("sitemap.xml", feed_head + b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', "skipped",
          "not an RSS or Atom feed (root element <urlset>)", documents=0)
    write("gzipped.rss", gzip.compress(feed_head + b'<rss version="2.0"><channel>' + items + b"</channel></rss>",
                                       mtime=0), "skipped", "not an RSS or Atom feed", documents=0)
    # Pages that make HTML parsers slow: a tag with 200,000 attributes (libxml2 compares each
    # with the others), 50,000 nested elements.
    attributes = " ".join(f'a{n}="{n}"' for n in range(200_000)).encode()
    write("attributes.html", b"<html><body><p " + attributes + b">Troops left Almaty.</p></body></html>", "built")
    write("nested.html", b"<html><body>" + b"<div>" * 50_000 + b"<p>Troops left Almaty on Thursday.</p>"
          + b"</div>" * 50_000 + b"</body></html>", "built")
    return cases


def _add_encoded_bomb(path: Path, uri: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = _gzip_of_zeros(200)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                               protocol="HTTP/1.1")
    with path.open("ab") as handle:
        writer = WARCWriter(handle, gzip=False)
        from io import BytesIO

        record = writer.create_warc_record(
            uri, "response", payload=BytesIO(body), length=len(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-05-01T00:00:00Z",
                               "WARC-Record-ID": "<urn:uuid:00000000-0000-4000-8000-999999999999>"},
        )
        writer.write_record(record)


if __name__ == "__main__":
    for case in make_hostile_archives(Path(sys.argv[1])):
        print(f"{case.outcome:8} {case.name}  {case.expect}")
