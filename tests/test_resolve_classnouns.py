"""No edge files a name under a bare class noun (kg.resolve.classnouns): "US media giant
TimeWarner", "Westlife are a chart-topping group" give no "is" edge to a "media giant" or
"chart-topping group" node; a description that ranks, counts or places the thing keeps its
edge. Sentences after business/001 and tech/146 of the BBC corpus, paraphrased, on the
session pipeline."""

from __future__ import annotations

import pytest

from kg.records import Argument, Proposition
from kg.resolve.classnouns import class_only
from kg.resolve.coref import Cluster
from kg.types import EntityType
from tests.extract_helpers import resolved_part


def _is_edges(nlp, text: str) -> set[tuple[str, str]]:
    part = resolved_part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels[r.subject], labels[r.object]) for r in part.relations if r.key == "be"}


def test_a_bare_class_gives_no_edge(nlp):
    text = ("Profits jump\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn. "
            "The IT firm EDS, a computer services giant, said profits rose.")
    assert _is_edges(nlp, text) == set()


@pytest.mark.parametrize(("description", "bare"), [
    ("US media giant", True),
    ("a chart-topping group", True),
    ("the world's biggest oil company", False),
    ("the parent company of Yukos", False),
    ("one of the UK's top three firms", False),
    ("the first bank to fall", False),
])
def test_only_a_bare_class_is_dropped(description, bare):
    text = f"X, {description}, said."
    argument = Argument(description, 3, 3 + len(description), 3 + len(description) - 1, 3 + len(description))
    edge = Proposition(Argument("X", 0, 1, 0, 1), "is", "be", argument, (0, len(text)), "apposition", 0.5)
    assert class_only(edge, Cluster(index=0, type=EntityType.ORGANIZATION, local=True)) is bare
    assert not class_only(edge, Cluster(index=0, type=EntityType.ORGANIZATION, local=False))  # a named one stays
