"""A reported clause does not end on a preposition: the name the parser gave to the next
clause is the preposition's object (kg.extract.strandedobjects)."""

import pytest

from tests.extract_helpers import resolved_part


def _contents(nlp, text):
    return [quote.content for quote in resolved_part(nlp, text).quotes]


def test_the_name_after_a_stranded_preposition_is_said(nlp):
    # bbc/sport/273
    text = ('Birmingham have confirmed Blackburn made a bid for Robbie Savage - but managing director Karen Brady '
            'has called it "derisory".')
    assert "Blackburn made a bid for Robbie Savage" in _contents(nlp, text)


@pytest.mark.parametrize(("text", "content"), [
    ("Birmingham have confirmed Blackburn made a bid for the Wales midfielder.",
     "Blackburn made a bid for the Wales midfielder"),
    ("The minister said the talks had broken down, officials in London reported.",
     "the talks had broken down"),
])
def test_whole_contents_are_unchanged(nlp, text, content):
    assert content in _contents(nlp, text)
