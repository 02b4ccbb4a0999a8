"""KnowledgeGraph stores what the linker files: events, positions and quotes under
node keys, plain data in nxg, only facts as plain edges, one rule for labels."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest
from news_graphs import kazakhstan_part, lagos_part, news_graph

from kg.errors import ConfigError
from kg.graph import KnowledgeGraph, event_node
from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
from kg.resolve.across import ArticleLinker
from kg.types import EntityType, Factuality

ROOT = Path(__file__).resolve().parent.parent


def test_graph_module_imports_nothing_from_resolve():
    tree = ast.parse((ROOT / "kg" / "graph.py").read_text(encoding="utf-8"))
    imported = [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    imported += [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    assert [name for name in imported if name and name.startswith("kg.resolve")] == []


def test_graph_answers_events_positions_and_quotes_under_node_keys(news_graph):
    events = list(news_graph.events())
    assert [event.id for event in events] == sorted(event.id for event in events)
    assert len(events) == 7
    # The Lagos article's "Tokayev" is filed under the full name's key, in its event too.
    (message,) = [event for event in events if event.document == "ng" and event.lemma == "send"]
    assert [p.entity for p in message.participants if p.role == "agent"] == ["kassym-jomart-tokayev"]
    assert {position.person for position in news_graph.positions()} == {"kassym-jomart-tokayev", "ada-obi", "musa-bello"}
    (quote,) = news_graph.quotes()
    assert quote.speaker == "kassym-jomart-tokayev" and quote.direct
    assert news_graph.stats() == {
        "documents": 2, "entities": 10, "described": 0, "relations": 3, "readings": 3, "events": 7, "positions": 3, "quotes": 1,
    }


def test_graph_events_are_nodes_with_role_edges(news_graph):
    nxg = news_graph.nxg
    (deployment,) = [event for event in news_graph.events() if event.lemma == "send" and event.document == "kz"]
    node = event_node(deployment.id)
    assert nxg.nodes[node]["kind"] == "event"
    assert nxg.nodes[node]["event_class"] == "movement" and nxg.nodes[node]["factuality"] == "asserted"
    roles = {(data["role"], target) for _, target, data in nxg.out_edges(node, data=True)}
    # Literal arguments (the quantity of troops) stay on the record, not in nxg.
    assert roles == {("agent", "csto"), ("destination", "kazakhstan")}
    assert nxg.nodes["kazakhstan"] == {
        "kind": "entity", "label": "Kazakhstan", "type": "Country", "mentions": 3, "documents": 1,
        "geonames": 1522867, "country_code": "KZ", "continent": "AS", "latitude": 48.0, "longitude": 68.0,
    }


def test_graph_nxg_is_plain_data_networkx_writes_as_graphml(news_graph, seed_graph, tmp_path):
    for number, graph in enumerate((news_graph, seed_graph)):
        path = tmp_path / f"nxg-{number}.graphml"
        nx.write_graphml(graph.nxg, path)
        back = nx.read_graphml(path, force_multigraph=True)
        assert back.number_of_nodes() == graph.nxg.number_of_nodes()
        assert back.number_of_edges() == graph.nxg.number_of_edges()


def test_graph_keeps_only_facts_as_plain_edges(news_graph):
    edges = {(edge.subject, edge.key, edge.object) for edge in news_graph.edges()}
    assert ("csto", "send to", "kazakhstan") in edges
    # "preparing to pull out of": planned, kept only as its event.
    assert not any(key == "pull out of" for _, key, _ in edges)
    (withdrawal,) = [event for event in news_graph.events() if event.lemma == "pull out"]
    assert withdrawal.factuality is Factuality.PLANNED and withdrawal.source == "defence-ministry"
    assert all(reading.factuality.is_fact for edge in news_graph.edges() for reading in edge.readings)
    assert news_graph.parts["kz"].warnings == ()


def test_graph_refuses_a_hedged_relation_that_no_event_carries():
    document = Document("d", "Alice may meet Bob.")
    entities = (Entity("alice", "Alice", EntityType.PERSON, (), 1, ("d",)),
                Entity("bob", "Bob", EntityType.PERSON, (), 1, ("d",)))
    hedged = Relation("alice", "meet", "bob", "may meet", Evidence("d", document.text, 0, 19), 0.5,
                      factuality=Factuality.POSSIBLE)
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([DocumentGraph(document, entities, (hedged,))])
    assert list(graph.edges()) == []
    assert graph.nxg.number_of_edges() == 0
    (warning,) = graph.parts["d"].warnings
    assert "possible" in warning and "not stored" in warning


def test_graph_label_is_the_fullest_name_however_often_a_short_form_is_used():
    full = kazakhstan_part()
    short = DocumentGraph(
        Document("b", "Tokayev spoke. Tokayev left. Tokayev returned. Tokayev slept."),
        (Entity("tokayev", "Tokayev", EntityType.PERSON, (), 4, ("b",)),), (),
    )
    for order in ([full, short], [short, full]):
        graph = KnowledgeGraph(linker=ArticleLinker()).add_all(order)
        entity = graph.entity("kassym-jomart-tokayev")
        assert entity.label == "Kassym-Jomart Tokayev"
        assert entity.mentions == 6 and entity.documents == ("b", "kz")
        assert graph.nxg.nodes["kassym-jomart-tokayev"]["label"] == "Kassym-Jomart Tokayev"


def test_graph_adding_again_and_removing_documents_with_events():
    graph = news_graph()
    before = (list(graph.entities()), list(graph.edges()), list(graph.events()), list(graph.positions()))
    nodes = graph.nxg.number_of_nodes()
    graph.add(lagos_part())
    assert (list(graph.entities()), list(graph.edges()), list(graph.events()), list(graph.positions())) == before
    graph.remove_document("kz")
    # Without the full name, the Lagos article's "Tokayev" is its own node again.
    assert "tokayev" in graph.nxg and "kassym-jomart-tokayev" not in graph.nxg
    assert {event.document for event in graph.events()} == {"ng"}
    assert list(graph.quotes()) == []
    assert all(data["kind"] == "entity" or data["document"] == "ng" for _, data in graph.nxg.nodes(data=True))
    graph.add(kazakhstan_part())
    assert graph.nxg.number_of_nodes() == nodes
    assert (list(graph.entities()), list(graph.edges()), list(graph.events()), list(graph.positions())) == before


def test_graph_without_a_linker_stores_but_cannot_add():
    graph = KnowledgeGraph()
    with pytest.raises(ConfigError, match="no linker"):
        graph.add(kazakhstan_part())


def test_the_viewer_reads_events_positions_and_quotes_from_the_graph(news_graph):
    import json
    import re

    from kg.export.html import to_html

    page = to_html(news_graph)
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)[1])
    assert set(data["events"]) == {event.id for event in news_graph.events()}
    assert set(data["positions"]) == {position.id for position in news_graph.positions()}
    assert set(data["quotes"]) == {quote.id for quote in news_graph.quotes()}
    # The Lagos article's "Tokayev" reaches the page under the full name's key.
    agents = {p["entity"] for e in data["events"].values() for p in e["participants"] if p["role"] == "agent"
              and "entity" in p}
    assert "kassym-jomart-tokayev" in agents and "tokayev" not in data["entities"]
