"""Word lists kg's rules use, loaded once from ``kg/data/`` and validated.

Each list is plain text (one entry a line, ``#`` comments) so that extending a
rule means editing data, not code.
"""

from __future__ import annotations

from importlib import resources

from kg.errors import ConfigError
from kg.types import EntityType


def _lines(name: str) -> list[tuple[int, list[str]]]:
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append((number, [field.strip() for field in line.split("\t")]))
    return rows


def _load_titles() -> tuple[frozenset[str], frozenset[str]]:
    words, people = set(), set()
    for number, fields in _lines("titles.tsv"):
        if len(fields) != 2 or fields[1] not in {"yes", "no"}:
            raise ConfigError(f"kg/data/titles.tsv:{number}: expected 'title<TAB>yes|no'")
        words.add(fields[0])
        if fields[1] == "yes":
            people.add(fields[0])
    return frozenset(words), frozenset(people)


def _load_description_nouns() -> dict[str, EntityType]:
    nouns: dict[str, EntityType] = {}
    for number, fields in _lines("description_nouns.tsv"):
        try:
            nouns[fields[0]] = EntityType(fields[1])
        except (IndexError, ValueError) as error:
            raise ConfigError(f"kg/data/description_nouns.tsv:{number}: expected 'noun<TAB>EntityType'") from error
    return nouns


TITLE_WORDS, PERSON_TITLES = _load_titles()
DESCRIPTION_NOUNS = _load_description_nouns()
COUNTRIES = frozenset(fields[0] for _, fields in _lines("countries.txt"))
REGIONS = frozenset(fields[0] for _, fields in _lines("regions.txt"))
"""US states and UK nations: places named alone that are not (all) countries."""
