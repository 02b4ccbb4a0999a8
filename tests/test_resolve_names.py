"""Name variants within one article, on hand-built mentions (no model), and on a real
article's text (the session model)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.records import Mention
from kg.resolve.dates import resolve_date
from kg.resolve.forms import name_words
from kg.resolve.names import cluster_names, fits_acronym, normalise
from kg.resolve.variants import initials, is_variant
from kg.resolve.vote import vote_type
from kg.types import EntityType as T


def _m(text: str, entity_type: T = T.PERSON, titles: tuple[str, ...] = ()) -> Mention:
    return Mention(0, len(text), text, entity_type, 0, titles)


@pytest.mark.parametrize(
    ("names", "clusters", "ambiguous"),
    [
        # Title forms and surname join the full name.
        ([_m("Kassym-Jomart Tokayev", T.ORGANIZATION, ("President",)), _m("Tokayev", T.PERSON, ("Mr",))], ((0, 1),), ()),
        # Hyphen and diacritic variants, possessive.
        ([_m("Kassym-Jomart Tokayev"), _m("Kassym Jomart Tokayev’s"), _m("José Bové"), _m("Jose Bove")], ((0, 1), (2, 3)), ()),
        # Two different Smiths: the bare surname joins neither.
        ([_m("John Smith"), _m("Mary Smith"), _m("Smith")], ((0,), (1,)), (2,)),
        # Mr and Mrs Howard with one full name: the article has two Howards.
        ([_m("Michael Howard"), _m("Howard", titles=("Mrs",)), _m("Howard", titles=("Mr",))], ((0,),), (1, 2)),
        # Gender from titles picks the right Smith.
        ([_m("Smith", titles=("Mr",)), _m("Jane Smith", titles=("Ms",)), _m("Smith", titles=("Ms",))], ((0,), (1, 2)), ()),
        # Washington the city is not George Washington.
        ([_m("George Washington"), _m("Washington", T.CITY)], ((0,), (1,)), ()),
        # Acronyms.
        ([_m("Collective Security Treaty Organisation", T.ORGANIZATION), _m("CSTO", T.ORGANIZATION)], ((0, 1),), ()),
        # ... with a small letter for a stop word (BBC politics: "Ministry of Defence lawyers ... The MoD are").
        ([_m("Ministry of Defence", T.ORGANIZATION), _m("MoD", T.ORGANIZATION)], ((0, 1),), ()),
        ([_m("Bank of England", T.ORGANIZATION), _m("BoE", T.ORGANIZATION)], ((0, 1),), ()),
        # Middle name dropped.
        ([_m("George W. Bush"), _m("George Bush"), _m("Bush")], ((0, 1, 2),), ()),
        # Organisation tail.
        ([_m("Russian Defence Ministry", T.ORGANIZATION), _m("Defence Ministry", T.ORGANIZATION)], ((0, 1),), ()),
        # A long name typed place and agent that no gazetteer knows is one thing named twice ...
        ([_m("Werder Bremen", T.PLACE), _m("Werder Bremen", T.SPORTS_TEAM)], ((0, 1),), ()),
        ([_m("Toshiyuki Shiga"), _m("Toshiyuki Shiga", T.PLACE)], ((0, 1),), ()),
        # A club's name without its town's, whatever NER read it as (BBC sport: "helped Manchester City hold
        # the leaders Chelsea. City went into the game ...": "City" a place to NER).
        ([_m("Manchester City", T.SPORTS_TEAM), _m("City", T.PLACE), _m("City", T.PLACE)], ((0, 1, 2),), ()),
        # ... but a city's name is the city and the club.
        ([_m("Los Angeles", T.CITY), _m("Los Angeles", T.SPORTS_TEAM)], ((0,), (1,)), ()),
        # A short form its own cues make a work joins no person's longer name, whatever NER read
        # in its other mentions: "Ray" the film is not Ray Charles ...
        ([_m("Ray"), _m("Ray Charles"), replace(_m("Ray", T.WORK), cued=True)], ((0, 2), (1,)), ()),
        # ... but NER's work reading of one mention, with no cue, does not stop a first name.
        ([_m("Ray"), _m("Ray Charles"), _m("Ray", T.WORK)], ((0, 1, 2),), ()),
    ],
)
def test_names_cluster(names, clusters, ambiguous):
    result = cluster_names(names)
    assert result.clusters == clusters
    assert result.ambiguous == ambiguous


def _at(start: int, text: str, entity_type: T = T.ORGANIZATION) -> Mention:
    return Mention(start, start + len(text), text, entity_type, 0)


@pytest.mark.parametrize(
    ("names", "clusters"),
    [
        # BBC business: "General Motors (GM) saw its net profits fall ... losses at General Motors
        # Europe": a name given first that a longer one extends with a place's name is the
        # parent of its arm there, no short form of it; GM is the parent's acronym.
        ([_at(0, "General Motors"), _at(16, "GM"), _at(200, "General Motors Europe"), _at(300, "GM")],
         ((0, 1, 3), (2,))),
        # ... but the arm named first and then shortened is one company named twice.
        ([_at(0, "General Motors Europe"), _at(100, "General Motors")], ((0, 1),)),
        # A longer name that goes on with no place's name is the same firm shortened after it.
        ([_at(0, "Shanghai Automotive Industry Corp"), _at(100, "Shanghai Automotive")], ((0, 1),)),
    ],
)
def test_names_a_firms_arm_in_a_place_named_after_it_is_no_long_form(names, clusters):
    assert cluster_names(names).clusters == clusters


def test_names_bracketed_acronym_defines_a_short_form_that_initials_miss():
    text = "the Association of Southeast Asian Nations (Asean) said"
    long = Mention(4, 42, text[4:42], T.ORGANIZATION, 0)
    short = Mention(44, 49, "Asean", T.ORGANIZATION, 0)
    assert long.text == "Association of Southeast Asian Nations" and text[44:49] == "Asean"
    assert cluster_names([long, short], text=text).clusters == ((0, 1),)
    assert cluster_names([long, short]).clusters == ((0,), (1,))


@pytest.mark.parametrize(
    ("short", "long", "fits"),
    [("IEA", "International Energy Agency", True), ("NIOC", "National Iranian Oil Company", True),
     ("ONGC", "Oil & Natural Gas Corporation", True), ("IEA", "Iranian Oil Company", False), ("EU", "Europe", False)],
)
def test_names_acronyms(short, long, fits):
    assert fits_acronym(short, long) is fits


def test_names_normalise_possessive_diacritics_hyphens():
    assert normalise("Russia’s") == normalise("Russia's") == "russia"
    assert normalise("Bové-Smith") == "bove smith"


def test_names_type_vote_one_ner_error_does_not_make_a_person_an_organisation():
    mentions = [_m("Kassym-Jomart Tokayev", T.ORGANIZATION), _m("Tokayev", T.PERSON, ("Mr",))]
    assert vote_type(mentions) is T.PERSON
    assert vote_type([_m("Kazakhstan", T.ORGANIZATION), _m("Kazakhstan", T.COUNTRY)]) is T.COUNTRY


def test_names_type_vote_a_long_name_no_gazetteer_knows_is_no_place_beside_an_agent_reading():
    firm = "National Company for Cooperative Insurance"
    assert vote_type([_m(firm, T.PLACE), _m(firm, T.ORGANIZATION)]) is T.ORGANIZATION
    # a place GeoNames knows keeps its place reading in the vote
    assert vote_type([_m("New York", T.PLACE), _m("New York", T.ORGANIZATION)]) is not T.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "day"),
    [("on Tuesday", "2022-01-11"), ("on Thursday", "2022-01-13"), ("January 2", "2022-01-02"),
     ("yesterday", "2022-01-12"), ("December 30", "2021-12-30"), ("last Thursday", "2022-01-06"),
     ("last week", None), ("February 30", None)],
)
def test_resolve_dates_against_a_thursday(text, day):
    assert resolve_date(text, "2022-01-13") == day


def test_names_a_film_named_after_its_hero_stays_apart_from_him(nlp):
    from kg.pipeline import build_text

    graph = build_text(
        "Oscar tips\n\nJamie Foxx is tipped to win best actor for Ray. Foxx is regarded as almost "
        "unbeatable for his performance as Ray Charles in Ray.\n"
    )
    types = {(entity.label, entity.type.value) for part in graph.parts.values() for entity in part.entities}
    assert {("Ray", "CreativeWork"), ("Ray Charles", "Person")} <= types


def test_names_a_company_cue_outweighs_ners_repeated_place_reading_of_an_unknown_name(nlp):
    from kg.pipeline import build_text

    # business/399: a cue noun ("unit") reads the firm once; NER calls its short form a place
    # every time, and no gazetteer knows it.
    graph = build_text(
        "Yukos sale\n\nYukos was forced to sell its key production unit Yuganskneftegas (Yugansk) last month. "
        "State-owned Rosneft now owns Yugansk. By buying into Yugansk, ONGC would be able to reduce its "
        "dependence on imports. ONGC is, however, not the only firm interested in Yugansk.\n"
    )
    types = {(entity.label, entity.type.value) for part in graph.parts.values() for entity in part.entities}
    assert ("Yuganskneftegas", "Organization") in types


def test_names_a_titled_surname_joins_a_persons_full_name_a_cue_read_as_a_firm(nlp):
    """tech/384: the cue noun "consultancy" reads "Jeanne-Marie Gescher" as an organisation;
    "Mrs Gescher" names her, and the vote makes the one node a person."""
    from kg.pipeline import build_text

    graph = build_text(
        "China media\n\nLeading China-watcher, and founder of the CGA consultancy Jeanne-Marie Gescher, agreed that "
        "the time was ripe for foreign media groups to tap China's huge media market potential. \"China's media "
        "are now driven by investors who do not care how people consume media - they just want people to consume "
        "more of it,\" Mrs Gescher concluded.\n"
    )
    entities = [entity for part in graph.parts.values() for entity in part.entities if "Gescher" in entity.label]
    assert [(entity.label, entity.type.value) for entity in entities] == [("Jeanne-Marie Gescher", "Person")]


def test_names_ners_repeated_group_reading_of_a_company_gives_way_to_its_organisation_reading(nlp):
    """business/369: NER reads "Brewing giant Inbev" as an organisation once and every later
    "Inbev" as a people (NORP); no demonym or party is called Inbev, so the node is a firm."""
    from kg.pipeline import build_text

    graph = build_text(
        "Inbev deal\n\nBrewing giant Inbev has agreed to buy Alfa-Eco's stake in Sun Interbrew, Russia's "
        "second-largest brewer. Alfa-Eco, the venture capital arm of Russian conglomerate Alfa Group, has a one-fifth "
        "stake in Sun Interbrew. The deal gives Inbev, the world's biggest beermaker, near-total control over the "
        "Russian brewer. Inbev bought out another partner in August 2004. Inbev was formed in August 2004 when "
        "Belgium's Interbrew bought Brazilian brewer Ambev.\n"
    )
    types = {(entity.label, entity.type.value) for part in graph.parts.values() for entity in part.entities}
    assert ("Inbev", "Organization") in types


def test_names_a_plural_people_word_that_is_also_a_city_stays_a_group(nlp):
    """politics/290: "we Brits" are people, not the South African city Brits (GeoNames)."""
    from kg.pipeline import build_text

    graph = build_text(
        "Voters apathetic\n\nThe problem with this issue is not that it isn't important, but the fact that in "
        "general we Brits can be so politically apathetic some times, that we will just ignore it.\n"
    )
    types = {(entity.label, entity.type.value) for part in graph.parts.values() for entity in part.entities}
    assert ("Brits", "City") not in types, types


def _at(start: int, text: str, entity_type: T, titles: tuple[str, ...] = ()) -> Mention:
    return Mention(start, start + len(text), text, entity_type, 0 if start == 0 else 1, titles)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        (_at(60, "Tokayev", T.PERSON), _at(0, "Kassym-Jomart Tokayev", T.PERSON)),  # a surname
        (_at(60, "K Morgan", T.PERSON), _at(0, "Kevin Morgan", T.PERSON)),  # an initial and the surname
        (_at(60, "Lula", T.PERSON, ("President",)), _at(0, "Luiz Inacio Lula da Silva", T.PERSON)),  # a middle name
        (_at(60, "Rafa", T.PERSON), _at(0, "Rafael Benitez", T.PERSON)),  # a clipped given name
        (_at(60, "Barot", T.PERSON), _at(0, "Jacques Barrot", T.PERSON)),  # a surname misspelt
        (_at(60, "CSTO", T.ORGANIZATION), _at(0, "Collective Security Treaty Organisation", T.ORGANIZATION)),
        (_at(60, "BoE", T.ORGANIZATION), _at(0, "Bank of England", T.ORGANIZATION)),  # a stop word's small letter
        (_at(60, "Sepa", T.ORGANIZATION), _at(0, "Scottish Environment Protection Agency", T.ORGANIZATION)),
        (_at(60, "SMFG", T.PERSON), _at(0, "Sumitomo Mitsui Financial Group", T.ORGANIZATION)),  # NER's person
        (_at(60, "Yugansk", T.ORGANIZATION), _at(0, "Yuganskneftegas", T.ORGANIZATION)),  # a truncation
        (_at(60, "Cairn", T.ORGANIZATION), _at(0, "Cairn Energy", T.ORGANIZATION)),  # without the trade's words
        (_at(60, "Korea", T.COUNTRY), _at(0, "South Korea", T.COUNTRY)),  # without the compass word
        (_at(60, "Forest", T.SPORTS_TEAM), _at(0, "Nottingham Forest", T.SPORTS_TEAM)),  # without the town
        (_at(60, "iPod", T.PRODUCT), _at(0, "Apple iPod", T.PRODUCT)),  # without the maker
        (_at(60, "Reserve Bank", T.ORGANIZATION), _at(0, "Reserve Bank of Australia", T.ORGANIZATION)),
        (_at(60, "Delta", T.ORGANIZATION), _at(0, "Delta Airlines", T.ORGANIZATION)),  # without the suffix
    ],
)
def test_names_a_variant_starts_with_an_initial_of_the_longer_name(short, long):
    # _join_short_forms asks is_variant only of pairs that pass this test: it must hold of every reading.
    assert is_variant(short, long)
    assert name_words(short.text)[0][0] in initials(long.text)


def test_names_a_name_no_initial_of_which_starts_the_other_is_no_variant():
    assert not is_variant(_at(60, "Morgan", T.PERSON), _at(0, "Kevin Smith", T.PERSON))
    assert "m" not in initials("Kevin Smith")
    # The pair's cut leaves the clusters as is_variant alone makes them: two Smiths, "Morgan" apart.
    names = [_m("John Smith"), _m("Mary Smith"), _m("Smith"), _m("Morgan")]
    assert cluster_names(names).clusters == ((0,), (1,), (3,))
