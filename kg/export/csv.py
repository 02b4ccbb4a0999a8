"""Neo4j bulk-import CSVs: ``nodes.csv`` and ``relationships.csv`` (entities and
their edges), ``events.csv``, ``positions.csv``, ``quotes.csv`` and ``roles.csv``
(events, positions and quotes, and their relationships to entities).

The headers follow ``neo4j-admin database import`` conventions: ``key:ID(Entity)``
(the id is also stored as the ``key`` property; every node file shares the one
id space, whose name is ``Entity`` for every kind of node), ``:LABEL``,
``:START_ID(Entity)``, ``:END_ID(Entity)``, ``:TYPE`` and typed columns
(``mentions:long``, ``confidence:double``, ``direct:boolean``,
``aliases:string[]``, ``text:string[]``). Evidence sentences contain ``;`` and
``,``, so arrays (and the two labels) are joined with U+001F, the ASCII unit
separator, which news text never holds (an item that does gets a space in its
place); import with::

    neo4j-admin database import full neo4j --nodes=nodes.csv --nodes=events.csv \\
        --nodes=positions.csv --nodes=quotes.csv --relationships=relationships.csv \\
        --relationships=roles.csv --array-delimiter=U+001F \\
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

from kg.export.propgraph import COMMON_LABEL, Node, PropertyValue, Relationship, nodes, relationships
from kg.ontology.events import GENERIC_ROLE, ROLES
from kg.runtime.atomic import atomic_write

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

ARRAY_DELIMITER = "\x1f"
"""Between array items and between labels; pass ``--array-delimiter=U+001F``."""

RELATIONSHIPS_FILENAME = "relationships.csv"
ROLES_FILENAME = "roles.csv"

NODE_COLUMNS = (
    ("key", "key:ID(Entity)"),
    ("", ":LABEL"),
    ("iri", "iri"),
    ("name", "name"),
    ("type", "type"),
    ("aliases", "aliases:string[]"),
    ("mentions", "mentions:long"),
    ("documents", "documents:string[]"),
    ("geonames", "geonames:long"),
    ("countryCode", "countryCode"),
    ("continent", "continent"),
    ("placeKind", "placeKind"),
    ("latitude", "latitude:double"),
    ("longitude", "longitude:double"),
)
"""(property, header) pairs of ``nodes.csv``; the empty property is the label column."""

_FACT_COLUMNS = (("key", "key:ID(Entity)"), ("", ":LABEL"), ("iri", "iri"), ("name", "name"), ("type", "type"))
_ROLE_COLUMNS = tuple((role, f"{role}:string[]") for role in sorted((*ROLES, GENERIC_ROLE)))
_QUANTITY_COLUMNS = tuple(
    (f"quantity{name}", f"quantity{name}:string[]") for name in ("Text", "Value", "Unit", "Qualifier", "Role")
)
FACT_FILES: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "Event": ("events.csv", (
        *_FACT_COLUMNS,
        ("lemma", "lemma"), ("eventClass", "eventClass"), ("factuality", "factuality"), ("cue", "cue"),
        ("date", "date"), ("dateEnd", "dateEnd"), ("document", "document"), ("evidence", "evidence"),
        ("confidence", "confidence:double"), ("headline", "headline:boolean"),
        *_ROLE_COLUMNS,
        *_QUANTITY_COLUMNS,
    )),
    "Position": ("positions.csv", (
        *_FACT_COLUMNS,
        ("role", "role"), ("roleKey", "roleKey"), ("status", "status"), ("start", "start"), ("end", "end"),
        ("factuality", "factuality"), ("document", "document"), ("evidence", "evidence"),
        ("confidence", "confidence:double"),
    )),
    "Quote": ("quotes.csv", (
        *_FACT_COLUMNS,
        ("content", "content"), ("speakerText", "speakerText"), ("addresseeText", "addresseeText"), ("cue", "cue"),
        ("direct", "direct:boolean"),
        ("date", "date"), ("document", "document"), ("evidence", "evidence"),
    )),
}
"""Each kind of node besides entities: its file and its (property, header) pairs."""

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
    ("factuality", "factuality:string[]"),
    ("confidence", "confidence:double"),
    ("date", "date"),
    ("readings", "readings:long"),
)
ROLE_RELATIONSHIP_COLUMNS = RELATIONSHIP_COLUMNS[:5]
"""Columns of ``roles.csv``: the ends, the type, ``id`` and ``key`` (the role)."""


def csv_field(value: PropertyValue | None) -> str:
    """One property as a CSV field (before quoting).

    >>> csv_field(["a; b", "c"]) == "a; b\\x1fc"
    True
    >>> csv_field(None), csv_field(0.5), csv_field(3), csv_field(True)
    ('', '0.5', '3', 'true')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
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


def _node_rows(nodes_of_kind: list[Node], columns: tuple[tuple[str, str], ...]) -> str:
    rows = []
    for node in nodes_of_kind:
        labels = ARRAY_DELIMITER.join(node.labels)
        rows.append([labels if not name else csv_field(node.properties.get(name)) for name, _ in columns])
    return _table([header for _, header in columns], rows)


def _relationship_rows(relationships_of_file: list[Relationship], columns: tuple[tuple[str, str], ...]) -> str:
    rows = []
    for relationship in relationships_of_file:
        fixed = [relationship.subject, relationship.object, relationship.type]
        rows.append(fixed + [csv_field(relationship.properties.get(name)) for name, _ in columns[3:]])
    return _table([header for _, header in columns], rows)


def to_nodes_csv(graph: KnowledgeGraph) -> str:
    """``nodes.csv``: one row per entity, in key order."""
    return _node_rows([node for node in nodes(graph) if node.kind == COMMON_LABEL], NODE_COLUMNS)


def to_relationships_csv(graph: KnowledgeGraph) -> str:
    """``relationships.csv``: one row per edge between entities, in (subject, predicate, object) order."""
    return _relationship_rows([r for r in relationships(graph) if _between_entities(r)], RELATIONSHIP_COLUMNS)


def to_fact_csvs(graph: KnowledgeGraph) -> dict[str, str]:
    """``events.csv``, ``positions.csv``, ``quotes.csv`` and ``roles.csv``, by file name."""
    by_kind: dict[str, list[Node]] = {kind: [] for kind in FACT_FILES}
    for node in nodes(graph):
        if node.kind != COMMON_LABEL:
            by_kind[node.kind].append(node)
    tables = {filename: _node_rows(by_kind[kind], columns) for kind, (filename, columns) in FACT_FILES.items()}
    roles = [r for r in relationships(graph) if not _between_entities(r)]
    tables[ROLES_FILENAME] = _relationship_rows(roles, ROLE_RELATIONSHIP_COLUMNS)
    return tables


def _between_entities(relationship: Relationship) -> bool:
    return relationship.subject_kind == relationship.object_kind == COMMON_LABEL


def write_csv(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``nodes.csv`` to ``path`` and the other files beside it, atomically each.

    Returns:
        The path of ``nodes.csv``.
    """
    path = Path(path)
    atomic_write(path.parent / RELATIONSHIPS_FILENAME, to_relationships_csv(graph))
    for filename, text in to_fact_csvs(graph).items():
        atomic_write(path.parent / filename, text)
    return atomic_write(path, to_nodes_csv(graph))
