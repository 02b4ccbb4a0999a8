"""kg: a knowledge-graph builder for news text.

>>> import kg
>>> kg.__version__
'0.1.0'

The public API, each looked up on first use (``import kg`` loads nothing heavy
and has no side effects; the spaCy pipeline loads when a build needs it):

- ``kg.build(paths)`` / ``kg.build_text(text)``: articles to a ``KnowledgeGraph``;
- ``kg.write(graph, out, formats)``: the graph's exports, written atomically;
- ``kg.read_graph(path)``: a ``graph.ttl`` kg wrote, back into a ``KnowledgeGraph``;
- ``kg.load(graph_or_path, url)``: into FalkorDB, Neo4j, a SPARQL store, a folder or a plugin's store;
- ``kg.query(files_or_graph, sparql)``: read-only SPARQL.

>>> graph = kg.KnowledgeGraph()
>>> kg.query(graph, "ASK { ?s ?p ?o }").kind
'ask'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.export import write
    from kg.export.reader import read_graph
    from kg.graph import KnowledgeGraph
    from kg.pipeline import build, build_text
    from kg.stores import load
    from kg.stores.sparql import query
    from kg.version import __version__

_LAZY = {
    "__version__": "kg.version",
    "KnowledgeGraph": "kg.graph",
    "build": "kg.pipeline",
    "build_text": "kg.pipeline",
    "write": "kg.export",
    "read_graph": "kg.export.reader",
    "load": "kg.stores",
    "query": "kg.stores.sparql",
}
"""Each public name and the module it comes from, imported on first use."""

__all__ = ["KnowledgeGraph", "__version__", "build", "build_text", "load", "query", "read_graph", "write"]


def __getattr__(name: str) -> Any:
    # Lazy: `import kg` must stay cheap and free of side effects.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
