"""A body's name written in lower case is the body named so: "the Commons Work and Pensions
Committee ... the Commons work and pensions committee" is one node (``kg.resolve.lowernames``;
model tests on the session pipeline, sentences of BBC politics articles 200 and over, shortened)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

# politics/315
PENSIONS = (
    "In January the MPs who make up the Commons Work and Pensions Committee published a highly critical report "
    "into the agency. Lib Dem Sir Archy Kirkwood, who chairs the Commons work and pensions committee, said "
    "the chief executive was retiring."
)
# politics/410: the description first, NER's cut name ("Privileges Committee") after it.
PRIVILEGES = (
    "Mr Sayeed was suspended from Parliament for two weeks after the Commons standards and privileges committee "
    "said his conduct had fallen well below the standards expected. The Standards and Privileges Committee "
    "inquiry was launched after the Sunday Times made allegations."
)
# Any select committee is "the select committee": no Treasury Select Committee.
SELECT = (
    "The Treasury Select Committee questioned Gordon Brown on Tuesday. He defended his record on spending. "
    "Tory MPs said the figures did not add up. On Wednesday Mr Smith, who chairs the select committee, "
    "said the plans were flawed."
)
# Two committees end in the description's words: either may be meant.
TWO = (
    "The Commons Work and Pensions Committee and the Lords Work and Pensions Committee both met on Monday. "
    "Sir Archy Kirkwood, who chairs the work and pensions committee, said the agency was failing."
)


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, title=None, date="2005-02-13")


def _described(part: DocumentGraph) -> list[str]:
    return [entity.label for entity in part.entities if entity.described and "committee" in entity.label.lower()]


def _chaired(part: DocumentGraph) -> list[str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return [labels.get(p.entity) if p.entity else None for e in part.events if e.lemma == "chair"
            for p in e.participants if p.role == "theme"]


def test_a_committee_named_in_lower_case_after_its_name_is_that_committee(nlp):
    part = _part(nlp, PENSIONS)
    assert _described(part) == []
    assert _chaired(part) == ["Commons Work and Pensions Committee"]


def test_a_committee_named_in_lower_case_before_ners_cut_name_is_that_committee(nlp):
    part = _part(nlp, PRIVILEGES)
    assert _described(part) == []
    labels = {entity.key: entity.label for entity in part.entities}
    assert {labels.get(quote.speaker) for quote in part.quotes} == {"Privileges Committee"}


def test_a_generic_two_word_description_is_no_named_committee(nlp):
    assert "Treasury Select Committee" not in _chaired(_part(nlp, SELECT))


def test_two_committees_so_named_leave_the_description_apart(nlp):
    chaired = _chaired(_part(nlp, TWO))
    assert "Commons Work and Pensions Committee" not in chaired
    assert "Lords Work and Pensions Committee" not in chaired
