"""An organisation a pronoun owns ("his party") is no node of its own (model tests; kg.resolve.owned)."""

from __future__ import annotations

import pytest

from kg.records import Mention
from kg.resolve.owned import is_pronoun_owned
from tests.extract_helpers import agent_labels, resolved_part


def _described(part) -> set[str]:
    return {entity.label for entity in part.entities if entity.described}


@pytest.mark.parametrize(
    ("text", "lemma", "node"),
    [
        # Real sentences (bbc/politics/361): no node "party" that introduces a grant.
        ("SNP leader Alex Salmond said his party would introduce a £2,000 grant for first time buyers.",
         "introduce", "party"),
        # Real sentences (bbc/tech/325): "his firm" is Sonaptic, which the rule cannot tell: no node "firm".
        ("But Sonaptic's managing director David Monteith says his firm is the only company to offer "
         "positional 3D audio on a mobile.", "offer", "firm"),
    ],
)
def test_a_pronoun_owned_organisation_is_no_node(nlp, text, lemma, node):
    part = resolved_part(nlp, text)
    assert node not in _described(part)
    assert node not in agent_labels(part, lemma)


def test_an_owned_plural_is_left_alone():
    # Real sentence (bbc/business/266): "their companies" is a plural, left to kg.resolve.bare.
    text = ("Other things being equal, the notion of entrepreneurs languishing in jail while their companies "
            "are sold off for a song ought to be bad for business.")
    start = text.index("companies")
    assert not is_pronoun_owned(text, Mention(start, start + 9, "companies", None, 0))


def test_the_description_still_refers_back(nlp):
    # Real sentences (bbc/politics/317): "the party" is no pronoun's, and stands for the party named before.
    text = ("The Liberal Democrats want to do away with the council tax altogether. "
            "The party says it would aim for a £5,000 tax-free personal allowance.")
    assert agent_labels(resolved_part(nlp, text), "aim") == {"Liberal Democrats"}
