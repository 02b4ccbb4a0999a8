"""A firm's name "X and Y" NER cut at its "and" is one name when the text shows it one firm
(kg.extract.firmpairs), and a pair whose sides the article names with one shared head is
two (kg.extract.pairsides). Sentences from BBC business and entertainment articles (index
200 and up), shortened or reworded."""

from __future__ import annotations

import pytest

from tests.extract_helpers import entity_texts, named_node_aliases

# business/315
_SN = ("The UK's biggest brewer, Scottish and Newcastle (S&N), is to buy 37.5% of India's United Breweries. "
       "In 2002 S&N and United agreed to form a strategic partnership.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Initials in brackets and a firm's noun set beside it (NER: a people and a city).
        (_SN, "Scottish and Newcastle"),
        # business/315, reworded: a firm's kind noun right before it, no initials.
        ("The deal was agreed by brewer Scottish and Newcastle, which owns Kronenbourg.", "Scottish and Newcastle"),
        # business/315, reworded: a company's suffix after it.
        ("Shares in Scottish and Newcastle plc rose 3% after the Indian deal.", "Scottish and Newcastle"),
    ],
)
def test_firm_pair_is_one_name(nlp, text, name):
    spans = entity_texts(nlp, text)
    assert name in spans, spans


@pytest.mark.parametrize(
    "text",
    [
        # business/466: two airlines, no firm's cue.
        "Two of the largest airlines in the US - American and Southwest - have blamed record fuel prices.",
        # politics/239: countries.
        "The brewer said the law applies in England and Wales from next year.",
        # entertainment/201: two people.
        "The firm Matt Lucas and David Walliams set up won the award.",
        # business/315, reworded: a side the article names alone is a firm of its own.
        "The brewer, Scottish and Newcastle (S&N), is to buy a stake. Newcastle said the deal was good.",
    ],
)
def test_two_names_stay_two(nlp, text):
    spans = entity_texts(nlp, text)
    assert not any(" and " in span for span in spans), spans


def test_firm_pair_joins_its_initials(nlp):
    nodes = named_node_aliases(nlp, "Brewer expands\n\n" + _SN + "\n")
    assert "S&N" in nodes.get("Scottish and Newcastle", set()) and "S&N" not in nodes, nodes
    assert "Scottish" not in nodes and "Newcastle" not in nodes, nodes


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # business/477: two banks, each named with the head "Bank" (NER: "Citizens and Canal").
        ("JP Morgan admits US slavery links\n\nJP Morgan said Citizens Bank and Canal Bank are the two lenders "
         "it found. Because of defaults by plantation owners, Citizens and Canal ended up owning about "
         "1,250 slaves.\n", ("Citizens Bank", "Canal Bank")),
    ],
)
def test_pair_of_headed_names_is_two(nlp, text, parts):
    nodes = named_node_aliases(nlp, text)
    assert not any(" and " in label for label in nodes), nodes
    assert all(part in nodes for part in parts), nodes


def test_pair_with_one_headed_side_stays_whole(nlp):
    # business/477, reworded: only one side is named with the head, so no shared head tells two.
    nodes = named_node_aliases(nlp, "JP Morgan admits US slavery links\n\nJP Morgan said Citizens Bank was one "
                               "lender it found. Because of defaults by plantation owners, Citizens and Canal ended "
                               "up owning about 1,250 slaves.\n")
    assert "Citizens and Canal" in nodes, nodes
