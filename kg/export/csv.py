"""Neo4j bulk-import CSVs: ``nodes.csv`` and ``relationships.csv``.

The headers follow ``neo4j-admin database import`` conventions: ``key:ID(Entity)``
(the id is also stored as the ``key`` property), ``:LABEL``, ``:START_ID(Entity)``,
``:END_ID(Entity)``, ``:TYPE`` and typed columns (``mentions:long``,
``confidence:double``, ``aliases:string[]``, ``text:string[]``). Evidence
sentences contain ``;`` and ``,``, so arrays (and the two labels) are joined
with U+001F, the ASCII unit separator, which news text never holds (an item
that does gets a space in its place); import with::

    neo4j-admin database import full neo4j --nodes=nodes.csv \\
        --relationships=relationships.csv --array-delimiter=U+001F \\
        --multiline-fields=true --overwrite-destination

Fields are quoted by Python's ``csv`` module (RFC 4180: ``"`` doubled), which
the importer reads. Properties ``kg.export.propgraph`` leaves out are empty fields,
which the importer skips, so the import equals the Cypher script's result.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from kg.export.propgraph import COMMON_LABEL, PropertyValue, nodes, relationships
from kg.runtime.atomic import atomic_write

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

ARRAY_DELIMITER = "\x1f"
"""Between array items and between labels; pass ``--array-delimiter=U+001F``."""

RELATIONSHIPS_FILENAME = "relationships.csv"

NODE_COLUMNS = (
    ("key", "key:ID(Entity)"),
    ("", ":LABEL"),
    ("iri", "iri"),
    ("name", "name"),
    ("type", "type"),
    ("aliases", "aliases:string[]"),
    ("mentions", "mentions:long"),
    ("documents", "documents:string[]"),
)
"""(property, header) pairs of ``nodes.csv``; the empty property is the label column."""

RELATIONSHIP_COLUMNS = (
    ("", ":START_ID(Entity)"),
    ("", ":END_ID(Entity)"),
    ("", ":TYPE"),
    ("id", "id"),
    ("key", "key"),
    ("predicate", "predicate"),
    ("text", "text:string[]"),
    ("evidence", "evidence:string[]"),
    ("documents", "documents:string[]"),
    ("confidence", "confidence:double"),
    ("date", "date"),
    ("readings", "readings:long"),
)


def csv_field(value: PropertyValue | None) -> str:
    """One property as a CSV field (before quoting).

    >>> csv_field(["a; b", "c"]) == "a; b\\x1fc"
    True
    >>> csv_field(None), csv_field(0.5), csv_field(3)
    ('', '0.5', '3')
    """
    if value is None:
        return ""
    if isinstance(value, list):
        # The delimiter itself cannot be escaped in the importer; drop it from items.
        return ARRAY_DELIMITER.join(item.replace(ARRAY_DELIMITER, " ") for item in value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _table(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    # "\n" line ends: the importer accepts them, and newlines inside fields stay as they are.
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def to_nodes_csv(graph: KnowledgeGraph) -> str:
    """``nodes.csv``: one row per entity, in key order."""
    rows = []
    for node in nodes(graph):
        labels = ARRAY_DELIMITER.join((COMMON_LABEL, node.label))
        rows.append([labels if not name else csv_field(node.properties.get(name)) for name, _ in NODE_COLUMNS])
    return _table([header for _, header in NODE_COLUMNS], rows)


def to_relationships_csv(graph: KnowledgeGraph) -> str:
    """``relationships.csv``: one row per edge, in (subject, predicate, object) order."""
    rows = []
    for relationship in relationships(graph):
        fixed = [relationship.subject, relationship.object, relationship.type]
        rows.append(fixed + [csv_field(relationship.properties.get(name)) for name, _ in RELATIONSHIP_COLUMNS[3:]])
    return _table([header for _, header in RELATIONSHIP_COLUMNS], rows)


def write_csv(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``nodes.csv`` to ``path`` and ``relationships.csv`` beside it, atomically each.

    Returns:
        The path of ``nodes.csv``.
    """
    path = Path(path)
    atomic_write(path.parent / RELATIONSHIPS_FILENAME, to_relationships_csv(graph))
    return atomic_write(path, to_nodes_csv(graph))
