"""A plural demonym NER missed is a country's people, a group, outside a sports report
(kg.extract.countrypeople); a country's name keeps its place type. Sentences paraphrased
from BBC tech/231, tech/264 and tech/353."""

from __future__ import annotations

from kg.types import EntityType
from tests.extract_helpers import mention_types


def test_a_plural_demonym_is_a_countrys_people(nlp):
    types = mention_types(nlp, "Last year Britons spent £1,152m on games, up 11% on the year before.")
    assert types.get("Britons") is EntityType.GROUP, types


def test_the_people_and_their_country(nlp):
    types = mention_types(nlp, "Many Britons are unaware of the risk, while Italy's regulator has acted.")
    assert types.get("Britons") is EntityType.GROUP and types.get("Italy") is EntityType.COUNTRY, types


def test_a_sports_report_leaves_the_demonym_to_its_other_readings(nlp):
    types = mention_types(nlp, "Britons beat the hosts in the final round.", sport=frozenset({"tennis"}))
    assert types.get("Britons") is not EntityType.GROUP, types

