"""Structure computed at export: communities, precomputed positions, vis options.

The page's nodes are entities and events (``event/<id>``); its links are the
relations, the positions held (person to organisation) and the events' role
edges. Communities come from networkx's Louvain method, seeded, over nodes and
links inserted in sorted order, so the same graph gets the same communities
with the same numbers in every run. Entities without any link take part in
neither: the page keeps them off the first screen.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # networkx is imported where it is used: `kg --help` loads this module and no heavy library.
    import networkx as nx

LAYOUT_SEED = 7
"""Seed of every layout and of the community detection: same graph, same picture."""

AUTO_FORCE_MAX_NODES = 600
"""``auto`` lays out up to this many linked nodes with live physics (``force``) and
more with the precomputed ``static`` layout: vis-network's force simulation takes
about 5 s to settle 450 nodes in headless Chromium and over 10 s from 800."""

LARGE_NODES = 1000
"""From this many linked nodes on, the static layout places communities side by
side instead of running networkx's spring layout over all of them (tens of
seconds at 5,000 nodes), and the page trades polish for speed."""

_SPRING_MAX_NODES = 150
"""A community up to this size is laid out with a spring layout, larger ones as a spiral.
(networkx's spring layout needs scipy, which kg does not depend on, from 500 nodes on.)"""
_POLYGON_MAX_NODES = 3
"""A community up to this size is set on a regular polygon, with no spring layout."""

_IMPROVED_LAYOUT_MAX_NODES = 150

COMMUNITY_COLOURS = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
    "#8C564B", "#7570B3", "#66A61E", "#B8860B", "#17BECF", "#E7298A",
)
"""The biggest communities get these (Okabe-Ito first, then distinct darker tones);
the rest share ``OTHER_COMMUNITY_COLOUR``."""
OTHER_COMMUNITY_COLOUR = "#A3AAB2"


@dataclass(frozen=True, slots=True)
class Community:
    """One community of the page's nodes.

    Attributes:
        number: 0 for the biggest, then by size, ties by the smallest member key.
        members: Node ids (entity keys and ``event/<id>``), sorted.
        label: Its best-known names ("Tony Blair · Gordon Brown").
        colour: Its colour when the page colours by community.
    """

    number: int
    members: tuple[str, ...]
    label: str
    colour: str


def link_graph(nodes: Iterable[str], links: Iterable[tuple[str, str]]) -> nx.Graph:
    """An undirected, weighted graph of the page's linked nodes, built in sorted order.

    >>> g = link_graph(["b", "a", "c"], [("a", "b"), ("b", "a"), ("c", "c")])
    >>> sorted(g.edges(data="weight")), sorted(g.nodes)
    ([('a', 'b', 2)], ['a', 'b'])
    """
    import networkx as nx

    weights: Counter[tuple[str, str]] = Counter()
    for a, b in links:
        if a != b:
            weights[(a, b) if a < b else (b, a)] += 1
    linked = {node for pair in weights for node in pair}
    nxg = nx.Graph()
    nxg.add_nodes_from(sorted(node for node in set(nodes) if node in linked))
    nxg.add_weighted_edges_from((a, b, weight) for (a, b), weight in sorted(weights.items()))
    return nxg


def communities(nxg: nx.Graph, names: dict[str, str], importance: dict[str, tuple]) -> list[Community]:
    """Louvain communities of ``nxg``, numbered by size, each labelled with its two
    most important names (``importance``: a sort key, smallest first).

    >>> g = link_graph("abcd", [("a", "b"), ("c", "d")])
    >>> [(c.number, c.members, c.label) for c in communities(g, {n: n.upper() for n in "abcd"}, {})]
    [(0, ('a', 'b'), 'A · B'), (1, ('c', 'd'), 'C · D')]
    """
    import networkx as nx

    found = nx.community.louvain_communities(nxg, weight="weight", seed=LAYOUT_SEED) if nxg else []
    groups = sorted((tuple(sorted(group)) for group in found), key=lambda members: (-len(members), members[0]))
    result = []
    for number, members in enumerate(groups):
        named = sorted((node for node in members if node in names), key=lambda node: (importance.get(node, ()), node))
        colour = COMMUNITY_COLOURS[number] if number < len(COMMUNITY_COLOURS) else OTHER_COMMUNITY_COLOUR
        result.append(Community(number, members, " · ".join(names[node] for node in named[:2]), colour))
    return result


def static_positions(nxg: nx.Graph, groups: list[Community]) -> dict[str, tuple[int, int]]:
    """Positions for physics-free drawing, in vis-network's pixel space, for linked nodes.

    Small graphs get one seeded spring layout. Larger ones are laid out community
    by community (spring inside small ones, a spiral with the best-connected
    members in the middle inside big ones), and the communities are set around a
    sunflower spiral, biggest in the middle, each taking room for its size: a
    picture of the structure in O(n) beyond the small communities.
    """
    import networkx as nx

    if not nxg:
        return {}
    if nxg.number_of_nodes() <= _SPRING_MAX_NODES:
        layout = nx.spring_layout(nxg, seed=LAYOUT_SEED, iterations=50)
        # Spread so that the mean node gets about 120 px of its own, whatever the graph size.
        scale = 120 * math.sqrt(nxg.number_of_nodes())
        return {node: (round(float(x) * scale), round(float(y) * scale)) for node, (x, y) in sorted(layout.items())}
    positions: dict[str, tuple[int, int]] = {}
    golden = math.pi * (3 - math.sqrt(5))
    area = 0.0
    for index, group in enumerate(groups):
        radius = 45 * math.sqrt(len(group.members))
        # Each community's centre sits where the spiral has made room for the area of
        # those before it and half of its own.
        distance = 1.15 * math.sqrt(area + math.pi * radius * radius / 2) if index else 0.0
        area += math.pi * (radius + 30) ** 2
        cx, cy = distance * math.cos(index * golden), distance * math.sin(index * golden)
        for node, (x, y) in _inside(_sorted_subgraph(nxg, group.members), radius).items():
            positions[node] = (round(cx + x), round(cy + y))
    return dict(sorted(positions.items()))


def _sorted_subgraph(nxg: nx.Graph, members: tuple[str, ...]) -> nx.Graph:
    """The subgraph of ``members``, its nodes and edges added in sorted order.

    ``nxg.subgraph`` iterates a set of the members when they are few, in an order
    that changes with the process's string hashing: the seeded spring layout would
    place them differently in every build.
    """
    import networkx as nx

    inside = set(members)
    sub = nx.Graph()
    sub.add_nodes_from(sorted(inside))
    sub.add_weighted_edges_from(
        sorted((a, b, weight) if a < b else (b, a, weight) for a, b, weight in nxg.edges(inside, data="weight")
               if a in inside and b in inside)
    )
    return sub


def _inside(nxg: nx.Graph, radius: float) -> dict[str, tuple[float, float]]:
    """Positions of one community's members within ``radius`` of its centre.

    >>> import networkx as nx
    >>> {node: (round(x), round(y)) for node, (x, y) in _inside(nx.Graph([("b", "a")]), 10.0).items()}
    {'a': (5, 0), 'b': (-5, 0)}
    """
    import networkx as nx

    count = nxg.number_of_nodes()
    if count <= _POLYGON_MAX_NODES:
        # A spring layout of two or three nodes is a line or a triangle anyway; most of
        # an archive's communities are that small, and each spring call costs ~1 ms.
        return {node: (radius / 2 * math.cos(2 * math.pi * i / count), radius / 2 * math.sin(2 * math.pi * i / count))
                for i, node in enumerate(sorted(nxg.nodes))}
    if count <= _SPRING_MAX_NODES:
        layout = nx.spring_layout(nxg, seed=LAYOUT_SEED, iterations=30)
        return {node: (float(x) * radius, float(y) * radius) for node, (x, y) in layout.items()}
    ranked = sorted(nxg.nodes, key=lambda node: (-nxg.degree(node, weight="weight"), node))
    golden = math.pi * (3 - math.sqrt(5))
    step = radius / math.sqrt(len(ranked))
    return {
        node: (step * math.sqrt(i) * math.cos(i * golden), step * math.sqrt(i) * math.sin(i * golden))
        for i, node in enumerate(ranked)
    }


def choose_layout(layout: str, node_count: int) -> str:
    """``layout``, with ``auto`` made ``force`` or ``static`` by the number of linked nodes.

    >>> choose_layout("auto", 10), choose_layout("auto", 5000), choose_layout("hierarchical", 5000)
    ('force', 'static', 'hierarchical')
    """
    if layout != "auto":
        return layout
    return "force" if node_count <= AUTO_FORCE_MAX_NODES else "static"


def vis_options(node_count: int, *, layout: str) -> dict[str, Any]:
    """vis-network's options for a page of ``node_count`` linked nodes in ``layout``.

    Node labels are not vis's: the page draws the most important ones itself,
    as many as fit without overlapping (see ``labels.js``).
    """
    large = node_count >= LARGE_NODES
    options: dict[str, Any] = {
        "autoResize": True,
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": node_count <= _IMPROVED_LAYOUT_MAX_NODES},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "borderWidthSelected": 4,
            "scaling": {"min": 6, "max": 34},
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
            # Redrawing 50,000 edges on every frame of a drag makes big graphs stutter.
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
        },
        "physics": {
            "enabled": layout == "force",
            "solver": "forceAtlas2Based",
            # A coarser Barnes-Hut approximation (theta) on big graphs: each iteration
            # costs about 100 ms at 5,000 nodes with the default 0.5.
            "forceAtlas2Based": {"theta": 1.2 if large else 0.5, "gravitationalConstant": -60, "springLength": 150,
                                 "springConstant": 0.06, "avoidOverlap": 0.2},
            "minVelocity": 1.0 if large else 0.75,
            # Fewer iterations on big graphs: loading fast matters more than the last bit of polish.
            "stabilization": {
                "enabled": layout == "force",
                "iterations": 80 if large else 600 if node_count < 200 else 300,
                "updateInterval": 25,
                "fit": True,
            },
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
