"""A place's possessive before a name, and a name "at" an organisation, read by the types of
both ends (``kg.resolve.typed``; model tests on sentences shortened from BBC articles)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _edges(part: DocumentGraph, key: str) -> set[tuple[str, str]]:
    label = {entity.key: entity.label for entity in part.entities}
    return {(label[relation.subject], label[relation.object]) for relation in part.relations if relation.key == key}


def test_possessive_seats_a_firm_a_place_owns_is_based_there(nlp):
    part = resolved_part(nlp, "Travel-related shares dropped in Europe, with companies such as Germany's TUI sliding.")
    assert ("TUI", "Germany") in _edges(part, "base in")


def test_possessive_seats_a_magazine_named_with_its_kind_is_based_there(nlp):
    part = resolved_part(nlp, "The Osbournes had a regular audience of eight million, with America's TV Guide magazine "
                              "describing the series as a cross between The Simpsons and This Is Spinal Tap.")
    assert ("TV Guide", "United States") in _edges(part, "base in")


def test_possessive_seats_a_player_a_country_owns_is_based_nowhere(nlp):
    part = resolved_part(nlp, "British number one Tim Henman will face France's Cyril Saulnier in the first round "
                              "of next week's Australian Open.")
    assert not _edges(part, "base in")


def test_possessive_seats_a_law_a_country_owns_is_based_nowhere(nlp):
    part = resolved_part(nlp, "Germany's Securities Trading Act says that if BaFin finds such clues, it has to put "
                              "the case in the hands of the prosecutor.")
    assert not _edges(part, "base in")


def test_possessive_seats_a_name_of_or_at_an_organisation_works_there_only_as_a_person(nlp):
    kept = resolved_part(nlp, "\"It's not going to take much to push the dollar one way or the other,\" said Grant "
                              "Wilson of Mellon Bank.")
    gone = resolved_part(nlp, "Eminem played a showcase night for Shady Records at the Islington Academy.")
    assert ("Grant Wilson", "Mellon Bank") in _edges(kept, "work for")
    assert not _edges(gone, "work for")
