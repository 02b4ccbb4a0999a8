"""The interactive HTML view: one self-contained page that works from disk, offline.

pyvis builds the vis-network nodes, edges and options; kg then renders them
into its own page template instead of pyvis's, because pyvis 0.3.2 links
Bootstrap and tom-select from CDNs even with ``cdn_resources="in_line"``. The
page inlines vis-network (shipped inside the pyvis package), kg's own script
and style, and the graph as JSON, so nothing is ever fetched.

Safety: every name, alias, sentence and title is untrusted article text. It
enters the page only as JSON inside ``<script type="application/json">`` (with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped) and the page's script shows it
only through ``textContent`` and vis-network's plain-text tooltips. The one
piece of text in the HTML itself, the page title, goes through ``html.escape``.

Determinism: entities and edges come out of the graph sorted, JSON keys are
sorted, the layout has a fixed random seed and the page holds no timestamp, so
the same graph gives the same bytes.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError, ExportError
from kg.runtime.atomic import atomic_write
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph
    from kg.records import Document, Edge, Entity, Relation

LAYOUTS = ("auto", "force", "hierarchical", "static")
AUTO_FORCE_MAX_NODES = 1500
"""``auto`` lays out up to this many entities with live physics (``force``) and
larger graphs with the precomputed ``static`` layout: vis-network's force
simulation takes over 10 s to settle 5,000 nodes, the static page about 4 s."""
"""``force``: physics until stable, then frozen. ``hierarchical``: left to right by
relation direction. ``static``: no physics; positions computed here (fastest on huge graphs)."""

SIZE_BY = ("mentions", "degree")

# Distinct on white and for the common colour-vision deficiencies (Okabe-Ito first).
TYPE_COLOURS: dict[EntityType, str] = {
    EntityType.PERSON: "#0072B2",
    EntityType.ORGANIZATION: "#D55E00",
    EntityType.SPORTS_TEAM: "#E377C2",
    EntityType.COUNTRY: "#009E73",
    EntityType.CITY: "#56B4E9",
    EntityType.PLACE: "#66A61E",
    EntityType.FACILITY: "#8C564B",
    EntityType.GROUP: "#CC79A7",
    EntityType.EVENT: "#E69F00",
    EntityType.PRODUCT: "#7570B3",
    EntityType.WORK: "#B8860B",
    EntityType.LAW: "#17BECF",
    EntityType.THING: "#7F7F7F",
}

LAYOUT_SEED = 7
"""vis-network's layout seed: the same graph is laid out the same way every time."""

# Above these sizes the page trades polish for speed (see ``_vis_options``).
_LARGE_NODES = 1000
_IMPROVED_LAYOUT_MAX_NODES = 150

_ASSETS = ("kg.export.html", "assets")
_VIS = ("pyvis", "templates/lib/vis-9.1.2")
_MARKER = re.compile(r"/\*KG:(\w+)\*/")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def to_html(
    graph: KnowledgeGraph,
    *,
    title: str | None = None,
    layout: str = "auto",
    size_by: str = "mentions",
) -> str:
    """The graph as one self-contained, offline HTML page.

    Args:
        graph: The graph to show.
        title: Page heading; defaults to the title of the only document, else "Knowledge graph".
        layout: One of ``LAYOUTS``; ``auto`` picks ``force`` or ``static`` by size.
        size_by: Initial node size: ``"mentions"`` or ``"degree"`` (the page can switch).

    Returns:
        The page, identical for identical graphs and options.

    Raises:
        ConfigError: ``layout`` or ``size_by`` is not one of the known values.

    >>> from kg.graph import KnowledgeGraph
    >>> page = to_html(KnowledgeGraph(), title="Empty <graph>")
    >>> "<title>Empty &lt;graph&gt;</title>" in page and "https://cdn" not in page
    True
    """
    if layout not in LAYOUTS:
        raise ConfigError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    if size_by not in SIZE_BY:
        raise ConfigError(f"unknown size_by {size_by!r}; choose one of {', '.join(SIZE_BY)}")
    entities = list(graph.entities())
    edges = list(graph.edges())
    if layout == "auto":
        layout = "force" if len(entities) <= AUTO_FORCE_MAX_NODES else "static"
    documents = graph.documents
    page_title = title or _default_title(documents)
    payload = build_payload(graph, entities, edges, title=page_title, layout=layout, size_by=size_by)
    parts = {
        "title": html.escape(page_title),
        "vis_css": _asset(*_VIS, "vis-network.css"),
        "vis_js": _asset(*_VIS, "vis-network.min.js"),
        "kg_css": _asset(*_ASSETS, "viewer.css"),
        "kg_js": _asset(*_ASSETS, "viewer.js"),
        "data": script_json(payload),
    }
    template = resources.files(_ASSETS[0]).joinpath(_ASSETS[1]).joinpath("page.html").read_text(encoding="utf-8")
    # One pass over the template only: inserted text is never scanned for markers.
    return _MARKER.sub(lambda match: parts[match.group(1)], template)


def write_html(
    graph: KnowledgeGraph,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    layout: str = "auto",
    size_by: str = "mentions",
) -> Path:
    """Write ``to_html(graph)`` to ``path`` atomically (temp file in the same folder, then rename).

    Returns:
        The path written.

    Raises:
        ExportError: The file cannot be written; an existing file at ``path`` is left as it was.
    """
    target = Path(path)
    page = to_html(graph, title=title, layout=layout, size_by=size_by)
    # Unlike the folder `kg build --out` makes, a page written by hand goes only
    # into a folder that exists.
    if not target.parent.is_dir():
        raise ExportError(str(target), f"cannot create a file in {target.parent}: no such folder")
    return atomic_write(target, page)


def script_json(value: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``.

    ``json.dumps`` alone would let ``</script>`` in the data end the element;
    escaping ``<``, ``>`` and ``&`` as ``\\u00XX`` keeps it one text node and
    ``JSON.parse`` reads the same value back.

    >>> script_json({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    # One str.replace per character: str.translate with a mapping looks up every
    # character of the text in Python, ~15x slower on a page-sized payload.
    for character, escaped in _JSON_ESCAPES.items():
        if character in text:
            text = text.replace(character, escaped)
    return text


def build_payload(
    graph: KnowledgeGraph,
    entities: list[Entity],
    edges: list[Edge],
    *,
    title: str,
    layout: str,
    size_by: str,
) -> dict[str, Any]:
    """Everything the page's script needs, as plain JSON-able data (no HTML anywhere)."""
    degree: Counter[str] = Counter()
    for edge in edges:
        degree[edge.subject] += 1
        degree[edge.object] += 1
    vis_nodes, vis_edges, options = _vis_network(entities, edges, degree, layout=layout, size_by=size_by)
    types = Counter(entity.type for entity in entities)
    relations = Counter(edge.key for edge in edges)
    return {
        "title": title,
        "layout": layout,
        "sizeBy": size_by,
        "types": [
            {"name": entity_type.value, "colour": TYPE_COLOURS[entity_type], "count": types[entity_type]}
            for entity_type in EntityType
            if types[entity_type]
        ],
        "relations": [{"name": key, "count": count} for key, count in sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))],
        "documents": {document.id: _document_data(graph, document) for document in graph.documents.values()},
        "entities": {entity.key: _entity_data(graph, entity, degree[entity.key]) for entity in entities},
        "edges": {edge.id: _edge_data(edge) for edge in edges},
        "vis": {"nodes": vis_nodes, "edges": vis_edges, "options": options},
    }


def _vis_network(
    entities: list[Entity], edges: list[Edge], degree: Counter[str], *, layout: str, size_by: str
) -> tuple[list[dict], list[dict], dict]:
    """Nodes, edges and options for vis-network, built with pyvis.

    Nodes and edges are made with pyvis's ``Node`` and ``Edge`` and filed as
    ``Network.add_node``/``add_edge`` would file them, without their duplicate
    checks, which scan every node or edge already added (quadratic: 12 of 15 s on
    a 15,000-entity graph). Keys and edge ids are unique in a ``KnowledgeGraph``.
    """
    from pyvis.edge import Edge as VisEdge
    from pyvis.network import Network
    from pyvis.node import Node

    net = Network(directed=True, cdn_resources="in_line")
    positions = _static_positions(entities, edges) if layout == "static" else {}
    for entity in entities:
        colour = TYPE_COLOURS[entity.type]
        extra = {"x": positions[entity.key][0], "y": positions[entity.key][1]} if positions else {}
        # No `title` here: vis would show it on hover, and the page builds tooltips
        # itself from the JSON data as plain text.
        node = Node(
            entity.key,
            "dot",
            label=entity.label or entity.key,
            color={"background": colour, "border": colour, "highlight": {"background": colour, "border": "#111111"}},
            font_color=net.font_color,
            value=entity.mentions if size_by == "mentions" else degree[entity.key],
            **extra,
        )
        net.nodes.append(node.options)
        net.node_ids.append(entity.key)
        net.node_map[entity.key] = node.options
    # Parallel edges (A->B twice, or A->B and B->A) bend to alternate sides with
    # growing roundness so that their labels do not sit on top of each other;
    # single edges stay straight, which is also the cheapest to draw.
    pair_count: Counter[tuple[str, str]] = Counter(_pair(edge) for edge in edges)
    pair_seen: defaultdict[tuple[str, str], int] = defaultdict(int)
    for edge in edges:
        pair = _pair(edge)
        index = pair_seen[pair]
        pair_seen[pair] += 1
        smooth: dict[str, Any] = {"enabled": False}
        if pair_count[pair] > 1 or edge.subject == edge.object:
            clockwise = index % 2 == 0
            # vis bends relative to the edge's own direction: flip reversed edges so
            # that "side" means the same thing for both directions of a pair.
            if (edge.subject, edge.object) != pair:
                clockwise = not clockwise
            smooth = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.2 * (index // 2 + 1), 2),
            }
        vis_edge = VisEdge(
            edge.subject,
            edge.object,
            net.directed,
            id=edge.id,
            label=edge.key,
            arrows="to",
            value=len(edge.readings),
            smooth=smooth,
        )
        net.edges.append(vis_edge.options)
    net.options = _vis_options(len(entities), len(edges), layout=layout)
    nodes, vis_edges, _heading, _height, _width, options_json = net.get_network_data()
    return nodes, vis_edges, json.loads(options_json)


def _pair(edge: Edge) -> tuple[str, str]:
    return (edge.subject, edge.object) if edge.subject <= edge.object else (edge.object, edge.subject)


def _vis_options(node_count: int, edge_count: int, *, layout: str) -> dict[str, Any]:
    large = node_count >= _LARGE_NODES
    options: dict[str, Any] = {
        "autoResize": True,
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": node_count <= _IMPROVED_LAYOUT_MAX_NODES},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "borderWidthSelected": 4,
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 8, "max": 36, "label": {"enabled": False, "drawThreshold": 6}},
        },
        "edges": {
            "color": {"color": "#9aa3ad", "highlight": "#222222", "hover": "#444444"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 12, "align": "middle", "color": "#333333", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 1, "max": 5, "label": {"enabled": False, "drawThreshold": 7}},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "navigationButtons": False,
            "keyboard": False,
            # Redrawing 10,000 edges on every frame of a drag makes big graphs stutter.
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
        },
        "physics": {
            "enabled": layout == "force",
            "solver": "forceAtlas2Based",
            # A coarser Barnes-Hut approximation (theta) on big graphs: each iteration
            # costs about 100 ms at 5,000 nodes with the default 0.5.
            "forceAtlas2Based": {"theta": 1.2 if large else 0.5, "gravitationalConstant": -60, "springLength": 150, "springConstant": 0.06, "avoidOverlap": 0.2},
            "minVelocity": 1.0 if large else 0.75,
            # Fewer iterations on big graphs: loading fast matters more than the last bit of polish.
            "stabilization": {"enabled": layout == "force", "iterations": 80 if large else 600, "updateInterval": 25, "fit": True},
        },
    }
    if layout == "hierarchical":
        options["layout"]["hierarchical"] = {
            "enabled": True,
            "direction": "LR",
            "sortMethod": "directed",
            "levelSeparation": 220,
            "nodeSpacing": 90,
            "shakeTowards": "roots",
        }
    return options


def _static_positions(entities: list[Entity], edges: list[Edge]) -> dict[str, tuple[int, int]]:
    """Positions for physics-free drawing, in vis-network's pixel space.

    Small graphs get a seeded spring layout. networkx needs tens of seconds for
    thousands of nodes, so large graphs get a golden-angle spiral instead: the
    best-connected entities in the middle, the periphery outside, in O(n).
    """
    if not entities:
        return {}
    if len(entities) < _LARGE_NODES:
        import networkx as nx

        nxg = nx.Graph()
        nxg.add_nodes_from(entity.key for entity in entities)
        nxg.add_edges_from((edge.subject, edge.object) for edge in edges if edge.subject != edge.object)
        layout = nx.spring_layout(nxg, seed=LAYOUT_SEED, iterations=50)
        # Spread so that the mean node gets about 120 px of its own, whatever the graph size.
        scale = 120 * math.sqrt(len(entities))
        return {key: (round(float(x) * scale), round(float(y) * scale)) for key, (x, y) in sorted(layout.items())}
    degree: Counter[str] = Counter()
    for edge in edges:
        degree[edge.subject] += 1
        degree[edge.object] += 1
    ranked = sorted(entities, key=lambda entity: (-degree[entity.key], -entity.mentions, entity.key))
    golden = math.pi * (3 - math.sqrt(5))
    return {
        entity.key: (round(40 * math.sqrt(i) * math.cos(i * golden)), round(40 * math.sqrt(i) * math.sin(i * golden)))
        for i, entity in enumerate(ranked)
    }


def _entity_data(graph: KnowledgeGraph, entity: Entity, degree: int) -> dict[str, Any]:
    return {
        "label": entity.label,
        "type": entity.type.value,
        "aliases": list(entity.aliases),
        "mentions": entity.mentions,
        "degree": degree,
        "documents": list(entity.documents),
        "iri": f"{graph.base_iri}entity/{entity.key}",
    }


def _edge_data(edge: Edge) -> dict[str, Any]:
    return {
        "from": edge.subject,
        "to": edge.object,
        "key": edge.key,
        "confidence": edge.confidence,
        "documents": sorted({reading.evidence.document for reading in edge.readings}),
        "readings": [_reading_data(reading) for reading in edge.readings],
    }


def _reading_data(relation: Relation) -> dict[str, Any]:
    evidence = relation.evidence
    return {
        "text": relation.text,
        "sentence": evidence.sentence,
        "document": evidence.document,
        "start": evidence.start,
        "end": evidence.end,
        "confidence": relation.confidence,
        "date": relation.date,
        "factuality": str(relation.factuality),
        "attributedTo": relation.attributed_to,
    }


def _document_data(graph: KnowledgeGraph, document: Document) -> dict[str, Any]:
    return {
        "title": document.title,
        "date": document.date,
        "source": document.source,
        "iri": f"{graph.base_iri}document/{document.id}",
    }


def _default_title(documents: dict[str, Document]) -> str:
    if len(documents) == 1:
        only = next(iter(documents.values()))
        if only.title:
            return only.title
    return "Knowledge graph"


def _asset(package: str, folder_or_name: str, name: str | None = None) -> str:
    """Read a script or style shipped in a package (kg's page assets or pyvis's vis-network)."""
    resource = resources.files(package).joinpath(folder_or_name)
    if name is not None:
        resource = resource.joinpath(name)
    text = resource.read_text(encoding="utf-8")
    # The assets are inlined into <script>/<style>: a closing tag inside would end them early.
    if "</script" in text.lower() or "</style" in text.lower():
        raise ExportError(str(resource), "asset contains a closing </script> or </style> tag; it cannot be inlined")
    return text
