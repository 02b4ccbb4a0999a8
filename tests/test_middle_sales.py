"""A verb of sale in the middle voice: the subject of "sold for <price>" with no object is
what was sold, never the seller (``kg.extract.middles``)."""

from __future__ import annotations

from tests.extract_helpers import event_roles, one_event


def test_a_main_clause_sale_for_a_price_sold_its_subject(nlp):
    # Blind verdict family: "Four suits sold for ..." gave sell(agent=Four suits).
    sentence = "Many items were on offer at the sale. Four suits sold for £20,000 at the auction in London."
    roles = event_roles(one_event(nlp, sentence, "sell"))
    assert roles.get("patient") == ["Four suits"], roles
    assert "agent" not in roles, roles


def test_a_controlled_sale_for_a_price_sold_its_subject(nlp):
    # BBC tech/235: the console was the seller.
    roles = event_roles(one_event(nlp, "In shops the PS2 is supposed to sell for £104.99.", "sell"))
    assert roles.get("patient") == ["the PS2"], roles
    assert "agent" not in roles, roles


def test_a_sale_with_an_object_or_a_pronoun_keeps_its_seller(nlp):
    roles = event_roles(one_event(nlp, "The firm sold its stake for $3m last year.", "sell"))
    assert roles.get("agent") == ["The firm"], roles
    roles = event_roles(one_event(nlp, "Analysts said he sold for $5m last year.", "sell"))
    assert roles.get("agent") == ["he"], roles
    passive = event_roles(one_event(nlp, "The unit was however sold for $9.4bn to state oil firm Rosneft.", "sell"))
    assert passive.get("patient") == ["The unit"], passive
