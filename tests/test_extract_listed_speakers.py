"""Every name of a list of three or more that says something is a speaker, though the parse
hangs the list's "and" on a later conjunct (``kg.extract.speechverbs._joining`` through
``kg.extract.quotes``), on the shared pipeline. Sentences paraphrased from tech/219 and
business/329."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _speakers(nlp, text: str) -> set[str]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {s.speaker.text for s in extract(document, doc).speech if s.speaker is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last month, Paramount, Universal and Warner Brothers said they were opting for the rival format.",
         {"Paramount", "Universal", "Warner Brothers"}),
        ("On Monday, the Council of Mortgage Lenders, the British Bankers Association and the Building Societies "
         "Association all said mortgage lending was slowing.",
         {"the Council of Mortgage Lenders", "the British Bankers Association", "the Building Societies Association"}),
        ("Mr Howard, Mr Kennedy and Mr Blair said the debate would go ahead.", {"Mr Howard", "Mr Kennedy", "Mr Blair"}),
    ],
)
def test_each_name_of_a_list_speaks(nlp, text, expected):
    assert expected <= _speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "or" does not say who spoke
        ("Paramount, Universal or Warner Brothers said they were opting for the rival format.", {"Warner Brothers"}),
        # common nouns: who the analysts are, the text does not say
        ("Paramount, Universal and some analysts said the format would win.", {"some analysts", "analysts"}),
    ],
)
def test_no_speaker_beyond_the_list(nlp, text, absent):
    assert not absent & _speakers(nlp, text)
