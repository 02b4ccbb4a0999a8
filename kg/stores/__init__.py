"""Stores: a built graph loaded into a live store, and SPARQL over exported files.

``load(graph, url)`` picks the store from the URL:

- ``redis://[user:password@]host:port/NAME`` (or ``rediss://``): FalkorDB graph
  ``NAME`` (default ``kg``), through the ``falkordb`` client;
- ``bolt://`` / ``neo4j://`` (``+s``/``+ssc`` too) ``[user:password@]host:port[/DATABASE]``:
  Neo4j through the ``neo4j`` driver (``pip install 'kg[neo4j]'``); the user and
  password may also come from ``NEO4J_USERNAME`` / ``NEO4J_PASSWORD``;
- ``http(s)://…``: a SPARQL 1.1 Graph Store endpoint (Oxigraph ``/store``, Fuseki
  ``/DATASET/data``); the RDF export is PUT (as N-Triples) into one named graph (default
  ``<base IRI>graph``), replacing what an earlier load put there;
- anything else (a path, or ``file://``): an embedded Oxigraph store (pyoxigraph)
  in that folder, same named graph.

Property-graph stores get the ``kg.export.propgraph`` view in parameterised
batches (``cypher``); RDF stores get the RDF export.

Modules, one store each: ``falkordb``, ``neo4j``, ``graph_store`` (SPARQL 1.1
Graph Store HTTP), ``oxigraph``; ``cypher`` is the batched property-graph load
FalkorDB and Neo4j share, ``base`` what every loader shares. ``sparql`` runs
read-only SPARQL over exported files (``kg query``).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kg.stores.base import DEFAULT_BATCH_SIZE, LoadError, LoadProgress, LoadReport, ProgressCallback, safe_url

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

__all__ = ["LoadError", "LoadProgress", "LoadReport", "load", "run_cypher_script", "store_kind"]

_NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def store_kind(url: str) -> str:
    """Which store a ``--into`` value names: ``falkordb``, ``neo4j``, ``sparql`` or ``oxigraph``.

    >>> [store_kind(u) for u in ("redis://h:1/g", "bolt://h", "https://h/store", "data/store")]
    ['falkordb', 'neo4j', 'sparql', 'oxigraph']
    """
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("redis", "rediss"):
        return "falkordb"
    if scheme in _NEO4J_SCHEMES:
        return "neo4j"
    if scheme in ("http", "https"):
        return "sparql"
    return "oxigraph"


def load(
    graph: KnowledgeGraph,
    url: str,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    graph_iri: str | None = None,
    progress: ProgressCallback | None = None,
) -> LoadReport:
    """Load ``graph`` into the store ``url`` names (see the module docstring).

    Args:
        graph: The graph to load.
        url: Where to: ``redis://``, ``bolt://``/``neo4j://``, ``http(s)://`` or a folder.
        batch_size: Rows per ``UNWIND`` query (property-graph stores).
        graph_iri: Named graph for RDF stores; default ``<base IRI>graph``.
        progress: Called after each batch.

    Raises:
        LoadError: the store cannot be reached or refused the data.
    """
    if batch_size < 1:
        raise LoadError(f"batch size must be at least 1, not {batch_size}")
    kind = store_kind(url)
    if kind == "falkordb":
        from kg.stores.falkordb import load_falkordb

        return load_falkordb(graph, url, batch_size=batch_size, progress=progress)
    if kind == "neo4j":
        from kg.stores.neo4j import load_neo4j

        return load_neo4j(graph, url, batch_size=batch_size, progress=progress)
    if kind == "sparql":
        from kg.stores.graph_store import load_graph_store

        return load_graph_store(graph, url, graph_iri=graph_iri, progress=progress)
    from kg.stores.oxigraph import load_oxigraph

    return load_oxigraph(graph, url, graph_iri=graph_iri, progress=progress)


def run_cypher_script(
    script: str, url: str, *, progress: ProgressCallback | None = None, driver: Any = None
) -> LoadReport:
    """Run a ``graph.cypher`` written by ``kg.export.cypher`` against FalkorDB or Neo4j, statement by statement.

    The key index (FalkorDB) or uniqueness constraint (Neo4j) is created first:
    without it every ``MERGE`` scans all nodes, and a 15,000-node script takes
    minutes instead of seconds.
    """
    from kg.export.cypher import cypher_statements
    from kg.stores.cypher import run_statements

    started = time.perf_counter()
    statements = cypher_statements(script)
    kind = store_kind(url)
    if kind == "falkordb":
        from kg.stores.falkordb import create_key_index, falkordb_graph, falkordb_runner

        handle, name = falkordb_graph(url)
        create_key_index(handle, url)
        count = run_statements(statements, falkordb_runner(handle, url), progress)
        target = f"FalkorDB graph {name!r} at {safe_url(url)}"
    elif kind == "neo4j":
        from kg.stores.neo4j import NEO4J_CONSTRAINT, neo4j_driver

        own_driver = driver is None
        database = None
        if own_driver:
            driver, database = neo4j_driver(url)
        try:
            with driver.session(database=database) as session:
                def run(query: str, parameters: dict[str, Any]) -> None:
                    session.run(query, parameters).consume()

                run(NEO4J_CONSTRAINT, {})
                count = run_statements(statements, run, progress)
        finally:
            if own_driver:
                driver.close()
        target = f"Neo4j at {safe_url(url)}"
    else:
        raise LoadError(f"{safe_url(url)}: a Cypher script loads into redis:// (FalkorDB) or bolt:// (Neo4j) only")
    return LoadReport(target, statements=count, seconds=time.perf_counter() - started)
