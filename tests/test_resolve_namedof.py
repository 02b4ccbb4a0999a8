"""A subject of people whose "of" phrase names whose they are keeps its event, the subject a
literal (kg.resolve.namedof): "The people of Engerwitzdorf are producing their own news
channel"; not a thing or an event ("The sale of the US unit will leave Wembley"), an amount
("The value of Ford's shares"), one person's post ("The founder of X"), a quantifier, nor a
relative clause's verb."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve

# An opening sentence first: the lead's own description keeps its event by another rule (kg.resolve.lead).
_OPENING = "Officials in Vienna spoke on Monday. "


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    text = _OPENING + text
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events}


@pytest.mark.parametrize(
    ("text", "lemma", "participant"),
    [
        # BBC tech 365, paraphrased
        ("The people of Engerwitzdorf are producing their own local news channel.", "produce",
         ("agent", "The people of Engerwitzdorf")),
        # BBC politics 243, paraphrased
        ("Members of Westminster's environment committee will be touring fish markets in Peterhead.", "tour",
         ("agent", "Members of Westminster's environment committee")),
        # BBC entertainment 253, paraphrased
        ("Viewers of music channel MTV Base voted Joss Stone the best urban act.", "vote",
         ("agent", "Viewers of music channel MTV Base")),
    ],
)
def test_people_an_of_phrase_names_keep_their_event(nlp, text, lemma, participant):
    events = _events(nlp, text)
    assert lemma in events, events
    assert participant in events[lemma], events[lemma]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # BBC business 223, paraphrased: an event noun acts on no one
        ("The sale of the US gaming unit will leave Wembley with its UK business.", "leave"),
        # an amount of something named
        ("The value of Ford's shares doubled the company's worth.", "double"),
        # BBC tech 396, paraphrased: one person's post, whom the article names elsewhere
        ("The founder of California's Maxis studio surprised the crowd with a preview of his next game.", "surprise"),
        # a quantifier: some of them, which unknown
        ("Most of the Tories backed the plan.", "back"),
        # BBC business 308, paraphrased: the verb of a relative clause on a later noun
        ("The other main shareholders of EADS are the French government, who also support Mr Forgeard.", "support"),
    ],
)
def test_no_event_for_things_amounts_or_relatives(nlp, text, lemma):
    events = _events(nlp, text)
    assert not any(role == "agent" and value.startswith(("The ", "Most")) for role, value in events.get(lemma, [])), events
