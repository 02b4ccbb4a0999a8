"""Which events a document graph keeps once arguments are linked (model tests):
one whose agent is no entity, a noun naming a thing rather than a happening, and a
quote's own speech act are not kept; the rest are."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _lemmas(nlp, text: str) -> set[str]:
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return {event.lemma for event in resolve(extract(document, doc)).events}


@pytest.mark.parametrize(
    ("text", "lemma", "kept"),
    [
        # An agent no name or description stands for: who acted is unknown.
        ("Solutions such as taxes could reduce internal air travel.", "reduce", False),
        ("Shell reduced its output in Nigeria.", "reduce", True),
        # "They" as agent with no one to be "they".
        ("The tags could monitor shoppers. They raised prices in March.", "raise", False),
        # A noun event with no entity, no change of a value: a thing, not a happening.
        ("Demand for crude oil will outstrip supply in the first quarter.", "demand", False),
        ("A rise in fuel prices hit drivers in January.", "rise", True),
        # A verb inside a name is no event.
        ("The Committee to Protect Bloggers called on bloggers to write to embassies.", "protect", False),
        # The speech act of a quote is the quote's.
        ('Tessa Jowell complained of the "scale of misrepresentation in the media" on Monday.', "complain", False),
        # Who, but not what, of no news class: weak; an intransitive of a class stays.
        ("Alastair Campbell used his to send a message.", "use", False),
        ("Members of Unison went on strike on Monday.", "go on strike", True),
    ],
)
def test_events_kept_or_not(nlp, text, lemma, kept):
    assert (lemma in _lemmas(nlp, text)) is kept
