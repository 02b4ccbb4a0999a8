"""A country's name, or its people's, that NER missed: what the name alone makes certain.

``kg.extract.mentions`` types a demonym NER labelled ("the Russians", "Britons") a group,
the people of a country (``kg.resolve.groups`` links them to it). A plural demonym NER
left out ("Many Britons are unaware of the risk") is the same group, though its verb
would read it an organisation's. In a sports report it may be a side ("the Kiwis
won"): there the other readings decide.
"""

from __future__ import annotations

from kg.extract.places import place_type
from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, demonym_country
from kg.types import EntityType


def country_or_its_people(words: Words, start: int, end: int, name: str, sport: frozenset[str]) -> EntityType | None:
    """A country's name (its place type), a country's people in the plural outside a
    sports report (a group), else ``None``."""
    form = fold(name)
    people = demonym_country(name)
    if form in COUNTRIES and people is None:
        return place_type(words, start, end, name)
    if people is not None and form not in COUNTRIES and not sport and form.endswith("s"):
        return EntityType.GROUP
    return None
