"""An example kg plugin: the graph's edges as TSV, as an export format and as a store.

kg finds both through the entry points in this package's ``pyproject.toml``
(``kg.exporters``: ``tsv``; ``kg.stores``: ``tsvdir``), imports this module only
when one of them is used, and calls ``TSV_EXPORTER.write`` or ``TSV_STORE.load``.

>>> import kg
>>> to_tsv(kg.KnowledgeGraph())
'subject\\tpredicate\\tobject\\n'
"""

from __future__ import annotations

import csv
import io
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from kg.runtime.atomic import atomic_write
from kg.stores.base import LoadError, LoadProgress, LoadReport, ProgressCallback

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

FILENAME = "edges.tsv"


def edge_rows(graph: KnowledgeGraph) -> list[tuple[str, str, str]]:
    """Each edge as (subject label, predicate, object label), sorted."""
    return sorted((graph.entity(edge.subject).label, edge.key, graph.entity(edge.object).label) for edge in graph.edges())


def to_tsv(graph: KnowledgeGraph) -> str:
    """The edges as tab-separated values with a header; the csv module quotes tabs and newlines."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(("subject", "predicate", "object"))
    writer.writerows(edge_rows(graph))
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class TsvExporter:
    """The ``tsv`` export format: ``edges.tsv`` in the output folder."""

    filename: str = FILENAME
    description: str = "edges as tab-separated subject, predicate, object labels"

    def write(self, graph: KnowledgeGraph, folder: str | Path) -> Path:
        return atomic_write(Path(folder) / self.filename, to_tsv(graph))


@dataclass(frozen=True, slots=True)
class TsvFolderStore:
    """The ``tsvdir://`` store: ``tsvdir:///PATH`` keeps the graph's edges in ``PATH/edges.tsv``;
    loading again replaces the file, so it never holds an edge twice."""

    description: str = "a folder holding edges.tsv: tsvdir:///PATH"

    def load(
        self,
        graph: KnowledgeGraph,
        url: str,
        *,
        batch_size: int,
        graph_iri: str | None,
        progress: ProgressCallback | None,
    ) -> LoadReport:
        started = time.perf_counter()
        parts = urlsplit(url)
        folder = Path(unquote(parts.netloc + parts.path))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LoadError(f"{folder}: cannot create the store folder ({error.strerror or error})") from error
        rows = edge_rows(graph)
        atomic_write(folder / FILENAME, to_tsv(graph))
        if progress is not None:
            progress(LoadProgress("relationships", len(rows), len(rows)))
        return LoadReport(f"TSV folder {folder}", relationships=len(rows), seconds=time.perf_counter() - started)


TSV_EXPORTER = TsvExporter()
TSV_STORE = TsvFolderStore()
