"""Demonyms and groups are not countries but link to one (model tests)."""

from __future__ import annotations

import pytest

from kg.lexicon import demonym_country
from kg.records import DocumentGraph
from kg.types import EntityType as T
from tests.extract_helpers import resolved_part


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, date="2022-01-13")


def test_groups_demonym_is_a_group_not_the_country(nlp):
    part = _part(nlp, "Russians in Moscow protested against the war. Russia has denied the reports.")
    types = {entity.label: entity.type for entity in part.entities}
    assert types["Russians"] is T.GROUP and types["Russia"] is T.COUNTRY
    # A group labelled only by its demonym gets no "come from" edge (tests/test_group_demonym_edges.py).
    assert not any(r.key == "be from" for r in part.relations)


def test_groups_demonym_edge_says_come_from_not_the_demonym():
    # tech/332: the edge's text was the demonym itself, "Americans --Americans--> United States".
    from kg.resolve.groups import DEMONYM_TEXT

    assert DEMONYM_TEXT == "come from"


def test_groups_one_person_named_by_a_demonym_is_no_people(nlp):
    # "the Spaniard" is one player (issue 14): no "be from" edge of a group "Spaniard".
    part = _part(nlp, "Spain's Albert Montanes reached the semi-finals. Calleri will face Albert Montanes in the "
                      "semi-finals after the Spaniard ousted sixth seed Filippo Volandri of Italy 4-6 6-3 6-4.")
    assert not any(r.key == "be from" for r in part.relations), [(r.subject, r.object) for r in part.relations]


def test_groups_no_country_node_is_invented(nlp):
    part = _part(nlp, "Russians in Moscow protested against the war.")
    assert not any(entity.type is T.COUNTRY for entity in part.entities)
    assert not any(r.key == "be from" for r in part.relations)


@pytest.mark.parametrize(
    "text",
    ["Russian troops entered the ex-Soviet nation of Kazakhstan.", "Russian peacekeepers left Almaty on Thursday."],
)
def test_groups_adjectives_are_neither_groups_nor_countries(nlp, text):
    labels = {entity.label for entity in _part(nlp, text).entities}
    assert not labels & {"Russian", "ex-Soviet", "Russia", "Soviet"}


def test_groups_religious_and_party_groups_have_no_country():
    assert demonym_country("Muslims") is None and demonym_country("Conservatives") is None
    assert demonym_country("Britons") == "United Kingdom"


def test_groups_nationality_before_a_name_is_not_part_of_it(nlp):
    part = _part(nlp, "Welshman Ray Reardon won the title six times.")
    assert "Ray Reardon" in {entity.label for entity in part.entities}
