"""Stores: a built graph loaded into a live store, and SPARQL over exported files.

``load(graph, url)`` picks the store by the URL's scheme (``kg.stores.registry``:
kg's own stores, those registered with ``register_store`` and plugins of the
``kg.stores`` entry-point group). kg's own:

- ``redis://[user:password@]host:port/NAME`` (or ``rediss://``): FalkorDB graph
  ``NAME`` (default ``kg``), through the ``falkordb`` client;
- ``bolt://`` / ``neo4j://`` (``+s``/``+ssc`` too) ``[user:password@]host:port[/DATABASE]``:
  Neo4j through the ``neo4j`` driver (``pip install 'kg[neo4j]'``); the user and
  password may also come from ``NEO4J_USERNAME`` / ``NEO4J_PASSWORD``;
- ``http(s)://…``: a SPARQL 1.1 Graph Store endpoint (Oxigraph ``/store``, Fuseki
  ``/DATASET/data``); the RDF export is PUT (as N-Triples) into one named graph (default
  ``<base IRI>graph``), replacing what an earlier load put there;
- a path (no scheme), or ``file://``: an embedded Oxigraph store (pyoxigraph)
  in that folder, same named graph.

An unknown scheme is refused with the list of known ones.

Property-graph stores get the ``kg.export.propgraph`` view in parameterised
batches (``cypher``); RDF stores get the RDF export.

Modules, one store each: ``falkordb``, ``neo4j``, ``graph_store`` (SPARQL 1.1
Graph Store HTTP), ``oxigraph``; ``cypher`` is the batched property-graph load
FalkorDB and Neo4j share, ``base`` what every loader shares, ``registry`` the
stores by scheme. ``sparql`` runs read-only SPARQL over exported files (``kg query``).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.stores.base import DEFAULT_BATCH_SIZE, LoadError, LoadProgress, LoadReport, ProgressCallback, safe_url
from kg.stores.registry import STORES, Store, get_store, register_store, store_kind, store_schemes

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

__all__ = [
    "STORES",
    "LoadError",
    "LoadProgress",
    "LoadReport",
    "Store",
    "get_store",
    "load",
    "register_store",
    "run_cypher_script",
    "store_kind",
    "store_schemes",
]


def load(
    graph: KnowledgeGraph | str | Path,
    url: str,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    graph_iri: str | None = None,
    progress: ProgressCallback | None = None,
) -> LoadReport:
    """Load a graph into the store ``url`` names (see the module docstring).

    Args:
        graph: The graph, or an export of it: a ``graph.ttl`` kg wrote (or its
            folder), or a ``graph.cypher`` script (FalkorDB and Neo4j only).
        url: Where to: ``redis://``, ``bolt://``/``neo4j://``, ``http(s)://``, a
            folder, or a scheme a plugin serves.
        batch_size: Rows per ``UNWIND`` query (property-graph stores).
        graph_iri: Named graph for RDF stores; default ``<base IRI>graph``.
        progress: Called after each batch.

    Raises:
        LoadError: the store cannot be reached or refused the data.
        ConfigError: no store serves the URL's scheme.
        PluginError: the plugin serving it cannot be imported.
        InputError: ``graph`` names a file that cannot be read as a kg export.

    >>> import kg
    >>> kg.load(kg.KnowledgeGraph(), "ftp://host/x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: unknown URL scheme 'ftp'; choose from redis, rediss, bolt, ..., https, file (file: a ...)
    """
    if batch_size < 1:
        raise LoadError(f"batch size must be at least 1, not {batch_size}")
    store = get_store(url)
    if not isinstance(graph, (str, Path)):
        return store.load(graph, url, batch_size=batch_size, graph_iri=graph_iri, progress=progress)
    path = Path(graph)
    if path.suffix == ".cypher":
        try:
            script = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(str(path), f"cannot read the Cypher script ({error})") from error
        return run_cypher_script(script, url, progress=progress)
    from kg.export.reader import read_graph

    return store.load(read_graph(path), url, batch_size=batch_size, graph_iri=graph_iri, progress=progress)


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
