"""Readings of a name across its article: the article's people's surnames, and a
team read once that is the team throughout.

- ``article_surnames``: the last words of the article's people's full names.
- ``surnames_are_people``: "Frederic Michalak ... Michalak played well too": a
  surname NER alone typed a thing is the person.
- ``spread_teams``: in a sports report "England face Wales ... England's coach": a
  team once (or a club in brackets after a player's name: "Mike Blair (Edinburgh
  Rugby)", ``kg.extract.bracketclubs``) is the team throughout, except where the text speaks of the country;
  so is a one-word name NER read as a person that plays as a team once ("Everton
  visit Plymouth").
- ``listed_with_clubs``: "close the gap on Chelsea, Everton and Arsenal": a name NER
  read as a person, a town, an organisation or a ground, listed with a club, is a club.
- ``companies_not_people``: "O2 said ... O2 reported profits of £1bn": a name NER
  read as a person that does a company's business once is the company throughout.
- ``countries_not_people``: "Sri Lanka's banks": a country's name is no person's.
- ``companies_named_after_places``: "Texas Instruments ... Texas said": a place's
  name that opens one company's name and speaks or acts as a company is its short form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from kg.extract.bracketclubs import bracketed_clubs
from kg.extract.codednames import coded_people
from kg.extract.company_cues import (
    acts_as_organisation,
    does_company_business,
    has_company_possession,
    has_shares,
    speaks_through,
    takes_plural_verb,
)
from kg.extract.cues import (
    is_team,
    looks_like_person,
    speaks_of_country,
)
from kg.extract.firmkinds import after_firm_kind
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import (
    CAPITALS,
    COUNTRIES,
    GIVEN_NAMES,
    KIND_NAMES,
    NICKNAMES,
    ORG_SUFFIXES,
    PERSON_TITLES,
    SPEECH_CUES,
    TYPE_CUES,
)
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_TEAM_READABLE = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE, EntityType.ORGANIZATION, EntityType.GROUP})


def article_surnames(found: list[tuple[Mention, Bounds]]) -> set[str]:
    """The last words of the article's people's full names, folded; a hyphenated
    surname both whole and by its last part ("Justine Henin-Hardenne ... Henin-Hardenne's
    year": "henin hardenne", "hardenne")."""
    full = [
        mention.text for mention, _ in found
        if " " in mention.text and (mention.type is EntityType.PERSON or looks_like_person(mention.text))
    ]
    return {fold(text).split()[-1] for text in full} | {fold(text.split()[-1]) for text in full}


def as_organisations(found: list[tuple[Mention, Bounds]], firms: set[str], evidence: set[Bounds],
                     misread: Callable[[Mention], bool]) -> list[tuple[Mention, Bounds]]:
    """``found`` with each mention of a name in ``firms`` (folded) that ``misread`` picks typed an
    organisation, cued where its own words are the evidence (``groupfirms``, ``researchers``,
    ``placefirms``)."""
    return [
        (replace(m, type=EntityType.ORGANIZATION, cued=m.cued or b in evidence), b)
        if misread(m) and fold(m.text) in firms
        else (m, b)
        for m, b in found
    ]


def article_people(found: list[tuple[Mention, Bounds]]) -> set[str]:
    """The first words and surnames of the article's people's full names, folded:
    "Xabi could not play" in an article about Xabi Alonso is his first name."""
    return article_surnames(found) | {
        fold(m.text).split()[0] for m, _ in found if " " in m.text and m.type is EntityType.PERSON
    }


def surnames_are_people(found: list[tuple[Mention, Bounds]], sport: frozenset[str] = frozenset()) -> list[
        tuple[Mention, Bounds]]:
    """A one-word name that is the surname of one of the article's people, typed a
    thing by NER alone (no cue), is that person: "Frederic Michalak ... Michalak
    played well too" (NER: a product). Places keep their type ("Washington"), but in
    a sports report (``sport``) a town's name that is a surname of the article's people
    is that person: "referee Hugh Dallas ... advised Dallas to award a penalty" (a
    town that fields a team is read as the team afterwards, by ``spread_teams``)."""
    surnames = article_surnames(found)
    return [
        (replace(m, type=EntityType.PERSON), b)
        if (m.type in _NOT_SURNAMES or (sport and m.type in _TOWNS)) and not m.cued and " " not in m.text
        and fold(m.text) in surnames
        else (m, b)
        for m, b in found
    ]


_NOT_SURNAMES = frozenset({EntityType.PRODUCT, EntityType.WORK, EntityType.EVENT, EntityType.LAW, EntityType.FACILITY})
_TOWNS = frozenset({EntityType.CITY, EntityType.PLACE})
# A company cue read on a mention of either type is evidence about the name (companies_not_people).
_READ_AS_COMPANY = frozenset({EntityType.PERSON, EntityType.ORGANIZATION})
# A company's generic last words, but a trade's that names one kind of firm ("Airlines", "Bank").
_GENERIC_SUFFIXES = ORG_SUFFIXES - {word for kind, names in KIND_NAMES.items() if kind != "company" for word in names}


def spread_teams(
    found: list[tuple[Mention, Bounds]], sport: frozenset[str], words: Words
) -> list[tuple[Mention, Bounds]]:
    """In a sports report a name read as a team once is the team throughout ("England
    face Wales ... England's coach"; a club in brackets after a player's name is one,
    ``kg.extract.bracketclubs``), but where the text speaks of the country
    ("Spain's minister of sport", ``kg.extract.cues.speaks_of_country``), and a city's name that NER calls an
    organisation and that acts (subject, object, owner) is a club ("Newcastle have
    signed ..."; not "World and Commonwealth champion")."""
    if not sport:
        return found
    found = bracketed_clubs(found, words, sport)  # "Mike Blair (Edinburgh Rugby)": a player's club
    surnames = article_surnames(found)
    # "Campbell's defence" in an article about Sol Campbell is his, not a club's.
    teams = ({fold(m.text) for m, _ in found if m.type is EntityType.SPORTS_TEAM} | _clubs_read_as_people(found, sport, words)) - surnames
    teams |= listed_with_clubs(found, teams, sport, words)
    spread = []
    for mention, bounds in found:
        form = fold(mention.text)
        if mention.type is EntityType.SPORTS_TEAM and form in surnames:
            mention = replace(mention, type=EntityType.PERSON)
        elif form in COUNTRIES and speaks_of_country(words, *bounds):
            # "Spain's minister of sport": the country, however often its team plays;
            # the vote weighs this against the team's own plays (kg.resolve.vote).
            mention = replace(mention, type=EntityType.COUNTRY, cued=True)
        elif mention.type is EntityType.PERSON and form in teams:
            mention = replace(mention, type=EntityType.SPORTS_TEAM, cued=True)  # "Everton visit Plymouth ... Everton"
        elif mention.type in _TEAM_READABLE and (
            form in teams
            or (
                mention.type is EntityType.ORGANIZATION
                and " " not in form
                and gazetteer().is_city(form)
                and words.root(*bounds).dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}
                and not _named_as_place(words, *bounds)
            )
        ):
            mention = replace(mention, type=EntityType.SPORTS_TEAM, cued=False)  # no play of its own
        spread.append((mention, bounds))
    return spread




def companies_not_people(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()
) -> list[tuple[Mention, Bounds]]:
    """A name that NER read as a person, with no given name, no person's title and
    no person of the article's first name or surname, is an organisation in all its
    mentions when one of them acts as one (``kg.extract.cues``): the subject of a
    company's business ("O2 reported profits of £1bn"), what only a company has
    after a possessive ("Pernod Ricard's shares"), shares in it ("shares in Pernod
    Ricard rose"); outside sports reports (where teams play), the lone subject of a
    plural verb ("Keane are back in the studio": a band). Its shorter forms that
    open it go with it ("Pernod" for Pernod Ricard), and so does the short form of an
    organisation's name that ends in a company's generic words ("Altria" of "Altria Group":
    "Altria shares up 5%"; ``org_suffixes.txt``). NER repeats its reading on every
    mention; one cue is evidence about the name, not about that mention only, and so
    is the cue that already made its mention an organisation ("Yukos' former key oil
    production unit ... Yukos is being broken up": every "Yukos").
    """
    titled = {fold(m.text) for m, _ in found if any(title.lower() in PERSON_TITLES for title in m.titles)}
    person_named = {fold(m.text) for m, _ in found if looks_like_person(m.text)} | titled | article_people(found)
    person_named |= {fold(m.text) for m, _ in found if fold(m.text) in NICKNAMES}  # "Lib Dems": the table types it
    companies = {  # what no person has overrides a given name ("William Hill spokesman Rupert Adams")
        fold(m.text) for m, bounds in found if m.type in _READ_AS_COMPANY and speaks_through(words, *bounds)} - titled
    companies |= {
        fold(m.text)
        for m, bounds in found
        if fold(m.text) not in person_named and (
            (m.type in _READ_AS_COMPANY and _acts_as_company(words, *bounds))
            or (m.type is EntityType.PERSON and not sport and fold(m.text) not in GIVEN_NAMES
                and takes_plural_verb(words, *bounds))
        )
    }
    companies |= coded_people(found) - person_named  # "O2", "BBC1": no one's name (kg.extract.codednames)
    shorter = {" ".join(form.split()[:n]) for form in companies for n in range(1, len(form.split()))}
    shorter = (shorter | suffixed_short_forms(found)) - person_named
    if not companies and not shorter:
        return found
    return [
        (replace(m, type=EntityType.ORGANIZATION, cued=m.cued or fold(m.text) in companies), b)
        if m.type is EntityType.PERSON and (fold(m.text) in companies or fold(m.text) in shorter)
        else (m, b)
        for m, b in found
    ]


def suffixed_short_forms(found: list[tuple[Mention, Bounds]]) -> set[str]:
    """The folded short forms of the article's organisations' names that end in a company's
    generic words (``org_suffixes.txt``): "altria" of "Altria Group", "pew" of "Pew Research";
    not before an airline's, a bank's or another trade's word of ``kind_names.tsv``, whose
    short form may be the group's brand ("Kingfisher" lager beside "Kingfisher Airlines").

    >>> org = lambda text: (Mention(0, len(text), text, EntityType.ORGANIZATION, 0), (0, 1))
    >>> sorted(suffixed_short_forms([org("Altria Group"), org("Pew Research"), org("Group"), org("Kingfisher Airlines")]))
    ['altria', 'pew']
    """
    forms = set()
    for mention, _ in found:
        words = fold(mention.text).split()
        if mention.type is EntityType.ORGANIZATION and len(words) > 1:
            cut = len(words)
            while cut > 1 and words[cut - 1] in _GENERIC_SUFFIXES:
                cut -= 1
            if cut < len(words):
                forms.add(" ".join(words[:cut]))
    return forms


def _acts_as_company(words: Words, start: int, end: int) -> bool:
    return (
        does_company_business(words, start, end)
        or has_company_possession(words, start, end)
        or has_shares(words, start, end)
        or after_firm_kind(words, start, end)  # "water firm Aguas Argentinas" (kg.extract.firmkinds)
    )


def _clubs_read_as_people(found: list[tuple[Mention, Bounds]], sport: frozenset[str], words: Words) -> set[str]:
    """In a report on a team sport, one-word names NER read as people that play as a
    team in one of their mentions (``kg.extract.cues.is_team``: "Third-placed Everton
    visit Plymouth", "Everton's manager", "Everton striker James Beattie"), with no
    given name, no person's title and no first name or surname of the article's
    people: clubs ("Everton"). Not in a tennis report, where people play."""
    if "tennis" in sport:
        return set()
    people = article_people(found)
    titled = {fold(m.text) for m, _ in found if m.titles}
    return {
        fold(m.text)
        for m, bounds in found
        if m.type is EntityType.PERSON and bounds[1] - bounds[0] == 1 and not looks_like_person(m.text)
        and fold(m.text) not in people | titled and fold(m.text) not in GIVEN_NAMES and is_team(words, *bounds)
    }


def listed_with_clubs(found: list[tuple[Mention, Bounds]], teams: set[str], sport: frozenset[str], words: Words) -> set[str]:
    """Names NER read as people, towns, organisations or grounds that a list joins to a
    club (of ``teams``, or a club's nickname of ``nicknames.tsv``; only commas, "and",
    "or" and "the" between them: "close the gap on Chelsea, Everton and Arsenal", "the
    former Rangers and Everton boss"), with no person's title, no first name or surname
    of the article's people and no given name before a surname: clubs too ("Chelsea":
    a list of clubs is no place for a first name alone; "Werder Bremen" is no person).
    Not in a tennis report, where people are listed with the teams of their countries;
    a country's team makes no list of clubs."""
    if "tennis" in sport:
        return set()
    people = article_people(found) | {fold(m.text) for m, _ in found if m.titles}
    nicknamed = {fold(m.text) for m, _ in found  # "Chelsea and the Gunners": a club's nickname in any sport
                 if any(reading.type is EntityType.SPORTS_TEAM for reading in NICKNAMES.get(fold(m.text), ()))}
    clubs = {form for form in teams if form not in COUNTRIES} | nicknamed
    pairs = _listed_pairs(sorted(found, key=lambda item: item[1]), words)
    found_more = True
    while found_more:  # "Chelsea, Everton and Arsenal": Everton joins Arsenal, then Chelsea joins Everton
        found_more = False
        for first, second in pairs:
            for mention, other in ((first, second), (second, first)):
                form = fold(mention.text)
                if fold(other.text) in clubs and form not in clubs and mention.type in _LISTED_AS_CLUBS \
                        and form not in people and (" " not in form or not looks_like_person(mention.text)):
                    clubs.add(form)
                    found_more = True
    return clubs - teams


def _listed_pairs(ordered: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Mention]]:
    """Neighbours of one list of names, but not of a list after "in" or "at", which
    names places ("defeats in Blomefontein and Cape Town")."""
    pairs = []
    placed = False
    for (first, (first_start, first_end)), (second, (second_start, _)) in pairwise(ordered):
        between = words.words[first_end:second_start]
        if not between or any(word.lower_ not in _LISTING for word in between):
            placed = False
            continue
        placed = placed or (first_start > 0 and words.words[first_start - 1].lower_ in ("in", "at"))
        if not placed:
            pairs.append((first, second))
    return pairs


# What may stand between two names of one list: "Chelsea, Everton and Arsenal", "Chelsea and the Gunners".
_LISTING = frozenset({",", "and", "or", "the"})
_LISTED_AS_CLUBS = frozenset({EntityType.PERSON, EntityType.CITY, EntityType.PLACE, EntityType.ORGANIZATION,
                              EntityType.FACILITY})
_PLACES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})


def companies_named_after_places(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """A one-word place's name that opens the name of exactly one organisation of the
    article, and that speaks (the subject of a speech verb, ``speech_cues.tsv``) or
    acts as a company in one of its mentions, is that company in all of them:
    "Texas Instruments ... Texas, which makes chips for phones, said ..." (NER: the
    state). The mentions become organisations, cued, so that kg.resolve.variants joins
    them to the longer name. No country's or capital's name: they speak for their
    governments ("Washington said" beside the Washington Post).
    """
    openers: dict[str, int] = {}
    for form in {fold(m.text) for m, _ in found if m.type is EntityType.ORGANIZATION and " " in m.text}:
        openers[form.split()[0]] = openers.get(form.split()[0], 0) + 1
    named = {
        fold(m.text)
        for m, bounds in found
        if m.type in _PLACES and bounds[1] - bounds[0] == 1 and openers.get(fold(m.text)) == 1
        and fold(m.text) not in COUNTRIES and fold(m.text) not in CAPITALS and _speaks_or_trades(words, *bounds)
    }
    if not named:
        return found
    return [
        (replace(m, type=EntityType.ORGANIZATION, cued=True), b) if m.type in _PLACES and fold(m.text) in named else (m, b)
        for m, b in found
    ]


def _speaks_or_trades(words: Words, start: int, end: int) -> bool:
    root = words.root(start, end)
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_CUES:
        return True
    return acts_as_organisation(words, start, end) or does_company_business(words, start, end)


def _named_as_place(words: Words, start: int, end: int) -> bool:
    """ "the southern Indian city of Hyderabad": the name of a place's kind (``type_cues.tsv``)."""
    root = words.root(start, end)
    return root.dep_ == "pobj" and root.head.lower_ == "of" and TYPE_CUES.get(root.head.head.lemma_.lower()) in _PLACES


def countries_not_people(found: list[tuple[Mention, Bounds]]) -> list[tuple[Mention, Bounds]]:
    """A country's name NER read as a person, without a person's title and no first
    name or surname of the article's people, is the country ("Sri Lanka's banks",
    NER: a person, beside two mentions it read as the country); "Jordan" in an
    article about Eddie Jordan stays his."""
    people = article_people(found)
    return [
        (replace(m, type=EntityType.COUNTRY), b)
        if m.type is EntityType.PERSON and not m.titles and fold(m.text) in COUNTRIES and fold(m.text) not in people
        else (m, b)
        for m, b in found
    ]
