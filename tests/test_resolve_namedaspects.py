"""A verb of aspect whose theme's words hold a name keeps its event though no entity is the theme
(kg.resolve.namedaspects): "The trial of Bernie Ebbers has started in New York"; not a theme with
no name, nor an ending the parse gives another argument ("From the moment ... ended": a source).
Sentences paraphrased from unseen BBC articles (index >= 200)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events}


@pytest.mark.parametrize(
    ("text", "lemma", "participant"),
    [
        # BBC business/465, paraphrased: the headline's trial starts
        ("The trial of Bernie Ebbers, former boss of phone company WorldCom, has started in New York.", "start",
         ("theme", "The trial of Bernie Ebbers")),
        # BBC entertainment/221, paraphrased: a series that ends
        ("The current series of Celebrity Big Brother ends on Sunday.", "end",
         ("theme", "The current series of Celebrity Big Brother")),
        # BBC politics/374, paraphrased: a conference that began
        ("Taxes must be cut, the shadow chancellor said as the Tory Party spring conference began.", "begin",
         ("theme", "the Tory Party spring conference")),
    ],
)
def test_a_named_thing_that_starts_or_ends_keeps_its_event(nlp, text, lemma, participant):
    events = _events(nlp, text)
    assert lemma in events, events
    assert participant in events[lemma], events[lemma]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # BBC business/465, paraphrased: no name in the theme
        ("The trial has started with the selection of the jury.", "start"),
        # BBC sport/212, paraphrased: the parse gives the ending a source ("the moment")
        ("From the moment Berti Vogts' tenure in charge of Scotland ended, Walter Smith has been the favourite.", "end"),
    ],
)
def test_no_event_without_a_name_or_with_other_arguments(nlp, text, lemma):
    assert lemma not in _events(nlp, text)
