"""A graph merged on disk by a streaming build, read back as a stream.

``SpilledGraph`` answers what the exporters ask a ``KnowledgeGraph``
(``entities()``, ``edges()``, ``events()``, ``positions()``, ``quotes()``,
``articles()``, ``headline_events()``, ``stats()``), in the same orders and with
the same records, but holds none of them: each call reads the folder a
streaming build (``kg.runtime.stream``) wrote. Each kind of record is one or
more files of sorted rows, (sort key, encoded record) each (one file from a
local build, one per partition from Dask); reading merges them
(``heapq.merge``), so memory holds one frame of rows per file.

The folder holds ``graph.json`` (the base IRI, the pipeline, the counts and the
files of each kind) beside the row files. Exporters sort what they must (the
RDF orders) with ``spill_folder`` for their runs, so a whole archive is written
with bounded memory.
"""

from __future__ import annotations

import json
import operator
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.records import Document, Edge, Entity, Event, Position, Quote
from kg.runtime.codec import decoder
from kg.runtime.spill import merge_files, read_rows

MANIFEST = "graph.json"
FORMAT = 1
KINDS = ("entities", "edges", "events", "positions", "quotes", "articles", "headlines")
"""The files of a merged graph: records of each kind, and the sorted ids of the
events that articles' headlines restate."""

_RECORDS: dict[str, type] = {
    "entities": Entity, "edges": Edge, "events": Event, "positions": Position, "quotes": Quote,
}
_BY_KEY = operator.itemgetter(0)


class SpilledGraph:
    """A merged graph in ``folder``, read as a stream (see the module docstring).

    Args:
        folder: The folder a streaming build wrote (``graph.json`` and row files).
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        manifest = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise ValueError(f"{self.folder}: not a merged graph of format {FORMAT}")
        self.base_iri: str = manifest["base_iri"]
        self.pipeline: str = manifest["pipeline"]
        self._stats: dict[str, int] = manifest["stats"]
        self._files: dict[str, list[str]] = manifest["files"]
        self.timings: dict[str, float] = manifest.get("timings", {})
        """Seconds the build spent in each step of the merge."""

    @property
    def spill_folder(self) -> Path:
        """Where exporters write the runs of their sorts (created on first use)."""
        folder = self.folder / "sort"
        folder.mkdir(exist_ok=True)
        return folder

    def _rows(self, kind: str) -> Iterator[Any]:
        paths = [self.folder / name for name in self._files.get(kind, [])]
        if len(paths) == 1:
            return read_rows(paths[0])
        return merge_files(paths, key=_BY_KEY)

    def _records(self, kind: str) -> Iterator[Any]:
        decode = decoder(_RECORDS[kind])
        return (decode(row) for _key, row in self._rows(kind))

    def entities(self) -> Iterator[Entity]:
        """Every entity, in key order."""
        return self._records("entities")

    def edges(self) -> Iterator[Edge]:
        """Every plain edge with its readings, in (subject, predicate, object) order."""
        return self._records("edges")

    def events(self) -> Iterator[Event]:
        """Every event, under node keys, in id order."""
        return self._records("events")

    def positions(self) -> Iterator[Position]:
        """Every position held, in id order."""
        return self._records("positions")

    def quotes(self) -> Iterator[Quote]:
        """Every quote, in id order."""
        return self._records("quotes")

    def articles(self) -> Iterator[tuple[Document, str | None]]:
        """Each document with the id of the event its headline restates, in id order."""
        decode = decoder(Document)
        return ((decode(row), headline) for _key, row, headline in self._rows("articles"))

    def headline_events(self) -> Iterator[str]:
        """The ids of the events articles' headlines restate, sorted."""
        return (row[0] for row in self._rows("headlines"))

    def stats(self) -> dict[str, int]:
        """How many documents, entities, edges (and their readings), events, positions and quotes."""
        return dict(self._stats)

    def __len__(self) -> int:
        return self._stats["entities"]

    def close(self) -> None:
        """Delete the folder and everything in it."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> SpilledGraph:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def write_manifest(folder: Path, *, base_iri: str, pipeline: str, stats: dict[str, int],
                   files: dict[str, list[str]], timings: dict[str, float] | None = None) -> None:
    """Write ``graph.json``: what ``SpilledGraph`` needs to read the row files in ``folder``."""
    manifest = {
        "format": FORMAT, "base_iri": base_iri, "pipeline": pipeline, "stats": stats,
        "files": {kind: sorted(files.get(kind, [])) for kind in KINDS}, "timings": timings or {},
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")


__all__ = ["KINDS", "MANIFEST", "SpilledGraph", "write_manifest"]
