"""Figures of an economy (kg.extract.figures, kg.extract.changes): whose economy a
demonym or a place names, a change its noun carries with its amount, and the level
a value stands at; read on the shared pipeline."""

from __future__ import annotations

import pytest

import kg
from kg.types import Factuality
from tests.extract_helpers import event_roles
from tests.extract_helpers import one_event as _one
from tests.extract_helpers import sentence_events as _events

# (sentence, lemma, role -> the texts it must hold (None: no argument in that role), factuality)
FIGURES = [
    # whose economy: a demonym, a place after "in", a possessor
    ("The Spanish economy expanded by 0.8% in the second quarter.", "expand",
     {"owner": ["Spanish"], "theme": ["The Spanish economy"], "difference": ["0.8%"]}, Factuality.ASSERTED),
    ("Italian GDP fell 0.3% in 2003.", "fall", {"owner": ["Italian"], "difference": ["0.3%"]}, Factuality.ASSERTED),
    ("Growth in Sweden slowed to 2.1% last year.", "slow", {"owner": ["Sweden"], "new_value": ["2.1%"]},
     Factuality.ASSERTED),
    # a change noun with its amount: the noun's verb, the amount its difference
    ("The IMF predicted economic growth of 3.1% across Asia in 2006.", "grow",
     {"theme": ["economic growth"], "difference": ["3.1%"], "owner": ["Asia"], "time": ["2006"]},
     Factuality.POSSIBLE),
    ("The ministry kept its target of 4% growth for 2006.", "grow",
     {"difference": ["4%"], "time": ["2006"]}, Factuality.PLANNED),
    ("The retailer posted a 6% rise in revenues.", "rise", {"theme": ["revenues"], "difference": ["6%"]},
     Factuality.ASSERTED),
    ("Brokers predict a fall of 8% in earnings next year.", "fall",
     {"theme": ["earnings"], "difference": ["8%"], "time": ["next year"]}, Factuality.POSSIBLE),
    # a level: the measured subject, the amount it stands at
    ("Inflation stood at 3.4% in April.", "stand",
     {"theme": ["Inflation"], "new_value": ["3.4%"], "time": ["April"]}, Factuality.ASSERTED),
    ("Polish unemployment remained high at almost 19%.", "remain",
     {"owner": ["Polish"], "new_value": ["almost 19%"]}, Factuality.ASSERTED),
    ("The unemployment rate was 6.2% in June.", "be",
     {"theme": ["The unemployment rate"], "new_value": ["6.2%"], "time": ["June"]}, Factuality.ASSERTED),
]


@pytest.mark.parametrize(("sentence", "lemma", "expected", "factuality"), FIGURES)
def test_figure_roles(nlp, sentence, lemma, expected, factuality):
    event = _one(nlp, sentence, lemma)
    have = event_roles(event)
    assert event.event_class == "change"
    for role, texts in expected.items():
        assert have.get(role) == texts, (role, have)
    assert event.factuality is factuality


@pytest.mark.parametrize("sentence", [
    "The team stood at the gate for an hour.",  # no measured value, no amount
    "He was 45 when he retired.",  # an age, no measured value
    "A rise in sales pleased the board.",  # a change noun without an amount: no figure
])
def test_no_figure(nlp, sentence):
    figures = [event for event in _events(nlp, sentence)
               if event.event_class == "change" and (event.lemma in ("stand", "be", "remain") or any(
                   a.role in ("difference", "new_value") for a in event.arguments))]
    assert not figures, [(event.lemma, event_roles(event)) for event in figures]


def test_a_demonym_owner_is_the_country_the_article_names(nlp):
    text = "Spain's economy is booming. The Spanish economy expanded by 0.8% in the second quarter."
    graph = kg.build_text(text, nlp=nlp)
    labels = {entity.key: entity.label for entity in graph.entities()}
    (event,) = [event for event in graph.events() if event.lemma == "expand"]
    owners = [labels[p.entity] for p in event.participants if p.role == "owner" and p.entity]
    assert owners == ["Spain"]
