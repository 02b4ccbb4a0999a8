"""A place after a named organisation's part only says where the part works: the post is
still the owner's (``kg.extract.subunits``)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _positions(part: DocumentGraph) -> dict[tuple[str, str], str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels[p.person], p.role): labels.get(p.organisation) if p.organisation else None
            for p in part.positions}


_LEAD = "A top banker at Merrill Lynch has lost her claim for sexual discrimination.\n\n"


def test_a_part_placed_in_a_region_is_the_owners(nlp):
    # bbc/business/336
    part = resolved_part(
        nlp,
        _LEAD + "Ms Villalba, the former head of Merrill's private client business in Europe, has made no "
        "decision on whether to appeal.",
        title="Banker loses sexism claim", date="2005-03-01")
    assert _positions(part)[("Villalba", "head")] in ("Merrill", "Merrill Lynch")


def test_a_part_of_a_description_stays_without_owner(nlp):
    # bbc/business/336, paraphrased: "the bank's" names no organisation of its own.
    part = resolved_part(
        nlp,
        _LEAD + "Ms Villalba, the former head of the bank's private client business in Europe, has made no "
        "decision on whether to appeal.",
        title="Banker loses sexism claim", date="2005-03-01")
    assert _positions(part).get(("Villalba", "head")) != "Europe"


def test_a_part_whose_words_go_on_is_no_part(nlp):
    # bbc/business/336, paraphrased: "in" that opens no place is no cut.
    part = resolved_part(
        nlp,
        _LEAD + "Ms Villalba, the former head of Merrill's stake in private client investments, has made no "
        "decision on whether to appeal.",
        title="Banker loses sexism claim", date="2005-03-01")
    assert _positions(part).get(("Villalba", "head")) is None
