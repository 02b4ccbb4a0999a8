"""Cypher export: an idempotent ``MERGE`` script for Neo4j 5 and FalkorDB.

``graph.cypher`` holds one statement per line, each ending with ``;``, after a
few ``//`` comment lines. Nodes are merged on ``(:Entity {key})`` (events,
positions and quotes on ``(:Event {key})``, ``(:Position {key})``,
``(:Quote {key})``) and then get their type label and properties;
relationships are merged on their ``id`` between the two matched nodes, so
running the script twice creates nothing new.

Neo4j and FalkorDB differences, and how the script stays in what both share:

- **Running a script.** Neo4j: ``cypher-shell -f graph.cypher`` (statements
  split on ``;``). FalkorDB has no script runner; ``GRAPH.QUERY`` takes one
  statement, so send the file line by line (``cypher_statements`` does the
  splitting; ``kg load graph.cypher --into redis://…`` runs it).
- **String escapes.** Neo4j understands ``\\uXXXX``; FalkorDB does not (it
  keeps the backslash). The script therefore escapes only ``\\\\``, ``\\'``,
  ``\\n``, ``\\r``, ``\\t``, ``\\b`` and ``\\f``, which both read the same, and
  writes every other character, emoji included, as raw UTF-8. A NUL character
  cannot be stored by FalkorDB (its strings are C strings), so it becomes U+FFFD.
- **Indexes and constraints.** Their syntax differs and FalkorDB has no ``IF
  NOT EXISTS``, so the script creates none. Add one before loading big graphs:
  Neo4j ``CREATE CONSTRAINT kg_entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE
  n.key IS UNIQUE``; FalkorDB ``CREATE INDEX FOR (n:Entity) ON (n.key)``
  (``kg load`` does this itself), and the same for ``Event``, ``Position`` and
  ``Quote``.
- **Values.** Both store strings, integers, floats and lists of strings;
  dates are written as ``YYYY-MM-DD`` strings because FalkorDB has no
  ``date()`` type that Neo4j's import would match.
- **Labels.** A node's type label is added with ``SET n:Type``; if a later
  build re-types an entity, the old label stays (both databases behave alike).
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kg.export.propgraph import Node, PropertyValue, Relationship, nodes, relationships
from kg.runtime.atomic import atomic_open
from kg.runtime.spill import spool

if TYPE_CHECKING:
    from kg.graph import GraphView

# Escapes that Neo4j 5 and FalkorDB both decode to the same character.
_ESCAPES = {
    "\\": "\\\\",
    "'": "\\'",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
    "\x00": "\ufffd",
}
_TABLE = str.maketrans(_ESCAPES)
"""The escapes as one table: the specification ``cypher_string`` meets (tests compare the two)."""


def cypher_string(text: str) -> str:
    """``text`` as a single-quoted Cypher string literal, readable by Neo4j and FalkorDB.

    The literal never contains a raw line feed or carriage return, so a statement
    stays on one line.

    >>> print(cypher_string("O'Brien said: \\"no\\"\\nC:\\\\temp"))
    'O\\'Brien said: "no"\\nC:\\\\temp'
    >>> cypher_string("Zürich 🙂")
    "'Zürich 🙂'"
    """
    # str.replace scans at C speed where str.translate with a table of strings goes
    # character by character: three times faster on evidence sentences. The backslash
    # goes first, so that no escape made here is escaped again; the result is that of
    # ``text.translate(_TABLE)``.
    return "'" + (
        text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f").replace("\x00", "\ufffd")
    ) + "'"


def cypher_value(value: PropertyValue) -> str:
    """A property value as a Cypher literal.

    >>> cypher_value(["a", "b'c"])
    "['a', 'b\\\\'c']"
    >>> cypher_value(0.25), cypher_value(3), cypher_value(True)
    ('0.25', '3', 'true')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(cypher_value(item) for item in value) + "]"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def cypher_map(properties: dict[str, PropertyValue]) -> str:
    """A map literal; keys are kg's own property names, plain identifiers.

    >>> cypher_map({"key": "k", "mentions": 2})
    "{key: 'k', mentions: 2}"
    """
    return "{" + ", ".join(f"{name}: {cypher_value(value)}" for name, value in properties.items()) + "}"


def node_statement(node: Node) -> str:
    """One ``MERGE`` for a node: merge on the key within its kind, then label and replace properties."""
    key = cypher_string(node.key)
    return f"MERGE (n:{node.kind} {{key: {key}}}) SET n:{node.type_labels}, n = {cypher_map(node.properties)};"


def relationship_statement(relationship: Relationship) -> str:
    """One ``MERGE`` for a relationship between two already merged nodes."""
    subject, obj = cypher_string(relationship.subject), cypher_string(relationship.object)
    return (
        f"MATCH (a:{relationship.subject_kind} {{key: {subject}}}), (b:{relationship.object_kind} {{key: {obj}}}) "
        f"MERGE (a)-[r:{relationship.type} {{id: {cypher_string(relationship.id)}}}]->(b) "
        f"SET r = {cypher_map(relationship.properties)};"
    )


def to_cypher(graph: GraphView) -> str:
    """The whole graph as a Cypher script: nodes first, then relationships."""
    buffer = io.StringIO()
    write_cypher_to(graph, buffer)
    return buffer.getvalue()


def write_cypher_to(graph: GraphView, stream: IO[str]) -> None:
    """Write the script to a text stream, statement by statement (the header's counts
    are known once the statements are written: they wait in a spool)."""
    with spool(graph.spill_folder) as body:
        counts = [0, 0]
        for node in nodes(graph):
            body.write(node_statement(node) + "\n")
            counts[0] += 1
        for relationship in relationships(graph):
            body.write(relationship_statement(relationship) + "\n")
            counts[1] += 1
        stream.write(
            "// kg graph: idempotent MERGE statements, one per line (Neo4j 5 and FalkorDB).\n"
            f"// {counts[0]} nodes, {counts[1]} relationships; base IRI {graph.base_iri}\n"
            "// Neo4j: cypher-shell -f graph.cypher   FalkorDB: kg load graph.cypher --into redis://host:6379/kg\n"
        )
        body.seek(0)
        shutil.copyfileobj(body, stream)


def cypher_statements(script: str) -> list[str]:
    """The statements of a script ``to_cypher`` wrote, without their ``;``.

    Splits on line feeds only: escaped literals hold none, while other
    characters that ``str.splitlines`` treats as breaks (U+2028 ...) may occur.

    >>> cypher_statements("// c\\nRETURN 1;\\n\\nRETURN 'a;b';\\n")
    ['RETURN 1', "RETURN 'a;b'"]
    """
    statements = []
    for line in script.split("\n"):
        text = line.strip(" \t\r")
        if not text or text.startswith("//"):
            continue
        statements.append(text[:-1] if text.endswith(";") else text)
    return statements


def write_cypher(graph: GraphView, path: str | Path) -> Path:
    """Write ``graph`` as a Cypher script to ``path``, atomically."""
    with atomic_open(path, "w") as stream:
        write_cypher_to(graph, stream)
    return Path(path)
