"""Rule ``firm kind`` (kg.extract.firmkinds): a name set beside the noun of a firm's kind is a
company in all its mentions. Sentences from business/501, business/435 and business/406 of
the BBC corpus, paraphrased (NER reads "Aguas Argentinas", "Lensworth" and "Best Buy" as
people there)."""

from __future__ import annotations

import pytest

from kg.extract.firmkinds import after_firm_kind
from kg.extract.mentions import find_mentions
from kg.extract.words import Words
from kg.types import EntityType as T

_AGUAS = (
    "A conflict between the Argentine state and water firm Aguas Argentinas, controlled by France's Suez, is "
    "casting doubt on the firm's future. The government wants Aguas Argentinas to make an annual investment of "
    "400m pesos. Aguas Argentinas told the newspaper Clarin it would not accept any change."
)
_LENSWORTH = (
    "It has cash available after selling property business Lensworth, but it has been expected to return cash "
    "to shareholders. Lensworth was sold to a developer."
)


@pytest.mark.parametrize(("text", "name", "count"), [(_AGUAS, "Aguas Argentinas", 3), (_LENSWORTH, "Lensworth", 2)])
def test_a_name_beside_a_firms_kind_is_a_company_in_all_its_mentions(nlp, text, name, count):
    types = [m.type for m in find_mentions(nlp(text)) if m.text == name]
    assert types == [T.ORGANIZATION] * count


def test_the_subject_of_a_clause_on_the_noun_is_no_company(nlp):
    # "the company Tim Smith founded": the name is the founder, the noun the company.
    text = "The company Tim Smith founded in 1990 has been sold. Tim Smith said he was pleased."
    assert {m.type for m in find_mentions(nlp(text)) if m.text == "Tim Smith"} == {T.PERSON}


def _after(nlp, text: str, name: str) -> bool:
    words = Words(nlp(text))
    tokens = [word.text for word in words.words]
    first = name.split()
    start = next(i for i in range(len(tokens)) if tokens[i : i + len(first)] == first)
    return after_firm_kind(words, start, start + len(first))


def test_only_a_firms_own_kind_before_the_name(nlp):
    assert _after(nlp, "Leading electronics chain Best Buy missed its sales target.", "Best Buy")
    assert _after(nlp, "The government is in talks with water firm Aguas Argentinas.", "Aguas Argentinas")
    # A noun a person is called too ("film maker", entertainment/326), a plural or a capitalised one: none.
    assert not _after(nlp, "Documentary film maker Spurlock ate only burgers for a month.", "Spurlock")
    assert not _after(nlp, "Retail banks Barclays and HSBC raised their rates.", "Barclays")
    assert not _after(nlp, "He joined the Business Lensworth scheme last year.", "Lensworth")
