"""A given name NER read as a nationality (NORP), with the surname it left out, is one person's
name (kg.extract.givenplaces). Sentences from sport/201 of the BBC corpus, paraphrased: there
"Adrian" of "Adrian Mutu" is a nationality and "Mutu", named alone after, a firm."""

from __future__ import annotations

import pytest

from kg.extract.givenplaces import surname_end
from kg.extract.words import Words
from kg.pipeline import build_text
from tests.extract_helpers import hand_doc


def _rows(first: str, second: str, *, again: bool = True) -> list:
    """ "Chelsea sacked <first> <second> . <second> lost .": the first word a compound of the second."""
    return [
        ("Chelsea", "PROPN", "NNP", "nsubj", 1, "Chelsea"),
        ("sacked", "VERB", "VBD", "ROOT", 1, "sack"),
        (first, "PROPN", "NNP", "compound", 3, first),
        (second, "PROPN", "NNP", "dobj", 1, second),
        (".", "PUNCT", ".", "punct", 1, "."),
        (second if again else "He", "PROPN" if again else "PRON", "NNP" if again else "PRP", "nsubj", 6, second),
        ("lost", "VERB", "VBD", "ROOT", 6, "lose"),
        (".", "PUNCT", ".", "punct", 6, "."),
    ]


def _end(rows: list, label: str = "NORP") -> int | None:
    ents = ["O", "O", f"B-{label}"] + ["O"] * (len(rows) - 3)
    return surname_end(Words(hand_doc(rows, ents)), 2, 3, label)


def test_a_given_name_read_as_a_nationality_takes_its_surname():
    assert _end(_rows("Adrian", "Mutu")) == 4


@pytest.mark.parametrize(
    "rows",
    [
        _rows("Adrian", "Mutu", again=False),  # never named "Mutu" alone
        _rows("Christian", "Democrats"),  # a party's name's head
        _rows("Christian", "Conservatives"),  # a party's members (nicknames.tsv)
        _rows("Frank", "Republican"),  # a party's member (party_members.tsv)
        _rows("Roman", "Britons"),  # a people
        _rows("Adrian", "Cup"),  # a name's head word
    ],
)
def test_no_surname_without_its_evidence(rows):
    assert _end(rows) is None


def test_the_striker_is_one_person(nlp):
    text = (
        "Arsenal boss Arsene Wenger would consider signing Adrian Mutu once the striker has served his ban. "
        "Mutu was sacked by Chelsea on Friday after testing positive for cocaine. "
        "Mutu faces a ban of between six months and two years."
    )
    types = {entity.label: entity.type.value for entity in build_text(text, nlp=nlp).entities()}
    assert types.get("Adrian Mutu") == "Person"
    assert "Adrian" not in types and "Mutu" not in types
