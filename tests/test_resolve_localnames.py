"""A description whose capitals are another name of the article, inside that name's span or
written as the name is elsewhere, carries no name of its own: it is described
(kg.resolve.localnames). Sentences from BBC sport and politics articles (index 200 and up),
shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import article_graph


def _nodes(nlp, text: str) -> dict[str, bool]:
    """Each node's label and whether it is described."""
    return {entity.label: entity.described for entity in article_graph(nlp, text).entities()}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # sport/371: "All Blacks" is named in the next sentence.
        ("All Black magic\n\nThey now face an All Blacks team led by Henry and Hansen, coming to Europe with a "
         "weakened squad. The All Blacks beat Wales in 1905.\n", "All Blacks team"),
    ],
)
def test_description_of_another_name_is_described(nlp, text, label):
    nodes = _nodes(nlp, text)
    assert nodes.get(label) is True, nodes


def test_description_with_a_missed_name_stays_named(seed_graph):
    # The founding article: NER misses "Interfax", which it names nowhere else.
    (interfax,) = [entity for entity in seed_graph.entities() if entity.label == "Interfax news agency"]
    assert not interfax.described
