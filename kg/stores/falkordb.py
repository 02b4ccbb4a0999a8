"""Load into FalkorDB (``redis://[user:password@]host:port/NAME``) through the ``falkordb`` client."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from kg.export.propgraph import NODE_KINDS
from kg.stores.base import DEFAULT_BATCH_SIZE, LoadError, LoadReport, ProgressCallback, Run, safe_url
from kg.stores.cypher import load_property_graph

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

DEFAULT_GRAPH = "kg"
"""The FalkorDB graph a URL without a path names."""


def falkordb_graph(url: str) -> tuple[Any, str]:
    try:
        from falkordb import FalkorDB
    except ImportError as error:
        raise LoadError("loading into FalkorDB needs the falkordb client: pip install falkordb") from error
    from redis.exceptions import RedisError

    parts = urlsplit(url)
    name = unquote(parts.path.strip("/")) or DEFAULT_GRAPH
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
        raise LoadError(f"{safe_url(url)}: cannot reach FalkorDB ({error})") from error


def falkordb_runner(handle: Any, url: str) -> Run:
    from redis.exceptions import RedisError

    def run(query: str, parameters: dict[str, Any]) -> None:
        try:
            handle.query(query, parameters or None)
        except RedisError as error:
            raise LoadError(f"{safe_url(url)}: FalkorDB refused a query ({error})") from error

    return run


def create_key_index(handle: Any, url: str) -> None:
    from redis.exceptions import RedisError, ResponseError

    for kind in NODE_KINDS:
        try:
            handle.query(f"CREATE INDEX FOR (n:{kind}) ON (n.key)")
        except ResponseError as error:
            # FalkorDB has no IF NOT EXISTS: an existing index is the expected case on a re-load.
            if "already indexed" not in str(error):
                raise LoadError(f"{safe_url(url)}: cannot create the key index ({error})") from error
        except RedisError as error:
            raise LoadError(f"{safe_url(url)}: cannot reach FalkorDB ({error})") from error


def load_falkordb(
    graph: KnowledgeGraph, url: str, *, batch_size: int = DEFAULT_BATCH_SIZE, progress: ProgressCallback | None = None
) -> LoadReport:
    """Merge ``graph`` into the FalkorDB graph ``url`` names (``redis://host:port/NAME``)."""
    started = time.perf_counter()
    handle, name = falkordb_graph(url)
    create_key_index(handle, url)
    node_count, relationship_count = load_property_graph(
        graph, falkordb_runner(handle, url), batch_size=batch_size, progress=progress
    )
    target = f"FalkorDB graph {name!r} at {safe_url(url)}"
    return LoadReport(target, node_count, relationship_count, seconds=time.perf_counter() - started)
