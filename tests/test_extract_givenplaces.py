"""A given name NER read as a place, with the surname it left out, is one person's name
(kg.extract.givenplaces). Sentences from BBC sport reports (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.givenplaces import surname_end
from kg.extract.words import Words
from tests.extract_helpers import hand_doc, mention_types


def _rows(first: str, second: str, after: tuple[str, str, str] = (".", "PUNCT", "."), *, again: bool = True) -> list:
    """ "He beat <first> <second> <after> <second> lost .": the first word a compound of
    the second, which the next sentence names alone (``again``) or not."""
    return [
        ("He", "PRON", "PRP", "nsubj", 1, "he"),
        ("beat", "VERB", "VBD", "ROOT", 1, "beat"),
        (first, "PROPN", "NNP", "compound", 3, first),
        (second, "PROPN", "NNP", "dobj", 1, second),
        (after[0], after[1], after[2], "punct" if after[1] == "PUNCT" else "npadvmod", 1, after[0]),
        (second if again else "She", "PROPN" if again else "PRON", "NNP" if again else "PRP", "nsubj", 6, second),
        ("lost", "VERB", "VBD", "ROOT", 6, "lose"),
        (".", "PUNCT", ".", "punct", 6, "."),
    ]


def _end(rows: list, label: str = "GPE") -> int | None:
    ents = ["O", "O", f"B-{label}"] + ["O"] * (len(rows) - 3)
    return surname_end(Words(hand_doc(rows, ents)), 2, 3, label)


def test_a_given_name_read_as_a_place_takes_its_surname():
    assert _end(_rows("Gisela", "Dulko")) == 4


@pytest.mark.parametrize(
    ("rows", "label"),
    [
        (_rows("Gisela", "Dulko"), "ORG"),  # not NER's place
        (_rows("Gisela", "Dulko", again=False), "GPE"),  # the article never names her "Dulko" alone
        (_rows("Arjen", "Robben"), "GPE"),  # no given name a list holds: the word may be anything
        (_rows("Sydney", "Harbour", again=False), "GPE"),  # no "Harbour" alone elsewhere
        (_rows("Victoria", "Station"), "GPE"),  # a name's head word
        (_rows("Florence", "Italy"), "GPE"),  # a known place
        (_rows("Jordan", "Grand", ("Prix", "PROPN", "NNP")), "GPE"),  # the name goes on
    ],
)
def test_no_surname_without_its_evidence(rows, label):
    assert _end(rows, label) is None


def test_the_person_is_found_whole(nlp):
    text = ("Daniela Hantuchova recovered from a terrible start to beat Gisela Dulko 1-6 6-4 6-4. Dulko, who had "
            "lost all three of her singles matches in the group stages, grew in confidence.")
    types = mention_types(nlp, text, None)
    assert "Gisela" not in types and types.get("Gisela Dulko") is not None and types["Gisela Dulko"].value == "Person"
