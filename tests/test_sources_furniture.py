"""Reading articles: header line, bylines, datelines, photo credits, paragraphs."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.sources import find_sources, parse_article, read_document

ARTICLE = """date 2022-01-13 Big storm hits the coast

Fishermen haul their boats ashore in Dover, England (Jane Roe/Reuters via AP)
Thu, 13 Jan, 2022 - 10:58
Associated Press Reporter

A storm hit the coast on Tuesday.

The mayor said the damage was severe.
"""


def test_sources_header_line_gives_date_and_title():
    document = parse_article(ARTICLE, stem="storm")
    assert document.date == "2022-01-13"
    assert document.title == "Big storm hits the coast"
    assert "date 2022" not in document.text


@pytest.mark.parametrize("furniture", ["Associated Press Reporter", "Thu, 13 Jan, 2022 - 10:58", "Jane Roe/Reuters"])
def test_sources_furniture_is_not_text(furniture):
    document = parse_article(ARTICLE, stem="storm")
    assert furniture not in document.text
    assert any(furniture in value for _, value in document.meta)


def test_sources_caption_is_its_own_paragraph():
    document = parse_article(ARTICLE, stem="storm")
    paragraphs = document.text.split("\n\n")
    assert paragraphs[0] == "Fishermen haul their boats ashore in Dover, England"
    assert paragraphs[1] == "A storm hit the coast on Tuesday."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("What now for British tennis?\n\nTim Henman's decision to quit has left a void.\n", "What now for British tennis?"),
        ("Could rivalry overshadow election?\n\nThe rivalry is old.\n", "Could rivalry overshadow election?"),
        ("Why?\n\nBecause it rained.\n", None),  # one word: the text's own question
        ("Did the minister say on Monday that taxes will rise for everyone who earns more than the average?\n\nNo.\n", None),
        ("Is it over?\n\n", None),  # nothing follows: the question is the text
    ],
)
def test_sources_a_short_question_is_a_headline(text, title):
    assert parse_article(text, stem="q").title == title


def test_sources_hard_wrapped_lines_join():
    document = parse_article("Headline\n\nThe minister said on\nMonday that taxes rise.\n", stem="x")
    assert document.title == "Headline"
    assert document.text == "The minister said on Monday that taxes rise."


def test_sources_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article text.", encoding="utf-8")
    (tmp_path / "a.md").write_text("First article text.", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    problems: list[InputError] = []
    sources = list(find_sources([tmp_path], problems=problems))
    assert [source.path.name for source in sources] == ["a.md", "2.txt"]
    assert [read_document(source).text for source in sources] == ["First article text.", "Second article text."]
    # A file kg does not read is named with the reason, never passed over in silence.
    assert [str(problem) for problem in problems] == [
        f"{(tmp_path / 'ignored.bin').as_posix()}: not a format kg reads (.bin); "
        "kg reads .txt, .md, .html, .jsonl, .warc, .warc.gz, .rss, .atom and .xml feeds"
    ]


def test_sources_missing_path_is_reported_not_raised(tmp_path):
    problems: list[InputError] = []
    assert list(find_sources([tmp_path / "nope.txt"], problems=problems)) == []
    assert "no such file" in str(problems[0])


def test_sources_empty_file_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    (source,) = find_sources([path], problems=[])
    with pytest.raises(InputError, match=r"empty\.txt: no article text"):
        read_document(source)


def test_sources_numeric_character_references_in_plain_text_are_read(tmp_path):
    # News copied out of a page keeps "&#163;" and "&#233;"; a page's own parser reads them once.
    (tmp_path / "fine.txt").write_text("&#163;1.8m fine for Viacom\n\nPel&#233; said Viacom paid &amp; left.\n")
    (tmp_path / "page.md").write_text("# Fine\n\nThe page shows &amp;#233; as written.\n")
    documents = {source.path.name: read_document(source) for source in find_sources([tmp_path], problems=[])}
    assert documents["fine.txt"].title == "£1.8m fine for Viacom"
    assert documents["fine.txt"].text == "Pelé said Viacom paid &amp; left."
    assert "&#233; as written" in documents["page.md"].text
