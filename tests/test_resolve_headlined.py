"""The headline's event when its words are not the body's: the lead's event that shares
the most words with the headline (kg.resolve.headlined; model tests on BBC headlines)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _headline_lemma(nlp, title: str, text: str) -> str | None:
    from kg.resolve import resolve

    document = Document(id="t", text=text, title=title, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    part = resolve(extract(document, doc))
    return next((event.lemma for event in part.events if event.id == part.headline_event), None)


@pytest.mark.parametrize(
    ("title", "text", "lemma"),
    [
        # "lay off" is not "cut", nor of its class: the lead's event that shares "2,850" with the headline.
        ("Dutch bank to lay off 2,850 staff",
         "ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs as a result of falling profits.", "cut"),
        ("Oil prices reach three-month low",
         "Oil prices have fallen heavily for a second day, closing at three-month lows after news that US crude stocks "
         "have improved ahead of winter.", "fall"),
        # No event of the lead shares a word with the headline: none.
        ("Dutch bank to lay off staff",
         "ABN Amro is to cut 2,850 jobs as a result of falling profits.", None),
    ],
)
def test_the_lead_event_the_headline_restates(nlp, title, text, lemma):
    assert _headline_lemma(nlp, title, text) == lemma
