"""A quotation that opens with a command right after its speech verb (kg.extract.interposed,
``quoted_command``): the parse makes the command the verb's xcomp, as in "is said to"; the
speech was given, not speculated. Sentences shortened from unseen BBC articles."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.types import Factuality
from tests.extract_helpers import event_factualities


def _speech(nlp, text: str) -> set[tuple[str, str]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(s.cue, s.factuality.value) for s in extract(document, doc).speech}


@pytest.mark.parametrize(("text", "expected"), [
    ('According to Mr Peston the prime minister said: "Help me to get through the year and I will then stand down."',
     ("say", "asserted")),
    ('He ended his response with an election challenge to Labour, saying "bring it on".', ("say", "asserted")),
    ('The MMF\'s general secretary James Seller said: "Imagine if you were an orchestra from the Orkneys?"',
     ("say", "asserted")),
])
def test_quoted_command_is_said(nlp, text, expected):
    found = _speech(nlp, text)
    assert expected in found, found


def test_said_to_without_quotation_stays_speculated(nlp):
    # "is said to" with no quotation: what is said of Israel, not a speech
    factualities = event_factualities(nlp, "Israel will not attend, but is said to be closely watching the outcome.")
    assert factualities["watch"] is Factuality.SPECULATED
