"""Backing given is one event, what it backs its theme (kg.extract.backing)."""

from __future__ import annotations

from tests.extract_helpers import check_roles, sentence_events


def test_support_given_to_a_plan_is_backing(nlp):
    # politics/276: "give" alone is a light verb and told no event
    check_roles(nlp, "Robin Cook gave his support to Mr Brown's prime ministerial ambitions.", "give support",
                {"agent": ["Robin Cook"], "theme": ["Mr Brown's prime ministerial ambitions"], "recipient": None})


def test_backing_lent_is_no_thing_lent(nlp):
    # business/209: not lend(theme=his backing, recipient=the supporters' group)
    check_roles(nlp, "Sir Alex Ferguson has lent his backing to the supporters' group.", "lend backing",
                {"agent": ["Sir Alex Ferguson"], "theme": ["the supporters' group"], "recipient": None})


def test_support_thrown_behind_a_match(nlp):
    # sport/402, sport/354: "behind" named no role, and "throw" kept only the noun
    check_roles(nlp, "The Australian Rugby Union has thrown its support behind a proposed North-South match.",
                "throw support", {"theme": ["a proposed North-South match"]})
    check_roles(nlp, "The IRFU has thrown their weight behind O'Sullivan.", "throw weight",
                {"theme": ["O'Sullivan"]})


def test_support_offered_or_alone_is_no_backing(nlp):
    lemmas = [event.lemma for event in sentence_events(nlp, "The council offered support to small firms.")]
    assert "offer" in lemmas and not any(lemma.endswith("support") and lemma != "offer" for lemma in lemmas)
    lemmas = [event.lemma for event in sentence_events(nlp, "Public support for the plan fell sharply.")]
    assert "give support" not in lemmas
    # a thing of value handed over keeps its own event (event_lemmas.tsv "give contract")
    assert "give contract" in [event.lemma for event in sentence_events(nlp, "Chelsea gave Hoddle a new contract.")]
