"""A sport's name right before a country's is the sport's national body, not the country
(kg.extract.countrynames.sport_body_start, sport_bodies.txt). Sentences after sport/021 of the
BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text))}


def test_athletics_kenya_is_a_body(nlp):
    types = _types(nlp, "Athletics Kenya issued the ban after the runner failed to turn up for a training camp in Embu.")
    assert types.get("Athletics Kenya") is T.ORGANIZATION
    assert "Kenya" not in types


def test_tennis_australia_speaks(nlp):
    assert _types(nlp, "Tennis Australia said the event in Melbourne would go ahead.").get("Tennis Australia") is T.ORGANIZATION


def test_a_lower_case_sport_before_a_country_is_no_body(nlp):
    types = _types(nlp, "She took up tennis Australia's way, on grass courts in Melbourne.")
    assert "tennis Australia" not in types


def test_a_country_after_another_word_stays_the_country(nlp):
    types = _types(nlp, "Runners from Kenya won the race in Embu.")
    assert types.get("Kenya") is T.COUNTRY
