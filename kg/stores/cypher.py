"""Property graphs (FalkorDB, Neo4j): the ``kg.export.propgraph`` view in parameterised batches.

Each batch is one ``UNWIND $rows … MERGE``: values travel only as query
parameters, never pasted into the query. Labels and relationship types cannot be
parameters in openCypher, so the query text names them, after a check that they
are plain identifiers (entity types and ``[A-Z0-9_]`` relationship types always
are). Nodes merge on ``key`` and relationships on ``id``, so loading twice
changes nothing; ``SET n = …`` replaces the properties an earlier load wrote.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.export.propgraph import COMMON_LABEL, nodes, relationships
from kg.stores.base import LoadError, LoadProgress, ProgressCallback, Run

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _identifier(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise LoadError(f"{name!r} is not a plain label or relationship type; refusing to put it in a query")
    return name


def node_query(label: str, kind: str = COMMON_LABEL, extra: tuple[str, ...] = ()) -> str:
    """The batched node ``MERGE`` within ``kind`` (``Entity``, ``Event`` ...), labelled
    ``label`` and the ``extra`` labels (``Description``); rows are ``{key, properties}``."""
    labels = ":".join(_identifier(name) for name in (label, *extra))
    return (
        f"UNWIND $rows AS row MERGE (n:{_identifier(kind)} {{key: row.key}}) "
        f"SET n = row.properties SET n:{labels}"
    )


def relationship_query(
    relationship_type: str, subject_kind: str = COMMON_LABEL, object_kind: str = COMMON_LABEL
) -> str:
    """The batched relationship ``MERGE``; rows are ``{subject, object, id, properties}``."""
    return (
        f"UNWIND $rows AS row MATCH (a:{_identifier(subject_kind)} {{key: row.subject}}) "
        f"MATCH (b:{_identifier(object_kind)} {{key: row.object}}) "
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
    # Batches are grouped by query: nodes by (labels, kind), relationships by (type, kinds).
    node_queries: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in nodes(graph):
        query = node_query(node.label, node.kind, node.extra)
        node_queries[query].append({"key": node.key, "properties": node.properties})
    relationship_queries: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for relationship in relationships(graph):
        query = relationship_query(relationship.type, relationship.subject_kind, relationship.object_kind)
        relationship_queries[query].append(
            {
                "subject": relationship.subject,
                "object": relationship.object,
                "id": relationship.id,
                "properties": relationship.properties,
            }
        )
    node_total = sum(map(len, node_queries.values()))
    relationship_total = sum(map(len, relationship_queries.values()))
    for stage, groups, total in (
        ("nodes", node_queries, node_total),
        ("relationships", relationship_queries, relationship_total),
    ):
        done = 0
        for query in sorted(groups):
            for batch in _chunks(groups[query], batch_size):
                run(query, {"rows": batch})
                done += len(batch)
                if progress is not None:
                    progress(LoadProgress(stage, done, total))
    return node_total, relationship_total


def run_statements(statements: Iterable[str], run: Run, progress: ProgressCallback | None) -> int:
    statements = list(statements)
    for done, statement in enumerate(statements, start=1):
        run(statement, {})
        if progress is not None and (done % 100 == 0 or done == len(statements)):
            progress(LoadProgress("statements", done, len(statements)))
    return len(statements)
