"""The lead's passive with no agent keeps its event, the described subject its patient
(kg.resolve.leadpassive): "Plans to give murderers lighter sentences have been watered down";
not a sentence after the lead, a bare plural, a quantifier, nor a clause with an agent it
leaves unknown."""

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
        # BBC tech 303, paraphrased: a plural its phrase narrows
        ("The first convictions for music piracy over file-sharing networks have been handed down in Japan.", "hand down",
         ("patient", "The first convictions")),
        # BBC entertainment 278, paraphrased: a described event noun, how long
        ("The inclusion of downloaded songs in the official album chart has been postponed for two weeks.", "postpone",
         ("patient", "The inclusion of downloaded songs")),
        # BBC politics 204, paraphrased
        ("Plans to build a single prison agency for Wales have been scrapped.", "scrap",
         ("patient", "Plans to build a single prison agency for Wales")),
    ],
)
def test_the_leads_passive_keeps_its_described_subject(nlp, text, lemma, participant):
    events = _events(nlp, text)
    assert lemma in events, events
    assert participant in events[lemma], events[lemma]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # not the lead: a later sentence's description may stand for anything said before
        ("Ministers met in Edinburgh on Monday. Plans to build a single prison agency for Wales have been scrapped.",
         "scrap"),
        # a bare plural is nothing in particular
        ("Jobs have been scrapped.", "scrap"),
        # BBC politics 384, paraphrased: a participle on the subject, no passive clause of its own
        ("British nationals suspected of links to terrorism could face house arrest under new plans.", "suspect"),
        # a quantifier: some of what, unknown
        ("Some plans to build a prison agency have been scrapped.", "scrap"),
    ],
)
def test_no_lead_passive_without_a_described_subject(nlp, text, lemma):
    assert lemma not in _events(nlp, text)
