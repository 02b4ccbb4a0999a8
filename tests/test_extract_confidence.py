"""Confidences come from evidence: ranked, many distinct values, in (0, 1)."""

from __future__ import annotations

from kg.extract.propositions import propositions

TEXT = (
    "Protesters stormed government buildings and set them ablaze. "
    "The bloc, a military alliance, sent troops to Kazakhstan. "
    "Kazakhstan's largest city was hit by the unrest. "
    "The army may withdraw, officials said. "
    "The talks, which began in May, collapsed after the envoys left the capital on Friday."
)


def test_extract_confidence_in_range_and_varied(nlp):
    found = list(propositions(nlp(TEXT)))
    values = {p.confidence for p in found}
    assert all(0 < v < 1 for v in values)
    assert len(values) >= len(found) // 2


def test_extract_confidence_verb_clause_outranks_possessive(nlp):
    found = list(propositions(nlp(TEXT)))
    storm = next(p for p in found if p.key == "storm")
    possessive = next(p for p in found if p.kind == "possessive")
    assert storm.confidence > possessive.confidence


def test_extract_confidence_reported_ranks_below_asserted(nlp):
    asserted = next(p for p in propositions(nlp("The army withdrew from the city.")) if p.key == "withdraw from")
    reported = next(p for p in propositions(nlp("The army withdrew from the city, officials said.")) if p.key == "withdraw from")
    assert reported.attributed_to is not None
    assert reported.confidence < asserted.confidence
