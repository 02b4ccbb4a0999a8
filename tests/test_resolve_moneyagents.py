"""Who spent, earned or raised a sum of money keeps the event, the spender a literal
(kg.resolve.moneyagents): "Gamers spent more than £1.34bn in 2004"; not a phrase that holds
a sum ("fees of up to £3,000"), not common words after "the" that stand for something named
("The movie has taken $138m", "the oil giant"), not a generic case ("A singer ... can expect to pay $1,300"),
nor a count of things ("sold 1.9 million copies")."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve

# An opening sentence first: the lead's own description keeps its event by another rule (kg.resolve.lead).
_OPENING = "Officials in London spoke on Monday. "


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    text = _OPENING + text
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events}


@pytest.mark.parametrize(
    ("text", "lemma", "participant"),
    [
        # BBC tech 203, paraphrased
        ("Gamers spent more than £1.34bn on consoles and titles in 2004.", "spend", ("agent", "Gamers")),
        # BBC business 236, paraphrased
        ("British shoppers spent £5.3bn on plastic cards in 2003.", "spend", ("agent", "British shoppers")),
        # BBC business 251, paraphrased
        ("Shareholders lost about $180bn when the telecoms company collapsed.", "lose", ("agent", "Shareholders")),
        # BBC entertainment 250, paraphrased
        ("The singer's 2004 tour took $90.3m (£48.5m) in ticket sales.", "earn", ("agent", "The singer's 2004 tour")),
        # BBC tech 219, paraphrased: the currency's word heads the sum
        ("Toshiba expects sales of HD-DVD players to reach 300bn yen by 2010.", "reach",
         ("agent", "sales of HD-DVD players")),
    ],
)
def test_who_spent_or_took_a_sum_keeps_the_event(nlp, text, lemma, participant):
    events = _events(nlp, text)
    assert lemma in events, events
    assert participant in events[lemma], events[lemma]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # BBC entertainment 384, paraphrased: one noun after "the" stands for the film named elsewhere
        ("The movie has taken $138m in the US so far.", "earn"),
        # BBC business 314, paraphrased: common words after "the" stand for the firm named elsewhere
        ("The government claims the oil giant owes more than $27bn in taxes.", "owe"),
        # BBC entertainment 289, paraphrased: a generic case
        ("A singer hoping to perform in the US can expect to pay $1,300 for a visa.", "pay"),
        # BBC politics 213, paraphrased: a phrase that holds a sum, not the sum
        ("Universities will charge fees of up to £3,000 a year.", "charge"),
        # no sum: a count of things
        ("Shoppers bought more than 1.9 million copies of the album.", "buy"),
    ],
)
def test_no_event_without_a_sum_or_with_a_standing_for_description(nlp, text, lemma):
    events = _events(nlp, text)
    assert lemma not in events, events
