"""The one place kg chooses an entity's name and type, within an article and across articles.

Names. A name is *fuller* than another when it has more words (after
``kg.resolve.forms.normalise``: "Kassym-Jomart Tokayev" has three), then when it
has more letters and digits (punctuation adds nothing: 'New" Labour' is no fuller
than "New Labour"); among equally full names the most mentioned wins, then the
alphabetically first (``name_rank``). The same order picks

- an entity's label within one article (``kg.resolve.document.canonical_label``,
  among the forms its mentions use, acronyms and plurals aside);
- the node key across articles (``kg.resolve.across.Profile.rank``: the key of
  the fullest name; mention counts left out, so that more articles about a person
  never move their IRI);
- the label of a node (``NodeTally.summary``): the fullest of the names whose
  own key is the node's key, so a node keyed ``kassym-jomart-tokayev`` is labelled
  "Kassym-Jomart Tokayev" however often other articles call him "Tokayev".

Types. Within an article (``vote_type``), each mention brings the type
``kg.extract`` gave it (NER's label corrected by the cues of ``kg.extract.cues``:
head words, cue nouns, given names, teams; a name that holds a role is a
person's) and the vote adds what the names themselves say (titles, organisation
nouns, country names, the roles they hold, the GeoNames gazetteer), so that one
NER error does not make a president an organisation or a city a person. Across
articles (``vote_entity_types``, which ``NodeTally.summary`` calls), each
article's voted type weighs its mentions there and a tie goes to the more
specific type, so an entity has one type in the whole archive; a node's
GeoNames link is one that an article of the voted place type gave it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from kg.extract.cues import looks_like_person
from kg.lexicon import (
    CAPITALS,
    COUNTRIES,
    DESCRIPTION_NOUNS,
    GIVEN_NAMES,
    PARTY_MEMBERS,
    PERSON_TITLES,
    REGIONS,
    demonym_country,
)
from kg.lexicon.gazetteer import gazetteer
from kg.records import Entity, Mention, PlaceLink
from kg.resolve.forms import is_ambiguous_place, name_words
from kg.resolve.readings import reading_votes
from kg.resolve.townsurnames import surname_names_place
from kg.resolve.tradenames import is_trade_stem
from kg.types import EntityType, Span

PLACES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})
_NAMED_AFTER_PEOPLE = frozenset({EntityType.WORK, EntityType.PRODUCT, EntityType.EVENT})
_CITY_BY_ALTERNATE = 100_000  # a place known by an alternate name is a city when it is this big
# A one-word name without titles that NER took for an organisation or a person is the
# city of that name when the city is this big ("Nairobi", "Sydney"; "Brighton", "Slough":
# an article introduces a person by a full name or a title). A name that speaks keeps
# NER's reading, and so does a person's in a text too short to introduce anyone (a
# sentence alone: "Oswald shot Kennedy", and Kennedy is a Bogota district of 980,000).
_CITY_MISREAD = {EntityType.ORGANIZATION: 500_000, EntityType.PERSON: 100_000}
_PERSON_ALONE = 1_000_000  # the person's bar in a text of fewer than _ARTICLE sentences
_ARTICLE = 3
# Types that an extraction cue gave and NER never does: each such mention counts more.
_CUED = frozenset({EntityType.SPORTS_TEAM, EntityType.PRODUCT, EntityType.WORK, EntityType.EVENT, EntityType.LAW})
_THINGS = _CUED - {EntityType.SPORTS_TEAM}
_CUE_BONUS = 5  # the most one cued product, work, event or law adds beyond its own vote


def vote_type(mentions: list[Mention], *, holders: frozenset[Span] = frozenset(), speakers: tuple[Span, ...] = (),
              sentences: int = _ARTICLE) -> EntityType:
    """One type from all mentions and their context, so that one NER error does not
    make a president an organisation.

    Each mention votes for its own type (1; 2 for a type NER gives rarely:
    product, work, event, law; 3 when a cue in the text gave it; 5 for a country's
    name playing as a team), and a product, work, event or law a cue gave once
    outvotes NER's repeated label ("multiple sclerosis drug Tysabri"); a person's title ("President", "Mr") votes
    Person (3), and a role the mention holds (its span in ``holders``: "their
    Welsh striker Craig Bellamy", read by ``kg.extract.positions``) outvotes the
    other mentions together, as a firm's noun before a name that looks like a person's
    does for the firm ("US mortgage company Fannie Mae"); a name that ends in an organisation noun ("... Organisation",
    "... Ministry") votes Organization (2); a country's name votes Country (3),
    unless that mention plays as a team. A place that is a GeoNames city is a
    City; a one-word name without titles that is a city of 500,000 people or
    more is that city when NER called it an organisation ("Nairobi"), of 100,000 or more when
    it called it a person ("the Brighton conference"; ``speakers``, ``sentences``: ``_gazetteer_type``).

    >>> m = lambda text, t, titles=(): Mention(0, 1, text, t, 0, titles)
    >>> vote_type([m("Kassym-Jomart Tokayev", EntityType.ORGANIZATION), m("Tokayev", EntityType.PERSON, ("Mr",))]).value
    'Person'
    >>> vote_type([m("Kazakhstan", EntityType.ORGANIZATION), m("Kazakhstan", EntityType.PLACE)]).value
    'Country'
    >>> vote_type([m("Defence Ministry", EntityType.PERSON)]).value
    'Organization'
    >>> vote_type([m("Yukos", EntityType.PERSON), m("Yukos", EntityType.PERSON), m("Yukos", EntityType.ORGANIZATION)]).value
    'Organization'
    >>> plays = Mention(0, 7, "England", EntityType.SPORTS_TEAM, 0, cued=True)  # "England beat Wales"
    >>> vote_type([m("England", EntityType.COUNTRY), plays]).value
    'SportsTeam'
    >>> vote_type([m("Seattle", EntityType.PLACE)]).value, vote_type([m("Nairobi", EntityType.ORGANIZATION)]).value
    ('City', 'City')
    >>> cued = Mention(0, 7, "Tysabri", EntityType.PRODUCT, 0, cued=True)
    >>> vote_type([cued] + [m("Tysabri", EntityType.ORGANIZATION)] * 5).value
    'Product'
    >>> vote_type([Mention(0, 2, "EU", EntityType.PRODUCT, 0, cued=True)] + [m("EU", EntityType.ORGANIZATION)] * 11).value
    'Organization'
    >>> firm = Mention(20, 30, "Fannie Mae", EntityType.ORGANIZATION, 0, cued=True)  # "mortgage company Fannie Mae"
    >>> vote_type([m("Fannie Mae", EntityType.PERSON)] * 4 + [firm]).value
    'Organization'
    """
    votes: Counter[EntityType] = Counter()
    fullest = max(mentions, key=lambda m: len(name_words(m.text)))
    for mention in mentions:
        votes[_surname_type(mention, fullest)] += _weight(mention)
        if any(title.lower() in PERSON_TITLES for title in mention.titles):
            votes[EntityType.PERSON] += 3
        if mention.span in holders:
            # NER repeats its error on every "Bellamy"; one "striker Bellamy", "star Aaliyah" outweighs them.
            votes[EntityType.PERSON] += len(mentions) + 2
        words = name_words(mention.text)
        if words and DESCRIPTION_NOUNS.get(words[-1]) is EntityType.ORGANIZATION and len(words) > 1:
            votes[EntityType.ORGANIZATION] += 2
        if len(words) == 1 and DESCRIPTION_NOUNS.get(words[0]) is EntityType.ORGANIZATION:
            votes[EntityType.ORGANIZATION] += 2
        if " ".join(words) in COUNTRIES and mention.type not in {EntityType.PERSON, EntityType.SPORTS_TEAM}:
            # "Georgia" read as the US state from its context stays the state.
            ambiguous = is_ambiguous_place(mention.text) and mention.type in PLACES
            votes[mention.type if ambiguous else EntityType.COUNTRY] += 3
    _add_cue_bonus(votes, mentions)
    named_after = any(m.cued and m.type in _NAMED_AFTER_PEOPLE for m in mentions) or _firm_cued(votes, mentions)
    if fullest.type is EntityType.PERSON and looks_like_person(fullest.text) and not named_after:
        # "Craig Bellamy" with a given name: his surname read as a club does not outvote it.
        votes[EntityType.PERSON] += len(mentions)
    # News introduces a person by a full name, a title or an epithet that typed it ("R&B star
    # Aaliyah"); a one-word name with none that any mention calls an organisation is one ("Yukos").
    introduced = any(len(name_words(m.text)) > 1 or m.titles or (m.span in holders and m.cued) for m in mentions)
    if not introduced and votes[EntityType.ORGANIZATION] and votes[EntityType.PERSON]:
        votes[EntityType.ORGANIZATION] += votes.pop(EntityType.PERSON)
    _correct_misreadings(votes, mentions, fullest)
    # Specific place types beat the generic one they refine.
    if votes[EntityType.PLACE] and (votes[EntityType.COUNTRY] or votes[EntityType.CITY]):
        votes[max((EntityType.COUNTRY, EntityType.CITY), key=lambda t: votes[t])] += votes.pop(EntityType.PLACE)
    # A tie goes to what the fullest name was called ("Mikhail Khodorkovsky", not a
    # later "Khodorkovsky" read as an organisation).
    voted = min(votes, key=lambda t: (-votes[t], t is not fullest.type, t.value))
    if voted is EntityType.PLACE and any(m.cued and m.type is EntityType.PLACE for m in mentions):
        return voted  # the text read it as a region ("Camberley, Surrey"): no city of its name
    return _gazetteer_type(voted, fullest.text, introduced=_introduced(mentions, speakers), alone=sentences < _ARTICLE)


def _firm_cued(votes: Counter[EntityType], mentions: list[Mention]) -> bool:
    """ "US mortgage company Fannie Mae": a firm's noun beats the given name, as a role held does."""
    if not any(m.cued and m.type is EntityType.ORGANIZATION and looks_like_person(m.text) for m in mentions):
        return False
    votes[EntityType.ORGANIZATION] += len(mentions) + 2
    return True


def _add_cue_bonus(votes: Counter[EntityType], mentions: list[Mention]) -> None:
    """NER repeats its error on every "Tysabri"; one "drug Tysabri" outweighs them (a
    type NER rarely gives, from a cue in the text: product, work, event, law). Each cue
    adds at most ``_CUE_BONUS``, so that one cue does not outvote a large, consistent
    majority ("sell the new EU" against eleven "EU" read as an organisation)."""
    for kind in sorted({m.type for m in mentions if m.cued and m.type in _THINGS}, key=lambda t: t.value):
        cues = sum(m.cued and m.type is kind for m in mentions)
        votes[kind] += min(len(mentions), _CUE_BONUS * cues)


def _correct_misreadings(votes: Counter[EntityType], mentions: list[Mention], fullest: Mention) -> None:
    """Move the votes of NER's repeated guesses that the other mentions and the tables refute."""
    if _company_read_as_place(mentions):  # "production unit Yuganskneftegas (Yugansk) ... owns Yugansk"
        votes[EntityType.ORGANIZATION] += votes.pop(EntityType.PLACE, 0)
    if _company_read_as_group(mentions):  # "Brewing giant Inbev ... The deal gives Inbev" (NORP)
        votes[EntityType.ORGANIZATION] += votes.pop(EntityType.GROUP, 0)
    if _city_read_as_group(mentions, fullest):  # "places like Shinjuku and Shibuya" (NORP)
        votes[EntityType.PLACE] += votes.pop(EntityType.GROUP, 0)
    if _unknown_place_reading(mentions, fullest):
        votes.pop(EntityType.PLACE, None)


def _introduced(mentions: list[Mention], speakers: tuple[Span, ...]) -> bool:
    """Whether a mention has a title, a cue made it a person, or it holds the head of a
    speaker ("Kennedy said"; not "One leading Karachi broker said")."""
    return any(
        m.titles or (m.cued and m.type is EntityType.PERSON) or any(m.start <= start and end <= m.end for start, end in speakers)
        for m in mentions
    )


def _unknown_place_reading(mentions: list[Mention], fullest: Mention) -> bool:
    """NER's place reading of a long name is a guess from one of its words when
    another mention reads it as a person or an organisation and nothing else says
    place: no cue in the text ("Andhra Pradesh state"), no gazetteer or table entry.
    "National Company for Cooperative Insurance" is a firm, "Toshiyuki Shiga" a man.

    >>> m = lambda text, t: Mention(0, 1, text, t, 0)
    >>> _unknown_place_reading([m("Bayern Munich", EntityType.PLACE), m("Bayern Munich", EntityType.ORGANIZATION)], m("Bayern Munich", EntityType.PLACE))
    True
    >>> _unknown_place_reading([m("New York", EntityType.PLACE), m("New York", EntityType.ORGANIZATION)], m("New York", EntityType.PLACE))
    False
    """
    types = {mention.type for mention in mentions}
    form = " ".join(name_words(fullest.text))
    return (
        EntityType.PLACE in types
        and bool(types - PLACES)
        and " " in form
        and not any(mention.cued and mention.type in PLACES for mention in mentions)
        and form not in COUNTRIES
        and form not in REGIONS
        and not gazetteer().is_place(form)
        and not gazetteer().city_candidates(form)
    )


def _company_read_as_place(mentions: list[Mention]) -> bool:
    """NER's place reading of a name no gazetteer or table knows, repeated on every
    mention, is its guess when a cue in the text read one mention as an organisation
    ("its key production unit Yuganskneftegas (Yugansk) ... Rosneft now owns Yugansk")
    and none as a place: the organisation takes the place's votes.

    >>> m = lambda text, t, cued=False: Mention(0, 1, text, t, 0, cued=cued)
    >>> _company_read_as_place([m("Yuganskneftegas", EntityType.ORGANIZATION, True), m("Yugansk", EntityType.PLACE)])
    True
    >>> _company_read_as_place([m("Kenya", EntityType.ORGANIZATION, True), m("Kenya", EntityType.PLACE)])
    False
    """
    if not any(m.cued and m.type is EntityType.ORGANIZATION for m in mentions):
        return False
    if not any(m.type is EntityType.PLACE for m in mentions) or any(m.cued and m.type in PLACES for m in mentions):
        return False
    places = gazetteer()
    for form in {" ".join(name_words(m.text)) for m in mentions}:
        if form in COUNTRIES or form in REGIONS or places.is_place(form) or places.city_candidates(form):
            return False
    return True


def _company_read_as_group(mentions: list[Mention]) -> bool:
    """NER's group reading (NORP, a people's label) of a name, repeated on its mentions,
    is a guess when another mention reads it as an organisation ("Brewing giant Inbev
    has agreed ... The deal gives Inbev, the world's biggest beermaker": ORG once, NORP
    three times) and no form of it is a people's or a party's name: a demonym
    ("Americans"), a religion's ("Muslims", ``demonym_country``), a party member's
    ("Republicans"). A group a cue read ("Korn, who are at work") keeps its votes.

    >>> m = lambda text, t, cued=False: Mention(0, 1, text, t, 0, cued=cued)
    >>> _company_read_as_group([m("Inbev", EntityType.ORGANIZATION), m("Inbev", EntityType.GROUP)])
    True
    >>> _company_read_as_group([m("Republicans", EntityType.ORGANIZATION), m("Republicans", EntityType.GROUP)])
    False
    """
    groups = [m for m in mentions if m.type is EntityType.GROUP]
    if not groups or any(m.cued for m in groups) or not any(m.type is EntityType.ORGANIZATION for m in mentions):
        return False
    for form in {" ".join(name_words(m.text)) for m in mentions}:
        singular = form[:-3] + "y" if form.endswith("ies") else form.removesuffix("s")  # "Tories", "Democrats"
        if demonym_country(form) is not None or form in PARTY_MEMBERS or singular in PARTY_MEMBERS:
            return False
    return True


def _city_read_as_group(mentions: list[Mention], fullest: Mention) -> bool:
    """NER's group reading (NORP) of a one-word name that is a big city's (GeoNames,
    ``_CITY_BY_ALTERNATE`` people or more) and no people's is the city: "places like
    Shinjuku and Shibuya". A group a cue read keeps its votes (a band named after a city,
    "Korn, who are ..."), and so does a plural-looking word, a people's first ("we Brits
    can be so apathetic", the Brit Awards "at the Brits"; Brits is a South African city).

    >>> m = lambda text, t, cued=False: Mention(0, 1, text, t, 0, cued=cued)
    >>> _city_read_as_group([m("Shibuya", EntityType.GROUP)], m("Shibuya", EntityType.GROUP))
    True
    >>> _city_read_as_group([m("Boston", EntityType.GROUP, True)], m("Boston", EntityType.GROUP, True))
    False
    >>> _city_read_as_group([m("Brits", EntityType.GROUP)], m("Brits", EntityType.GROUP))
    False
    """
    words = name_words(fullest.text)
    if len(words) != 1 or not fullest.text[:1].isupper() or demonym_country(fullest.text) is not None or (
            words[0].endswith("s")):  # a plural is a people's word first: "we Brits", "at the Brits" (no city Brits)
        return False
    if any(m.cued for m in mentions if m.type is EntityType.GROUP):
        return False
    return gazetteer().population(words[0]) >= _CITY_BY_ALTERNATE


def _surname_type(mention: Mention, fullest: Mention) -> EntityType:
    """A mention's type, but a person's surname alone that NER read as a place or a thing, with no cue and no
    known place's name (``kg.resolve.townsurnames``), is the person's: "Ronan O'Gara ... O'Gara kicked" (NER: a place).

    >>> person = Mention(0, 12, "Ronan O'Gara", EntityType.PERSON, 0)
    >>> _surname_type(Mention(0, 6, "O'Gara", EntityType.PLACE, 1), person).value
    'Person'
    >>> _surname_type(Mention(0, 6, "Boston", EntityType.CITY, 1), Mention(0, 10, "Tom Boston", EntityType.PERSON, 0)).value
    'City'

    Likewise a firm's name without its trade's words that NER read as a person is the firm's.

    >>> _surname_type(Mention(30, 36, "Baikal", EntityType.PERSON, 1), Mention(0, 20, "Baikal Finance Group", EntityType.ORGANIZATION, 0)).value
    'Organization'
    """
    if mention.type is EntityType.PERSON and is_trade_stem(mention, fullest):
        return fullest.type  # "Baikal Finance Group ... Baikal" (NER's person): the firm (kg.resolve.tradenames)
    words = name_words(mention.text)
    if (
        fullest.type is EntityType.PERSON and not mention.cued and mention.type is not EntityType.PERSON
        and len(words) == 1 and len(name_words(fullest.text)) > 1 and words[0] == name_words(fullest.text)[-1]
        and not surname_names_place(mention) and " ".join(words) not in COUNTRIES
    ):
        return EntityType.PERSON
    return mention.type


def _weight(mention: Mention) -> int:
    """A mention's vote for its own type: 1 for NER's label; 3 for a type a cue in
    the text gave; a team's play, read in a sports report only, outweighs a
    country's name (5), but a mention that is the team only because others play
    counts 1, so that where the text speaks of the country more often than its
    team plays ("Spain's Football Federation", "Spain's minister of sport" against
    "Spain won"), the node is the country."""
    if mention.type is EntityType.SPORTS_TEAM and " ".join(name_words(mention.text)) in COUNTRIES:
        # A team's own play ("Spain won") outweighs a country's name; a mention made the
        # team only because another plays (kg.extract.mentions spreads it) counts 1.
        return 5 if mention.cued else 1
    return 3 if mention.cued else 2 if mention.type in _CUED else 1


def _gazetteer_type(voted: EntityType, name: str, *, introduced: bool, alone: bool = False) -> EntityType:
    """A place that GeoNames knows as a city is a City ("Seattle"); a one-word
    name without titles that is a big city's is that city ("Nairobi" read as an
    organisation, "Sydney" as a person; see ``_CITY_MISREAD``), and so is a country's
    capital of any size read as a person ("Mbabane"; capitals.tsv, not a given name's). Countries and US
    states keep their type. ``introduced``: a mention has a title, a cue made it a
    person (a line-up's "S Orlando") or it speaks (the head spans of speakers, "Kennedy
    said"); ``alone``: the text has too few sentences to introduce anyone, and a
    person's bar is a million.

    >>> _gazetteer_type(EntityType.PERSON, "Brighton", introduced=False), _gazetteer_type(EntityType.PERSON, "Kennedy", introduced=False, alone=True)
    (<EntityType.CITY: 'City'>, <EntityType.PERSON: 'Person'>)
    """
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
    if voted is EntityType.PERSON and not introduced and form in CAPITALS and form.split()[0] not in GIVEN_NAMES:
        return EntityType.CITY  # "Mbabane" (76,000 people): a country's capital, however small, is no one's name
    bar = _PERSON_ALONE if alone and voted is EntityType.PERSON else _CITY_MISREAD.get(voted, 0)
    if voted in _CITY_MISREAD and " " not in form and not introduced and places.population(form) >= bar:
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


def fullness(name: str) -> tuple[int, int]:
    """How full a name is, as (words, letters and digits); more is fuller.

    >>> fullness("Kassym-Jomart Tokayev"), fullness("Tokayev"), fullness('New" Labour')
    ((3, 19), (1, 7), (2, 9))
    """
    return (len(name_words(name)), sum(character.isalnum() for character in name))


def name_rank(name: str, mentions: int = 0) -> tuple:
    """Sort key putting the fullest name first: most words, then most letters and
    digits, then most mentioned, then alphabetical.

    >>> sorted(["Tokayev", "Kassym-Jomart Tokayev", "Mr Tokayev"], key=name_rank)
    ['Kassym-Jomart Tokayev', 'Mr Tokayev', 'Tokayev']
    """
    words, length = fullness(name)
    return (-words, -length, -mentions, name)


def fullest(names: Mapping[str, int]) -> str:
    """The fullest of ``names`` (name to mention count); see ``name_rank``.

    >>> fullest({"Tokayev": 4, "Kassym-Jomart Tokayev": 1})
    'Kassym-Jomart Tokayev'
    >>> fullest({"Kassym Jomart Tokayev": 1, "Kassym-Jomart Tokayev": 2})
    'Kassym-Jomart Tokayev'
    >>> fullest({'New" Labour': 1, "New Labour": 5})
    'New Labour'
    """
    return min(names, key=lambda name: name_rank(name, names[name]))


class NodeTally:
    """Running totals of what each document says about one node, so that filing one
    more document costs the same however many documents already name the node.

    Each document contributes its entity as filed under the node key, with the key
    the document itself gave it (``own`` when that is the node's key: its names
    are the ones the key was made from).
    """

    __slots__ = ("by_document", "_names", "_own_names", "_types", "_aliases", "_documents", "_mentions", "_named")

    def __init__(self) -> None:
        self.by_document: dict[str, tuple[Entity, bool]] = {}
        self._names: dict[str, int] = {}
        self._own_names: dict[str, int] = {}
        self._types: dict[EntityType, int] = {}
        self._aliases: dict[str, int] = {}
        self._documents: dict[str, int] = {}
        self._mentions = 0
        self._named = 0  # documents whose entity is named, not only described

    def add(self, document_id: str, entity: Entity, *, own: bool) -> None:
        self.remove(document_id)
        self.by_document[document_id] = (entity, own)
        self._count(entity, own, 1)

    def remove(self, document_id: str) -> None:
        found = self.by_document.pop(document_id, None)
        if found is not None:
            self._count(*found, -1)

    def _count(self, entity: Entity, own: bool, sign: int) -> None:
        # Names and types are weighted by mentions (at least one, so that a record
        # made without a count still has a say); aliases and documents by presence.
        weight = sign * max(entity.mentions, 1)
        _bump(self._names, entity.label, weight)
        if own:
            _bump(self._own_names, entity.label, weight)
        _bump(self._types, entity.type, weight)
        for alias in entity.aliases:
            _bump(self._aliases, alias, sign)
        for document in entity.documents:
            _bump(self._documents, document, sign)
        self._mentions += sign * entity.mentions
        self._named += sign * (not entity.described)

    def summary(self, key: str) -> Entity:
        """The node as one entity: independent of the order documents came in."""
        label = fullest(self._own_names or self._names)
        entity_type = vote_entity_types(reading_votes(key, self._types).items())  # kg.resolve.readings
        aliases = (set(self._aliases) | set(self._names)) - {label}
        return Entity(
            key=key,
            label=label,
            type=entity_type,
            aliases=tuple(sorted(aliases)),
            mentions=self._mentions,
            documents=tuple(sorted(self._documents)),
            place=self._place(entity_type),
            described=bool(self.by_document) and not self._named,
        )

    def _place(self, entity_type: EntityType) -> PlaceLink | None:
        # A place link is the same whichever document gives it (a GeoNames id for
        # a name); a node voted a person or a team has none ("Houston" the singer),
        # and one that documents typed otherwise (a City's link on a Country node) is
        # taken only when no document of the voted type gives one. When documents
        # disagree, the one of the first document, by id.
        if entity_type not in PLACES:
            return None
        links = [
            (entity.type is not entity_type, document_id, entity.place)
            for document_id, (entity, _) in self.by_document.items()
            if entity.place is not None
        ]
        return min(links, key=lambda link: link[:2])[2] if links else None


def _bump(counter: dict, item: object, by: int) -> None:
    """Add ``by`` to a count, dropping the item when nothing is left of it.
    (Plain dicts, not ``Counter``: a node's tallies are made and bumped for every
    document that names it, and ``Counter`` does both in Python.)"""
    total = counter.get(item, 0) + by
    if total:
        counter[item] = total
    else:
        counter.pop(item, None)


__all__ = ["PLACES", "NodeTally", "fullest", "fullness", "name_rank", "vote_entity_types", "vote_type"]
