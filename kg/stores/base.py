"""What every store loader shares: the error, progress and report types, and safe messages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

DEFAULT_BATCH_SIZE = 500


class LoadError(KgError):
    """A store cannot be reached or refused the data."""


@dataclass(frozen=True, slots=True)
class LoadProgress:
    """How far a load is: ``done`` of ``total`` items of ``stage``
    (``"nodes"``, ``"relationships"``, ``"statements"`` or ``"triples"``)."""

    stage: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What a load sent where, and how long it took."""

    target: str
    nodes: int = 0
    relationships: int = 0
    triples: int = 0
    statements: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [f"{self.nodes} nodes, {self.relationships} relationships"] if self.nodes or self.relationships else []
        if self.triples:
            parts.append(f"{self.triples} triples")
        if self.statements:
            parts.append(f"{self.statements} statements")
        return f"loaded {', '.join(parts) or 'nothing'} into {self.target} in {self.seconds:.2f} s"


ProgressCallback = Callable[[LoadProgress], None]
Run = Callable[[str, dict[str, Any]], None]
"""Runs one parameterised Cypher query."""


def ntriples(graph: KnowledgeGraph) -> tuple[str, int]:
    """The RDF export as N-Triples text, and its number of triples, for the RDF stores."""
    # N-Triples, not Turtle: the same triples, and rdflib writes it several times faster.
    from kg.export.rdf import to_rdflib

    rdf = to_rdflib(graph)
    return rdf.serialize(format="nt11"), len(rdf)


def safe_url(url: str) -> str:
    """``url`` without its password, for messages.

    >>> safe_url("bolt://neo4j:secret@db:7687/news")
    'bolt://neo4j@db:7687/news'
    """
    parts = urlsplit(url)
    if not parts.password:
        return url
    netloc = (parts.username or "") + "@" + (parts.hostname or "")
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
