"""A description's field word ("the Russian oil giant") says which company it means before
its nationality or nearness does (``kg.resolve.fieldwords``; model tests, on the session
pipeline, and the pure helpers)."""

from __future__ import annotations

from kg.records import DocumentGraph
from kg.resolve.fieldwords import description_fields
from tests.extract_helpers import resolved_part

# Paraphrased from a business report: the one firm the text calls Russian is the bank.
LOANS = (
    "China lent Russia $6bn to help it take back the main unit of {oil} group Yukos, it has emerged.\n\n"
    "Russian state bank VEB lent Rosneft the money to buy the unit, the Kremlin said on Tuesday.\n\n"
    "The embattled Russian {field} giant had filed for bankruptcy protection in a US court in an attempt to "
    "prevent the forced sale of its main production arm."
)


def _agents(part: DocumentGraph, lemma: str) -> list[str]:
    labels = {entity.key: entity.label for entity in part.entities}
    return [labels.get(p.entity, "?") for e in part.events if e.lemma == lemma for p in e.participants if p.role == "agent"]


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, title="China had a role in Yukos sale", date="2005-02-01")


def test_the_field_word_picks_the_oil_group_over_the_one_russian_bank(nlp):
    assert _agents(_part(nlp, LOANS.format(oil="oil", field="oil")), "file") == ["Yukos"]


def test_without_a_field_the_nationality_still_decides(nlp):
    # No field word in the description: the one firm the text calls Russian stands, as before.
    assert _agents(_part(nlp, LOANS.format(oil="oil", field="business")), "file") == ["VEB"]


def test_a_field_no_entity_is_given_changes_nothing(nlp):
    # Nobody is called an oil firm: "oil" is no evidence against the Russian bank.
    assert _agents(_part(nlp, LOANS.format(oil="energy", field="oil")), "file") == ["VEB"]


def test_description_fields_leave_out_the_determiner_the_head_and_nationalities():
    assert description_fields("The embattled Russian oil giant") == {"embattled", "oil"}
    assert description_fields("the French drinks group") == {"drinks"}
    assert description_fields("the firm") == set()
    assert description_fields("The Milan-based group") == set()
