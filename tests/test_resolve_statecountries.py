"""Countries named only by a demonym before a role: a state post's, a nationality (model tests)."""

from __future__ import annotations

from kg.records import DocumentGraph
from kg.types import EntityType as T
from tests.extract_helpers import resolved_part


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, date="2005-02-01")


def _positions(part: DocumentGraph) -> set[tuple[str, str, str | None]]:
    return {(position.person, position.role, position.organisation) for position in part.positions}


def test_statecountries_a_state_post_is_of_the_country_its_demonym_names(nlp):
    part = _part(nlp, "Tuesday's meeting on Palestinian reform is being hosted by British Prime Minister Tony Blair. "
                      "Palestinian leader Mahmoud Abbas has said he will not tolerate attacks.")
    assert ("tony-blair", "Prime Minister", "united-kingdom") in _positions(part)
    assert ("mahmoud-abbas", "leader", "palestine") in _positions(part)
    types = {entity.key: entity.type for entity in part.entities}
    assert types["united-kingdom"] is T.COUNTRY and types["palestine"] is T.COUNTRY


def test_statecountries_the_articles_own_country_node_is_used(nlp):
    part = _part(nlp, "British foreign minister Jack Straw said the UK would help.")
    assert ("jack-straw", "foreign minister", "united-kingdom") in _positions(part)
    assert [entity.key for entity in part.entities if entity.type is T.COUNTRY] == ["united-kingdom"]


def test_statecountries_no_country_for_a_post_no_one_named_holds(nlp):
    part = _part(nlp, "In August 2003 he even attended a state dinner in the Czech Republic, travelling with the "
                      "Japanese prime minister as a goodwill envoy.")
    assert "japan" not in {entity.key for entity in part.entities}


def test_statecountries_a_demonym_before_an_occupation_is_a_nationality(nlp):
    part = _part(nlp, "Real took the lead just before the break when Brazilian striker Ronaldo cracked home with his "
                      "left foot. South African flanker Schalk Burger has shaken off a leg injury to take his place.")
    edges = {(relation.subject, relation.text, relation.object) for relation in part.relations if relation.key == "be from"}
    assert edges == {("ronaldo", "comes from", "brazil"), ("schalk-burger", "comes from", "south-africa")}
    assert not any(position.organisation for position in part.positions)  # no team from a nationality


def test_statecountries_no_nationality_from_a_coach_or_a_subject(nlp):
    part = _part(nlp, "Welsh coach Mike Ruddock named his side on Tuesday. English teacher Anne Smith retired.")
    assert not any(relation.key == "be from" for relation in part.relations)


def _seats(part: DocumentGraph) -> set[tuple[str, str]]:
    label = {entity.key: entity.label for entity in part.entities}
    return {(label[relation.subject], label[relation.object]) for relation in part.relations if relation.key == "base in"}


def test_statecountries_a_country_before_a_kind_of_firm_is_its_seat(nlp):
    part = _part(nlp, "Shares in UK banking group Barclays have risen on Monday following a weekend press report "
                      "that it had held merger talks with US bank Wells Fargo.")
    assert _seats(part) >= {("Barclays", "United Kingdom"), ("Wells Fargo", "United States")}


def test_statecountries_a_demonym_before_a_kind_of_firm_is_its_seat(nlp):
    part = _part(nlp, "A new breed of wearable robotic vehicles that envelop drivers are being developed by "
                      "Japanese car giant Toyota. Swiss cement firm Holcim has bid $800m to buy two Indian cement firms.")
    assert _seats(part) == {("Toyota", "Japan"), ("Holcim", "Switzerland")}


def test_typed_a_firms_product_is_made_by_the_firm(nlp):
    # kg.resolve.typed._maker: "<organisation>'s <product>" (both named) -> produced
    part = _part(nlp, "The PSP is selling in Japan for 19,800 yen ($188; £98) while Nintendo's DS console sells in "
                      "the US and Japan for $150 (£78).")
    label = {entity.key: entity.label for entity in part.entities}
    made = {(label[r.subject], r.text, label[r.object]) for r in part.relations if r.key == "produce"}
    assert made == {("Nintendo", "produced", "DS")}


def test_statecountries_an_apposition_with_a_places_possessive_is_the_seat(nlp):
    # kg.extract.roles._possessive_apposition; NER reads "Vodafone KK" as a person
    part = _part(nlp, "Mr Morrow will succeed Shiro Tsuda as president of Vodafone KK, Japan's number three mobile "
                      "operator, in April.")
    assert ("Vodafone KK", "Japan") in _seats(part)
