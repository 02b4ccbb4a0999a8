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

import io
import itertools
import json
import operator
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING
from xml.sax.saxutils import escape

import networkx as nx

from kg.export.propgraph import COMMON_LABEL, NODE_KINDS, Node, PropertyValue, Relationship, nodes, relationships
from kg.runtime.atomic import atomic_open
from kg.runtime.spill import Sorter, spool

if TYPE_CHECKING:
    from kg.graph import GraphView

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

NODE_ATTRIBUTES = ("name", "type", "iri", "aliases", "mentions", "documents", "described", "head")
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


def to_networkx(graph: GraphView) -> nx.MultiDiGraph:
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


def to_graphml(graph: GraphView) -> str:
    """The graph as GraphML text: the document networkx's GraphML writer makes of
    ``to_networkx(graph)``, written directly (networkx builds an ElementTree of
    the whole graph first, several times slower on a large graph)."""
    buffer = io.StringIO()
    write_graphml_to(graph, buffer)
    return buffer.getvalue()


def write_graphml_to(graph: GraphView, stream: IO[str]) -> None:
    """Write the GraphML document to a text stream, element by element.

    The key declarations come first but are known only once every element is
    written (they are numbered in order of first use), so the elements wait in a
    spool. Edges are listed as networkx lists them: by source node, in node order;
    a source's edges by target, in order of the target's first edge; then in
    relationship order. They are put in that order by a sort (on disk for a graph
    on disk), one source's edges at a time in memory.
    """
    keys = _Keys()
    graph_data = keys.data("graph", "base_iri", graph.base_iri, "    ")
    with spool(graph.spill_folder) as body:
        for node in nodes(graph):
            element = _element(keys, "node", f"<node id={_quoted(node.key)}", "node", _node_data(node))
            body.write(_ascii("\n".join(element)))
            body.write("\n")
        _write_edges(graph, keys, body)
        head = [_GRAPHML_OPEN, *keys.declarations(), '  <graph edgedefault="directed">']
        stream.write(_ascii("\n".join(head) + "\n"))
        body.seek(0)
        shutil.copyfileobj(body, stream)
    stream.write(_ascii("\n".join([graph_data, "  </graph>", "</graphml>", ""])))


_SOURCE_KINDS = {kind: number for number, kind in enumerate(NODE_KINDS)}
"""Node order: entities, events, positions, quotes (each kind in key order)."""


def _write_edges(graph: GraphView, keys: _Keys, body: IO[str]) -> None:
    """The edge elements, in networkx's order (see ``write_graphml_to``), and first the
    elements of any end that is no node (networkx adds those after the nodes, in
    order of first use)."""
    folder = graph.spill_folder
    with Sorter(folder, key=_edge_order, name="graphml") as edges, Sorter(folder, name="ends") as ends:
        for number, relationship in enumerate(relationships(graph)):
            edges.add((_SOURCE_KINDS[relationship.subject_kind], relationship.subject, number, relationship.object,
                       relationship.id, _edge_data(relationship)))
            for place, (end, kind) in enumerate(((relationship.subject, relationship.subject_kind),
                                                 (relationship.object, relationship.object_kind))):
                if kind == COMMON_LABEL:
                    ends.add((end, 2 * number + place))
        extra = _missing_ends(graph, ends.sorted())
        for key in sorted(extra, key=extra.__getitem__):
            body.write(_ascii("\n".join(_element(keys, "node", f"<node id={_quoted(key)}", "node", {}))) + "\n")
        later: list[tuple] = []
        for (_kind, source), group in itertools.groupby(edges.sorted(), key=_by_source):
            if source in extra:
                later.extend(group)
                continue
            _write_source(keys, body, group)
        later.sort(key=lambda row: (extra[row[1]], row[2]))
        for _source, group in itertools.groupby(later, key=operator.itemgetter(1)):
            _write_source(keys, body, group)


def _edge_order(row: tuple) -> tuple:
    return row[:3]


def _by_source(row: tuple) -> tuple:
    return row[:2]


def _missing_ends(graph: GraphView, ends: Iterable[tuple[str, int]]) -> dict[str, int]:
    """The entity keys relationships end at that are no entity of the graph, each with
    the number of its first use; both streams in key order, walked side by side."""
    keys = (entity.key for entity in graph.entities())
    current = next(keys, None)
    missing: dict[str, int] = {}
    for end, group in itertools.groupby(ends, key=operator.itemgetter(0)):
        while current is not None and current < end:
            current = next(keys, None)
        if current != end:
            missing[end] = next(group)[1]
    return missing


def _write_source(keys: _Keys, body: IO[str], rows: Iterable[tuple]) -> None:
    """One source's edges: by target in order of first use, then in relationship order."""
    by_target: dict[str, list[tuple]] = {}
    for row in rows:
        by_target.setdefault(row[3], []).append(row)
    for target, targets in by_target.items():
        for _kind, source, _number, _target, edge_id, attributes in targets:
            opening = f"<edge source={_quoted(source)} target={_quoted(target)} id={_quoted(edge_id)}"
            body.write(_ascii("\n".join(_element(keys, "edge", opening, "edge", attributes))) + "\n")


def _ascii(text: str) -> str:
    """ASCII with character references, as networkx writes it; XML parsers turn a raw
    CR (or CR LF) into LF, so a CR from the data is written as a reference too."""
    return text.encode("ascii", "xmlcharrefreplace").decode("ascii").replace("\r", "&#13;")


def write_graphml(graph: GraphView, path: str | Path) -> Path:
    """Write ``graph`` as GraphML to ``path``, atomically."""
    with atomic_open(path, "w") as stream:
        write_graphml_to(graph, stream)
    return Path(path)
