"""A broadcaster's station named after its region is one name, "BBC Radio Scotland presenter
Vic Galloway" a presenter at BBC Radio Scotland (kg.extract.stationnames)."""

from __future__ import annotations

import pytest

from kg.extract.entities import Entities
from kg.extract.stationnames import stations_joined
from kg.extract.words import Words
from kg.pipeline import build_text


def _spans(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [span.text for span in Entities(doc, doc.text).spans]


def _positions(nlp, text: str) -> list[tuple[str, str]]:
    graph = build_text(text, nlp=nlp)
    names = {entity.key: entity.label for entity in graph.entities()}
    return [(position.role, names.get(position.organisation or "", "-")) for position in graph.positions()]


@pytest.mark.parametrize(
    ("text", "station", "role"),
    [
        # politics/241 and 219 name BBC Radio Scotland; before a post NER cut it at the country.
        ("BBC Radio Scotland presenter Ian Hamilton said the council tax rise was too steep.",
         "BBC Radio Scotland", "presenter"),
        # A region no list knows (sport/398's BBC Radio Leicester, the station of another region).
        ("BBC Radio Ulster presenter Stephen Nolan said the club was in trouble.", "BBC Radio Ulster", "presenter"),
    ],
)
def test_a_station_keeps_its_region(nlp, text, station, role):
    assert station in _spans(nlp, text)
    assert (role, station) in _positions(nlp, text)


def _joined(nlp, text: str, spans: list[tuple[str, str]]) -> list[str]:
    """The spans ``stations_joined`` gives for ``spans`` (label, words) of ``text``, as text."""
    words = Words(nlp(text))
    texts = [word.text for word in words.words]
    found = []
    for label, name in spans:
        size = len(name.split())
        start = next(i for i in range(len(texts)) if texts[i : i + size] == name.split())
        found.append((label, start, start + size))
    return [words.span_text(start, end) for _, start, end in stations_joined(found, words)]


def test_the_region_after_the_medium(nlp):
    # politics/241: "He told BBC Radio Scotland's Sunday Live programme": a possessive after the region.
    text = "He told BBC Radio Scotland's Sunday Live programme that the rise was fair."
    assert _joined(nlp, text, [("ORG", "BBC Radio"), ("GPE", "Scotland")])[0] == "BBC Radio Scotland"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # A number, a person's name, a name going on after the word: no region.
        ("Other pundits included BBC Radio 1 DJ Trevor Nelson.", [("ORG", "BBC Radio")]),
        ("He told BBC Radio Jonathan Ross was a friend of the show.", [("ORG", "BBC Radio"), ("PERSON", "Jonathan Ross")]),
        ("He told BBC Radio Jonathan Ross was a friend of the show.", [("ORG", "BBC Radio")]),
        # Not after a medium's word, nor a body's span: "BBC Scotland", NER's whole; "Radio" of a person.
        ("Council tax is set to rise, BBC Scotland political staff have learned.", [("ORG", "BBC"), ("GPE", "Scotland")]),
        ("Council tax is set to rise, said Tom Radio Scotland's minister.", [("PERSON", "Tom Radio"), ("GPE", "Scotland")]),
    ],
)
def test_no_region_joined(nlp, text, spans):
    assert _joined(nlp, text, spans) == [name for _, name in spans]
