"""Described groups worded alike but for "firms" and "companies" are one node ("foreign firms ...
foreign companies"; kg.resolve.kindsynonyms); bare "firms" and "companies", or "other firms" and
"other companies", stay apart. Sentences from BBC business articles (index 200 and up), shortened."""

from __future__ import annotations

import pytest

from kg.resolve.kindsynonyms import description_key
from tests.extract_helpers import article_graph


def _described(nlp, text: str) -> set[str]:
    return {entity.label for entity in article_graph(nlp, text).entities() if entity.described}


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        # business/231
        ("Venezuela reviews foreign deals\n\nPresident Hugo Chavez has ordered all existing contracts with foreign "
         "firms to be examined to see if they provide maximum benefits to the country. Venezuela has previously "
         "assured foreign companies with operations in the mineral rich country that it respects existing "
         "contracts.\n", "foreign firms", "foreign companies"),
        # business/353, shortened
        ("Giant waves damage S Asia economy\n\nInsurers and travel firms are counting the cost of the massive "
         "earthquake. In the short-term, however, travel companies are cancelling flights and trips.\n",
         "travel firms", "travel companies"),
    ],
)
def test_synonym_heads_make_one_node(nlp, text, one, other):
    described = _described(nlp, text)
    assert not {one, other} <= described and described & {one, other}, described


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        # business/231, reworded: "other" firms are others than some named, whichever they are.
        ("Venezuela reviews foreign deals\n\nPresident Hugo Chavez has ordered all existing contracts with other "
         "firms to be examined. Venezuela has previously assured other companies with operations in the country "
         "that it respects existing contracts.\n", "other firms", "other companies"),
    ],
)
def test_bare_or_counted_heads_stay_apart(nlp, text, one, other):
    described = _described(nlp, text)
    assert {one, other} <= described, described


def test_bare_heads_keep_their_own_key():
    # business/397: "UK top 250 firms" ... "companies can reduce": bare heads are no evidence of one group.
    assert description_key("firms") != description_key("companies")
    assert description_key("many firms") != description_key("many companies")
    assert description_key("tobacco firms") == description_key("tobacco companies")
