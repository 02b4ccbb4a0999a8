"""Web archives and feeds (issue 16, item 4): each page and item its own article,
with its date and title, and no boilerplate word in the graph.

The WARC is built here with warcio from the saved pages in ``tests/data/pages``
(``tests/archives.py``); the feeds from invented items.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError, InputWarning
from kg.lexicon import demonym_country
from kg.sources import read_sources
from tests.archives import PAGES, Item, atom, gold_words, rss, saved_pages, write_warc

# Invented items; the first ends with the line WordPress appends to every item.
ITEMS = [
    Item(
        "Harbour board approves Oban ferry terminal",
        "https://coastcourier.example/2023/01/oban-terminal/",
        "Wed, 04 Jan 2023 09:15:00 +0000",
        "<p>The Oban harbour board approved a £40m ferry terminal on Tuesday, ending a two-year dispute with "
        "CalMac over berthing space.</p><p>Board chairman Fergus Lamont said work would start in March.</p>"
        "<p>The post <a href='https://coastcourier.example/2023/01/oban-terminal/'>Harbour board approves Oban ferry "
        "terminal</a> appeared first on <a href='https://coastcourier.example'>West Coast Courier</a>.</p>",
        "Morag Campbell",
    ),
    Item(
        "Lewis wind farm plan rejected",
        "https://coastcourier.example/2023/01/lewis-wind/",
        "Thu, 05 Jan 2023 23:30:00 -0500",
        "<p>GLASGOW (Reuters) - Scottish ministers rejected plans for a 36-turbine wind farm on the Isle of Lewis "
        "on Thursday, citing damage to peatland.</p><p>The developer, Hebridean Renewables, said it would appeal."
        "</p><p>Continue reading...</p>",
    ),
]
# Names from the pages' menus, "most read" boxes, banners, comments and footers, and the feed's tail.
BOILERPLATE = (
    "Prince Harry", "Taylor Swift", "Google", "Facebook", "Manchester United", "Meghan Markle", "Bertie Ahern",
    "Elon Musk", "West Coast Courier", "Northgate Broadcasting Corporation", "WordPress", "Mike Thompson",
    "Hochul", "Goldman Sachs", "Ronaldo", "Nasa", "Tesco",
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("archive")
    warc = write_warc(folder / "crawl.warc.gz", saved_pages())
    feed = folder / "feed.rss"
    feed.write_bytes(rss(ITEMS))
    return warc, feed


def _read(*paths: Path):
    problems: list[InputError] = []
    warnings: list[InputWarning] = []
    documents = list(read_sources(paths, problems=problems, warnings=warnings))
    return documents, problems, warnings


def test_each_warc_page_is_an_article_with_its_uri_date_and_title(archive):
    warc, _ = archive
    documents, problems, _ = _read(warc)
    pages = saved_pages()
    assert problems == []
    assert [document.source for document in documents] == [page.uri for page in pages]
    for document, page in zip(documents, pages, strict=True):
        headline = gold_words(PAGES / f"{page.uri.split('/')[3]}.html")[1].split("\n")[0]
        assert document.title == headline
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", document.date)
        meta = dict(document.meta)
        assert meta["url"] == page.uri and meta["warc_date"] == page.crawled[:10]
        assert meta["warc_record"].startswith(f"{warc.as_posix()}:")
    # The page's own publication date wins over the crawl's.
    assert documents[0].date == "2023-03-14"


def test_warc_ids_are_stable_across_archives(archive, tmp_path):
    warc, _ = archive
    plain = write_warc(tmp_path / "again.warc", list(reversed(saved_pages())), compress=False, extras=False)
    first = {document.source: document.id for document in _read(warc)[0]}
    second = {document.source: document.id for document in _read(plain)[0]}
    assert first == second
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", identifier) for identifier in first.values())


def test_warc_record_without_a_date_takes_the_crawl_date(tmp_path):
    page = saved_pages()[0]
    undated = page.body.replace(b'<meta property="article:published_time" content="2023-03-14T11:02:17+00:00">', b"")
    undated = undated.replace(b"14 March 2023", b"")
    warc = write_warc(tmp_path / "a.warc", [type(page)(page.uri, "2024-06-30T23:59:59Z", undated)], extras=False)
    (document,) = _read(warc)[0]
    assert document.date == "2024-06-30"


def test_warc_with_no_page_names_what_it_held(tmp_path):
    warc = write_warc(tmp_path / "noise.warc.gz", [])
    documents, problems, _ = _read(warc)
    assert documents == []
    assert [str(problem) for problem in problems] == [
        f"{warc.as_posix()}: no HTML pages in the web archive (1 HTTP 301 responses, 1 HTTP 404 responses, "
        "1 image/png responses, 1 warcinfo records)"
    ]


def test_each_feed_item_is_an_article_with_its_link_date_and_title(archive):
    _, feed = archive
    documents, problems, _ = _read(feed)
    assert problems == []
    assert [(d.title, d.date, d.source) for d in documents] == [
        ("Harbour board approves Oban ferry terminal", "2023-01-04", ITEMS[0].link),
        # 23:30 in New York on the 5th, as the feed wrote it (the 6th in UTC).
        ("Lewis wind farm plan rejected", "2023-01-05", ITEMS[1].link),
    ]
    first, second = documents
    assert first.text.endswith("Board chairman Fergus Lamont said work would start in March.")  # tail dropped
    assert dict(first.meta)["author"] == "Morag Campbell"
    assert second.text.startswith("Scottish ministers rejected")  # the wire dateline is furniture here too
    assert dict(second.meta)["agency"] == "Reuters"
    assert not second.text.endswith("Continue reading...")


def test_atom_feed_and_xml_feed_are_read(tmp_path):
    path = tmp_path / "news.xml"
    path.write_bytes(atom([Item("Ferry strike ends", "https://x.example/a", "2024-02-29T08:00:00+09:00",
                                "<p>Ferry crews in Busan ended their strike on Thursday.</p>")]))
    (document,) = _read(path)[0]
    assert (document.title, document.date, document.text) == (
        "Ferry strike ends", "2024-02-29", "Ferry crews in Busan ended their strike on Thursday.")


def test_xml_that_is_no_feed_is_named(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_bytes(b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>')
    documents, problems, _ = _read(path)
    assert documents == []
    assert [problem.reason for problem in problems] == ["not an RSS or Atom feed (root element <urlset>)"]


def test_every_file_kg_does_not_read_is_named_on_stderr(archive, tmp_path):
    warc, feed = archive
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "crawl.warc.gz").write_bytes(warc.read_bytes())
    (folder / "feed.rss").write_bytes(feed.read_bytes())
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / "README").write_text("notes", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "out"), "--format", "ttl",
                                       "--quiet"])
    assert result.exit_code == 3, result.output
    for name, reason in (("scan.pdf", "not a format kg reads (.pdf)"), ("README", "not a format kg reads (no suffix)")):
        assert f"kg: skipped {(folder / name).as_posix()}: {reason}" in result.stderr
    assert "12 documents" in result.stderr


def test_warc_and_feed_build_articles_and_no_boilerplate_entity(archive, nlp):
    import kg
    from kg.pipeline import BuildReport

    warc, feed = archive
    report = BuildReport()
    graph = kg.build([warc, feed], report=report)
    assert report.skipped == []
    documents = graph.documents
    assert len(documents) == len(saved_pages()) + len(ITEMS)
    assert all(document.title and document.date for document in documents.values())
    # Every entity is named in an article (or its headline, byline, captions), never in the page around it.
    allowed = "\n".join("\n".join(gold_words(page)) for page in sorted(PAGES.glob("*.html")))
    allowed += "\n".join(re.sub(r"<[^>]+>", " ", item.html.split("<p>The post")[0]) for item in ITEMS)
    # A country the text names by its demonym is named ("the Norwegian company Havkart": based in Norway).
    allowed += "\n".join(country for word in re.findall(r"[A-Z][a-z]+", allowed) if (country := demonym_country(word)))
    allowed = allowed.casefold()
    labels = sorted(entity.label for entity in graph.entities())
    assert len(labels) > 40
    assert [label for label in labels if label.casefold() not in allowed] == []
    assert [name for name in BOILERPLATE if any(name.casefold() in label.casefold() for label in labels)] == []
