"""Organisation-kind classifiers before names (kg.extract.classifiers): a plural kind
noun types every name of the list after it, a kind noun NER kept at the head of a
sentence is cut off the name, and a noun that is a person's job too leaves people alone."""

from __future__ import annotations

import pytest
from extract_helpers import mention_types

from kg.types import EntityType as T

FOOTBALL = frozenset({"sport", "football"})


@pytest.mark.parametrize(
    ("text", "sport", "name", "expected"),
    [
        # a lower-case plural classifier before a list (kg.extract.coordination, with the
        # bookmaker of type_cues.tsv): a firm named after its founder is no person.
        ("Punters rushed to back Arsenal as bookmakers William Hill and Ladbrokes cut their odds.", FOOTBALL,
         "William Hill", T.ORGANIZATION),
        ("Punters rushed to back Arsenal as bookmakers William Hill and Ladbrokes cut their odds.", FOOTBALL,
         "Ladbrokes", T.ORGANIZATION),
        # plural classifier opening the sentence, capitalised (kg.extract.classifiers), each listed name.
        ("Bookmakers William Hill and Ladbrokes cut the odds on Tuesday.", frozenset(), "William Hill", T.ORGANIZATION),
        # ... the noun inside NER's first name: cut off it.
        ("Insurers Norwich Union and Aviva raised their prices.", frozenset(), "Norwich Union", T.ORGANIZATION),
        ("Bookmakers Ladbrokes and William Hill cut the odds.", frozenset(), "William Hill", T.ORGANIZATION),
        ("Bookmakers Ladbrokes and William Hill cut the odds.", frozenset(), "Ladbrokes", T.ORGANIZATION),
        ("Shares in insurers Aviva and Prudential fell sharply.", frozenset(), "Aviva", T.ORGANIZATION),
        # kind at the head of a sentence inside NER's span: the name is cut after it.
        ("Broadcaster Sky will show the match live.", FOOTBALL, "Sky", T.ORGANIZATION),
        # a person's job too: people stay people.
        ("Veteran broadcaster David Dimbleby will host the show.", frozenset(), "David Dimbleby", T.PERSON),
        ("Producers Harvey Weinstein and Bob Weinstein left the studio.", frozenset(), "Harvey Weinstein", T.PERSON),
        # a singular classifier before a given name may name the man himself.
        ("The bookmaker Fred Done said he was confident.", frozenset(), "Fred Done", T.PERSON),
    ],
)
def test_classifiers_type_each_listed_name(nlp, text, sport, name, expected):
    assert mention_types(nlp, text, sport).get(name) is expected


def test_classifiers_cut_the_kind_word_off_the_label(nlp):
    import kg

    graph = kg.build_text("Broadcaster Sky will show the match live.", nlp=nlp)
    assert [(entity.label, entity.type) for entity in graph.entities()] == [("Sky", T.ORGANIZATION)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a genre word glued before a title at the head of a sentence (a chart's style)
        ("Comedy Meet The Fockers took the top spot at the box office again.", ("Meet The Fockers", T.WORK)),
        # a one-word rest is the channel's or body's own name: "Comedy Central".
        ("Comedy Central said the show would return in May.", ("Comedy Central", None)),
    ],
)
def test_classifiers_cut_a_genre_word_off_a_title(nlp, text, expected):
    import kg

    label, entity_type = expected
    entities = {entity.label: entity.type for entity in kg.build_text(text, nlp=nlp).entities()}
    assert label in entities and (entity_type is None or entities[label] is entity_type)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # travel to a ground: a one-word name NER read as a person's, a street's name for a ground.
        ("Chelsea travel to Anfield on Saturday for the match against Liverpool.", "Anfield", T.FACILITY),
        ("Gloucester travel to Welford Road next week to face Leicester.", "Welford Road", T.FACILITY),
        # a street's name for a ground, whatever verb goes before it (sport/368, sport/354): NER's place.
        ("They start with away games against Italy and Scotland, before England and France come to Lansdowne Road.",
         "Lansdowne Road", T.FACILITY),
        ("With England and France visiting Lansdowne Road for the last time before the old darling is pulled down, "
         "everything looks perfectly placed.", "Lansdowne Road", T.FACILITY),
        # a name after "at the" is the venue: NER's firm.
        ('"I got a great reception form the crowd at the NIA when I won my 60m world indoor silver medal in 2003 and '
         'it will be really exciting to return to this venue."', "NIA", T.FACILITY),
        # a known place's name stays the place (or its club): "travel to Leicester".
        ("Gloucester travel to Leicester next week for the match.", "Leicester", None),
        # a name the article also uses as a side is the club.
        ("Chelsea travel to Everton on Saturday. Everton have won three games.", "Everton", T.SPORTS_TEAM),
    ],
)
def test_grounds_a_side_travels_to(nlp, text, name, expected):
    found = mention_types(nlp, text, FOOTBALL).get(name)
    assert found is expected if expected is not None else found is not T.FACILITY


@pytest.mark.parametrize(
    ("text", "context", "name", "expected"),
    [
        # A town's name before "'s" and a player's full name is the club ...
        ("England poured forward, spurred on by scrum-half Matt Dawson, who replaced Leicester's Harry Ellis.",
         frozenset({"sport", "rugby"}), "Leicester", T.SPORTS_TEAM),
        # ... a country's stays the country (a tennis player's nationality).
        ("Williams survived an early scare to beat Russia's Elena Bovina 1-6 6-1 6-4.",
         frozenset({"sport", "tennis"}), "Russia", T.COUNTRY),
    ],
)
def test_a_club_owns_its_player(nlp, text, context, name, expected):
    assert mention_types(nlp, text, context).get(name) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A firm's noun right before a name set beside it: a firm, whatever the given name (BBC business/242, entertainment/304).
        ("Joe McLean, a football specialist at accountancy firm Grant Thornton, said the support of Mr Magnier was "
         "crucial.", "Grant Thornton", T.ORGANIZATION),
        ("Film studio Fox has bought the rights for around $4m for Scott's company Scott Free to develop.", "Scott Free",
         T.ORGANIZATION),
        # A verb with its own object after the name: the name is its subject, the firm (business/298).
        ("US mortgage company Fannie Mae should restate its earnings, a move that is likely to put a dent in its "
         "accounts, watchdogs have said.", "Fannie Mae", T.ORGANIZATION),
        ("The other main US mortgage firm Freddie Mac restated earnings by $5bn (£2.6bn) last year after a probe of "
         "its books.", "Freddie Mac", T.ORGANIZATION),
        # A verb after the name: the name opens a clause, the person who founded the company.
        ("He joined the company Tim Smith founded in 1990.", "Tim Smith", T.PERSON),
        ("He left the bank John Lewis owns and joined Barclays.", "John Lewis", T.PERSON),
    ],
)
def test_a_firms_noun_before_a_persons_name_makes_a_firm(nlp, text, name, expected):
    assert mention_types(nlp, text, sport=None).get(name) is expected
