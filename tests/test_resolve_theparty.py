""""the party" stands only for a political party (model tests; kg.resolve.theparty)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import agent_labels, resolved_part


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # Real sentences (bbc/politics/330): the party named before, not the town NER read as an organisation.
        ("The Labour Party will hold its 2006 autumn conference in Manchester and not Blackpool. "
         "The decision was ratified by Labour's ruling National Executive Committee. "
         "It will be the first time since 1917 that the party has chosen Manchester to host the annual event.",
         "choose", {"Labour Party"}),
        # Real sentences (bbc/politics/317): a party by its name alone ("the Liberal Democrats").
        ("The Liberal Democrats want to do away with the council tax altogether. "
         "The party says it would aim for a £5,000 tax-free personal allowance.", "aim", {"Liberal Democrats"}),
    ],
)
def test_the_party_is_the_party_named_before(nlp, text, lemma, expected):
    assert agent_labels(resolved_part(nlp, text), lemma) == expected


@pytest.mark.parametrize(
    ("text", "lemma", "wrong"),
    [
        # Real sentences (bbc/politics/330): Bournemouth is no party.
        ("For years the main political parties have rotated between Blackpool, Bournemouth and Brighton. "
         "The following year Bournemouth hosted the event before the party signed a two year deal for Brighton.",
         "sign", "Bournemouth"),
        # Real sentences (bbc/politics/351): the Tories are named in reach as a modifier: either may be meant.
        ("The Tory co-chairman attacked Labour's six new pledges as vacuous. "
         "Dr Fox refused to discuss reports that the party had repaid £500,000 to Lord Ashcroft.",
         "repay", "Labour Party"),
        # Real sentences (bbc/politics/293): "this new party" is another than the one named before.
        ("A spokesman for UKIP called on Mr Hockney to quit the London Assembly. "
         "This new party might gain support from right-wing England.", "gain", "UK Independence Party"),
    ],
)
def test_the_party_is_no_other_organisation(nlp, text, lemma, wrong):
    assert wrong not in agent_labels(resolved_part(nlp, text), lemma)
