"""Word lists kg's rules use, loaded once from ``kg/lexicon/data/`` and validated.

Each list is plain text (one entry a line, ``#`` comments) so that extending a
rule means editing data, not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from kg.errors import ConfigError
from kg.folding import fold
from kg.types import EntityType


def _lines(name: str) -> list[tuple[int, list[str]]]:
    text = (resources.files(__name__) / "data" / name).read_text(encoding="utf-8")
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
            raise ConfigError(f"kg/lexicon/data/titles.tsv:{number}: expected 'title<TAB>yes|no'")
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
            raise ConfigError(f"kg/lexicon/data/description_nouns.tsv:{number}: expected 'noun<TAB>EntityType'") from error
    return nouns


TITLE_WORDS, PERSON_TITLES = _load_titles()
DESCRIPTION_NOUNS = _load_description_nouns()


def _load_country_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for number, fields in _lines("country_aliases.tsv"):
        if len(fields) < 2:
            raise ConfigError(f"kg/lexicon/data/country_aliases.tsv:{number}: expected 'canonical<TAB>alias[<TAB>alias...]'")
        for name in fields:
            form = fold(name)
            if aliases.get(form, fields[0]) != fields[0]:
                raise ConfigError(f"kg/lexicon/data/country_aliases.tsv:{number}: {name!r} already names {aliases[form]!r}")
            aliases[form] = fields[0]
    return aliases


COUNTRY_ALIASES = _load_country_aliases()
"""Comparable form of a country's name ("u s", "america") -> its canonical name ("United States")."""
COUNTRIES = frozenset(fields[0] for _, fields in _lines("countries.txt")) | frozenset(COUNTRY_ALIASES)
ORG_SUFFIXES = frozenset(fields[0] for _, fields in _lines("org_suffixes.txt"))
"""Generic last words of organisation names ("Party", "Ltd") that a short form may drop."""
REGIONS = frozenset(fields[0] for _, fields in _lines("regions.txt"))


def strip_org_suffix(words: list[str]) -> list[str] | None:
    """Folded name words without a generic last word, if there is one and something is
    left: ["labour", "party"] -> ["labour"].

    >>> strip_org_suffix(["labour", "party"]), strip_org_suffix(["bank", "of", "england"]), strip_org_suffix(["party"])
    (['labour'], None, None)
    """
    if len(words) > 1 and words[-1] in ORG_SUFFIXES:
        return words[:-1]
    return None
"""US states: places named alone that are not countries."""


def _load_capitals() -> dict[str, str]:
    capitals: dict[str, str] = {}
    for number, fields in _lines("capitals.tsv"):
        if len(fields) != 2 or fold(fields[1]) not in COUNTRIES:
            raise ConfigError(f"kg/lexicon/data/capitals.tsv:{number}: expected 'city<TAB>country' with a country of countries.txt")
        capitals[fold(fields[0])] = fields[1]
    return capitals


def _load_place_cues() -> dict[str, str]:
    cues: dict[str, str] = {}
    for number, fields in _lines("place_cues.tsv"):
        if len(fields) != 2 or fields[1] not in {"region", "country", "city"}:
            raise ConfigError(f"kg/lexicon/data/place_cues.tsv:{number}: expected 'word<TAB>region|country|city'")
        cues[fields[0]] = fields[1]
    return cues


CAPITALS = _load_capitals()
"""Comparable form of a capital city ("tbilisi") -> its country ("Georgia")."""
PLACE_CUES = _load_place_cues()
"""Words that tell which place an ambiguous name is: "region", "country" or "city"."""


def _load_demonyms() -> dict[str, str]:
    demonyms: dict[str, str] = {}
    for number, fields in _lines("demonyms.tsv"):
        if len(fields) != 2 or fold(fields[1]) not in COUNTRIES:
            raise ConfigError(f"kg/lexicon/data/demonyms.tsv:{number}: expected 'demonym<TAB>country' with a country of countries.txt")
        demonyms[fold(fields[0])] = fields[1]
    return demonyms


DEMONYMS = _load_demonyms()
"""Comparable form of a demonym ("russian") -> its country ("Russia")."""


def demonym_country(name: str) -> str | None:
    """The country a demonym or its plural names: "Russians" -> "Russia".

    >>> demonym_country("Russians"), demonym_country("British"), demonym_country("Muslims")
    ('Russia', 'United Kingdom', None)
    """
    form = fold(name)
    if form in DEMONYMS:
        return DEMONYMS[form]
    if form.endswith("s") and form[:-1] in DEMONYMS:
        return DEMONYMS[form[:-1]]
    return None


ROLE_TYPES = frozenset(
    "political government diplomatic business sport media arts legal military religious academic other none".split()
)
MEMBERSHIPS = frozenset({"member of", "play for"})


@dataclass(frozen=True, slots=True)
class Role:
    """One row of ``roles.tsv``: a post or occupation a person holds.

    Attributes:
        type: One of `ROLE_TYPES`; ``"none"`` for a phrase that names no post ("market leader").
        key: The role normalised ("captain" for "skipper").
        membership: What holding it of an organisation also says ("member of", "play for"), or ``None``.
    """

    type: str
    key: str
    membership: str | None


def _load_roles() -> dict[tuple[str, ...], Role]:
    roles: dict[tuple[str, ...], Role] = {}
    for number, fields in _lines("roles.tsv"):
        if len(fields) != 4 or fields[1] not in ROLE_TYPES or fields[3] not in MEMBERSHIPS | {"-"}:
            raise ConfigError(
                f"kg/lexicon/data/roles.tsv:{number}: expected 'role<TAB>type<TAB>key|-<TAB>member of|play for|-' "
                f"with a type of {sorted(ROLE_TYPES)}"
            )
        words = tuple(fields[0].split())
        if words in roles:
            raise ConfigError(f"kg/lexicon/data/roles.tsv:{number}: {fields[0]!r} is listed twice")
        key = fields[0] if fields[2] == "-" else fields[2]
        roles[words] = Role(type=fields[1], key=key, membership=None if fields[3] == "-" else fields[3])
    return roles


ROLES = _load_roles()
"""Roles by their lowercase words: ``("chief", "executive")`` -> its `Role`."""
ROLE_HEADS = frozenset(words[-1] for words in ROLES)
"""The last words of the roles: a role phrase ends in one of them ("executive", "coach")."""


def _load_speech_cues() -> dict[str, str]:
    cues: dict[str, str] = {}
    for number, fields in _lines("speech_cues.tsv"):
        if len(fields) != 2 or fields[1] not in {"clause", "object", "direct"}:
            raise ConfigError(f"kg/lexicon/data/speech_cues.tsv:{number}: expected 'lemma<TAB>clause|object|direct'")
        cues[fields[0]] = fields[1]
    return cues


SPEECH_CUES = _load_speech_cues()
"""Lemmas of speech verbs -> what their content is: ``"clause"`` (a that-clause or a
quotation: "said (that) ..."), ``"object"`` (also their object and its complements:
"blamed the unrest on terrorists"), ``"direct"`` (only beside a quotation: "he continued")."""
