"""Country or national team (kg.extract.cues.speaks_of_country, kg.resolve.vote): in a
sports report, a country's institution or office names the country however often its
team plays; one node, typed by the majority of the evidence of its own mentions."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.resolve.vote import vote_type
from kg.types import EntityType as T

SPORT = frozenset({"sport", "football"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain's Football Federation has been fined.", T.COUNTRY),
        ("Spain's minister of sport said he was ashamed.", T.COUNTRY),
        ("Spain's anti-violence commission will meet on Monday.", T.COUNTRY),
        ("He blamed the government of Spain for the delay.", T.COUNTRY),
        ("Spain's coach was criticised.", T.SPORTS_TEAM),
        ("Spain beat England 1-0.", T.SPORTS_TEAM),
    ],
)
def test_country_evidence(nlp, text, expected):
    spain = [m for m in find_mentions(nlp(text), sport=SPORT) if m.text == "Spain"]
    assert [m.type for m in spain] == [expected]


def test_country_outvotes_team_where_the_text_speaks_of_it(nlp):
    text = (
        "Spain's Football Federation has been fined after chants at the friendly against England. "
        "The match finished 1-0 to Spain. Spain's minister of sport said he was ashamed, and "
        "Spain's anti-violence commission will meet on Monday. Spain won the match."
    )
    spain = [m for m in find_mentions(nlp(text), sport=SPORT) if m.text == "Spain"]
    assert T.SPORTS_TEAM in {m.type for m in spain}
    assert vote_type(spain) is T.COUNTRY


def test_team_outvotes_country_where_it_plays(nlp):
    text = "Spain beat England on Saturday. Spain's coach praised Spain's defence. Spain's minister of sport was there."
    spain = [m for m in find_mentions(nlp(text), sport=SPORT) if m.text == "Spain"]
    assert vote_type(spain) is T.SPORTS_TEAM


def test_a_persons_surname_is_the_person_whatever_ner_says(nlp):
    """ "Ronan O'Gara ... O'Gara kicked all of Ireland's points": NER reads the surname
    as a place again and again; the vote reads it as the person's."""
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    text = (
        "An injury-time dropped goal by Ronan O'Gara stole victory for Ireland from underneath the noses of Argentina "
        "at Lansdowne Road on Saturday. O'Gara kicked all of Ireland's points, with two dropped goals and five "
        "penalties. O'Gara finally got Ireland on the board with a dropped goal in the ninth minute."
    )
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    (ogara,) = [entity for entity in graph.entities if "Gara" in entity.label]
    assert ogara.type is T.PERSON and ogara.label == "Ronan O'Gara"


def test_a_demonym_is_the_team_in_a_sports_report(nlp):
    """ "Italy have only recorded three wins ... Now the Italians travel to Edinburgh":
    in a sports report the country's people named by a demonym are its team (labelled
    by the country's name); elsewhere they stay a group."""
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    text = (
        "Italy skipper Marco Bortolami believes Saturday's Six Nations contest against Scotland will be scrappy. "
        "Italy have only recorded three wins since they joined the Six Nations, but two came against Scotland. "
        "The rugby coach said the squad was fit, the forwards and the scrum were ready for the match, and the "
        "backs would score tries. The fly-half kicked two penalties and a conversion in the last game. "
        "Now the Italians travel to Edinburgh hoping to claim their first away win in the Six Nations."
    )
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    nodes = [entity for entity in graph.entities if {"Italy", "Italians"} & {entity.label, *entity.aliases}]
    assert [(node.label, node.type) for node in nodes] == [("Italy", T.SPORTS_TEAM)]


def test_a_country_named_with_a_shared_plural_head_is_the_event(nlp):
    """ "the US and Australian Opens": "US" shares the head "Opens" and names the US
    Open, an event that stays apart from the country the article names elsewhere."""
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    text = (
        "Lindsay Davenport says the All England Club must pay women the same prize money as men at Wimbledon. "
        "The world number one said the tournament in Dubai will join the US and Australian Opens in offering "
        "equal prize money. Davenport beat Serena Williams in the semi-final and won the match in three sets. "
        "The tennis star has lived in the US all her life and will defend her title after the final."
    )
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    readings = {(entity.type, entity.label) for entity in graph.entities if "US" in {entity.label, *entity.aliases}}
    assert readings == {(T.EVENT, "US"), (T.COUNTRY, "United States")}


def test_a_name_that_opens_with_a_country_is_another_thing(nlp):
    """ "The US Open ... The US has hosted the tournament": the event's name opens
    with the country's short form; they are two entities."""
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    text = (
        "Serena Williams won the US Open in New York on Sunday. "
        "The US has hosted the tournament since 1881, and the US Open draws huge crowds."
    )
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    found = sorted((entity.label, entity.type) for entity in graph.entities if entity.label.startswith(("US", "United")))
    assert found == [("US Open", T.EVENT), ("United States", T.COUNTRY)]


def test_masters_ends_an_events_name_in_a_sports_report(nlp):
    """ "the US Masters": NER reads "US" alone as the country; in a sports report
    "Masters" is the head word of an event's name (``name_heads.tsv``), so the
    event is found whole and stays apart from the country's side."""
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    text = (
        "Tiger Woods will defend his title at the US Masters in April. The champion won the tournament last season "
        "after a play-off, and the player said he had practised every day since the final. "
        "The US coach said Woods was fit and would face Ernie Els again after his injury."
    )
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    found = sorted((entity.label, entity.type) for entity in graph.entities if entity.label.startswith("US"))
    assert found == [("US", T.SPORTS_TEAM), ("US Masters", T.EVENT)]
