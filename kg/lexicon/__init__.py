"""Word lists kg's rules use, loaded once from ``kg/lexicon/data/`` and validated.

Every list is a data file read by ``kg.lexicon.table.read_table``, which checks
each line (folded entries, no duplicates, no empty lines, the right columns)
and names ``file:line`` when one is wrong; extending a rule means editing data,
not code. Entries are stored folded (``kg.folding.fold``): look a word up by its
folded form, or by its lowercase form where it is a plain word.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from kg.folding import fold
from kg.lexicon.table import MEMBERSHIP_NAMES, ROLE_TYPE_NAMES, Row, read_table, read_words
from kg.types import EntityType


@dataclass(frozen=True, slots=True)
class Title:
    """A word that stands before a name as a title (``titles.tsv``).

    Attributes:
        person: Only people carry it ("Mr"); ``False`` when organisations may too ("Vice").
        gender: ``"m"`` or ``"f"`` when the title tells it, else ``None``.
        name: What follows it: ``"surname"`` ("Mr Tokayev"), ``"first"`` (a first name
            alone may: "Sir Joshua") or ``"given"`` (never a surname: "Prince Charles").
    """

    person: bool
    gender: str | None
    name: str


def _load_titles() -> dict[str, Title]:
    return {
        row.fields[0]: Title(row.fields[1] == "yes", None if row.fields[2] == "-" else row.fields[2], row.fields[3])
        for row in read_table("titles.tsv")
    }


TITLES = _load_titles()
"""Title word (lowercase, no dot) -> what it tells."""
TITLE_WORDS = frozenset(TITLES)
PERSON_TITLES = frozenset(word for word, title in TITLES.items() if title.person)
GENDERED_TITLES = {word: title.gender for word, title in TITLES.items() if title.gender is not None}
"""Titles that tell a person's gender ("m" or "f"); used to keep "Mrs Smith" from "Mr Smith"."""
FIRST_NAME_TITLES = frozenset(word for word, title in TITLES.items() if title.name == "first")
"""Titles used with a first name alone ("Sir Joshua", "Dame Judi"), unlike "Mr"."""
GIVEN_NAME_TITLES = frozenset(word for word, title in TITLES.items() if title.name == "given")
"""Titles followed by a given name, never a surname: "Prince Charles" is no Ray Charles."""


def titles_gender(titles: Iterable[str]) -> str | None:
    """ "m" or "f" when the titles tell one gender, else ``None``.

    >>> titles_gender(["Mrs"]), titles_gender(["President"]), titles_gender(["Mr", "Mrs"])
    ('f', None, None)
    """
    genders = {GENDERED_TITLES[title.lower()] for title in titles if title.lower() in GENDERED_TITLES}
    return genders.pop() if len(genders) == 1 else None


def _load_description_nouns() -> dict[str, EntityType]:
    nouns: dict[str, EntityType] = {}
    for row in read_table("description_nouns.tsv"):
        try:
            nouns[row.fields[0]] = EntityType(row.fields[1])
        except ValueError as error:
            raise row.error(f"{row.fields[1]!r} is not an entity type of kg.types.EntityType") from error
    return nouns


DESCRIPTION_NOUNS = _load_description_nouns()
"""Head noun lemma -> the type of thing it stands for ("bloc": Organization)."""


def _load_country_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for row in read_table("country_aliases.tsv"):
        canonical = row.fields[0]
        for name in row.fields:
            form = fold(name)
            if aliases.get(form, canonical) != canonical:
                raise row.error(f"{name!r} already names {aliases[form]!r}")
            aliases[form] = canonical
    return aliases


COUNTRY_ALIASES = _load_country_aliases()
"""Comparable form of a country's name ("u s", "america") -> its canonical name ("United States")."""
COUNTRY_ACRONYMS = frozenset(fold(name) for row in read_table("country_aliases.tsv") for name in row.fields
                             if name.replace(".", "").isupper() and name.replace(".", "").isalpha())
"""Comparable forms of the country names written in capitals ("us", "uk", "u s"): acronyms."""
COUNTRIES = read_words("countries.txt") | frozenset(COUNTRY_ALIASES)
ORG_SUFFIXES = read_words("org_suffixes.txt")
"""Generic last words of organisation names ("Party", "Ltd") that a short form may drop."""
COUNTRY_BODIES = read_words("country_bodies.txt")
"""Last words of bodies' names that open on their country's name ("US Anti-Doping Agency")."""
UK_REGIONS = read_words("uk_regions.txt")
REGIONS = read_words("regions.txt") | UK_REGIONS
"""US states: places named alone that are not countries."""


def strip_org_suffix(words: list[str]) -> list[str] | None:
    """Folded name words without a generic last word, if there is one and something is
    left: ["labour", "party"] -> ["labour"].

    >>> strip_org_suffix(["labour", "party"]), strip_org_suffix(["bank", "of", "england"]), strip_org_suffix(["party"])
    (['labour'], None, None)
    >>> strip_org_suffix(["delta", "air", "lines"])  # a suffix of two words
    ['delta']
    """
    if len(words) > 2 and " ".join(words[-2:]) in ORG_SUFFIXES:
        return words[:-2]
    if len(words) > 1 and words[-1] in ORG_SUFFIXES:
        return words[:-1]
    return None


def _country_of(row: Row) -> str:
    if fold(row.fields[1]) not in COUNTRIES:
        raise row.error(f"{row.fields[1]!r} is not a country of countries.txt or country_aliases.tsv")
    return row.fields[1]


CAPITALS = {fold(row.fields[0]): _country_of(row) for row in read_table("capitals.tsv")}
"""Comparable form of a capital city ("tbilisi") -> its country ("Georgia")."""
PLACE_CUES = {row.fields[0]: row.fields[1] for row in read_table("place_cues.tsv")}
"""Folded words that tell which place an ambiguous name is: "region", "country" or "city"."""
DEMONYMS = {row.fields[0]: _country_of(row) for row in read_table("demonyms.tsv")}
"""Comparable form of a demonym ("russian") -> its country ("Russia")."""
LANGUAGES = {row.fields[0]: row.fields[1] for row in read_table("languages.tsv")}
"""Languages and scripts no demonym names ("hindi", "braille") -> "none", or "people" when a
people's name too ("zulu")."""


@functools.lru_cache(maxsize=1 << 16)  # asked of most words of every argument the resolver reads
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


PEOPLE_ENDINGS = ("ese", "ish", "sh", "ch", "ss")
"""Endings of a demonym that, after "the", may name a people rather than one person: an
adjective with no noun of its own for one ("the Japanese", "the British", "the French",
"the Swiss", "the Welsh")."""


def person_demonym(name: str) -> str | None:
    """The country of a singular demonym noun that surely names one person ("the American",
    "the Briton"); ``None`` for one that may name a people ("the British", "the Swiss"), a
    plural ("the Israelis") or no demonym.

    >>> person_demonym("American"), person_demonym("Israeli"), person_demonym("Israelis"), person_demonym("French")
    ('United States', 'Israel', None, None)
    """
    form = fold(name)
    if form not in DEMONYMS or form.endswith(PEOPLE_ENDINGS):
        return None
    return DEMONYMS[form]


def people_demonym(name: str) -> bool:
    """Whether a demonym after "the" surely names a people, never one person: its plural
    ("the Israelis", "the Iraqis"), or an adjective no one person is called by ("the Chinese",
    "the British", "the Welsh", "the French"; not "the Czech", "the Swiss", which sport
    news calls one player).

    >>> people_demonym("Israelis"), people_demonym("Chinese"), people_demonym("Israeli"), people_demonym("Czech")
    (True, True, False, False)
    """
    form = fold(name)
    if form in DEMONYMS:  # plural_nouns.txt: "british", "french", "dutch"
        return form.endswith(("ese", "sh")) or form in PLURAL_NOUNS
    return form.endswith("s") and form[:-1] in DEMONYMS


@dataclass(frozen=True, slots=True)
class Pronoun:
    """A personal pronoun (``pronouns.tsv``).

    Attributes:
        person: 1, 2 or 3.
        plural: Plural ("they") rather than singular ("he", "it").
        gender: ``"m"``, ``"f"``, ``"n"`` (neuter: "it") or ``None`` when not told.
        cases: Where it stands: ``subject``, ``object``, ``possessive`` (before a noun),
            ``independent`` (alone: "hers").
    """

    person: int
    plural: bool
    gender: str | None
    cases: frozenset[str]


def _load_pronouns() -> dict[str, Pronoun]:
    pronouns = {}
    for row in read_table("pronouns.tsv"):
        cases = frozenset(row.fields[4].split())
        if not cases <= {"subject", "object", "possessive", "independent"}:
            raise row.error(f"cases {row.fields[4]!r}: use subject, object, possessive, independent")
        gender = None if row.fields[3] == "-" else row.fields[3]
        pronouns[row.fields[0]] = Pronoun(row.integer(1), row.fields[2] == "plural", gender, cases)
    return pronouns


PRONOUNS = _load_pronouns()
"""Personal pronoun -> its person, number, gender and cases."""
THIRD_PERSON_PRONOUNS = frozenset(word for word, pronoun in PRONOUNS.items() if pronoun.person == 3)
PERSONAL_PRONOUNS = frozenset(w for w in THIRD_PERSON_PRONOUNS if PRONOUNS[w].gender in {"m", "f"})
"""Pronouns that mean a person: "he", "her" ..."""
PLURAL_PRONOUNS = frozenset(w for w in THIRD_PERSON_PRONOUNS if PRONOUNS[w].plural)


_DETERMINER_KINDS = {row.fields[0]: row.fields[1] for row in read_table("determiners.tsv")}


def _determiners(*kinds: str) -> frozenset[str]:
    return frozenset(word for word, kind in _DETERMINER_KINDS.items() if kind in kinds)


DETERMINERS = _determiners("definite", "indefinite", "demonstrative")
"""Words that open a noun phrase and are no part of a name: "the", "a", "this" ..."""
ARTICLES = _determiners("definite", "indefinite")
"""The articles: "the", "a", "an"."""
REFERRING_DETERMINERS = _determiners("definite", "demonstrative")
"""Determiners of a phrase that refers back: "the bloc", "this alliance"."""

PREPOSITIONS = read_words("prepositions.txt")
BY_PARTICLE_VERBS = read_words("by_particle_verbs.txt")
"""Verbs that take "by" as a particle ("stand by"), not as a passive's agent."""
PASSIVE_AUXILIARIES = tuple(row.fields[0] for row in read_table("passive_auxiliaries.txt"))
"""Auxiliaries of a passive ("was seized by"), in file order."""
RELATIVE_WORDS = read_words("relative_words.txt")
"""Words that open a relative clause: "who", "which" ..."""
QUESTION_WORDS = read_words("question_words.txt")
"""Words that open an indirect question: "what", "how" ... (kg.extract.askedclauses)."""
ACRONYM_STOPWORDS = read_words("acronym_stopwords.txt")
"""Words an acronym skips: "Bank of England" is BE."""
AGENT_NOUNS = read_words("agent_nouns.txt")
SPOKESPEOPLE = read_words("spokespeople.txt")
"""Who speaks for the organisation their phrase names: "a Delta spokesperson", "an IMF official"."""
NAMED_BODY_NOUNS = read_words("named_body_nouns.txt")
"""Heads of a body's name "the" and the noun take up: "the commission" (kg.resolve.described)."""
TAKEN_UP_HEADS = read_words("taken_up_heads.txt")
"""Heads an event participant "the <noun>" takes up from the one name they head: "the bill" (kg.resolve.namedheads)."""
LOWER_NAME_HEADS = read_words("lower_name_heads.txt")
"""Heads of a body's name written in lower case too: "work and pensions committee" (kg.resolve.lowernames)."""
NEWSPAPER_HEADS = read_words("newspaper_heads.txt")
"""Last words of a newspaper's name: "Telegraph", "Financial Times" (kg.resolve.publications)."""
CARRIED_CUES = read_words("carried_cues.txt")
"""Speech verbs a follow-on quotation keeps: "say", "add", "explain" (kg.extract.carriedcues)."""
OWNED_NOUNS = read_words("owned_nouns.txt")
CONTENT_NOUNS = read_words("content_nouns.txt")
"""Nouns whose infinitive says what they are: "the right to sell", "a deal to buy" (content_nouns.txt)."""
CLAUSE_NOUNS = read_words("clause_nouns.txt")
"""Nouns whose "that" clause says what they are: "claims that his policy was ...", "fears that" (clause_nouns.txt)."""
REPORTER_VERBS = read_words("reporter_verbs.txt")
"""Verbs a reporter goes on with as the next sentence's "he": "He criticised", "He said" (reporter_verbs.txt)."""
UNIT_NOUNS = read_words("unit_nouns.txt")
CHAMBER_NAMES = read_words("chamber_names.txt")
"""A legislature's chambers, folded, without "the": "commons", "house of lords"."""
"""Lemmas of a part of an organisation: "division", "department" ("head of Telekom Austria's
fixed line division" is a post at Telekom Austria)."""
"""Lemmas of what only its owner makes news of: "share", "stock" ("Shares in Allied Domecq rose")."""
MEASURED_NOUNS = {row.fields[0]: row.fields[1] for row in read_table("measured_nouns.tsv")}
"""Lemmas of values a change reports of an owner -> whose they are ("company" or
"economy"): "profit" ("profits at TimeWarner jumped"), "export" ("US exports fell")."""
FIGURE_VERBS = read_words("figure_verbs.txt")
OCCURRENCE_VERBS = read_words("occurrence_verbs.txt")
HELD_OCCASIONS = read_words("held_occasions.txt")
GAP_NOUNS = read_words("gap_nouns.txt")
"""Lemmas of verbs by which a subject gives its own figure: "reported profits of £75m"."""
LEVEL_VERBS = read_words("level_verbs.txt")
"""Lemmas of verbs that say where a measured value stands: "Inflation stood at 2.1%"."""
CHANGE_NOUNS = {row.fields[0]: row.fields[1] for row in read_table("change_nouns.tsv")}
"""Event nouns of a change -> the lemma of its verb: "growth" -> "grow"."""
CLOSING_VERBS = read_words("closing_verbs.txt")
"""Lemmas of verbs by which a market report says where a price stood: "closed 3p higher at 550p"."""
STATE_NOUNS = read_words("state_nouns.txt")
ORGANISATION_KINDS = {row.fields[0]: row.fields[1] for row in read_table("organisation_kinds.tsv")}
"""Common noun -> the kind of organisation it says a thing is: "firm" -> "company"."""
KIND_NAMES = {row.fields[0]: tuple(row.fields[1].split(",")) for row in read_table("kind_names.tsv")}
"""Noun -> the words in a name that show a company is of that kind: "airline" -> ("airlines", "air lines", ...)."""
"""People who act for an organisation or country: "troops of the alliance"."""
QUANTIFIERS = read_words("quantifiers.txt")
"""Words that say how many of a group, not who: "many", "most", "a lot of"."""
AMOUNT_HEADS = read_words("amount_heads.txt")
"""Heads of an amount or a share of something: "The value of Ford's shares" (kg.resolve.namedof)."""
COUNT_WORDS = read_words("count_words.txt")
SHARE_WORDS = read_words("share_words.txt")
"""Words of a share heading "<word> of <group>": "a third of firms", "half of the banks" (kg.extract.shareof)."""
PRIZE_VERBS = read_words("prize_verbs.txt")
"""Verbs whose object is a prize won or received: "win", "receive", "pick up" (kg.resolve.prizes)."""
"""Words of a count heading "<word> of <group>": "hundreds of fans", "dozens of MPs" (kg.extract.countof)."""
WRITER_CONNECTIVES = read_words("writer_connectives.txt")
"""Words that open the writer's comment after a comma in reported speech: "so", "which"."""
PLURAL_NOUNS = read_words("plural_nouns.txt")
"""Nouns without -s that take a plural verb: "police", "staff"."""

MONTHS = {row.fields[0]: row.integer(1) for row in read_table("months.tsv")}
"""Month name or abbreviation -> month number (1-12), in file order."""
WEEKDAYS = {row.fields[0]: row.integer(1) for row in read_table("weekdays.tsv")}
"""Weekday -> its number as ``date.weekday()`` gives it (0 Monday)."""
RELATIVE_DAYS = {row.fields[0]: row.integer(1) for row in read_table("relative_days.tsv")}
"""Word -> days after the article's date ("yesterday": -1), in the order they are tried."""


ROLE_TYPES = ROLE_TYPE_NAMES
MEMBERSHIPS = MEMBERSHIP_NAMES


@dataclass(frozen=True, slots=True)
class Role:
    """One row of ``roles.tsv``: a post or occupation a person holds.

    Attributes:
        type: One of `ROLE_TYPES`; ``"none"`` for a phrase that names no post ("market leader").
        key: The role normalised and folded ("captain" for "skipper", "vice president").
        membership: What holding it of an organisation also says ("member of", "play for"), or ``None``.
    """

    type: str
    key: str
    membership: str | None


def _load_roles() -> dict[tuple[str, ...], Role]:
    # read_table checks the columns, the folded role, its type and membership and
    # that no role is listed twice; the key column may be "-" (the role itself).
    roles: dict[tuple[str, ...], Role] = {}
    for row in read_table("roles.tsv"):
        role, type_, key, membership = row.fields
        if key != "-" and key != fold(key):
            raise row.error(f"key {key!r} is not in folded form: write {fold(key)!r}")
        roles[tuple(role.split())] = Role(type_, role if key == "-" else key, None if membership == "-" else membership)
    return roles


ROLES = _load_roles()
"""Roles by their folded words: ``("chief", "executive")``, ``("vice", "president")`` -> its `Role`.
Look a role up by the folded words of what is written ("Vice-President" -> vice president)."""
ROLE_HEADS = frozenset(words[-1] for words in ROLES)
ROLE_VERBS = read_words("role_verbs.txt")
"""The last words of the roles: a role phrase ends in one of them ("executive", "coach")."""

SPEECH_CUES = {row.fields[0]: row.fields[1] for row in read_table("speech_cues.tsv")}
"""Lemmas of speech verbs -> what their content is: ``"clause"`` (a that-clause or a
quotation: "said (that) ..."), ``"object"`` (also their object and its complements:
"blamed the unrest on terrorists"), ``"direct"`` (only beside a quotation: "he continued")."""


def _entity_type(row: Row, index: int) -> EntityType:
    try:
        return EntityType(row.fields[index])
    except ValueError as error:  # the table's choices keep this from happening; a guard for new columns
        raise row.error(f"{row.fields[index]!r} is not an entity type of kg.types.EntityType") from error


GIVEN_NAMES = {row.fields[0]: row.fields[1] for row in read_table("given_names.tsv")}
GIVEN_NAME_GENDERS = {row.fields[0]: row.fields[1] for row in read_table("given_names.tsv")
                      if row.fields[1] in ("m", "f") and row.fields[2] != "census-1990-rare"}
"""The gender a given name tells, where it is common enough in its list to be evidence."""
"""Folded given name ("rafael") -> gender: "m", "f" or "-"."""
NAME_HEADS = {row.fields[0]: (_entity_type(row, 1), row.fields[2]) for row in read_table("name_heads.tsv")}
"""Folded last word of a name ("cup") -> (the type it gives, "any", "sport", "place", "club" or "surname")."""
NAME_OPENERS = {row.fields[0]: _entity_type(row, 1) for row in read_table("name_openers.tsv")}
"""Folded first word of a name ("river") -> the type it gives."""
TYPE_CUES = {row.fields[0]: _entity_type(row, 1) for row in read_table("type_cues.tsv")}
"""Noun lemma next to a name ("film", "console") -> the type of the name."""
GENERIC_TERMS = read_words("generic_terms.txt")
POSTNOMINALS = read_words("postnominals.txt")
"""Folded letters after a person's name for a post or an honour ("MP", "QC", "OBE")."""


def is_postnominal(text: str) -> bool:
    """Whether ``text`` is post-nominal letters as written: "MP", "QC"; not "am".

    >>> is_postnominal("MP"), is_postnominal("am"), is_postnominal("Field")
    (True, False, False)
    """
    return text.isupper() and text.lower() in POSTNOMINALS
"""Folded terms that are never a name on their own ("gmt", "vat", "broadband")."""
CONDITION_WORDS = read_words("condition_words.txt")
LEADING_WORDS = {row.fields[0]: row.fields[1] for row in read_table("leading_words.tsv")}
"""Folded head words of illnesses' names ("tremor", "syndrome"): no entity ends in one."""
COMPANY_NOUNS = read_words("company_nouns.txt")
COMPANY_OFFICES = read_words("company_offices.txt")  # kg.resolve.companyoffices
FIRM_POSTS = read_words("firm_posts.txt")  # kg.resolve.firmposts: "GM chief executive Rick Waggoner"
"""Nouns after "X's" that only a company has ("shares", "profits", "chairman")."""
NARROWING_MODIFIERS = read_words("narrowing_modifiers.txt")
"""Words before a company's noun that may mean another company ("the other firm", "the new group")."""
COMPANY_VERBS = read_words("company_verbs.txt")
"""Verbs only a company does ("acquire", "merge", "employ"): their subject is one."""
FIRM_CLAUSE_VERBS = {row.fields[0]: row.fields[1] for row in read_table("firm_clause_verbs.tsv")}
"""The verbs of a "which" clause that make the name before it a firm's, and whether they need an object."""
OWNER_ADJECTIVES = read_words("owner_adjectives.txt")
"""Folded adjectives of who owns a body ("state owned", "privately held"): what they modify is no place."""
_BUSINESS_ROWS = [(row.fields[0], row.fields[1]) for row in read_table("business_objects.txt")]
BUSINESS_OBJECTS = (COMPANY_NOUNS | {noun for noun, reading in _BUSINESS_ROWS if reading == "object"}) - {
    noun for noun, reading in _BUSINESS_ROWS if reading == "not"
}
"""Objects only a company's business has ("profit", "dividend"): the company nouns and more, less a few."""
SPORT_WORDS = {row.fields[0]: row.fields[1] for row in read_table("sport_words.tsv")}
"""Lemma of a sports report ("striker") -> its sport, or "any"."""
SPORT_NOT_AFTER = frozenset((row.fields[0], row.fields[1]) for row in read_table("sport_senses.tsv"))
"""(sport word, modifier) pairs where the word is no sport word ("MP3 players"; sport_senses.tsv)."""
TEAM_VERBS = read_words("team_verbs.txt")
"""Verbs whose place-named subject or object is a team in a sports report ("Leicester beat Bath")."""
GROUND_VERBS = read_words("ground_verbs.txt")
"""Verbs of a side going to play somewhere ("travel to Anfield"): ``kg.extract.grounds``."""
GROUND_STREETS = read_words("ground_streets.txt")
"""Last words of a street's name that name a ground in a sports report ("Lansdowne Road")."""
TRANSFER_SLOTS = frozenset((row.fields[0], row.fields[1]) for row in read_table("transfer_verbs.tsv"))
"""(verb, slot) pairs of a player's move whose slot names a club ("join", "from"): ``kg.extract.clubs``."""
CAREER_NOUNS = read_words("career_nouns.txt")
"""Nouns of a player's time at a club ("spells at Arsenal", "on loan from Leeds")."""
BAND_NOUNS = {row.fields[0]: row.fields[1] for row in read_table("band_nouns.tsv")}
"""Nouns of a band and its members ("rock band Keane", "Keane frontman Tom Chaplin"): ``kg.extract.bands``."""
WORK_KINDS = {row.fields[0]: row.fields[1] for row in read_table("work_kinds.tsv")}
"""Nouns of a kind of work ("comedy Hitch", "album Hopes and Fears"): ``kg.resolve.works``."""
PERSON_NOUNS = read_words("person_nouns.txt")
# Nouns for people: a count of one names people ("14 million people", "the 150 ministers"),
# a first object of one is who gets a thing (kg.extract.doubleobjects, kg.resolve.counted).
PEOPLE_NOUNS = read_words("counted_people.txt") | PERSON_NOUNS | ROLE_HEADS
"""Nouns of one person that name no role ("man", "creator"): ``kg.resolve.forward``."""
TOWNSFOLK_NOUNS = read_words("townsfolk_nouns.txt")
LOCAL_PEOPLE_NOUNS = read_words("local_people_nouns.txt")
NAMING_NOUNS = read_words("naming_nouns.txt")
"""Nouns of a place whose "of" names it ("the town of Kirkcaldy"): ``kg.extract.nominal``."""
CLIENT_ROLES = read_words("client_roles.txt")
COMPANY_POSTS = read_words("company_posts.txt")  # "an economist at Natexis": kg.resolve.postedfirms
"""Nouns of people whose "from X" is their home ("man", "resident"): ``kg.extract.hometowns``."""
EPITHET_NOUNS = read_words("epithet_nouns.txt")
FORMAT_HEADS = read_words("format_heads.txt")  # "Pop Idol", "Fame Academy": kg.extract.formatshows
"""Nouns a person is known by, no post ("star", "debutant"): ``kg.resolve.descriptors``."""
STAGE_EPITHETS = read_words("stage_epithets.txt")
"""Nouns of one performer right before a name ("R&B star Aaliyah"): ``kg.extract.epithetnames``."""
CLUB_PLURALS = frozenset(row.fields[0] for row in read_table("club_plurals.tsv"))
"""Plural nouns that end clubs' names ("harriers"): one member is the singular (``kg.extract.clubmembers``)."""
PARTY_MEMBERS = frozenset(row.fields[0] for row in read_table("party_members.tsv"))
"""A party's member nouns ("tory", "lib dem") that stand before a member's name: ``kg.extract.partisans``."""
MATE_NOUNS = {row.fields[0]: row.fields[1] for row in read_table("mate_nouns.tsv")}
"""Nouns of fellow members ("team-mate", "duo") -> "one" or "several": ``kg.extract.teammates``."""
NATIONAL_TEAM_EVENTS = tuple(row.fields[0] for row in read_table("national_team_events.tsv"))
"""Competitions of national sides ("six nations", "davis cup"): ``kg.extract.nationalsides``."""
UNSPEAKING_NOUNS = frozenset(row.fields[0] for row in read_table("unspeaking_nouns.tsv"))
"""Heads of speakers that bear words but claim nothing ("subject line"): ``kg.extract.unspeaking``."""


@dataclass(frozen=True, slots=True)
class Nickname:
    """One reading of a nickname (``nicknames.tsv``).

    Attributes:
        context: Where it holds: "any", "sport" or one sport ("football", "rugby" ...).
        name: The full name it stands for ("Tottenham Hotspur").
        type: The type of that entity.
        source: Where the nickname is documented.
    """

    context: str
    name: str
    type: EntityType
    source: str


def _load_nicknames() -> dict[str, tuple[Nickname, ...]]:
    nicknames: dict[str, list[Nickname]] = {}
    for row in read_table("nicknames.tsv"):
        reading = Nickname(row.fields[1], row.fields[2], _entity_type(row, 3), row.fields[4])
        nicknames.setdefault(row.fields[0], []).append(reading)
    return {nickname: tuple(readings) for nickname, readings in nicknames.items()}


NICKNAMES = _load_nicknames()
"""Folded nickname without "the" ("red devils") -> its readings: one per context, or several
in one context where the article must name the one it means ("reds")."""
