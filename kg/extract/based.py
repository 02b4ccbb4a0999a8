"""The name before "-based" is where something is based: a place.

NER reads a town before "-based" by the noun after it: "the Newport-based athlete"
an organisation, "the Bermuda-based firm" a person. What "-based" says of the name
is surer: it is where the athlete or the firm is based. A name GeoNames knows as a
place (``kg.lexicon.gazetteer``) written right before a hyphen and "based" is that
place of the kind ``kg.extract.places.place_type`` reads (a country, a capital ...),
else a city where GeoNames has a city of that name ("Newport-based": the town). Not a name no
gazetteer knows ("Linux-based", "Windows-based": what a thing runs on), nor a work.

So is a known place written between "the" and a body's singular noun in lower case (a firm's
kind, ``firm_kinds.txt``, or a club; not a country's name): "The South Yorkshire company, led by new
chief executive Gerry Spindler, said ...", "The Glasgow club said": NER reads the place as the
body (or a person), and the body's leader, quotes and shares went to the place. A county or
region of the regions table is a place there ("the Norfolk club"), whatever city bears its name.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.firmkinds import FIRM_KINDS
from kg.extract.places import place_type
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, REGIONS
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_PLACE_TYPES = frozenset({EntityType.PLACE, EntityType.CITY, EntityType.COUNTRY})
# Bodies a place's name may stand before that are no firm's kind: "the Glasgow club". Not a
# team or a side, which a country's or a city's name is ("the Ireland team", "the New York side").
_BODY_NOUNS = FIRM_KINDS | {"club"}


def based_places(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each name written before "-based" that GeoNames knows, and each known place
    between "the" and a body's noun, typed a place (see the module docstring)."""
    tokens = words.words
    out = []
    for mention, (start, end) in found:
        if mention.type not in _PLACE_TYPES:
            form = fold(mention.text)
            if mention.type is not EntityType.WORK and _before_based(tokens, end) and gazetteer().is_place(mention.text):
                mention = replace(mention, type=_known_kind(words, start, end, mention.text), cued=True)
            elif _between_the_and_body(tokens, start, end) and form not in COUNTRIES and (
                    form in REGIONS or gazetteer().is_place(mention.text)):
                kind = EntityType.PLACE if form in REGIONS else _known_kind(words, start, end, mention.text)
                mention = replace(mention, type=kind, cued=True)  # "The South Yorkshire company said"
        out.append((mention, (start, end)))
    return out


def _known_kind(words: Words, start: int, end: int, name: str) -> EntityType:
    """A known place's kind: a country, a capital ... (``place_type``), else a city where GeoNames
    has a city of that name."""
    kind = place_type(words, start, end, name)
    return EntityType.CITY if kind is EntityType.PLACE and gazetteer().is_city(name) else kind


def _before_based(tokens: list[Word], end: int) -> bool:
    """ "Newport-based": a hyphen right after the name, then "based" right after it."""
    if end + 1 >= len(tokens) or tokens[end].text != "-" or tokens[end + 1].lower_ != "based":
        return False
    last, hyphen = tokens[end - 1], tokens[end]
    return last.idx + len(last.text) == hyphen.idx and hyphen.idx + 1 == tokens[end + 1].idx


def _between_the_and_body(tokens: list[Word], start: int, end: int) -> bool:
    """ "the" right before the name and a body's singular noun in lower case right after it."""
    if start == 0 or end >= len(tokens) or tokens[start - 1].lower_ != "the":
        return False
    after = tokens[end]
    return after.text.islower() and after.tag_ == "NN" and after.lemma_.lower() in _BODY_NOUNS
