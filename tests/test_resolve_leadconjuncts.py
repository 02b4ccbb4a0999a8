"""A conjunct of the lead's described subject opens the sentence as the first does
(kg.resolve.leadconjuncts): "Rising oil prices and the sinking dollar hit shares on Monday"
keeps its event with both agents; not a second noun under the first one's "the" (one
person's two nouns), nor a later sentence."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events}


@pytest.mark.parametrize(
    ("text", "lemma", "participants"),
    [
        # BBC business 273, paraphrased: two described subjects joined by "and"
        ("Rising oil prices and the sinking dollar hit shares on Monday after a meeting of finance ministers.", "hit",
         [("agent", "Rising oil prices"), ("agent", "the sinking dollar")]),
        ("Soaring fuel costs and a weaker pound have hurt airline profits this year.", "hurt",
         [("agent", "Soaring fuel costs"), ("agent", "a weaker pound")]),
    ],
)
def test_the_leads_coordinated_subject_keeps_its_event(nlp, text, lemma, participants):
    events = _events(nlp, text)
    assert lemma in events, events
    for participant in participants:
        assert participant in events[lemma], events[lemma]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # BBC business 458, paraphrased: one person's two nouns under one "the"
        ("The founder and former chairman of the dairy firm has apologised to investors who lost money.", "apologise"),
        # not the lead
        ("Markets were quiet early on. Rising oil prices and the sinking dollar hit shares on Monday.", "hit"),
    ],
)
def test_no_lead_event_for_one_referents_nouns_or_a_later_sentence(nlp, text, lemma):
    assert lemma not in _events(nlp, text)
