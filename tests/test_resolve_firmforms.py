"""A firm's one-word name that a firm's noun set beside it types stays the firm, and no
person's full name with that surname takes it (kg.resolve.firmforms,
kg.extract.classifiers.firm_beside). Sentences paraphrased from BBC business/479."""

from __future__ import annotations

from tests.extract_helpers import resolved_part, role_labels

_FIRM = ("Ford, the US car company, reported higher profits on Thursday. "
         "\"We gained momentum,\" said chairman and chief executive Bill Ford. "
         "But Ford declined to provide guidance for the first quarter.")


def _labels(nlp, text: str) -> dict[str, str]:
    return {entity.label: entity.type.name for entity in resolved_part(nlp, text).entities}


def test_the_firm_beside_its_noun_is_not_the_chairman(nlp):
    labels = _labels(nlp, _FIRM)
    assert labels.get("Ford") == "ORGANIZATION" and labels.get("Bill Ford") == "PERSON"
    assert ("agent", "Ford") in role_labels(nlp, _FIRM, "decline") | role_labels(nlp, _FIRM, "provide")
    assert ("agent", "Bill Ford") not in role_labels(nlp, _FIRM, "provide")


def test_a_surname_without_a_firms_noun_beside_it_is_the_person(nlp):
    text = ("\"We gained momentum,\" said chairman and chief executive Bill Ford. "
            "But Ford declined to provide guidance for the first quarter. Ford said the outlook was good.")
    assert "Ford" not in _labels(nlp, text)


def test_a_name_seen_once_stays_the_persons_surname(nlp):
    """One mention whose cue made it a firm is too little: the article's person keeps it."""
    text = ("Kim Clijsters has denied reports that she will miss the Australian Open. "
            "Clijsters, the former world number one, is still ranked 22nd in the world.")
    assert "Clijsters" not in _labels(nlp, text)
