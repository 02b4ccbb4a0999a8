"""A body's name without its namesake's given name or its chamber's name is that body
(kg.resolve.ownerless); no other leading word goes ("the Parliamentary Labour Party" is no
"Labour Party"). Sentences from BBC politics articles (index 200 and up), shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import named_node_aliases


@pytest.mark.parametrize(
    ("text", "label", "alias"),
    [
        # politics/385: the founder's given name dropped.
        ("UK pledges aid\n\nMr Brown welcomed news that the Bill Gates Foundation and Norway are joining up. "
         "Britain, France and the Gates Foundation have drawn up proposals.\n", "Bill Gates Foundation",
         "Gates Foundation"),
        # politics/389: the chamber's name dropped.
        ("EU rules\n\nHe told the House of Commons Treasury Select Committee that the EU rules were hard. "
         "But, speaking to the Treasury Select Committee, Gordon Brown said the rules could be changed.\n",
         "House of Commons Treasury Select Committee", "Treasury Select Committee"),
    ],
)
def test_ownerless_name_joins_the_full_name(nlp, text, label, alias):
    nodes = named_node_aliases(nlp, text)
    assert alias in nodes.get(label, set()) and alias not in nodes, nodes


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # politics/256: a party's group in Parliament is no party.
        ("Blair pledges unity\n\nMr Blair told the Parliamentary Labour Party on Monday that nothing would get "
         "in the way of a unified Labour Party.\n", "Labour Party"),
        # politics/396, reworded: a town's branch is no party either.
        ("Calls inquiry\n\nThe Stevenage Labour Party made the calls. The Labour Party said it would look into "
         "the matter.\n", "Labour Party"),
    ],
)
def test_ownerless_leaves_apart(nlp, text, apart):
    nodes = named_node_aliases(nlp, text)
    assert apart in nodes, nodes
