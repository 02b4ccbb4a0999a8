"""Exporters: one module per target format, each reading only the graph.

``EXPORTERS`` maps a format name (the ``--format`` choices) to the file name it
writes and the function that writes it, imported lazily so that choosing one
format never imports another's dependencies.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kg.runtime.gc import paused

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


class Writer(Protocol):
    def __call__(self, graph: KnowledgeGraph, path: str | Path) -> Path: ...


@dataclass(frozen=True, slots=True)
class Exporter:
    """A format: the file it writes in the output folder and where its writer lives."""

    name: str
    filename: str
    target: str  # "module:function"
    description: str

    def writer(self) -> Writer:
        module, function = self.target.split(":")
        return getattr(importlib.import_module(module), function)

    def write(self, graph: KnowledgeGraph, folder: str | Path) -> Path:
        # Writers allocate many short-lived acyclic objects: see kg.runtime.gc.
        with paused():
            return self.writer()(graph, Path(folder) / self.filename)


EXPORTERS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        Exporter("ttl", "graph.ttl", "kg.export.rdf:write_turtle", "RDF Turtle"),
        Exporter("nt", "graph.nt", "kg.export.rdf:write_ntriples", "RDF N-Triples, sorted"),
        Exporter("trig", "graph.trig", "kg.export.rdf:write_trig", "RDF TriG, one named graph per article"),
        Exporter("jsonld", "graph.jsonld", "kg.export.jsonld:write_jsonld", "JSON-LD with its @context inline"),
        Exporter("ttl-star", "graph.star.ttl", "kg.export.rdf:write_turtle_star", "RDF 1.2 Turtle (RDF-star)"),
        Exporter("html", "graph.html", "kg.export.html.page:write_html", "interactive offline HTML view"),
        Exporter("cypher", "graph.cypher", "kg.export.cypher:write_cypher", "Cypher MERGE script (Neo4j 5, FalkorDB)"),
        Exporter("csv", "nodes.csv", "kg.export.csv:write_csv", "Neo4j bulk-import nodes.csv + relationships.csv"),
        Exporter("graphml", "graph.graphml", "kg.export.graphml:write_graphml", "GraphML (Gephi, yEd, networkx)"),
    )
}
DEFAULT_FORMATS = ("ttl", "html")
