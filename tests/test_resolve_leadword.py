"""A firm written by the first word of the name the article gave it in full is that firm
(kg.resolve.leadword); never a parent named first, an arm's parent, nor a word two full
names open. Sentences from BBC business and tech articles (index 200 and up), shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import named_node_aliases


@pytest.mark.parametrize(
    ("text", "label", "alias"),
    [
        # business/214
        ("Economy 'strong' in election year\n\nOptimism is at its highest since 1997, say researchers at BDO Stoy "
         "Hayward. The only thing blighting business optimism this year will be uncertainties associated with the "
         "general election, BDO said.\n", "BDO Stoy Hayward", "BDO"),
        # business/475: the headline may shorten the name the body gives in full first.
        ("Watchdog probes Vivendi bond sale\n\nFrance's stock market regulator AMF has filed complaints against "
         "media giant Vivendi Universal, its boss and another top executive. AMF has begun proceedings against "
         "Vivendi, its chief executive Jean-Rene Fourtou.\n", "Vivendi Universal", "Vivendi"),
    ],
)
def test_leadword_joins_the_full_name(nlp, text, label, alias):
    nodes = named_node_aliases(nlp, text)
    assert alias in nodes.get(label, set()) and alias not in nodes, nodes


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # tech/396: an arm's name ("EA Mobile") is no name of its parent "EA".
        ("Mobile gaming grows\n\nJohn Batter, general manager at EA Mobile, gave a keynote. \"The last time you "
         "checked, EA wasn't in this business,\" Mr Batter admitted.\n", "EA Mobile"),
        # The short name first: the parent of a longer one (business/214, reordered).
        ("Economy 'strong' in election year\n\nBusiness will slow this year, BDO said. Optimism is at its highest "
         "since 1997, say researchers at BDO Stoy Hayward.\n", "BDO Stoy Hayward"),
        # Two full names open on the word: it joins neither (business/203, shortened).
        ("Exchange bid\n\nDeutsche Boerse and Deutsche Telekom shares fell. Investors want Deutsche to return cash "
         "to shareholders rather than bid.\n", "Deutsche Boerse"),
    ],
)
def test_leadword_leaves_apart(nlp, text, apart):
    nodes = named_node_aliases(nlp, text)
    assert apart in nodes and not {alias for alias in nodes[apart] if " " not in alias}, nodes
