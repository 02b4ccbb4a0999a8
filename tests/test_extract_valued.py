"""What a deal is worth (kg.extract.valued): the money on a transaction noun becomes
the quantity of its event; read on the shared pipeline."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles
from tests.extract_helpers import one_event as _one
from tests.extract_helpers import sentence_events as _events

# (sentence, lemma, the quantity it must hold, or None for none)
VALUES = [
    # the amount before the deal noun, the currency sign NER leaves out kept
    ("Oracle is cutting 5,000 jobs after the completion of its $10.3bn takeover of its rival Peoplesoft.",
     "takeover", "$10.3bn"),
    ("Aggregate Industries said it had agreed a £1.8bn takeover by Holcim.", "takeover", "£1.8bn"),
    # the deal the verb's event was made in, "valued at" or "worth"
    ("Ryanair has ordered 70 Boeing planes in a deal valued at $4bn.", "order", "$4bn"),
    ("Yukos was sold at auction, falling into the hands of Rosneft in a deal worth $9.4bn.", "fall", "$9.4bn"),
    # the amount as first written, without its conversion in brackets; a compound deal noun
    ("Air Deccan has ordered 30 Airbus A320 planes in a $1.8bn (£931m) deal.", "order", "$1.8bn"),
    ("Bob Murray has launched a £1.5m ($2.8m) bid for the club.", "bid", "£1.5m"),
    ("Sainsbury's bought the chain in a £308m takeover deal.", "buy", "£308m"),
    # no money, no value: jobs are no price
    ("Ryanair has ordered 70 Boeing planes in a deal that will create 2,500 jobs.", "order", None),
]


@pytest.mark.parametrize(("sentence", "lemma", "value"), VALUES)
def test_a_deal_gives_its_event_its_value(nlp, sentence, lemma, value):
    quantities = event_roles(_one(nlp, sentence, lemma)).get("quantity")
    assert quantities == ([value] if value else None)


def test_an_amount_inside_another_argument_is_not_repeated(nlp):
    # "sealed a $4bn takeover": the seal's theme holds the amount already
    event = _one(nlp, "The firm sealed a $4bn takeover of its rival Marconi.", "seal")
    assert "quantity" not in event_roles(event)


# Takings (kg.extract.earned): a light verb with money as its object is what its subject earned (its theme,
# as "earned" has it).
TAKINGS = [
    ("The Incredibles took $300m (£160m) outside the US.", {"agent": ["The Incredibles"], "theme": ["$300m"]}),
    ("Oscar-nominated animation Shark Tale has raked in $80m in its first week.",
     {"agent": ["Shark Tale"], "theme": ["$80m"]}),
    ("Howl's Moving Castle, which took 20bn yen (£102m), became the biggest film in Japan.",
     {"agent": ["Howl's Moving Castle"], "theme": ["20bn yen"]}),
    ("The Last Samurai was the biggest foreign movie hit in Japan last year, taking 13.8bn yen.",
     {"agent": ["The Last Samurai"], "theme": ["13.8bn yen"]}),
]


@pytest.mark.parametrize(("sentence", "roles"), TAKINGS)
def test_money_taken_in_is_earned(nlp, sentence, roles):
    event = _one(nlp, sentence, "earn")
    assert {role: texts for role, texts in event_roles(event).items() if role in roles} == roles
    assert "place" not in event_roles(event)  # "outside the US" is not where


@pytest.mark.parametrize("sentence", ["The match took 20 minutes to settle.", "The coach made three changes."])
def test_what_is_no_money_is_no_taking(nlp, sentence):
    assert not [event for event in _events(nlp, sentence) if event.lemma == "earn"]
