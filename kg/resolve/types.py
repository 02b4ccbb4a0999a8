"""One type per entity, voted from all its mentions and the evidence beyond NER.

Each mention brings the type ``kg.extract`` gave it (NER's label corrected by the
cues of ``kg.extract.cues``: head words, cue nouns, given names, teams); the vote
adds what the names themselves say (titles, organisation nouns, country names,
the GeoNames gazetteer) so that one NER error does not make a president an
organisation or a city a person. ``kg.resolve.document`` votes within an
article; the graph's linker votes the same way over every article's entities
(``vote_entity_types``), so an entity has one type in the whole archive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kg.extract.cues import looks_like_person
from kg.lexicon import COUNTRIES, DESCRIPTION_NOUNS, PERSON_TITLES, REGIONS
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.resolve.forms import is_ambiguous_place, name_words
from kg.types import EntityType

PLACES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})
_NAMED_AFTER_PEOPLE = frozenset({EntityType.WORK, EntityType.PRODUCT, EntityType.EVENT})
_CITY_BY_ALTERNATE = 100_000  # a place known by an alternate name is a city when it is this big
# A one-word name without titles that NER took for an organisation or a person is the
# city of that name when the city is this big ("Nairobi", "Sydney"); a person's bar is
# higher, as surnames are names of districts too ("Kennedy", 980,000 people in Bogota).
_CITY_MISREAD = {EntityType.ORGANIZATION: 500_000, EntityType.PERSON: 1_000_000}
# Types that an extraction cue gave and NER never does: each such mention counts more.
_CUED = frozenset({EntityType.SPORTS_TEAM, EntityType.PRODUCT, EntityType.WORK, EntityType.EVENT, EntityType.LAW})


def vote_type(mentions: list[Mention]) -> EntityType:
    """One type from all mentions and their context, so that one NER error does not
    make a president an organisation.

    Each mention votes for its own type (1; 2 for a type NER gives rarely:
    product, work, event, law; 3 when a cue in the text gave it; 5 for a country's
    name playing as a team); a person's title ("President", "Mr") votes
    Person (3); a name that ends in an organisation noun ("... Organisation",
    "... Ministry") votes Organization (2); a country's name votes Country (3),
    unless that mention plays as a team. A place that is a GeoNames city is a
    City; a one-word name without titles that is a city of 500,000 people or
    more is that city when NER called it an organisation ("Nairobi"), of a
    million or more when it called it a person ("Sydney").

    >>> m = lambda text, t, titles=(): Mention(0, 1, text, t, 0, titles)
    >>> vote_type([m("Kassym-Jomart Tokayev", EntityType.ORGANIZATION), m("Tokayev", EntityType.PERSON, ("Mr",))]).value
    'Person'
    >>> vote_type([m("Kazakhstan", EntityType.ORGANIZATION), m("Kazakhstan", EntityType.PLACE)]).value
    'Country'
    >>> vote_type([m("Defence Ministry", EntityType.PERSON)]).value
    'Organization'
    >>> vote_type([m("Yukos", EntityType.PERSON), m("Yukos", EntityType.PERSON), m("Yukos", EntityType.ORGANIZATION)]).value
    'Organization'
    >>> vote_type([m("England", EntityType.COUNTRY), m("England", EntityType.SPORTS_TEAM)]).value
    'SportsTeam'
    >>> vote_type([m("Seattle", EntityType.PLACE)]).value, vote_type([m("Nairobi", EntityType.ORGANIZATION)]).value
    ('City', 'City')
    """
    votes: Counter[EntityType] = Counter()
    for mention in mentions:
        votes[mention.type] += _weight(mention)
        if any(title.lower() in PERSON_TITLES for title in mention.titles):
            votes[EntityType.PERSON] += 3
        words = name_words(mention.text)
        if words and DESCRIPTION_NOUNS.get(words[-1]) is EntityType.ORGANIZATION and len(words) > 1:
            votes[EntityType.ORGANIZATION] += 2
        if len(words) == 1 and DESCRIPTION_NOUNS.get(words[0]) is EntityType.ORGANIZATION:
            votes[EntityType.ORGANIZATION] += 2
        if " ".join(words) in COUNTRIES and mention.type not in {EntityType.PERSON, EntityType.SPORTS_TEAM}:
            # "Georgia" read as the US state from its context stays the state.
            ambiguous = is_ambiguous_place(mention.text) and mention.type in PLACES
            votes[mention.type if ambiguous else EntityType.COUNTRY] += 3
    fullest = max(mentions, key=lambda m: len(name_words(m.text)))
    named_after = any(m.cued and m.type in _NAMED_AFTER_PEOPLE for m in mentions)  # "the drama Vera Drake"
    if fullest.type is EntityType.PERSON and looks_like_person(fullest.text) and not named_after:
        # "Craig Bellamy" with a given name: his surname read as a club does not outvote it.
        votes[EntityType.PERSON] += len(mentions)
    # News introduces a person by a full name or a title; a one-word name with
    # neither that any mention calls an organisation is one ("Yukos").
    introduced = any(len(name_words(m.text)) > 1 or m.titles for m in mentions)
    if not introduced and votes[EntityType.ORGANIZATION] and votes[EntityType.PERSON]:
        votes[EntityType.ORGANIZATION] += votes.pop(EntityType.PERSON)
    # Specific place types beat the generic one they refine.
    if votes[EntityType.PLACE] and (votes[EntityType.COUNTRY] or votes[EntityType.CITY]):
        votes[max((EntityType.COUNTRY, EntityType.CITY), key=lambda t: votes[t])] += votes.pop(EntityType.PLACE)
    # A tie goes to what the fullest name was called ("Mikhail Khodorkovsky", not a
    # later "Khodorkovsky" read as an organisation).
    voted = min(votes, key=lambda t: (-votes[t], t is not fullest.type, t.value))
    if voted is EntityType.PLACE and any(m.cued and m.type is EntityType.PLACE for m in mentions):
        return voted  # the text read it as a region ("Camberley, Surrey"): no city of its name
    return _gazetteer_type(voted, fullest.text, introduced=any(m.titles for m in mentions))


def _weight(mention: Mention) -> int:
    """A mention's vote for its own type: 1 for NER's label; 3 for a type a cue in
    the text gave; a team's play, read in a sports report only, outweighs a
    country's name (5)."""
    if mention.type is EntityType.SPORTS_TEAM and " ".join(name_words(mention.text)) in COUNTRIES:
        return 5
    return 3 if mention.cued else 2 if mention.type in _CUED else 1


def _gazetteer_type(voted: EntityType, name: str, *, introduced: bool) -> EntityType:
    """A place that GeoNames knows as a city is a City ("Seattle"); a one-word
    name without titles that is a big city's is that city ("Nairobi" read as an
    organisation, "Sydney" as a person; see ``_CITY_MISREAD``). Countries and US
    states keep their type."""
    form = " ".join(name_words(name))
    if form in COUNTRIES or form in REGIONS or voted not in PLACES | {EntityType.PERSON, EntityType.ORGANIZATION}:
        return voted
    places = gazetteer()
    if form in places.regions or form in places.countries:
        return voted
    if voted is EntityType.PLACE and (
        places.is_city(form) or any(city.population >= _CITY_BY_ALTERNATE for city in places.city_candidates(form))
    ):
        return EntityType.CITY  # "Seattle"; "Seville" by its alternate name (GeoNames: Sevilla), a big city's only
    if voted in _CITY_MISREAD and " " not in form and not introduced and places.population(form) >= _CITY_MISREAD[voted]:
        return EntityType.CITY
    return voted


def vote_entity_types(types: Iterable[tuple[EntityType, int]]) -> EntityType:
    """One type for an entity known in several articles: each article's voted type
    weighs its mentions there; a tie goes to the more specific type (a team or a
    city over an organisation or a place), then alphabetically.

    >>> vote_entity_types([(EntityType.ORGANIZATION, 2), (EntityType.SPORTS_TEAM, 2)]).value
    'SportsTeam'
    >>> vote_entity_types([(EntityType.PERSON, 5), (EntityType.ORGANIZATION, 1)]).value
    'Person'
    """
    votes: Counter[EntityType] = Counter()
    for entity_type, mentions in types:
        votes[entity_type] += mentions
    generic = {EntityType.ORGANIZATION, EntityType.PLACE, EntityType.THING}
    return min(votes, key=lambda t: (-votes[t], t in generic, t.value))
