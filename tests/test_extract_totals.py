"""A verb of totalling gives a value's level (kg.extract.totals, read by kg.extract.figures):
"Sales totalled £1.2bn" is total(theme "Sales", new_value "£1.2bn"), not the sales acting."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # business/479
    ("Fourth-quarter vehicle unit sales totalled 1,751,000.", "total",
     {"theme": ["Fourth-quarter vehicle unit sales"], "new_value": ["1,751,000"], "agent": None}),
    # tech/278: the amount the parser hangs as an adverb, and a time after it
    ("Worldwide sales of digital cameras totalled $24bn last year.", "total",
     {"theme": ["sales of digital cameras"], "new_value": ["$24bn"], "time": ["last year"]}),
    # business/479, paraphrased: "amount to", a count of units
    ("Ford's global vehicle sales amounted to 6.8 million units in 2004.", "amount",
     {"theme": ["Ford's global vehicle sales"], "new_value": ["6.8 million units"]}),
    # a named amount (kg.extract.levelsubjects)
    ("The total cost of the scheme amounted to £12m in 2004.", "amount",
     {"theme": ["The total cost of the scheme"], "new_value": ["£12m"]}),
])
def test_totals_a_total_is_a_level(nlp, sentence, lemma, roles):
    check_event(sentence_events(nlp, sentence), lemma, roles, "change")


def test_totals_keep_who_reported_it(nlp):
    # business/427
    sentence = "According to the Ministry of Commerce, China's exports totalled $63.8bn in December."
    (event,) = [e for e in sentence_events(nlp, sentence) if e.lemma == "total"]
    assert event.factuality.value == "reported" and event.source is not None


@pytest.mark.parametrize("sentence", [
    "The union numbers 300,000 members.",  # a count with what it counts: a holding, no value
    "Card scams on UK-issued cards totalled £402m.",  # business/236: no measured value or named amount
    "The talks amounted to nothing.",  # no amount
])
def test_totals_not_a_level(nlp, sentence):
    assert not [e for e in sentence_events(nlp, sentence) if any(a.role == "new_value" for a in e.arguments)]
