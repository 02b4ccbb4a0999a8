"""Load a graph into a live store: FalkorDB, Neo4j, a SPARQL 1.1 Graph Store, or Oxigraph.

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

Property-graph stores get the ``kg.export.propgraph`` view in batches of
``UNWIND $rows … MERGE``: values travel only as query parameters, never pasted
into the query. Labels and relationship types cannot be parameters in
openCypher, so the query text names them, after a check that they are plain
identifiers (entity types and ``[A-Z0-9_]`` relationship types always are).
Nodes merge on ``key`` and relationships on ``id``, so loading twice changes
nothing; ``SET n = …`` replaces the properties an earlier load wrote.
"""

from __future__ import annotations

import base64
import os
import re
import time
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from kg.errors import KgError
from kg.export.propgraph import COMMON_LABEL, nodes, relationships
from kg.export.reader import read_graph

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

__all__ = ["LoadError", "LoadProgress", "LoadReport", "load", "read_graph", "run_cypher_script"]

DEFAULT_BATCH_SIZE = 500
DEFAULT_FALKORDB_GRAPH = "kg"
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class LoadError(KgError):
    """A store cannot be reached or refused the data."""


@dataclass(frozen=True, slots=True)
class LoadProgress:
    """How far a load is: ``done`` of ``total`` items of ``stage``
    (``"nodes"``, ``"relationships"``, ``"statements"`` or ``"triples"``)."""

    stage: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What a load sent where, and how long it took."""

    target: str
    nodes: int = 0
    relationships: int = 0
    triples: int = 0
    statements: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [f"{self.nodes} nodes, {self.relationships} relationships"] if self.nodes or self.relationships else []
        if self.triples:
            parts.append(f"{self.triples} triples")
        if self.statements:
            parts.append(f"{self.statements} statements")
        return f"loaded {', '.join(parts) or 'nothing'} into {self.target} in {self.seconds:.2f} s"


ProgressCallback = Callable[[LoadProgress], None]
Run = Callable[[str, dict[str, Any]], None]
"""Runs one parameterised Cypher query."""


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
        return load_falkordb(graph, url, batch_size=batch_size, progress=progress)
    if kind == "neo4j":
        return load_neo4j(graph, url, batch_size=batch_size, progress=progress)
    if kind == "sparql":
        return load_graph_store(graph, url, graph_iri=graph_iri, progress=progress)
    return load_oxigraph(graph, url, graph_iri=graph_iri, progress=progress)


# -- property graphs: shared batching -------------------------------------------------


def _identifier(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise LoadError(f"{name!r} is not a plain label or relationship type; refusing to put it in a query")
    return name


def node_query(label: str) -> str:
    """The batched node ``MERGE``; rows are ``{key, properties}``."""
    return (
        f"UNWIND $rows AS row MERGE (n:{COMMON_LABEL} {{key: row.key}}) "
        f"SET n = row.properties SET n:{_identifier(label)}"
    )


def relationship_query(relationship_type: str) -> str:
    """The batched relationship ``MERGE``; rows are ``{subject, object, id, properties}``."""
    return (
        f"UNWIND $rows AS row MATCH (a:{COMMON_LABEL} {{key: row.subject}}) "
        f"MATCH (b:{COMMON_LABEL} {{key: row.object}}) "
        f"MERGE (a)-[r:{_identifier(relationship_type)} {{id: row.id}}]->(b) SET r = row.properties"
    )


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def load_property_graph(
    graph: KnowledgeGraph, run: Run, *, batch_size: int, progress: ProgressCallback | None
) -> tuple[int, int]:
    """Send nodes, then relationships, through ``run`` in parameterised batches.

    Returns:
        (nodes, relationships) sent.
    """
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in nodes(graph):
        by_label[node.label].append({"key": node.key, "properties": node.properties})
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for relationship in relationships(graph):
        by_type[relationship.type].append(
            {
                "subject": relationship.subject,
                "object": relationship.object,
                "id": relationship.id,
                "properties": relationship.properties,
            }
        )
    node_total = sum(map(len, by_label.values()))
    relationship_total = sum(map(len, by_type.values()))
    for stage, groups, make_query, total in (
        ("nodes", by_label, node_query, node_total),
        ("relationships", by_type, relationship_query, relationship_total),
    ):
        done = 0
        for name in sorted(groups):
            query = make_query(name)
            for batch in _chunks(groups[name], batch_size):
                run(query, {"rows": batch})
                done += len(batch)
                if progress is not None:
                    progress(LoadProgress(stage, done, total))
    return node_total, relationship_total


def _run_statements(statements: Iterable[str], run: Run, progress: ProgressCallback | None) -> int:
    statements = list(statements)
    for done, statement in enumerate(statements, start=1):
        run(statement, {})
        if progress is not None and (done % 100 == 0 or done == len(statements)):
            progress(LoadProgress("statements", done, len(statements)))
    return len(statements)


# -- FalkorDB ------------------------------------------------------------------------


def _falkordb_graph(url: str) -> tuple[Any, str]:
    try:
        from falkordb import FalkorDB
    except ImportError as error:
        raise LoadError("loading into FalkorDB needs the falkordb client: pip install falkordb") from error
    from redis.exceptions import RedisError

    parts = urlsplit(url)
    name = unquote(parts.path.strip("/")) or DEFAULT_FALKORDB_GRAPH
    try:
        db = FalkorDB(
            host=parts.hostname or "localhost",
            port=parts.port or 6379,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            ssl=parts.scheme.lower() == "rediss",
        )
        return db.select_graph(name), name
    except RedisError as error:
        raise LoadError(f"{_safe_url(url)}: cannot reach FalkorDB ({error})") from error


def _falkordb_run(handle: Any, url: str) -> Run:
    from redis.exceptions import RedisError

    def run(query: str, parameters: dict[str, Any]) -> None:
        try:
            handle.query(query, parameters or None)
        except RedisError as error:
            raise LoadError(f"{_safe_url(url)}: FalkorDB refused a query ({error})") from error

    return run


def _falkordb_index(handle: Any, url: str) -> None:
    from redis.exceptions import RedisError, ResponseError

    try:
        handle.query(f"CREATE INDEX FOR (n:{COMMON_LABEL}) ON (n.key)")
    except ResponseError as error:
        # FalkorDB has no IF NOT EXISTS: an existing index is the expected case on a re-load.
        if "already indexed" not in str(error):
            raise LoadError(f"{_safe_url(url)}: cannot create the key index ({error})") from error
    except RedisError as error:
        raise LoadError(f"{_safe_url(url)}: cannot reach FalkorDB ({error})") from error


def load_falkordb(
    graph: KnowledgeGraph, url: str, *, batch_size: int = DEFAULT_BATCH_SIZE, progress: ProgressCallback | None = None
) -> LoadReport:
    """Merge ``graph`` into the FalkorDB graph ``url`` names (``redis://host:port/NAME``)."""
    started = time.perf_counter()
    handle, name = _falkordb_graph(url)
    _falkordb_index(handle, url)
    node_count, relationship_count = load_property_graph(
        graph, _falkordb_run(handle, url), batch_size=batch_size, progress=progress
    )
    target = f"FalkorDB graph {name!r} at {_safe_url(url)}"
    return LoadReport(target, node_count, relationship_count, seconds=time.perf_counter() - started)


# -- Neo4j ---------------------------------------------------------------------------

NEO4J_CONSTRAINT = f"CREATE CONSTRAINT kg_entity_key IF NOT EXISTS FOR (n:{COMMON_LABEL}) REQUIRE n.key IS UNIQUE"


def _neo4j_driver(url: str) -> tuple[Any, str | None]:
    try:
        import neo4j
    except ImportError as error:
        raise LoadError("loading into Neo4j needs the neo4j driver: pip install 'kg[neo4j]'") from error
    parts = urlsplit(url)
    user = unquote(parts.username) if parts.username else os.environ.get("NEO4J_USERNAME", "neo4j")
    password = unquote(parts.password) if parts.password else os.environ.get("NEO4J_PASSWORD", "")
    netloc = parts.hostname or "localhost"
    if parts.port:
        netloc += f":{parts.port}"
    database = unquote(parts.path.strip("/")) or None
    address = urlunsplit((parts.scheme, netloc, "", "", ""))
    return neo4j.GraphDatabase.driver(address, auth=(user, password)), database


def load_neo4j(
    graph: KnowledgeGraph,
    url: str,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
    driver: Any = None,
    database: str | None = None,
) -> LoadReport:
    """Merge ``graph`` into Neo4j; each batch is one auto-commit ``session.run(query, parameters)``.

    Args:
        driver: An open driver to use instead of one made from ``url`` (tests pass a fake).
        database: The database, when ``driver`` is given (otherwise from the URL path).
    """
    started = time.perf_counter()
    own_driver = driver is None
    if own_driver:
        driver, database = _neo4j_driver(url)
    try:
        with driver.session(database=database) as session:

            def run(query: str, parameters: dict[str, Any]) -> None:
                try:
                    session.run(query, parameters).consume()
                except Exception as error:  # the driver's errors share no base class with ours
                    if isinstance(error, (KeyboardInterrupt, MemoryError)):
                        raise
                    raise LoadError(f"{_safe_url(url)}: Neo4j refused a query ({error})") from error

            run(NEO4J_CONSTRAINT, {})
            node_count, relationship_count = load_property_graph(graph, run, batch_size=batch_size, progress=progress)
    finally:
        if own_driver:
            driver.close()
    target = f"Neo4j at {_safe_url(url)}"
    return LoadReport(target, node_count, relationship_count, seconds=time.perf_counter() - started)


# -- Cypher scripts ------------------------------------------------------------------


def run_cypher_script(
    script: str, url: str, *, progress: ProgressCallback | None = None, driver: Any = None
) -> LoadReport:
    """Run a ``graph.cypher`` written by ``kg.export.cypher`` against FalkorDB or Neo4j, statement by statement.

    The key index (FalkorDB) or uniqueness constraint (Neo4j) is created first:
    without it every ``MERGE`` scans all nodes, and a 15,000-node script takes
    minutes instead of seconds.
    """
    from kg.export.cypher import cypher_statements

    started = time.perf_counter()
    statements = cypher_statements(script)
    kind = store_kind(url)
    if kind == "falkordb":
        handle, name = _falkordb_graph(url)
        _falkordb_index(handle, url)
        count = _run_statements(statements, _falkordb_run(handle, url), progress)
        target = f"FalkorDB graph {name!r} at {_safe_url(url)}"
    elif kind == "neo4j":
        own_driver = driver is None
        database = None
        if own_driver:
            driver, database = _neo4j_driver(url)
        try:
            with driver.session(database=database) as session:
                def run(query: str, parameters: dict[str, Any]) -> None:
                    session.run(query, parameters).consume()

                run(NEO4J_CONSTRAINT, {})
                count = _run_statements(statements, run, progress)
        finally:
            if own_driver:
                driver.close()
        target = f"Neo4j at {_safe_url(url)}"
    else:
        raise LoadError(f"{_safe_url(url)}: a Cypher script loads into redis:// (FalkorDB) or bolt:// (Neo4j) only")
    return LoadReport(target, statements=count, seconds=time.perf_counter() - started)


# -- RDF stores ----------------------------------------------------------------------


def default_graph_iri(graph: KnowledgeGraph) -> str:
    return graph.base_iri + "graph"


def _ntriples(graph: KnowledgeGraph) -> tuple[str, int]:
    # N-Triples, not Turtle: the same triples, and rdflib writes it several times faster.
    from kg.export.rdf import to_rdflib

    rdf = to_rdflib(graph)
    return rdf.serialize(format="nt11"), len(rdf)


def load_graph_store(
    graph: KnowledgeGraph,
    url: str,
    *,
    graph_iri: str | None = None,
    progress: ProgressCallback | None = None,
    timeout: float = 300.0,
) -> LoadReport:
    """PUT the RDF export (as N-Triples) into a named graph of a SPARQL 1.1 Graph Store (replacing it).

    ``url`` is the Graph Store endpoint. If it already has a ``graph=`` or
    ``default`` query, that graph is used as given.
    """
    started = time.perf_counter()
    data, triples = _ntriples(graph)
    parts = urlsplit(url)
    target_iri = graph_iri or default_graph_iri(graph)
    given = "graph=" in parts.query or "default" in parts.query
    query = parts.query if given else "graph=" + quote(target_iri, safe="")
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    endpoint = urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    request = urllib.request.Request(
        endpoint, data=data.encode("utf-8"), method="PUT", headers={"Content-Type": "application/n-triples"}
    )
    if parts.username:
        token = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        request.add_header("Authorization", "Basic " + base64.b64encode(token).decode("ascii"))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        body = error.read(300).decode("utf-8", "replace")
        message = f"the store answered HTTP {error.code} {error.reason}: {body}"
        raise LoadError(f"{_safe_url(endpoint)}: {message}") from error
    except (urllib.error.URLError, OSError) as error:
        raise LoadError(f"{_safe_url(endpoint)}: cannot reach the store ({error})") from error
    if progress is not None:
        progress(LoadProgress("triples", triples, triples))
    target = f"SPARQL Graph Store {_safe_url(endpoint)}"
    return LoadReport(target, triples=triples, seconds=time.perf_counter() - started)


def load_oxigraph(
    graph: KnowledgeGraph, path: str | Path, *, graph_iri: str | None = None, progress: ProgressCallback | None = None
) -> LoadReport:
    """Make one named graph of an embedded Oxigraph store (created if missing) hold exactly ``graph``.

    Only the difference is written: triples no longer in the graph are removed and
    new ones added, so re-loading an unchanged graph writes nothing (Oxigraph
    deletes slowly: clearing 186,000 triples takes longer than loading them).
    kg's exports have no blank nodes, so triples compare by value.
    """
    from pyoxigraph import NamedNode, RdfFormat, Store

    started = time.perf_counter()
    text = str(path)
    folder = Path(urlsplit(text).path if text.startswith("file://") else text)
    data, triples = _ntriples(graph)
    name = NamedNode(graph_iri or default_graph_iri(graph))
    # Staged through an in-memory store, which writes literals in the same canonical
    # form as the target ("0.7" for "0.7000"), so that quads compare equal.
    staging = Store()
    staging.bulk_load(data, format=RdfFormat.N_TRIPLES, to_graph=name)
    wanted = set(staging)
    del staging
    try:
        store = Store(str(folder))
    except OSError as error:
        raise LoadError(f"{folder}: cannot open an Oxigraph store here ({error})") from error
    try:
        present = set(store.quads_for_pattern(None, None, None, name))
        stale = present - wanted
        if stale and len(stale) == len(present):
            store.clear_graph(name)
        else:
            for quad in stale:
                store.remove(quad)
        store.bulk_extend(wanted - present)
        store.flush()
    finally:
        del store  # release the RocksDB lock now, so the folder can be reopened
    if progress is not None:
        progress(LoadProgress("triples", triples, triples))
    return LoadReport(f"Oxigraph store {folder}", triples=triples, seconds=time.perf_counter() - started)


def _safe_url(url: str) -> str:
    """``url`` without its password, for messages.

    >>> _safe_url("bolt://neo4j:secret@db:7687/news")
    'bolt://neo4j@db:7687/news'
    """
    parts = urlsplit(url)
    if not parts.password:
        return url
    netloc = (parts.username or "") + "@" + (parts.hostname or "")
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
