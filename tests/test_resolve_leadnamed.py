"""The lead's event done to a named party keeps its plain-noun subject as a literal agent
(kg.resolve.leadnamed): "Gamers have bought most of the first batch of Sony's new console";
not a later sentence, a question, a verb of saying, a subject before a relative clause's verb,
nor an event with no named participant."""

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
        # BBC tech 238, paraphrased: a bare plural buys a named firm's product
        ("Gamers have bought almost all of the first batch of Sony's new games console.", "buy", ("agent", "Gamers")),
        # BBC business 368, paraphrased: a named body in the theme's words
        ("Taxpayers may have to bail out the US agency that protects pension funds, economists have warned.",
         "bail out", ("agent", "Taxpayers")),
        # BBC politics 244, paraphrased: a named person inside what is expressed
        ("Scientists have voiced concerns that Ruth Kelly's religious views could hamper research.", "voice",
         ("agent", "Scientists")),
    ],
)
def test_the_leads_event_on_a_named_party_keeps_its_plain_subject(nlp, text, lemma, participant):
    events = _events(nlp, text)
    assert lemma in events, events
    assert participant in events[lemma], events[lemma]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # not the lead: a later sentence's plain noun may stand for anyone
        ("Sony launched its console on Sunday. Gamers have bought almost all of the first batch of Sony's console.",
         "buy"),
        # BBC tech 251, paraphrased: the verb of a relative clause on the subject
        ("Deaf people who like to talk using British Sign Language could soon make calls over webcams.", "use"),
        # a question tells nothing
        ("Will gamers buy almost all of the first batch of Sony's new games console?", "buy"),
        # nothing named: who bought what, unknown
        ("Gamers have bought almost all of the first batch of the new games console.", "buy"),
    ],
)
def test_no_lead_event_without_a_named_party_or_its_own_subject(nlp, text, lemma):
    assert lemma not in _events(nlp, text)
