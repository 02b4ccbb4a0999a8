"""Reported speech: the attribution and the reported proposition, marked as reported."""

from __future__ import annotations

from kg.extract.propositions import propositions
from tests.extract_helpers import find


def test_extract_attribution_trailing_said(nlp):
    text = "Troops are leaving the country, the defence ministry said."
    said = find(nlp, text, "the defence ministry", "say", "Troops are leaving the country")
    assert said and said[0].kind == "attribution"
    reported = find(nlp, text, "Troops", "leave", "the country")
    assert reported and reported[0].attributed_to is not None
    assert reported[0].attributed_to.text == "the defence ministry"


def test_extract_attribution_said_that(nlp):
    text = "The minister said that the rebels had seized the airport."
    assert find(nlp, text, "The minister", "say", "the rebels had seized the airport")
    reported = find(nlp, text, "the rebels", "seize", "the airport")
    assert reported and reported[0].attributed_to.text == "The minister"


def test_extract_attribution_according_to(nlp):
    text = "According to the police, the gunmen fled the city."
    reported = find(nlp, text, "the gunmen", "flee", "the city")
    assert reported and reported[0].attributed_to.text == "the police"


def test_extract_attribution_plain_statement_is_not_reported(nlp):
    assert all(p.attributed_to is None for p in propositions(nlp("The gunmen fled the city.")))
