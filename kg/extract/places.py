"""Which place an ambiguous name is: Georgia the country or the US state, Washington
the city or the state, read from the words around each mention; and a place's kind
from the words beside it: "Camberley, Surrey" is a town and its region."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract.entities import Entities
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import CAPITALS, COUNTRIES, NAME_HEADS, PLACE_CUES, REGIONS
from kg.lexicon.gazetteer import gazetteer
from kg.nlp.labels import REGION_LABELS
from kg.records import Mention
from kg.types import EntityType

_READINGS = {"region": EntityType.PLACE, "country": EntityType.COUNTRY, "city": EntityType.CITY}


def ambiguous_place(name: str) -> EntityType | None:
    """The other reading of a name that is also a region's: the country for
    "Georgia", the city for "Washington"; ``None`` for names that are not ambiguous.

    >>> ambiguous_place("Georgia"), ambiguous_place("Washington"), ambiguous_place("Texas")
    (<EntityType.COUNTRY: 'Country'>, <EntityType.CITY: 'City'>, None)
    """
    form = fold(name)
    if form not in REGIONS:
        return None
    if form in COUNTRIES:
        return EntityType.COUNTRY
    if form in CAPITALS:
        return EntityType.CITY
    return None


def read_ambiguous_places(entities: Entities, words: Words, found: list[tuple[Mention, Bounds]]) -> Iterator[Mention]:
    """Georgia the country or the US state, Washington the city or the state.

    Each place mention of such a name may carry a cue (``_place_cue``). When the
    article's cues agree, every mention of the name takes that reading; when they
    disagree, a mention without a cue takes the reading of the last cued mention
    before it (the first one's, before any); with no cue at all the country or
    capital reading stands, as news names them far more often. People ("George
    Washington", "Mr Washington") are not touched.
    """
    readings: dict[str, list[tuple[int, EntityType]]] = {}
    for index, (mention, (start, end)) in enumerate(found):
        if mention.type in {EntityType.PLACE, EntityType.COUNTRY, EntityType.CITY} and ambiguous_place(mention.text):
            cue = _place_cue(words, start, end, mention.text, entities)
            if cue is not None:
                readings.setdefault(fold(mention.text), []).append((index, _READINGS[cue]))
    for index, (mention, _) in enumerate(found):
        default = ambiguous_place(mention.text)
        if default is None or mention.type not in {EntityType.PLACE, EntityType.COUNTRY, EntityType.CITY}:
            yield mention
            continue
        cued = readings.get(fold(mention.text), [])
        reading = default
        if cued:
            before = [entity_type for position, entity_type in cued if position <= index]
            reading = before[-1] if before else cued[0][1]
        yield replace(mention, type=reading)


def _place_cue(words: Words, start: int, end: int, name: str, entities: Entities) -> str | None:
    """What the words around a place name (words ``start:end``, text ``name``) say it
    is: "region", "country", "city".

    "the state of Georgia", "Georgia's governor", "Washington state" (region);
    "Georgia's president", "ex-Soviet Georgia" (country); "Washington DC" (city);
    "Atlanta, Georgia" (region: a city that is not the country's capital) against
    "Tbilisi, Georgia" (country).
    """
    tokens = words.words
    i = end
    if i < len(tokens) and tokens[i].tag_ == "POS":
        i += 1
    if i < len(tokens) and tokens[i].text == "," and i + 1 < len(tokens) and PLACE_CUES.get(fold(tokens[i + 1].text)) == "city":
        return "city"
    for token in tokens[i : min(i + 3, len(tokens))]:
        if token.is_punct:
            break
        cue = PLACE_CUES.get(fold(token.text)) or PLACE_CUES.get(fold(token.lemma_))
        if cue:
            return cue
    if start >= 2 and tokens[start - 1].lower_ == "of":
        cue = PLACE_CUES.get(fold(tokens[start - 2].text)) or PLACE_CUES.get(fold(tokens[start - 2].lemma_))
        if cue:
            return cue
    if start >= 1 and not tokens[start - 1].is_punct:
        cue = PLACE_CUES.get(fold(tokens[start - 1].text))
        if cue:
            return cue
    if start >= 2 and tokens[start - 1].text == ",":
        before = next((ent for ent in entities.spans if ent.end == start - 1), None)
        if before is not None and before.label_ in REGION_LABELS:
            capital_of = CAPITALS.get(fold(before.text))
            return "country" if capital_of is not None and fold(capital_of) == fold(name) else "region"
    return None


def place_type(words: Words, start: int, end: int, name: str) -> EntityType:
    """Countries and capitals by name; a place followed by ", <Country>" (or by a
    region: "Newark, New Jersey") is a city, unless the list goes on ("South America, Italy,
    Spain"); the place after "<Town>, " is a region
    ("Camberley, Surrey"), whatever city elsewhere bears its name.
    ``start``, ``end``: the name's first word and the index after its last."""
    form = fold(name)
    if form in COUNTRIES:
        return EntityType.COUNTRY
    if form in CAPITALS:
        return EntityType.CITY
    tokens = words.words
    if end + 1 < len(tokens) and tokens[end].text == "," and fold(tokens[end + 1].text) in COUNTRIES and not (
            end + 3 < len(tokens) and tokens[end + 2].text in {",", "and"} and tokens[end + 3].pos_ == "PROPN"):
        return EntityType.CITY  # "Lyon, France": not a list of places ("in South America, Italy, Spain and ...")
    if after_town(words, start) and form not in CAPITALS:
        return EntityType.PLACE
    if in_region(words, end) and gazetteer().is_city(name):
        return EntityType.CITY
    return EntityType.PLACE


def after_town(words: Words, start: int) -> bool:
    """ "Camberley, Surrey": the name after a town and a comma is a region (a cue the vote
    keeps); not after a person's ("Dennis Bergkamp, Kanu, everybody": a list of people),
    nor after a firm's no gazetteer knows ("firms like Dell, LG, Samsung": a list of firms;
    NER reads "Camberley" as a firm too), nor in a longer list of names ("cities (Helsinki,
    Oslo, Munich, Paris, ...)": a name after two commas or before a third is a member).
    So is a city's name after a big city's possessive: a part of it, a district ("London's
    West End", not the Canadian city GeoNames names West End; not "Milan's Andriy Shevchenko",
    "Birmingham's NEC": no city's names)."""
    tokens = words.words
    before = tokens[start - 2] if start >= 2 else None
    if before is not None and tokens[start - 1].tag_ == "POS" and before.pos_ == "PROPN":
        end = next((i for i in range(start, len(tokens)) if tokens[i].pos_ != "PROPN"), len(tokens))
        name = words.span_text(start, end) if end > start else ""
        return bool(name) and fold(before.text) not in COUNTRIES and gazetteer().is_big_city(before.text) and (
            gazetteer().is_city(name))
    return (
        before is not None and tokens[start - 1].text == "," and before.pos_ == "PROPN"
        and before.ent_type_ != "PERSON" and (before.ent_type_ != "ORG" or gazetteer().is_place(before.text))
        and not _listed(words, start)
    )


def _listed(words: Words, start: int) -> bool:
    """The name at ``start`` (after "Town, ") is one of a list: a comma before the town,
    or a comma and another name after the name ("Helsinki, Oslo, Munich")."""
    tokens = words.words
    end = start
    while end < len(tokens) and tokens[end].pos_ == "PROPN":
        end += 1
    followed = end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].pos_ == "PROPN"
    return followed or (start >= 3 and tokens[start - 3].text == ",")


def town_and_region(words: Words, start: int, end: int) -> bool:
    """ "from Camberley, Surrey, was": a GeoNames city, a comma, the name, then a
    comma or a stop (not "in Boston, Kennedy said")."""
    tokens = words.words
    closed = end == len(tokens) or tokens[end].text in {",", ".", ")", ";"}
    return closed and after_town(words, start) and gazetteer().is_city(tokens[start - 2].text)


def in_region(words: Words, end: int) -> bool:
    """A name followed by ", <Name>" on the same line: "Camberley, Surrey"; in a list that
    goes on after that name, only when it is a known place ("Klin, Ivanovo, Saransk, Kursk,
    Volzhsky, Omsk": towns; not "licenced by Nokia, LG Electronics, Lenovo, ...", "Paramount,
    Universal and Warner Brothers said": firms, whatever towns bear their names)."""
    tokens = words.words
    if not (end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].pos_ == "PROPN"):
        return False
    after = end + 1
    while after < len(tokens) and tokens[after].pos_ == "PROPN":
        after += 1
    listed = after + 1 < len(tokens) and tokens[after].lower_ in _LIST_GLUE and tokens[after + 1].pos_ == "PROPN"
    return not listed or gazetteer().is_place(words.span_text(end + 1, after))


_LIST_GLUE = frozenset({",", "and", "or"})


_COMPASS_TOWN = 100_000  # a town this big may name a constituency or a district after a compass word


def town_person(name: str) -> bool:
    """A name NER read as a person's whose last word ends places' names only after a place
    ("West", "North": ``name_heads.tsv``, context "place") and whose first words are a town
    smaller than ``_COMPASS_TOWN``, no country or region, is the person's: "Kanye West"
    (Kanye is a town in Botswana), not "Leicester South". The caller asks only of names NER
    read as people's.
    """
    words = fold(name).split()
    if len(words) < 2 or NAME_HEADS.get(words[-1], (None, ""))[1] != "place":
        return False
    before = name.rsplit(" ", 1)[0]
    return fold(before) not in COUNTRIES | REGIONS and gazetteer().population(before) < _COMPASS_TOWN
