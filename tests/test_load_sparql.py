"""kg load into RDF stores: a real Oxigraph SPARQL server (Graph Store protocol) and an
embedded pyoxigraph store. Loading twice replaces the named graph, so nothing doubles."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from decimal import Decimal

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export.rdf import to_rdflib, write_turtle
from kg.stores import LoadError, load

EDGE_QUERY = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?text WHERE { GRAPH ?g {
  ?s a kg:Statement ; rdf:subject <%s> ; rdf:object <%s> ; kg:predicateKey "request from" ;
     kg:relationText ?text .
} }"""
COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }"


def _select(server: str, query: str) -> list[dict]:
    request = urllib.request.Request(
        server + "/query?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["results"]["bindings"]


def _tokayev_csto(graph):
    tokayev = graph.find("Tokayev")
    csto = graph.find("CSTO") or graph.find("Collective Security Treaty Organisation")
    return graph.base_iri + "entity/" + tokayev.key, graph.base_iri + "entity/" + csto.key


def test_kg_load_into_oxigraph_server_twice(oxigraph_url, seed_graph, tmp_path):
    write_turtle(seed_graph, tmp_path / "graph.ttl")
    graph_iri = seed_graph.base_iri + "graph"
    for _ in range(2):
        result = CliRunner().invoke(main, ["load", str(tmp_path / "graph.ttl"), "--into", oxigraph_url + "/store"])
        assert result.exit_code == 0, result.output
        count = int(_select(oxigraph_url, COUNT_QUERY % graph_iri)[0]["n"]["value"])
        assert count == len(to_rdflib(seed_graph))
    rows = _select(oxigraph_url, EDGE_QUERY % _tokayev_csto(seed_graph))
    assert rows and all(row["text"]["value"].startswith("request") for row in rows)


def test_graph_store_load_keeps_other_named_graphs(oxigraph_url, tricky_graph):
    load(tricky_graph, oxigraph_url + "/store", graph_iri="https://example.org/one")
    load(tricky_graph, oxigraph_url + "/store", graph_iri="https://example.org/two")
    load(tricky_graph, oxigraph_url + "/store", graph_iri="https://example.org/one")
    expected = len(to_rdflib(tricky_graph))
    for name in ("one", "two"):
        assert int(_select(oxigraph_url, COUNT_QUERY % f"https://example.org/{name}")[0]["n"]["value"]) == expected


def test_graph_store_errors_name_the_endpoint(oxigraph_url, tricky_graph):
    with pytest.raises(LoadError, match="HTTP 404"):
        load(tricky_graph, oxigraph_url + "/no-such-endpoint")


def test_embedded_oxigraph_store_twice(seed_graph, tmp_path):
    from pyoxigraph import NamedNode, Store

    folder = tmp_path / "store"
    for _ in range(2):
        report = load(seed_graph, str(folder))
        assert report.triples == len(to_rdflib(seed_graph))
    store = Store(str(folder))
    try:
        name = NamedNode(seed_graph.base_iri + "graph")
        assert len(list(store.quads_for_pattern(None, None, None, name))) == report.triples
        subject, obj = _tokayev_csto(seed_graph)
        assert list(store.query(EDGE_QUERY % (subject, obj)))
    finally:
        del store


def _by_value(term) -> object:
    # Stores write decimals canonically ("0.7" for rdflib's "0.7000"): compare values.
    datatype = getattr(term, "datatype", None)
    if datatype is not None and str(getattr(datatype, "value", datatype)).endswith("#decimal"):
        return Decimal(str(term.value) if hasattr(term, "value") else str(term))
    return str(term.value) if hasattr(term, "value") else str(term)


def test_embedded_store_follows_a_changed_graph(tricky_graph, seed_graph, tmp_path):
    from pyoxigraph import NamedNode, Store

    folder, name = tmp_path / "store", "https://example.org/same"
    load(seed_graph, str(folder), graph_iri=name)
    load(tricky_graph, str(folder), graph_iri=name)  # a different graph into the same named graph
    load(tricky_graph, str(folder), graph_iri=name)
    store = Store(str(folder))
    try:
        held = {
            (q.subject.value, q.predicate.value, _by_value(q.object))
            for q in store.quads_for_pattern(None, None, None, NamedNode(name))
        }
    finally:
        del store
    expected = {(str(s), str(p), _by_value(o)) for s, p, o in to_rdflib(tricky_graph)}
    assert held == expected
