"""An "it" that is lifted, scrapped or imposed is never a country or a city
(kg.resolve.measureits, lifted_measures.txt). Articles paraphrased from BBC politics 386."""

from __future__ import annotations

import pytest

from tests.extract_helpers import resolved_part


def _participants(part, lemma):
    labels = {entity.key: entity.label for entity in part.entities}
    return {(argument.role, labels.get(argument.entity) if argument.entity else argument.text)
            for event in part.events if event.lemma == lemma for argument in event.participants}


@pytest.mark.parametrize("text", [
    # was lift(patient=China) [planned]: "it" is the weapons ban
    "China has in the past said it sees the weapons ban as politically driven, and does not want it lifted "
    "in order to buy more weapons.",
    "Japan has said it sees the arms embargo as unfair, and wants it scrapped before the summit.",
])
def test_a_lifted_it_is_no_country(nlp, text):
    lemma = "lift" if "lifted" in text else "scrap"
    assert not {role for role, label in _participants(resolved_part(nlp, text), lemma) if label in ("China", "Japan")}


@pytest.mark.parametrize(("text", "lemma", "participant"), [
    # a country named, not "it": as before
    ("The EU imposed its arms ban on China in 1989 after troops opened fire on protestors.", "impose", ("place", "China")),
    # "it" a country as the agent of such a verb: as before
    ("China said it lifted the ban on foreign banks in 2004.", "lift", ("agent", "China")),
])
def test_other_readings_stay(nlp, text, lemma, participant):
    assert participant in _participants(resolved_part(nlp, text), lemma)
