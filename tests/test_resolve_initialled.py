"""A titled surname no rule placed joins the one name of two initials and that surname,
which NER read as an organisation (kg.resolve.initialled); never without a title, nor a
single initial's name. Sentences from BBC business and sport articles (index 200 and up),
shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import named_node_aliases


def _node_of(nodes: dict[str, set[str]], name: str) -> str | None:
    return next((label for label, aliases in nodes.items() if name == label or name in aliases), None)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # business/242
        ("Glazer makes new Man Utd approach\n\nMalcolm Glazer has made a fresh approach to buy Manchester United. The "
         "bid needs the support of United's largest shareholders, the Irish horse racing tycoons John Magnier and JP "
         "McManus. Through their Cubic Expression vehicle they own 28.9% of the club. Mr Glazer owns 28.1%. Joe "
         "McLean, a football specialist at accountancy firm Grant Thornton, said the support of Mr Magnier and Mr "
         "McManus was \"utterly crucial\".\n", "JP McManus", "McManus"),
    ],
)
def test_titled_surname_joins_the_initialled_name(nlp, text, full, short):
    nodes = named_node_aliases(nlp, text)
    assert _node_of(nodes, full) is not None and _node_of(nodes, full) == _node_of(nodes, short), nodes


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # business/242, reworded: a single initial and a surname (a line-up's "S Easterby") may be another's.
        ("Glazer makes new Man Utd approach\n\nMalcolm Glazer has made a fresh approach to buy Manchester United. "
         "The bid needs the support of United's largest shareholders, the Irish horse racing tycoons John Magnier "
         "and S McManus. Through their Cubic Expression vehicle they own 28.9% of the club. A football specialist "
         "said the support of Mr Magnier and Mr McManus was \"utterly crucial\".\n", "S McManus", "McManus"),
    ],
)
def test_surname_left_apart(nlp, text, full, short):
    nodes = named_node_aliases(nlp, text)
    assert _node_of(nodes, short) is None or _node_of(nodes, full) != _node_of(nodes, short), nodes
