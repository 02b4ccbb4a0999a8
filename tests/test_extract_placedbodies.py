"""A known place between "the" and a body's noun is where the body is, not the body
(kg.extract.based): "The Norfolk company said", "the Glasgow club". Sentences after sport/117,
sport/186 and business/190 of the BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text))}


def test_a_county_before_company_is_a_place(nlp):
    types = _types(nlp, "The South Yorkshire company, led by new chief executive Gerry Spindler, said it hoped to return to profit.")
    assert types["South Yorkshire"] is T.PLACE


def test_a_city_before_club_is_a_city(nlp):
    types = _types(nlp, "Real Sociedad want the defender, but the Glasgow club said it hoped to keep him.")
    assert types["Glasgow"] is T.CITY


def test_a_firm_named_after_no_place_is_left(nlp):
    types = _types(nlp, "The Tata group said it would buy the steel maker.")
    assert types.get("Tata") is not T.PLACE and types.get("Tata") is not T.CITY
