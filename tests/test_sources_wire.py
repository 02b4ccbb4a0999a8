"""Wire furniture (issue 14, item 5): datelines, agencies and authors are kept out of
the article text, in ``Document.meta``, and never read as sentence subjects.

The stories in ``tests/data/wire/`` are short invented texts in the wire formats.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.sources import parse_article, read_sources
from kg.sources.wire import read_byline, split_dateline

WIRE = Path(__file__).parent / "data" / "wire"

# file: (meta pairs that must be there, how the text now begins)
EXPECTED = {
    "aa-new-york.txt": (
        {"dateline": "NEW YORK (AA) –", "dateline_place": "New York", "agency": "Anadolu Agency"},
        "Turkish Foreign Minister Mevlut Cavusoglu met Blinken",
    ),
    "reuters-plain.txt": (
        {"dateline_place": "New York", "agency": "Reuters"},
        "Shares of Norvell Semiconductor fell",
    ),
    "reuters-dated.txt": (
        {"dateline_place": "Washington", "dateline_date": "2024-01-05", "agency": "Reuters"},
        "The U.S. Senate passed",
    ),
    "reuters-year-before.txt": (
        {"dateline_place": "Stockholm", "dateline_date": "2023-12-30", "agency": "Reuters"},
        "Baltic Sea ferry operator",
    ),
    "em-dash.txt": ({"dateline_place": "London"}, "Rail workers will strike"),
    "bracketed-place.txt": ({"dateline_place": "New York"}, "Workers at the Guggenheim Museum"),
    "ap-byline.txt": (
        {"dateline_place": "Kyiv, Ukraine", "agency": "Associated Press", "author": "Jane Doe"},
        "Russian drones struck grain terminals",
    ),
    "no-dateline.txt": ({}, "BERLIN is not mentioned here"),
}


def _read(name: str):
    problems: list[InputError] = []
    (document,) = read_sources([WIRE / name], problems=problems)
    assert not problems
    return document


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_wire_dateline_goes_to_meta_and_leaves_the_text(name):
    expected_meta, opening = EXPECTED[name]
    document = _read(name)
    meta = dict(document.meta)
    assert {key: meta.get(key) for key in expected_meta} == expected_meta
    assert document.text.startswith(opening)
    if not expected_meta:
        assert not {"dateline_place", "agency", "dateline_date"} & set(meta)
    # The dateline is nowhere in the text the offsets point into.
    if "dateline" in meta:
        assert meta["dateline"] not in document.text


def test_every_wire_fixture_is_in_the_table():
    assert sorted(path.name for path in WIRE.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize(
    ("paragraph", "place", "date", "agency", "rest"),
    [
        ("CHARLESTON, W.Va. (AP) — A bridge fell.", "Charleston, W.Va.", None, "Associated Press", "A bridge fell."),
        ("Paris (AFP) - La Poste cut jobs.", "Paris", None, "Agence France-Presse", "La Poste cut jobs."),
        ("RIO DE JANEIRO, 3 March 2023 -- Rain fell.", "Rio de Janeiro", "2023-03-03", None, "Rain fell."),
        ("(Bloomberg) -- Oil rose.", None, None, "Bloomberg News", "Oil rose."),
        ("BERLIN, Feb 30 (dpa) - Snow.", "Berlin", None, "Deutsche Presse-Agentur", "Snow."),
    ],
)
def test_split_dateline_forms(paragraph, place, date, agency, rest):
    dateline, remainder = split_dateline(paragraph, article_date="2023-03-04")
    assert (dateline.place, dateline.date, dateline.agency, remainder) == (place, date, agency, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Apple (AAPL) - shares fell after the results.",  # a ticker, not an agency
        "BREAKING — Parliament has been dissolved.",  # a kicker, not a place
        "NATO — the alliance — met in Brussels.",  # no sentence follows
        "US - China talks resumed on Monday.",  # a hyphen needs an agency
        "The minister (Reuters reported) - resigned.",
    ],
)
def test_sentences_that_look_like_datelines_stay_text(paragraph):
    assert split_dateline(paragraph) == (None, paragraph)


def test_a_dateline_alone_on_its_line_is_not_the_headline():
    document = parse_article("LONDON —\n\nRail workers will strike.", stem="a")
    assert document.title is None
    assert document.text == "Rail workers will strike."
    assert dict(document.meta)["dateline_place"] == "London"


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        ("By Jane Doe, Associated Press", ("Jane Doe",), "Associated Press"),
        ("By Kerry Hollis and Tom Reid, Senior Reporters", ("Kerry Hollis", "Tom Reid"), None),
        ("By Seán Ó Riordáin, Agricultural Correspondent", ("Seán Ó Riordáin",), None),
        ("By Nadia Haddad, Reuters", ("Nadia Haddad",), "Reuters"),
    ],
)
def test_bylines_give_authors_and_agency(byline, authors, agency):
    assert read_byline(byline) == (authors, agency)
    document = parse_article(f"{byline}\n\nThe council met.", stem="a")
    meta = document.meta
    assert tuple(value for key, value in meta if key == "author") == authors
    assert dict(meta).get("agency") == agency


def test_dateline_place_is_not_read_as_a_subject(nlp):
    import kg

    graph = kg.build([WIRE])
    labels = {entity.key: entity.label for entity in graph.entities()}
    subjects = {labels[edge.subject] for edge in graph.edges()}
    # None of these places is named in a body; only their datelines named them.
    for place in ("New York", "Kyiv", "London"):
        assert place not in labels.values()
        assert place not in subjects
    # "NEW YORK (AA) – Turkish Foreign Minister Mevlut Cavusoglu met Blinken": Cavusoglu met him.
    met = {(labels[edge.subject], labels[edge.object]) for edge in graph.edges() if edge.key.startswith("meet")}
    assert ("Mevlut Cavusoglu", "Blinken") in met
    document = graph.documents["aa-new-york"]
    assert dict(document.meta)["dateline_place"] == "New York"
