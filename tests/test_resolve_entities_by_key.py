"""One document's entities are one per key: two clusters that take one name ("the Lib
Dems", "Lib Dem home affairs spokesman") are one entity with both forms as aliases."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve


def test_two_clusters_of_one_name_are_one_entity(nlp):
    # BBC politics: "Lib Dems" and "Lib Dem" were two clusters, both named Liberal Democrats.
    text = ("The Tories and the Lib Dems have called for a second inquiry into the visa affair. "
            "Lib Dem home affairs spokesman Mark Oaten also said there was a strong case for a judicial review.")
    document = Document(id="t", text=text, date="2004-12-20", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    part = resolve(extract(document, doc))
    keys = [entity.key for entity in part.entities]
    assert len(keys) == len(set(keys)), keys
    (party,) = [entity for entity in part.entities if entity.label == "Liberal Democrats"]
    assert {"Lib Dem", "Lib Dems"} <= set(party.aliases) and party.mentions >= 2


def test_two_names_of_one_place_are_one_entity(nlp):
    # BBC entertainment: "Mumbai (Bombay)" gave two cities, both GeoNames 1275339.
    text = ("Catholics are planning a protest in Mumbai (Bombay) on Wednesday. "
            "The president of one of Mumbai's main Catholic organisations says the film has hurt the community.")
    document = Document(id="t", text=text, date="2005-01-10", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    part = resolve(extract(document, doc))
    (city,) = [entity for entity in part.entities if entity.label in ("Mumbai", "Bombay")]
    assert (city.label, city.aliases, city.place.geonames_id) == ("Mumbai", ("Bombay",), 1275339)


def test_places_of_two_links_stay_apart():
    from kg.resolve.places import same_place
    from kg.types import EntityType

    named = [("mumbai", "Mumbai", EntityType.CITY, 2), ("bombay", "Bombay", EntityType.CITY, 1),
             ("delhi", "Delhi", EntityType.CITY, 3)]
    assert same_place(named, ["IN"]) == {"bombay": "mumbai"}
