"""A body's name NER cut at the "and" of its "of" or "for" phrase is one name
(kg.extract.andnames); sentences shortened from BBC articles >= 200."""

from __future__ import annotations

import pytest

from tests.extract_helpers import entity_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER: "the Department for Education" and a body "Skills" (politics/309).
        ("The Hansard Society, the Electoral Commission and the Department for Education and Skills are running "
         "the programme.", "the Department for Education and Skills"),
        # NER keeps the "and" and leaves "Numbers" out (tech/387).
        ("The domains are being considered by the Internet Corporation for Assigned Names and Numbers, Icann.",
         "the Internet Corporation for Assigned Names and Numbers"),
        # NER: "Drama", a person (entertainment/307).
        ("Rowlands won a scholarship to the Guildhall School of Speech and Drama when she was just 15.",
         "the Guildhall School of Speech and Drama"),
    ],
)
def test_body_name_whole(nlp, text, name):
    assert name in entity_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A country after the "and" is a name of its own.
        ("Jan Berry, chairman of the Police Federation of England and Wales, said officers were angry.", "Wales"),
        # So is a name the article gives on its own.
        ("The Institute of Directors and Tesco backed the plan. Tesco said profits would rise.", "Tesco"),
    ],
)
def test_not_a_body_name(nlp, text, kept):
    spans = entity_texts(nlp, text)
    assert not any(" and " in span for span in spans), spans
