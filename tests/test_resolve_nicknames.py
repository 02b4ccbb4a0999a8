"""Nicknames and short forms (kg.resolve.nicknames, kg.resolve.variants) on hand-built mentions."""

from __future__ import annotations

import pytest

from kg.errors import LexiconError
from kg.lexicon import NICKNAMES
from kg.lexicon.table import TABLES, parse_table
from kg.records import Mention
from kg.resolve.names import cluster_names
from kg.resolve.nicknames import read_nickname
from kg.types import EntityType as T


def _m(text: str, entity_type: T = T.ORGANIZATION, titles: tuple[str, ...] = ()) -> Mention:
    return Mention(0, len(text), text, entity_type, 0, titles)


@pytest.mark.parametrize(
    ("nickname", "context", "names", "expected"),
    [
        # The sport picks the reading ...
        ("Saints", {"sport", "rugby"}, [], "Northampton Saints"),
        ("Saints", {"sport", "football"}, [], "Southampton"),
        # ... or the article's own name for it, in full or short.
        ("Saints", set(), ["southampton"], "Southampton"),
        ("Spurs", set(), ["tottenham"], "Tottenham Hotspur"),
        ("the Red Devils", {"sport", "football"}, [], "Manchester United"),
        ("Tories", set(), [], "Conservative Party"),
        ("Abu Mazen", set(), [], "Mahmoud Abbas"),
        ("Tory", set(), [], "Conservative Party"),
        ("Labour", set(), [], "Labour Party"),
        ("New Labour", set(), [], "Labour Party"),
        ("Oscar", set(), [], "Academy Awards"),
        # One award of the ceremony, NER's person ("British actor Clive Owen, who has won a Golden Globe").
        ("Golden Globe", set(), [], "Golden Globe Awards"),
        ("Grammy", set(), [], "Grammy Awards"),
        ("the Fed", set(), [], "Federal Reserve"),
        # One nickname of several clubs in one sport: only the club the article names.
        ("the Reds", {"sport", "football"}, ["liverpool"], "Liverpool"),
        ("Reds", {"sport", "football"}, ["nottingham forest"], "Nottingham Forest"),
        ("Blues", {"sport", "football"}, ["chelsea", "arsenal"], "Chelsea"),
        ("Reds", {"sport", "football"}, [], None),
        # A club's last word alone: the one club of that word the article names by its town (BBC sport/213).
        ("Rovers", {"sport", "football"}, ["blackburn"], "Blackburn Rovers"),
        ("Wanderers", {"sport", "football"}, ["bolton"], "Bolton Wanderers"),
        ("Rovers", {"sport", "football"}, [], None),
        ("Blues", {"sport", "rugby"}, ["cardiff blues"], None),
        # No support: left as written.
        ("Saints", set(), [], None),
        ("Spurs", set(), [], None),
    ],
)
def test_nicknames_read_in_context(nickname, context, names, expected):
    reading = read_nickname(nickname, context, names)
    assert (reading.name if reading else None) == expected


def test_nicknames_every_row_has_a_source():
    assert all(reading.source and reading.name for readings in NICKNAMES.values() for reading in readings)


def test_nicknames_one_row_per_context_and_name():
    table = TABLES["nicknames.tsv"]
    two = "saints\tfootball\tSouthampton\tSportsTeam\tclub\nsaints\trugby\tNorthampton Saints\tSportsTeam\tclub\n"
    assert len(parse_table(two, "nicknames.tsv", table)) == 2
    assert len(parse_table(two.replace("rugby", "football"), "nicknames.tsv", table)) == 2
    with pytest.raises(LexiconError, match="listed twice"):
        parse_table(two.replace("rugby", "football").replace("Northampton Saints", "Southampton"), "nicknames.tsv", table)


@pytest.mark.parametrize(
    ("names", "context", "clusters"),
    [
        # A nickname joins the team the article names, in full or by a short form.
        ([_m("Tottenham Hotspur", T.SPORTS_TEAM), _m("Spurs")], (), ((0, 1),)),
        ([_m("Tottenham", T.SPORTS_TEAM), _m("Spurs")], (), ((0, 1),)),
        ([_m("Northampton", T.SPORTS_TEAM), _m("Saints")], ("sport", "rugby"), ((0, 1),)),
        # ... but a short form of another kind is another thing: the Academy is no Oscars.
        ([_m("Academy"), _m("Oscars", T.EVENT)], (), ((0,), (1,))),
        # Acronyms with an abbreviated word; BBC-style acronyms written as words.
        ([_m("UK Independence Party"), _m("UKIP")], (), ((0, 1),)),
        ([_m("World Community Grid", T.PRODUCT), _m("WCG")], (), ((0, 1),)),
        ([_m("Scottish Environment Protection Agency"), _m("Sepa")], (), ((0, 1),)),
        # Truncated names and a name's head word alone.
        ([_m("Reserve Bank of Australia"), _m("Reserve Bank")], (), ((0, 1),)),
        ([_m("European Commission"), _m("Commission")], (), ((0, 1),)),
        ([_m("Gambling Bill", T.LAW), _m("Bill", T.PERSON)], (), ((0, 1),)),
        # Product versions: one version named, the short form is it; two, it is neither.
        ([_m("Windows XP Home", T.PRODUCT), _m("Windows XP", T.PRODUCT)], (), ((0, 1),)),
        ([_m("Windows XP Home", T.PRODUCT), _m("Windows XP Professional", T.PRODUCT), _m("Windows XP", T.PRODUCT)], (), ((0,), (1,))),
        # A party's members for the party.
        ([_m("Conservative Party"), _m("Conservatives", T.GROUP)], (), ((0, 1),)),
        # A surname whatever NER said; a family name that is not the last word.
        ([_m("Teodoro Obiang Nguema", T.PERSON), _m("Obiang", T.PLACE)], (), ((0, 1),)),
        ([_m("Juan Carlos Ferrero", T.PERSON), _m("Juan Carlos", T.PERSON)], (), ((0, 1),)),
        ([_m("Jacques Barrot", T.PERSON), _m("Barot", T.PERSON)], (), ((0, 1),)),
        # ... but never a known place's name, nor a place that begins a longer name.
        ([_m("Whitney Houston", T.PERSON), _m("Houston", T.CITY)], (), ((0,), (1,))),
        ([_m("Texas Instruments"), _m("Texas", T.PLACE)], (), ((0,), (1,))),
        # A surname read as a team is the person's, unless a country or big city has the name.
        ([_m("Sol Campbell", T.PERSON), _m("Campbell", T.SPORTS_TEAM)], (), ((0, 1),)),
        ([_m("Jack Chelsea", T.PERSON), _m("Leeds", T.SPORTS_TEAM)], (), ((0,), (1,))),
        ([_m("Jack Leeds", T.PERSON), _m("Leeds", T.SPORTS_TEAM)], (), ((0,), (1,))),
        # A club's name without its town's; not a big city's name ("Leeds" is no Leeds-named club).
        ([_m("Nottingham Forest", T.SPORTS_TEAM), _m("Forest", T.SPORTS_TEAM)], (), ((0, 1),)),
        ([_m("Manchester Leeds", T.SPORTS_TEAM), _m("Leeds", T.SPORTS_TEAM)], (), ((0,), (1,))),
        # A country without its compass word; with both Koreas named, neither.
        ([_m("South Korea", T.COUNTRY), _m("Korea", T.PLACE)], (), ((0, 1),)),
        ([_m("South Korea", T.COUNTRY), _m("North Korea", T.COUNTRY), _m("Korea", T.PLACE)], (), ((0,), (1,))),
        # Never a continent or a country of its own: Africa is no South Africa, Sudan no South Sudan.
        ([_m("South Africa", T.COUNTRY), _m("Africa", T.PLACE)], (), ((0,), (1,))),
        ([_m("South Sudan", T.COUNTRY), _m("Sudan", T.COUNTRY)], (), ((0,), (1,))),
        # An airline without its generic word; not its country's people.
        ([_m("Delta Airlines"), _m("Delta")], (), ((0, 1),)),
        ([_m("British Airways"), _m("British", T.GROUP)], (), ((0,), (1,))),
        # A company without its trade's generic word: "Lucent Technologies ... technology from Lucent".
        ([_m("Lucent Technologies"), _m("Lucent")], (), ((0, 1),)),
        ([_m("Commodore International"), _m("Commodore")], (), ((0, 1),)),
        # A work named after a person is not the person.
        ([_m("Ray Charles", T.PERSON), _m("Ray", T.WORK)], (), ((0,), (1,))),
        # A generational suffix is no surname.
        ([_m("Charles Evans Jr", T.PERSON), _m("Evans", T.PERSON)], (), ((0, 1),)),
        # Trailing words stand for the name when what goes is a place or its adjective ...
        ([_m("Newcastle Evening Chronicle"), _m("Evening Chronicle")], (), ((0, 1),)),
        ([_m("Russian Defence Ministry"), _m("Defence Ministry")], (), ((0, 1),)),
        # ... not when it is a part of the thing: the Parliamentary Labour Party is not the party.
        ([_m("Parliamentary Labour Party"), _m("Labour Party")], (), ((0,), (1,))),
        # A nickname joins the longer form of its table name the article uses: the Fed is the US
        # Federal Reserve; where the article has no such name, it stays apart from other banks.
        ([_m("US Federal Reserve"), _m("Fed")], (), ((0, 1),)),
        ([_m("European Central Bank"), _m("Fed")], (), ((0,), (1,))),
    ],
)
def test_nicknames_and_short_forms_cluster(names, context, clusters):
    assert cluster_names(names, context=context).clusters == clusters


def test_the_liberals_are_the_party(nlp):
    """ "the Liberals" (NER: a group of people, as "the Russians") is the Liberal Party."""
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    text = "In that election, Edward Heath lost and failed to build a coalition with the Liberals."
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    parties = [(entity.label, entity.type) for entity in graph.entities if "Liberals" in {entity.label, *entity.aliases}]
    assert parties == [("Liberal Party", T.ORGANIZATION)]


def test_a_company_without_its_generic_word_is_one_node(nlp):
    """ "Newbridge Capital ... Newbridge bought": one company (org_suffixes.txt)."""
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    text = ("The remaining shareholding, and operational control, are in the hands of US private equity group "
            "Newbridge Capital. Newbridge bought its stake during the government's nationalisation of several banks.")
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    assert sorted(entity.label for entity in graph.entities if "Newbridge" in entity.label) == ["Newbridge Capital"]


def test_an_award_read_as_a_person_is_the_awards_event(nlp):
    """ "a Golden Globe" is one of the Golden Globe Awards, as "an Oscar" is one of the
    Academy Awards: NER reads the name as a person's, the table types it."""
    import kg

    text = ("British actor Clive Owen, who has won a Golden Globe for his supporting role in Closer, "
            "said it meant a lot to be at the ceremony.")
    types = {entity.label: entity.type for entity in kg.build_text(text, nlp=nlp).entities()}
    assert types.get("Golden Globe Awards") is T.EVENT and "Golden Globe" not in types


@pytest.mark.parametrize(("short_type", "clusters"), [
    # business/331: "Disney failed to tell investors" beside Walt Disney (the firm) and Roy Disney: a
    # short name NER reads as a firm joins the firm ...
    (T.ORGANIZATION, ((0, 2), (1,))),
    # ... one it reads as a person's stays ambiguous between the two, as before.
    (T.PERSON, ((0,), (1,))),
])
def test_a_short_name_of_a_firm_and_a_person_follows_ners_kind(short_type, clusters):
    firm = Mention(0, 11, "Walt Disney", T.ORGANIZATION, 0)
    person = Mention(100, 110, "Roy Disney", T.PERSON, 2)
    short = Mention(50, 56, "Disney", short_type, 1)
    assert cluster_names([firm, person, short]).clusters == clusters
