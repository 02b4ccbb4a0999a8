"""One document's records are one per key and one per id: two clusters of one name, two
names of one place, two readings of one edge from one sentence."""

from __future__ import annotations

from tests.extract_helpers import resolved_part


def _part(nlp, text: str):
    """One document's resolved part, on the session pipeline."""
    return resolved_part(nlp, text, date="2005-01-10")


def test_two_clusters_of_one_name_are_one_entity(nlp):
    # BBC politics: "Lib Dems" and "Lib Dem" were two clusters, both named Liberal Democrats.
    text = ("The Tories and the Lib Dems have called for a second inquiry into the visa affair. "
            "Lib Dem home affairs spokesman Mark Oaten also said there was a strong case for a judicial review.")
    part = _part(nlp, text)
    keys = [entity.key for entity in part.entities]
    assert len(keys) == len(set(keys)), keys
    (party,) = [entity for entity in part.entities if entity.label == "Liberal Democrats"]
    assert {"Lib Dem", "Lib Dems"} <= set(party.aliases) and party.mentions >= 2


def test_two_names_of_one_place_are_one_entity(nlp):
    # BBC entertainment: "Mumbai (Bombay)" gave two cities, both GeoNames 1275339.
    text = ("Catholics are planning a protest in Mumbai (Bombay) on Wednesday. "
            "The president of one of Mumbai's main Catholic organisations says the film has hurt the community.")
    part = _part(nlp, text)
    (city,) = [entity for entity in part.entities if entity.label in ("Mumbai", "Bombay")]
    assert (city.label, city.aliases, city.place.geonames_id) == ("Mumbai", ("Bombay",), 1275339)


def test_places_of_two_links_stay_apart():
    from kg.resolve.places import same_place
    from kg.types import EntityType

    named = [("mumbai", "Mumbai", EntityType.CITY, 2), ("bombay", "Bombay", EntityType.CITY, 1),
             ("delhi", "Delhi", EntityType.CITY, 3)]
    assert same_place(named, ["IN"]) == {"bombay": "mumbai"}
    us = [("united-states", "United States", EntityType.COUNTRY, 2), ("us", "Us", EntityType.COUNTRY, 2)]
    assert same_place(us, []) == {}  # "Us" magazine, typed a country, is not the US


def test_one_reading_of_one_edge_is_one_relation(nlp):
    # BBC business: "Germany's BdB" gave "BdB is based in Germany" twice, from two readings
    # of one sentence (the graph kept one; the document's part listed both).
    text = ("On Monday, Germany's BdB private banks association said the German economy would struggle "
            "to meet its 1.4% growth target in 2005.")
    part = _part(nlp, text)
    ids = [relation.id for relation in part.relations]
    assert ids and len(ids) == len(set(ids)), [(r.subject, r.key, r.object) for r in part.relations]
