"""How open propositions become graph edges: passives read actively, each
prepositional argument is an edge, states carry no event date."""

from __future__ import annotations

import pytest

from kg.extract.edges import graph_edges
from kg.records import Argument, Proposition

TEXT = "it briefly seized by the protesters; the bloc sent troops to Kazakhstan"


def _arg(text: str) -> Argument:
    start = TEXT.index(text)
    return Argument(text, start, start + len(text), start, start + len(text))


def _proposition(subject: str, relation: str, key: str, obj: str | None, *, kind: str = "svo", extras=()) -> Proposition:
    return Proposition(
        subject=_arg(subject),
        relation=relation,
        key=key,
        object=_arg(obj) if obj else None,
        sentence=(0, len(TEXT)),
        kind=kind,
        confidence=0.5,
        extras=tuple(_arg(extra) for extra in extras),
    )


@pytest.mark.parametrize(
    ("relation", "key", "kind"),
    [("was seized by", "seize by", "passive"), ("briefly seized by", "seize by", "prep")],
)
def test_graph_edges_passive_with_agent_reads_actively(relation, key, kind):
    (edge,) = graph_edges(_proposition("it", relation, key, "the protesters", kind=kind), TEXT)
    assert (edge.subject.text, edge.key, edge.object.text) == ("the protesters", "seize", "it")


def test_graph_edges_by_as_a_particle_stays_as_it_is():
    (edge,) = graph_edges(_proposition("it", "stood by", "stand by", "the protesters", kind="prep"), TEXT)
    assert (edge.subject.text, edge.key) == ("it", "stand by")


def test_graph_edges_prepositional_argument_is_an_edge_of_its_own():
    proposition = _proposition("the bloc", "sent", "send", "troops", extras=("to Kazakhstan",))
    edges = graph_edges(proposition, TEXT)
    assert [(edge.key, edge.object.text) for edge in edges] == [("send", "troops"), ("send to", "to Kazakhstan")]
