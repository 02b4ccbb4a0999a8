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

import contextlib
import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg.export.propfacts import fact_nodes
from kg.export.propgraph import COMMON_LABEL, Node, PropertyValue, Relationship, relationships, to_node
from kg.ontology.events import GENERIC_ROLE, ROLES
from kg.runtime.atomic import atomic_open

if TYPE_CHECKING:
    from kg.graph import GraphView

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
    ("described", "described:boolean"),
    ("head", "head"),
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
        ("direct", "direct:boolean"), ("factuality", "factuality"), ("factualityCue", "factualityCue"),
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


def _writer(stream: IO[str], columns: tuple[tuple[str, str], ...]) -> Any:
    """A CSV writer on ``stream`` that has written the header of ``columns``."""
    # "\n" line ends: the importer accepts them, and newlines inside fields stay as they are.
    writer = csv.writer(stream, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([header for _, header in columns])
    return writer


def _node_row(node: Node, columns: tuple[tuple[str, str], ...]) -> list[str]:
    labels = ARRAY_DELIMITER.join(node.labels)
    return [labels if not name else csv_field(node.properties.get(name)) for name, _ in columns]


def _relationship_row(relationship: Relationship, columns: tuple[tuple[str, str], ...]) -> list[str]:
    fixed = [relationship.subject, relationship.object, relationship.type]
    return fixed + [csv_field(relationship.properties.get(name)) for name, _ in columns[3:]]


def write_nodes_to(graph: GraphView, stream: IO[str]) -> None:
    """``nodes.csv``: one row per entity, in key order."""
    writer = _writer(stream, NODE_COLUMNS)
    for entity in graph.entities():
        writer.writerow(_node_row(to_node(graph, entity), NODE_COLUMNS))


def write_relationships_to(graph: GraphView, entities: IO[str], roles: IO[str]) -> None:
    """``relationships.csv`` (edges between entities, in (subject, predicate, object)
    order) and ``roles.csv`` (the relationships of events, positions and quotes)."""
    writers = {True: _writer(entities, RELATIONSHIP_COLUMNS), False: _writer(roles, ROLE_RELATIONSHIP_COLUMNS)}
    columns = {True: RELATIONSHIP_COLUMNS, False: ROLE_RELATIONSHIP_COLUMNS}
    for relationship in relationships(graph):
        between = _between_entities(relationship)
        writers[between].writerow(_relationship_row(relationship, columns[between]))


def write_facts_to(graph: GraphView, streams: Mapping[str, IO[str]]) -> None:
    """``events.csv``, ``positions.csv`` and ``quotes.csv``, each to the stream of its kind."""
    writers = {kind: _writer(streams[kind], columns) for kind, (_filename, columns) in FACT_FILES.items()}
    for node in fact_nodes(graph):
        writers[node.kind].writerow(_node_row(node, FACT_FILES[node.kind][1]))


def to_nodes_csv(graph: GraphView) -> str:
    """``nodes.csv``: one row per entity, in key order."""
    buffer = io.StringIO()
    write_nodes_to(graph, buffer)
    return buffer.getvalue()


def to_relationships_csv(graph: GraphView) -> str:
    """``relationships.csv``: one row per edge between entities, in (subject, predicate, object) order."""
    buffer = io.StringIO()
    write_relationships_to(graph, buffer, io.StringIO())
    return buffer.getvalue()


def to_fact_csvs(graph: GraphView) -> dict[str, str]:
    """``events.csv``, ``positions.csv``, ``quotes.csv`` and ``roles.csv``, by file name."""
    buffers = {kind: io.StringIO() for kind in FACT_FILES}
    write_facts_to(graph, buffers)
    roles = io.StringIO()
    write_relationships_to(graph, io.StringIO(), roles)
    tables = {filename: buffers[kind].getvalue() for kind, (filename, _columns) in FACT_FILES.items()}
    tables[ROLES_FILENAME] = roles.getvalue()
    return tables


def _between_entities(relationship: Relationship) -> bool:
    return relationship.subject_kind == relationship.object_kind == COMMON_LABEL


def write_csv(graph: GraphView, path: str | Path) -> Path:
    """Write ``nodes.csv`` to ``path`` and the other files beside it, atomically each.

    Returns:
        The path of ``nodes.csv``.
    """
    path = Path(path)
    folder = path.parent
    with (
        atomic_open(folder / RELATIONSHIPS_FILENAME, "w") as entities,
        atomic_open(folder / ROLES_FILENAME, "w") as roles,
    ):
        write_relationships_to(graph, entities, roles)
    with contextlib.ExitStack() as stack:
        streams = {kind: stack.enter_context(atomic_open(folder / filename, "w"))
                   for kind, (filename, _columns) in FACT_FILES.items()}
        write_facts_to(graph, streams)
    with atomic_open(path, "w") as stream:
        write_nodes_to(graph, stream)
    return path
