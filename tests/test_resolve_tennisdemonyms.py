"""A demonym in a tennis report names players, not a national side (kg.resolve.names'
demonym teams): "the Russians" stays a group there, while in a rugby report "the Italians"
are Italy's team. Sentences from BBC sport articles (index 200 and up), shortened."""

from __future__ import annotations

import pytest

from tests.extract_helpers import named_node_aliases


def _node_of(nodes: dict[str, set[str]], name: str) -> str | None:
    return next((label for label, aliases in nodes.items() if name == label or name in aliases), None)


@pytest.mark.parametrize(
    ("text", "country", "people"),
    [
        # sport/495, reworded as a Fed Cup final's report: the pair that broke serve are two players.
        ("Russia clinch Fed Cup title\n\nRussia beat France 3-2 in the Fed Cup final in Moscow to win the tennis "
         "title for the first time. Anastasia Myskina won both her singles matches and the doubles rubber was "
         "decisive. The Russians then twice broke serve in the opening set before a partisan crowd. \"It feels "
         "good,\" said Myskina, the French Open champion, after the match.\n", "Russia", "Russians"),
    ],
)
def test_tennis_demonym_stays_a_group(nlp, text, country, people):
    nodes = named_node_aliases(nlp, text)
    assert _node_of(nodes, country) is not None and _node_of(nodes, country) != _node_of(nodes, people), nodes


@pytest.mark.parametrize(
    ("text", "country", "people"),
    [
        # sport/408, shortened: a rugby report's demonym is the team.
        ("Bortolami predicts dour contest\n\nItaly skipper Marco Bortolami believes Saturday's Six Nations contest "
         "against Scotland will be a scrappy encounter. Italy have only recorded three wins since they joined the "
         "Six Nations, but two of those have come against Scotland. The rugby coach said the squad was fit, the "
         "forwards and the scrum were ready for the match, and the backs would score tries. Now the Italians travel "
         "to Edinburgh hoping to claim their first away win in the Six Nations.\n", "Italy", "Italians"),
    ],
)
def test_team_sport_demonym_is_the_team(nlp, text, country, people):
    nodes = named_node_aliases(nlp, text)
    assert _node_of(nodes, country) is not None and _node_of(nodes, country) == _node_of(nodes, people), nodes
