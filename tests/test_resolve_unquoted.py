"""A reporter's "he" outside quotation marks is not someone a speaker named inside
them (kg.resolve.unquoted; real sentences, on the session pipeline)."""

from __future__ import annotations

from kg.records import DocumentGraph
from kg.resolve.unquoted import in_quotation
from tests.extract_helpers import agent_labels, resolved_part


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, date="2005-02-13")


def test_a_name_thanked_in_a_quotation_does_not_apologise(nlp):
    text = ("Best actor Foxx could not make the ceremony, but actress Helen Mirren read out his acceptance speech. "
            '"I\'m honoured and proud to receive this Bafta. I\'d like to thank the late Ray Charles himself." '
            'He apologised for not being in London, joking: "Unfortunately I\'m stuck driving a car in LA at gunpoint."')
    assert "Ray Charles" not in agent_labels(_part(nlp, text), "apologise")


def test_a_name_praised_in_a_quotation_does_not_brand(nlp):
    text = ('Mr Bannatyne said: "Disunity in the Cabinet has a corrosive effect on the country.\n'
            '"Gordon Brown is a great chancellor who has delivered a stable economy, but business wants that to '
            'continue and not be blown off course by petty squabbles based on personal ambition."\n'
            "The businessman, whose latest venture is a casino in Newcastle, also voiced concern about the ongoing "
            "violence in Iraq.\n"
            'And he branded the UK government\'s response to the tsunami as "piecemeal and poor".')
    assert "Gordon Brown" not in agent_labels(_part(nlp, text), "brand")


def test_in_quotation_reads_the_marks():
    text = 'He said: "Thank Ray Charles." Then he left.'
    assert in_quotation(text, text.index("Ray"))
    assert not in_quotation(text, text.index("he left"))
