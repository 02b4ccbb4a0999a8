"""GraphML export for Gephi, yEd, networkx and any other GraphML reader.

The property-graph view (``kg.export.propgraph``) as the document networkx's
GraphML writer makes of a flat ``MultiDiGraph`` (``to_networkx``), written
directly: same bytes, without building an ElementTree of the whole graph.
GraphML attributes are scalars, so lists (aliases, evidence sentences,
documents) are JSON arrays in a string; ``label`` holds the node's name (an
entity's label, an event's trigger, a position's role, a quote's content) or
the relationship's key (the predicate key, or an event's role), which Gephi and
yEd show; ``type`` tells the kinds of node apart (``Person`` ...,
``MovementEvent`` ..., ``Position``, ``Quote``). Node ids are the property
graph's keys; edge ids are its relationship ids. Characters XML 1.0
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
from xml.sax.saxutils import escape

import networkx as nx

from kg.export.propgraph import Node, PropertyValue, Relationship, nodes, relationships
from kg.runtime.atomic import atomic_write

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
        flat.add_node(node.key, **_node_data(node))
    for relationship in relationships(graph):
        flat.add_edge(relationship.subject, relationship.object, key=relationship.id, **_edge_data(relationship))
    return flat


def _ordered(names: tuple[str, ...], properties: dict[str, PropertyValue]) -> list[str]:
    """The attribute names in the usual order first, then the kind's own in property order."""
    return [name for name in names if name in properties] + [
        name for name in properties if name not in names and name not in ("key", "id")
    ]


def _node_data(node: Node) -> dict[str, PropertyValue]:
    data = {name: _attribute(node.properties[name]) for name in _ordered(NODE_ATTRIBUTES, node.properties)}
    return {"label": data["name"], **data}


def _edge_data(relationship: Relationship) -> dict[str, PropertyValue]:
    data: dict[str, PropertyValue] = {"type": relationship.type}
    for name in _ordered(EDGE_ATTRIBUTES, relationship.properties):
        if name != "type":
            data["predicate_key" if name == "key" else name] = _attribute(relationship.properties[name])
    return {"label": data["predicate_key"], **data}


_GRAPHML_OPEN = (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
_XML_TYPES: dict[type, str] = {str: "string", int: "long", float: "double", bool: "boolean"}
# ElementTree's attribute escaping: line ends and tabs as references, so parsers keep them.
_ATTRIBUTE_ENTITIES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}


def _quoted(value: str) -> str:
    return '"' + escape(value, _ATTRIBUTE_ENTITIES) + '"'


class _Keys:
    """GraphML ``<key>`` declarations, numbered ``d0, d1 ...`` in order of first use."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str, str], str] = {}

    def data(self, scope: str, name: str, value: PropertyValue, indent: str) -> str:
        """One ``<data>`` line (declaring its key on first use)."""
        xml_type = _XML_TYPES[type(value)]
        key_id = self.ids.setdefault((name, xml_type, scope), f"d{len(self.ids)}")
        text = escape(str(value))
        if not text:
            return f'{indent}<data key="{key_id}" />'
        return f'{indent}<data key="{key_id}">{text}</data>'

    def declarations(self) -> list[str]:
        # Newest first, as networkx writes them (it inserts each key at the top).
        return [
            f"  <key id={_quoted(key_id)} for={_quoted(scope)} "
            f"attr.name={_quoted(name)} attr.type={_quoted(xml_type)} />"
            for (name, xml_type, scope), key_id in reversed(self.ids.items())
        ]


def _element(keys: _Keys, scope: str, opening: str, tag: str, attributes: dict[str, PropertyValue]) -> list[str]:
    if not attributes:
        return [f"    {opening} />"]
    lines = [f"    {opening}>"]
    lines.extend(keys.data(scope, name, value, "      ") for name, value in attributes.items())
    lines.append(f"    </{tag}>")
    return lines


def to_graphml(graph: KnowledgeGraph) -> str:
    """The graph as GraphML text: the document networkx's GraphML writer makes of
    ``to_networkx(graph)``, written directly (networkx builds an ElementTree of
    the whole graph first, several times slower on a large graph)."""
    keys = _Keys()
    graph_data = keys.data("graph", "base_iri", graph.base_iri, "    ")
    node_attributes: dict[str, dict[str, PropertyValue]] = {}
    for node in nodes(graph):
        node_attributes[node.key] = _node_data(node)
    # networkx lists edges by source node, then by target in order of first edge, then by key.
    edges_by_source: dict[str, dict[str, list[tuple[str, dict[str, PropertyValue]]]]] = {}
    for relationship in relationships(graph):
        for endpoint in (relationship.subject, relationship.object):
            node_attributes.setdefault(endpoint, {})
        targets = edges_by_source.setdefault(relationship.subject, {})
        targets.setdefault(relationship.object, []).append((relationship.id, _edge_data(relationship)))
    body: list[str] = []
    for key, attributes in node_attributes.items():
        body.extend(_element(keys, "node", f"<node id={_quoted(key)}", "node", attributes))
    for source in node_attributes:
        for target, edges in edges_by_source.get(source, {}).items():
            for edge_id, attributes in edges:
                opening = f"<edge source={_quoted(source)} target={_quoted(target)} id={_quoted(edge_id)}"
                body.extend(_element(keys, "edge", opening, "edge", attributes))
    graph_element = ['  <graph edgedefault="directed">', *body, graph_data, "  </graph>"]
    lines = [_GRAPHML_OPEN, *keys.declarations(), *graph_element, "</graphml>", ""]
    # ASCII with character references, as networkx writes it; XML parsers turn a raw
    # CR (or CR LF) into LF, so a CR from the data is written as a reference too.
    text = "\n".join(lines).encode("ascii", "xmlcharrefreplace").decode("ascii")
    return text.replace("\r", "&#13;")


def write_graphml(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as GraphML to ``path``, atomically."""
    return atomic_write(path, to_graphml(graph))
