"""A date's or a place's phrase stops before an amount the parser listed with it
(kg.extract.pairedamounts): "$53m in 2000 and almost $1bn in 2001" gives the time 2000,
not "2000 and almost $1bn"."""

from __future__ import annotations

import pytest

from kg.extract.pairedamounts import before_listed_amount
from kg.extract.words import Words


def _cut(nlp, text: str, preposition: str, index: int = 0) -> str:
    """The phrase of the ``index``-th ``preposition`` of ``text``, through ``before_listed_amount``."""
    words = Words(nlp(text))
    prep = [word for word in words.words if word.lower_ == preposition][index]
    pobj = next(child for child in prep.children if child.dep_ == "pobj")
    tokens = sorted(prep.subtree, key=lambda word: word.i)
    return " ".join(word.text for word in before_listed_amount(tokens, pobj))


def test_a_time_stops_before_a_listed_amount(nlp):
    # business/266: Sibneft's dividends, paired with their years.
    text = "Sibneft started to pay dividends - $53m in 2000 and almost $1bn in 2001 - and closed the network."
    assert _cut(nlp, text, "in") == "in 2000"


@pytest.mark.parametrize(
    ("text", "preposition", "phrase"),
    [
        # A list of places, of dates: no amount in it (tech: consoles sold in two markets).
        ("Nintendo has sold a million consoles in the US and Japan.", "in", "in the US and Japan"),
        ("Profits at the firm rose in 2003 and 2004, the report said.", "in", "in 2003 and 2004"),
        # An amount's own list: the object is no date or place.
        ("Sales of cigarettes fell by 13% and 16% in the two cities.", "by", "by 13 % and 16 %"),
    ],
)
def test_other_lists_stay(nlp, text, preposition, phrase):
    assert _cut(nlp, text, preposition) == phrase
