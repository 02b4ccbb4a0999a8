"""An apposition whose noun is coordinated ("standards and regulatory liaison") has no sure
head, so it types nothing (kg.extract.cues); a plain one still does. BBC tech/275."""

from __future__ import annotations

from tests.extract_helpers import resolved_part


def _types(nlp, text: str) -> dict[str, str]:
    return {entity.label: entity.type.value for entity in resolved_part(nlp, text).entities}


def test_a_coordinated_apposition_types_no_person_a_product(nlp):
    text = ("Cambridge-based Ubisense has about 40 customers using the short-range radio technology, said David "
            "Theriault, standards and regulatory liaison for Ubisense.")
    assert _types(nlp, text).get("David Theriault") == "Person"


def test_a_plain_apposition_still_types(nlp):
    text = "The film festival opened with Ray, a biopic of the singer Ray Charles, on Thursday."
    assert _types(nlp, text).get("Ray") == "CreativeWork"
