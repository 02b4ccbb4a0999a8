"""kg load into Neo4j, against a fake driver that records every query and its parameters
(no Neo4j server is available to the tests)."""

from __future__ import annotations

import sys
import types

import pytest

from kg.export.cypher import to_cypher
from kg.export.propgraph import nodes, relationships
from kg.stores import LoadError, load, run_cypher_script
from kg.stores.neo4j import NEO4J_CONSTRAINT, load_neo4j


class FakeSession:
    def __init__(self, log: list, database: str | None) -> None:
        self.log, self.database = log, database

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.log.append(("closed session", {}))

    def run(self, query: str, parameters: dict):
        self.log.append((query, parameters))
        return types.SimpleNamespace(consume=lambda: None)


class FakeDriver:
    def __init__(self, address: str = "", auth: tuple = ()) -> None:
        self.address, self.auth, self.log, self.closed, self.databases = address, auth, [], False, []

    def session(self, database: str | None = None) -> FakeSession:
        self.databases.append(database)
        return FakeSession(self.log, database)

    def close(self) -> None:
        self.closed = True


def test_neo4j_load_sends_values_only_as_parameters(tricky_graph):
    driver = FakeDriver()
    report = load_neo4j(tricky_graph, "bolt://db:7687", driver=driver, batch_size=2)
    queries = [query for query, _ in driver.log if query != "closed session"]
    assert queries[0] == NEO4J_CONSTRAINT
    # No user text, not even a key, is pasted into a query.
    texts = {e.label for e in tricky_graph.entities()} | {e.key for e in tricky_graph.entities()}
    texts |= {r.evidence.sentence for edge in tricky_graph.edges() for r in edge.readings}
    assert not any(text in query for query in queries for text in texts)
    sent_nodes = [row for query, params in driver.log if "MERGE (n:Entity" in query for row in params["rows"]]
    sent_edges = [row for query, params in driver.log if "MERGE (a)-[r:" in query for row in params["rows"]]
    assert sorted((row["key"], row["properties"]) for row in sent_nodes) == sorted(
        (node.key, node.properties) for node in nodes(tricky_graph)
    )
    assert sorted(row["id"] for row in sent_edges) == sorted(rel.id for rel in relationships(tricky_graph))
    assert all(len(params["rows"]) <= 2 for query, params in driver.log if "rows" in params)
    assert (report.nodes, report.relationships) == (len(sent_nodes), len(sent_edges))
    assert not driver.closed  # a driver the caller passed stays open


def test_neo4j_relationship_queries_name_the_edge_type(seed_graph):
    driver = FakeDriver()
    load_neo4j(seed_graph, "neo4j://db", driver=driver)
    tokayev = seed_graph.find("Tokayev")
    csto = seed_graph.find("CSTO") or seed_graph.find("Collective Security Treaty Organisation")
    assert any(
        "[r:REQUEST_FROM {id: row.id}]" in query
        and any((row["subject"], row["object"]) == (tokayev.key, csto.key) for row in params["rows"])
        for query, params in driver.log
        if "rows" in params
    )


def test_neo4j_url_gives_address_credentials_and_database(tricky_graph, monkeypatch):
    made = []

    def driver(address, auth):
        made.append(FakeDriver(address, auth))
        return made[-1]

    monkeypatch.setitem(sys.modules, "neo4j", types.SimpleNamespace(GraphDatabase=types.SimpleNamespace(driver=driver)))
    report = load(tricky_graph, "bolt://alice:s%40cret@db.example:7687/news")
    assert made[0].address == "bolt://db.example:7687"
    assert (made[0].auth, made[0].databases) == (("alice", "s@cret"), ["news"])
    assert made[0].closed
    assert "s@cret" not in report.target and "s%40cret" not in report.target


def test_cypher_script_runs_statement_by_statement_in_neo4j(tricky_graph):
    driver = FakeDriver()
    report = run_cypher_script(to_cypher(tricky_graph), "bolt://db", driver=driver)
    statements = [query for query, _ in driver.log if query not in ("closed session", NEO4J_CONSTRAINT)]
    expected = tricky_graph.nxg.number_of_nodes() + tricky_graph.nxg.number_of_edges()
    assert report.statements == len(statements) == expected


def test_neo4j_without_the_driver_says_what_to_install(tricky_graph, monkeypatch):
    monkeypatch.setitem(sys.modules, "neo4j", None)
    with pytest.raises(LoadError, match=r"kg\[neo4j\]"):
        load(tricky_graph, "bolt://db:7687")
