"""A one-word name that is a kind's head word names the one event or work of that kind
after "the" and as a common noun's modifier (kg.extract.alonenames). Sentences from BBC
rugby reports (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

SPORT = frozenset({"sport"})


def _types(nlp, text: str, name: str, sport: frozenset[str] = SPORT) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name]


@pytest.mark.parametrize(
    "text",
    [
        # NER's person and organisation.
        "First, Healey came off his flank with an angled run to score an injury-time try that earned the Tigers "
        "a 17-17 draw in their Premiership meeting on 21 November.",
        "The RFU recently fined Northampton coach Budge Pountney and imposed a six-week ban for his criticism of "
        "referee Steve Lander after a Premiership match.",
    ],
)
def test_a_head_word_before_a_noun_names_the_event(nlp, text):
    assert _types(nlp, text, "Premiership") == [T.EVENT]


def test_a_name_no_kind_heads_keeps_its_type(nlp):
    """"Healey" heads no kind of name: the noun after it says nothing of it."""
    text = "The Leicester wing scored a Healey special in the Premiership meeting."
    assert T.EVENT not in _types(nlp, text, "Healey")


@pytest.mark.parametrize(
    "text",
    [
        # "the Budget": the chancellor's statement, an occasion (name_heads.tsv), NER's organisation
        # (shortened from BBC politics articles 350 and 364).
        "The Labour manifesto had been published after the Budget, expected in March.",
        "There was nothing in the Budget that would put more police on the streets, Mr Howard said.",
    ],
)
def test_the_budget_is_an_occasion(nlp, text):
    assert set(_types(nlp, text, "Budget", frozenset())) == {T.EVENT}


def test_a_body_named_for_its_budget_keeps_its_head(nlp):
    """The head of "Office of Management and Budget" is "Office": a body."""
    text = "Mr Raines was head of the Office of Management and Budget under President Clinton."
    assert _types(nlp, text, "Office of Management and Budget", frozenset()) == [T.ORGANIZATION]
