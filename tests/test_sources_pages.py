"""Saved news pages (issue 16, item 4): the article's main text, not the page around it.

The pages in ``tests/data/pages`` were written for this (invented articles in
ten page builds); ``benchmarks/html_readers.py`` prints the full comparison.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.html_readers import PAGES, READERS, gold, score
from kg.errors import InputError, InputWarning
from kg.sources import read_sources
from kg.sources.pages import page_to_article


@pytest.fixture(scope="module")
def scores():
    return {name: score(read) for name, read in READERS.items()}


def test_page_reader_leaks_no_boilerplate_and_loses_no_article_word(scores):
    kept = scores["trafilatura (kg.sources.pages)"]
    assert len(kept) == 10
    assert [(s.page, s.leaked, s.lost) for s in kept if s.leaked or s.lost] == []


def test_page_reader_measures_better_than_the_hand_written_reader(scores):
    before = scores["html.parser (before)"]
    after = scores["trafilatura (kg.sources.pages)"]
    # Every page leaked menus, "most read" lists, banners or footers through the old reader.
    assert all(old.leaked > 50 for old in before)
    assert sum(s.leaked for s in after) < sum(s.leaked for s in before) / 20
    assert sum(s.lost for s in after) <= sum(s.lost for s in before)


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.html")), ids=lambda path: path.stem)
def test_saved_page_reads_as_its_article(page):
    problems: list[InputError] = []
    warnings: list[InputWarning] = []
    (document,) = read_sources([page], problems=problems, warnings=warnings)
    assert not problems
    headline = next(line[2:] for line in page.with_suffix(".gold").read_text(encoding="utf-8").splitlines()
                    if line.startswith("# "))
    assert document.title == headline
    assert document.date is not None
    article, _ = gold(page)
    # The first sentence of the article is in the text (wire datelines are furniture).
    first = article.split("\n")[0]
    assert first[-40:] in document.text


def test_table_layout_page_gives_its_article_not_its_menus():
    (document,) = read_sources([PAGES / "05-table-layout.html"], problems=[], warnings=[])
    assert document.title == "Farmers block creamery gates over milk price"
    assert document.date == "2002-02-06"
    assert dict(document.meta)["author"] == "Seán Ó Riordáin"
    for menu_word in ("Death Notices", "TOP STORIES", "Bertie Ahern", "Printer-friendly", "Ryder Cup"):
        assert menu_word not in document.text


def test_fragment_without_main_text_is_read_whole():
    page = page_to_article("<p>Tokayev asked the CSTO for help.</p>", name="a.html")
    assert page.paragraphs == ("Tokayev asked the CSTO for help.",)


def test_long_page_without_main_text_is_named_in_a_warning():
    links = "".join(f"<li><a href='/{n}'>Section number {n} of the site</a></li>" for n in range(60))
    warnings: list[InputWarning] = []
    page = page_to_article(f"<html><body><ul>{links}</ul></body></html>", name="index.html", warnings=warnings)
    assert len(page.paragraphs) == 60
    assert [warning.path for warning in warnings] == ["index.html"]
    assert "no main article text found" in warnings[0].reason


def test_page_reading_is_deterministic():
    page = (PAGES / "01-broadcaster.html").read_text(encoding="utf-8")
    assert page_to_article(page, name="a") == page_to_article(page, name="a")


def test_tiny_files_are_still_articles(tmp_path: Path):
    path = tmp_path / "note.html"
    path.write_text("<html><body><p>Russia sent troops to Almaty.</p></body></html>", encoding="utf-8")
    (document,) = read_sources([path], problems=[])
    assert document.text == "Russia sent troops to Almaty."
