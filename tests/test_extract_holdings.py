"""A counted holding (kg.extract.holdings): "X has N Y" is the event "have" (class
other), the holder its agent and the counted thing its theme, with a typed quantity."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, sentence_events


@pytest.mark.parametrize(("sentence", "roles"), [
    # business/297
    ("ABN Amro currently has more than 100,000 staff.", {"agent": ["ABN Amro"], "theme": ["more than 100,000 staff"]}),
    # business/375
    ("LG Card has seven million customers.", {"agent": ["LG Card"], "theme": ["seven million customers"]}),
    # business/369: a share written as a fraction
    ("Alfa-Eco has a one-fifth stake in Sun Interbrew.",
     {"agent": ["Alfa-Eco"], "theme": ["a one-fifth stake in Sun Interbrew"]}),
    # tech/271: where
    ("T-Mobile has about 16.3 million subscribers in the US.",
     {"agent": ["T-Mobile"], "theme": ["about 16.3 million subscribers"], "place": ["the US"]}),
    # politics/291
    ("Amicus has 1.2 million members.", {"agent": ["Amicus"], "theme": ["1.2 million members"]}),
    # sport/361: a relative's antecedent holds it
    ("Dave Hodges, who has 54 caps, was the player of the season.", {"agent": ["Dave Hodges"], "theme": ["54 caps"]}),
    # business/474: a share
    ("Virgin Blue now has roughly one third of the domestic airline market.",
     {"agent": ["Virgin Blue"], "theme": ["roughly one third of the domestic airline market"]}),
])
def test_holdings_a_counted_holding_is_an_event(nlp, sentence, roles):
    check_event(sentence_events(nlp, sentence), "have", roles, "other")


@pytest.mark.parametrize(("sentence", "roles"), [
    # business/223: what the stake is in is no place
    ("BLB holds a 22% stake in Wembley.", {"agent": ["BLB"], "place": None}),
    # business/341
    ("Ferrovial already holds a 33% stake in Tube Lines.",
     {"agent": ["Ferrovial"], "theme": ["a 33% stake in Tube Lines"]}),
    # business/220, paraphrased: a hyphen inside a name does not end the object
    ("Deutsche Telekom holds about 40% of T-Mobile's shares.",
     {"agent": ["Deutsche Telekom"], "theme": ["about 40% of T-Mobile's shares"]}),
])
def test_holdings_hold_a_share(nlp, sentence, roles):
    check_event(sentence_events(nlp, sentence), "hold", roles, "other")


@pytest.mark.parametrize("sentence", [
    "Police held 20 people overnight.",  # a detention, no share
    "The museum holds 3,000 paintings.",  # "hold" holds shares only
    "The team held a 2-0 lead.",  # a score
])
def test_holdings_hold_no_share(nlp, sentence):
    assert not [e for e in sentence_events(nlp, sentence) if e.lemma == "hold" and e.event_class == "other"]


def test_holdings_the_theme_has_its_quantity(nlp):
    (event,) = [e for e in sentence_events(nlp, "LG Card has seven million customers.") if e.lemma == "have"]
    (theme,) = [a for a in event.arguments if a.role == "theme"]
    assert theme.quantity is not None and theme.quantity.unit == "customer"


def test_holdings_reported_is_kept(nlp):
    # tech/260
    sentence = "Mr Jobs told the delegates that the iPod already had a 65% share of all digital music players."
    (event,) = [e for e in sentence_events(nlp, sentence) if e.lemma == "have"]
    assert event.factuality.value == "reported"


@pytest.mark.parametrize("sentence", [
    "The bank will have 3,000 staff in London by next year.",  # planned, no fact
    "The airline does not have 40 planes.",  # negated
    "The club has two weeks to decide whether to sell him.",  # a span of time with its infinitive
    "Munster and Leinster have 12 and 11 players in the squad respectively.",  # shared out (sport/379)
    "Two banks from Italy, who each have a 2.4% stake, backed the deal.",  # each (business/473)
    "The new phone now has a 1.3 megapixel camera.",  # a measure of the thing (tech/395)
    "EA had 27 titles which sold more than one million copies each.",  # the clause narrows the count (tech/276)
    '"We have 300 stores across the country," he said.',  # a quotation, a first person
    "Chelsea had a 2-0 lead at half-time.",  # a score
])
def test_holdings_not_a_counted_holding(nlp, sentence):
    assert not [e for e in sentence_events(nlp, sentence) if e.lemma == "have" and e.event_class == "other"
                and any(a.role == "theme" and a.quantity is not None for a in e.arguments)]
