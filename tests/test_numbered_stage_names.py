"""A title NER swallowed before a stage name that opens on a number is stripped, as before
any name: "Rapper 50 Cent" is 50 Cent, a rapper (kg.extract.mentions). On sentences of unseen
BBC entertainment articles, read by the session ``nlp``."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _mentions(nlp, text: str):
    return {mention.text: mention for mention in find_mentions(nlp(text), sport=frozenset())}


def test_the_title_before_a_numbered_name_is_stripped(nlp):
    # NER: the organisation "Rapper 50 Cent" (entertainment/288)
    found = _mentions(nlp, "Rapper 50 Cent has ended his public feud with his protege The Game as the pair said they "
                           "wanted to be good role models for their communities.")
    assert "Rapper 50 Cent" not in found
    assert found["50 Cent"].titles == ("Rapper",)


def test_a_title_before_a_name_stays_stripped(nlp):
    # the usual case, unchanged (entertainment/2xx, paraphrased)
    found = _mentions(nlp, "Rapper Eminem has topped the album chart for a second week.")
    assert "Rapper Eminem" not in found and found["Eminem"].type is T.PERSON
