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


def node_query(label: str, kind: str = COMMON_LABEL) -> str:
    """The batched node ``MERGE`` within ``kind`` (``Entity``, ``Event`` ...); rows are ``{key, properties}``."""
    return (
        f"UNWIND $rows AS row MERGE (n:{_identifier(kind)} {{key: row.key}}) "
        f"SET n = row.properties SET n:{_identifier(label)}"
    )


def relationship_query(relationship_type: str, subject_kind: str = COMMON_LABEL, object_kind: str = COMMON_LABEL) -> str:
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
    by_label: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for node in nodes(graph):
        by_label[(node.label, node.kind)].append({"key": node.key, "properties": node.properties})
    by_type: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for relationship in relationships(graph):
        by_type[(relationship.type, relationship.subject_kind, relationship.object_kind)].append(
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
            query = make_query(*name)
            for batch in _chunks(groups[name], batch_size):
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
