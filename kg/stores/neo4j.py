"""Load into Neo4j (``bolt://`` or ``neo4j://``, ``+s``/``+ssc`` too) through the ``neo4j`` driver.

``pip install 'kg[neo4j]'``; the user and password may also come from
``NEO4J_USERNAME`` / ``NEO4J_PASSWORD``.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit

from kg.export.propgraph import COMMON_LABEL
from kg.stores.base import DEFAULT_BATCH_SIZE, LoadError, LoadReport, ProgressCallback, safe_url
from kg.stores.cypher import load_property_graph

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

NEO4J_CONSTRAINT = f"CREATE CONSTRAINT kg_entity_key IF NOT EXISTS FOR (n:{COMMON_LABEL}) REQUIRE n.key IS UNIQUE"


def neo4j_driver(url: str) -> tuple[Any, str | None]:
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
        driver, database = neo4j_driver(url)
    try:
        with driver.session(database=database) as session:

            def run(query: str, parameters: dict[str, Any]) -> None:
                try:
                    session.run(query, parameters).consume()
                except Exception as error:  # the driver's errors share no base class with ours
                    if isinstance(error, (KeyboardInterrupt, MemoryError)):
                        raise
                    raise LoadError(f"{safe_url(url)}: Neo4j refused a query ({error})") from error

            run(NEO4J_CONSTRAINT, {})
            node_count, relationship_count = load_property_graph(graph, run, batch_size=batch_size, progress=progress)
    finally:
        if own_driver:
            driver.close()
    target = f"Neo4j at {safe_url(url)}"
    return LoadReport(target, node_count, relationship_count, seconds=time.perf_counter() - started)
