"""GraphML export: networkx reads it back into the same nodes, edges and attributes."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from networkx.readwrite.graphml import GraphMLWriter

from kg.export import propgraph
from kg.export.graphml import to_graphml, to_networkx, write_graphml, xml_text
from kg.export.propgraph import relationship_type
from kg.graph import KnowledgeGraph
from kg.records import Document, DocumentGraph, Entity
from kg.resolve.across import ArticleLinker
from kg.types import EntityType


@pytest.mark.parametrize("name", ["seed_graph", "tricky_graph"])
def test_graphml_reads_back_equal_to_the_graph(name, request, tmp_path):
    graph = request.getfixturevalue(name)
    path = write_graphml(graph, tmp_path / "graph.graphml")
    back = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    # Entities, events, positions and quotes; edges and the facts' relationships.
    assert back.number_of_nodes() == len(list(propgraph.nodes(graph)))
    assert back.number_of_edges() == len(list(propgraph.relationships(graph)))
    for entity in graph.entities():
        data = back.nodes[entity.key]
        assert (data["label"], data["type"]) == (entity.label, entity.type.value)
        assert json.loads(data.get("aliases", "[]")) == list(entity.aliases)
        assert data["mentions"] == entity.mentions
    for edge in graph.edges():
        data = back.edges[edge.subject, edge.object, edge.id]
        assert data["type"] == relationship_type(edge.key)
        assert data["predicate_key"] == edge.key
        assert json.loads(data["evidence"]) == [r.evidence.sentence for r in edge.readings]
        assert json.loads(data["text"]) == [r.text for r in edge.readings]
        assert data["confidence"] == pytest.approx(round(edge.confidence, 4))


def test_graphml_has_the_tokayev_request_edge(seed_graph):
    flat = to_networkx(seed_graph)
    tokayev = seed_graph.find("Tokayev")
    csto = seed_graph.find("CSTO") or seed_graph.find("Collective Security Treaty Organisation")
    types = [data["type"] for data in flat.get_edge_data(tokayev.key, csto.key).values()]
    assert "REQUEST_FROM" in types


def test_graphml_replaces_characters_xml_cannot_hold(tmp_path):
    graph = KnowledgeGraph(linker=ArticleLinker())
    name = "bell\x07 form\x0c feed\x1b"
    document = Document(id="d", text=name)
    graph.add(DocumentGraph(document, (Entity("e", name, EntityType.THING, documents=("d",)),), ()))
    back = nx.read_graphml(write_graphml(graph, tmp_path / "g.graphml"))
    assert back.nodes["e"]["label"] == xml_text(name) == "bell\ufffd form\ufffd feed\ufffd"


def test_graphml_keeps_every_reading_of_a_merged_edge(two_readings_graph, tmp_path):
    path = write_graphml(two_readings_graph, tmp_path / "graph.graphml")
    back = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    [edge] = two_readings_graph.edges()
    data = back.edges[edge.subject, edge.object, edge.id]
    assert json.loads(data["text"]) == [r.text for r in edge.readings]
    assert json.loads(data["documents"]) == ["doc-0", "doc-1"]
    assert len(json.loads(data["text"])) == 2


def _networkx_graphml(graph: KnowledgeGraph) -> str:
    writer = GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(to_networkx(graph))
    return str(writer).replace("\r", "&#13;")


def _graph_with_empty_and_odd_values() -> KnowledgeGraph:
    graph = KnowledgeGraph(base_iri="https://example.org/a&b/", linker=ArticleLinker())
    document = Document(id="d<1>", text="x")
    entities = (
        Entity("b-second", "", EntityType.THING, documents=("d<1>",)),
        Entity("a-first", 'quote " amp & cr\r tab\t', EntityType.PERSON, ("x\ny",), 3, ("d<1>",)),
    )
    graph.add(DocumentGraph(document, entities, ()))
    return graph


@pytest.mark.parametrize("name", ["seed_graph", "tricky_graph", "two_readings_graph", "odd"])
def test_graphml_is_the_document_networkx_writes(name, request):
    """The direct writer gives networkx's exact bytes: key numbering by first use,
    keys newest first, edges grouped by source, ASCII with character references."""
    graph = _graph_with_empty_and_odd_values() if name == "odd" else request.getfixturevalue(name)
    assert to_graphml(graph) == _networkx_graphml(graph)
