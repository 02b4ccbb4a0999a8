"""The name before "-based" is where something is based: a place.

NER reads a town before "-based" by the noun after it: "the Newport-based athlete"
an organisation, "the Bermuda-based firm" a person. What "-based" says of the name
is surer: it is where the athlete or the firm is based. A name GeoNames knows as a
place (``kg.lexicon.gazetteer``) written right before a hyphen and "based" is that
place of the kind ``kg.extract.places.place_type`` reads (a country, a capital ...),
else a city where GeoNames has a city of that name ("Newport-based": the town). Not a name no
gazetteer knows ("Linux-based", "Windows-based": what a thing runs on), nor a work.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.places import place_type
from kg.extract.words import Bounds, Word, Words
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_PLACE_TYPES = frozenset({EntityType.PLACE, EntityType.CITY, EntityType.COUNTRY})


def based_places(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each name written before "-based" that GeoNames knows typed a place."""
    tokens = words.words
    out = []
    for mention, (start, end) in found:
        if mention.type not in _PLACE_TYPES and mention.type is not EntityType.WORK and _before_based(tokens, end) and (
            gazetteer().is_place(mention.text)
        ):
            kind = place_type(words, start, end, mention.text)  # a country, a capital ...
            kind = EntityType.CITY if kind is EntityType.PLACE and gazetteer().is_city(mention.text) else kind
            mention = replace(mention, type=kind, cued=True)
        out.append((mention, (start, end)))
    return out


def _before_based(tokens: list[Word], end: int) -> bool:
    """ "Newport-based": a hyphen right after the name, then "based" right after it."""
    if end + 1 >= len(tokens) or tokens[end].text != "-" or tokens[end + 1].lower_ != "based":
        return False
    last, hyphen = tokens[end - 1], tokens[end]
    return last.idx + len(last.text) == hyphen.idx and hyphen.idx + 1 == tokens[end + 1].idx
