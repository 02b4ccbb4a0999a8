"""Initials joined by "&" are the firm of two names joined by "&" they are the initials of
(kg.resolve.ampersands); other initials stay apart. Sentences from BBC business and politics
articles (index 200 and up), shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import named_node_aliases


@pytest.mark.parametrize(
    ("text", "label", "alias"),
    [
        # politics/354
        ("Budget date named\n\nAs Mr Brown announced the Budget date, accountancy firm Ernst & Young urged him "
         "to focus on the economy. \"Taxes were cut,\" said Aidan O'Carroll, E&Y's UK head of tax.\n",
         "Ernst & Young", "E&Y"),
    ],
)
def test_ampersand_initials_join_the_full_name(nlp, text, label, alias):
    nodes = named_node_aliases(nlp, text)
    assert alias in nodes.get(label, set()) and alias not in nodes, nodes


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # business/385 and business/202, joined: other initials are another firm.
        ("Phone deal\n\nTate & Lyle's chief executive has been named businessman of the year. Last week, SBC "
         "Communications agreed to buy its former parent AT&T for about $16bn.\n", "AT&T"),
        # politics/354, reworded: initials of other words name another firm.
        ("Budget date named\n\nAccountancy firm Ernst & Young urged him to focus on the economy. Retailer "
         "M&S said sales had fallen.\n", "M&S"),
    ],
)
def test_other_initials_stay_apart(nlp, text, apart):
    nodes = named_node_aliases(nlp, text)
    assert apart in nodes, nodes
