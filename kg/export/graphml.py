"""GraphML export for Gephi, yEd, networkx and any other GraphML reader.

The property-graph view (``kg.export.propgraph``) as a flat networkx
``MultiDiGraph``, serialised by networkx. GraphML attributes are scalars, so
lists (aliases, evidence sentences, documents) are JSON arrays in a string;
``label`` holds the entity's name or the predicate key, which Gephi and yEd
show. Node ids are entity keys; edge ids are ``Edge.id``. Characters XML 1.0
forbids (most C0 controls) become U+FFFD, so the file always parses; carriage
returns are written as ``&#13;`` so that parsers keep them.

Read it back with ``nx.read_graphml(path, edge_key_type=str, force_multigraph=True)``:
networkx's default ``edge_key_type=int`` turns an edge id that happens to be all
digits into an integer.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from kg.export.files import atomic_write
from kg.export.propgraph import PropertyValue, nodes, relationships

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

NODE_ATTRIBUTES = ("name", "type", "iri", "aliases", "mentions", "documents")
EDGE_ATTRIBUTES = ("type", "key", "predicate", "text", "evidence", "documents", "confidence", "date", "readings")


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold replaced by U+FFFD.

    >>> xml_text("a\\x01b\\tc") == "a\\ufffdb\\tc"
    True
    """
    return _NOT_XML.sub("\ufffd", text)


def _attribute(value: PropertyValue) -> str | int | float:
    if isinstance(value, list):
        return xml_text(json.dumps(value, ensure_ascii=False))
    if isinstance(value, str):
        return xml_text(value)
    return value


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """A flat ``MultiDiGraph`` with only GraphML-friendly attribute values.

    Edge attribute ``key`` (the predicate key) is stored as ``predicate_key``,
    since networkx reserves ``key`` for the edge id of a multigraph.
    """
    flat = nx.MultiDiGraph(base_iri=graph.base_iri)
    for node in nodes(graph):
        data = {name: _attribute(node.properties[name]) for name in NODE_ATTRIBUTES if name in node.properties}
        flat.add_node(node.key, label=data["name"], **data)
    for relationship in relationships(graph):
        data = {}
        for name in EDGE_ATTRIBUTES:
            if name == "type":
                data["type"] = relationship.type
            elif name in relationship.properties:
                data["predicate_key" if name == "key" else name] = _attribute(relationship.properties[name])
        flat.add_edge(
            relationship.subject, relationship.object, key=relationship.id, label=data["predicate_key"], **data
        )
    return flat


def to_graphml(graph: KnowledgeGraph) -> str:
    """The graph as GraphML text."""
    # Not nx.generate_graphml: it re-joins str.splitlines(), which turns CR, U+2028,
    # U+0085 ... inside the data into line feeds.
    writer = GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(to_networkx(graph))
    text = str(writer)
    # XML parsers turn a raw CR (or CR LF) into LF; a character reference keeps it.
    # ElementTree writes no CR of its own, so every CR here comes from the data.
    return text.replace("\r", "&#13;")


def write_graphml(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as GraphML to ``path``, atomically."""
    return atomic_write(path, to_graphml(graph))
