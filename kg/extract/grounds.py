"""Grounds a side travels to: "Chelsea travel to Anfield".

``kg.extract.cues.is_ground`` reads a name after "at" in a sports report as where
the game is played ("at Twickenham"). Rule ``travel to a ground``: the name after
"to" of a verb of going (``ground_verbs.txt``: "Chelsea travel to Anfield",
"Gloucester travel to Welford Road next week") is the ground too, when the article
uses the name only so (after "at" or "to" every time: a side named elsewhere,
"travel to Everton ... Everton's manager", is the club), it is no known place
(GeoNames, a country or region: "travel to Leicester" is the city or its club) and
no person's name. Rule ``street ground``: in a sports report, a street's name of two
words or more whose last word is a ground's street (``ground_streets.txt``: "England
and France come to Lansdowne Road", "visiting Lansdowne Road") is the ground on it, as
it is "at Lansdowne Road" (``kg.extract.mentions`` reads it so unless it is a known place).
"""

from __future__ import annotations

import re

from kg.extract.cues import looks_like_person
from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, GROUND_STREETS, GROUND_VERBS, REGIONS
from kg.lexicon.gazetteer import gazetteer


def reached_ground(words: Words, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the ground a side goes to, read in a sports report
    (the caller checks that it is one)."""
    if start == 0:
        return False
    before = words.words[start - 1]
    if before.lower_ != "to" or before.head.lemma_.lower() not in GROUND_VERBS or before.head.pos_ != "VERB":
        return False
    name = words.span_text(start, end)
    if fold(name) in COUNTRIES | REGIONS or gazetteer().is_place(name) or looks_like_person(name):
        return False
    return only_as_venue(words.text, name)


def only_as_venue(text: str, name: str) -> bool:
    """Whether every use of ``name`` in ``text`` comes right after "at" or "to".

    Examples:
        >>> only_as_venue("Chelsea travel to Anfield. They lost at Anfield.", "Anfield")
        True
        >>> only_as_venue("Chelsea travel to Everton. Everton's manager said.", "Everton")
        False
    """
    uses = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    return bool(uses) and all(re.search(r"\b(?:at|to)\s+$", text[max(0, use.start() - 4) : use.start()]) for use in uses)


def street_ground(name: str) -> bool:
    """Whether ``name``, read in a sports report, is a ground named after its street.

    >>> street_ground("Lansdowne Road"), street_ground("Road"), street_ground("Downing Street")
    (True, False, False)
    """
    words = fold(name).split()
    return len(words) > 1 and words[-1] in GROUND_STREETS
