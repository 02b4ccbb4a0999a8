"""A streaming build: an archive of any size into a graph on disk, with bounded memory.

``kg.build(..., spill=DIR)`` (and ``kg build --stream``) hands each document's
``DocumentGraph`` to a ``StreamingBuild`` as it comes; nothing of it stays in
memory:

1. ``add``: the part is written to a parts file (``parts/``), a thousand
   documents a file, in input order.
2. ``finish``: the directory links every document-level key to its node key
   from the keys' profiles (``kg.resolve.directory``); then each part is read
   back and filed under the node keys as rows (``kg.resolve.merging``), the rows
   of each kind sorted in runs on disk (``kg.runtime.spill``) and reduced, node
   by node and edge by edge, into sorted files of records beside ``graph.json``.
3. The result is a ``kg.spilled.SpilledGraph`` over those files: every exporter
   streams from it.

The records are those ``KnowledgeGraph`` would hold for the same documents, so
the exports are the same bytes. Memory is the run being sorted, a frame of rows
per run being merged, and the directory's share: the keys linked to others.
With Dask the merge runs on the workers instead (``kg.runtime.dask_merge``),
over the same files.
"""

from __future__ import annotations

import dataclasses
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from kg.records import DocumentGraph, Entity
from kg.resolve.directory import link_directory, profile_rows
from kg.resolve.merging import KINDS, RECORDS, SORT_KEYS, edges, filed_rows, nodes
from kg.runtime.codec import decoder, encoder
from kg.runtime.spill import RUN_SIZE, Sorter, fresh_name, make_private_folder, read_rows, write_frames, write_rows
from kg.spilled import SpilledGraph, write_manifest

PARTS_PER_FILE = 1_000
"""Documents per parts file: the unit of work of the Dask merge (a bag partition)."""


class StreamingBuild:
    """Documents' parts in, a ``SpilledGraph`` out (see the module docstring).

    Args:
        folder: A folder of its own for this build (created; kg writes only inside it).
        base_iri: Namespace of the graph's IRIs.
        run_size: Rows each sort holds in memory before writing a run.
        parts_per_file: Documents per parts file.
    """

    def __init__(self, folder: str | Path, *, base_iri: str, run_size: int | None = None,
                 parts_per_file: int = PARTS_PER_FILE) -> None:
        self.folder = make_private_folder(folder)
        self.base_iri = base_iri
        self.run_size = run_size
        self.parts_per_file = max(1, parts_per_file)
        self.parts_folder = make_private_folder(self.folder / "parts")
        self.parts_files: list[Path] = []
        self.documents = 0
        self._stream: IO[bytes] | None = None
        self._in_file = 0
        self._encode = encoder(DocumentGraph)
        self.timings: dict[str, float] = {}

    def add(self, part: DocumentGraph) -> None:
        """Write one document's part to disk."""
        if self._stream is None:
            path = self.parts_folder / f"parts-{len(self.parts_files):06d}.rows"
            self.parts_files.append(path)
            self._stream = open(path, "wb")  # noqa: SIM115 (closed when the file is full, or by finish)
            self._in_file = 0
        write_frames(self._stream, [self._encode(part)])
        self.documents += 1
        self._in_file += 1
        if self._in_file >= self.parts_per_file:
            self._close_file()

    def add_all(self, parts: Iterable[DocumentGraph]) -> StreamingBuild:
        for part in parts:
            self.add(part)
        return self

    def _close_file(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def finish(self, *, pipeline: str = "", dask: object | None = None) -> SpilledGraph:
        """Link, file and merge every part added; the graph, on disk in ``folder``
        (the parts and the sorts' runs are deleted).

        Args:
            pipeline: Name and version of the spaCy pipeline that read the documents.
            dask: A ``distributed.Client`` to merge on the cluster's workers (``folder``
                must then be where every worker reads and writes it); ``None`` merges here.
        """
        self._close_file()
        work = make_private_folder(self.folder / "work")
        if dask is not None:
            from kg.runtime.dask_merge import merge_on_dask

            files, stats, timings = merge_on_dask(dask, self.parts_files, self.folder, work=work)
        else:
            files, stats, timings = merge_here(self.parts_files, self.folder, work=work, run_size=self.run_size)
        write_manifest(self.folder, base_iri=self.base_iri, pipeline=pipeline, stats=stats, files=files,
                       timings=timings)
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(self.parts_folder, ignore_errors=True)
        return SpilledGraph(self.folder)

    def abandon(self) -> None:
        """Delete everything written so far (a build that failed or was interrupted)."""
        self._close_file()
        shutil.rmtree(self.folder, ignore_errors=True)


def read_parts(path: str | Path) -> Iterator[DocumentGraph]:
    """The parts a ``StreamingBuild`` wrote to one parts file, in order."""
    decode = decoder(DocumentGraph)
    return (decode(row) for row in read_rows(path))


def merge_here(parts_files: list[Path], graph_folder: Path, *, work: Path,
               run_size: int | None = None) -> tuple[dict[str, list[str]], dict[str, int], dict[str, float]]:
    """The merge in this process: link, file, sort and reduce (see the module docstring).

    Returns:
        The files of each kind in ``graph_folder``, the graph's counts and the
        seconds of each step.
    """
    timings: dict[str, float] = {}
    started = time.perf_counter()
    profiles = (row for path in parts_files for part in read_parts(path) for row in profile_rows(part))
    mapping = link_directory(profiles, work, run_size=run_size)
    timings["link"] = time.perf_counter() - started

    started = time.perf_counter()
    # The sorts of every kind fill at the same time, so they share one budget of rows
    # in memory: at RUN_SIZE each, six full sorts held 400 MB more at 20,000 articles.
    share = max(1, (RUN_SIZE if run_size is None else run_size) // len(KINDS))
    sorters = {kind: Sorter(work, key=SORT_KEYS[kind], run_size=share, name=kind) for kind in KINDS}
    counts = dict.fromkeys(("events", "positions", "quotes"), 0)
    try:
        for path in parts_files:
            for part in read_parts(path):
                for kind, rows in filed_rows(part, lambda key: mapping.get(key, key)).items():
                    sorters[kind].extend(rows)
                for kind in counts:
                    counts[kind] += len(getattr(part, kind))
        timings["file"] = time.perf_counter() - started
        started = time.perf_counter()
        merged = {kind: sorter.sorted() for kind, sorter in sorters.items()}
        files, stats = write_merged(graph_folder, merged, work=work, run_size=run_size)
        timings["reduce"] = time.perf_counter() - started
    finally:
        for sorter in sorters.values():
            sorter.close()
    return files, {**stats, **counts}, timings


def write_merged(graph_folder: Path, rows: dict[str, Iterator[tuple]], *, work: Path,
                 run_size: int | None = None) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Reduce sorted rows of each kind (``kg.resolve.merging``) into the files of a
    merged graph, under fresh names in ``graph_folder``; the files written, by kind,
    and the graph's counts of what they hold (documents, entities, relations, readings).

    ``rows`` may hold some kinds only (a Dask partition holds its share of one or
    two); ``work`` takes the runs of the headlines' sort.
    """
    files: dict[str, list[str]] = {}
    stats: dict[str, int] = {}

    def write(kind: str, records: Iterable[tuple], stat: str | None = None) -> None:
        path = fresh_name(graph_folder, kind)
        count = write_rows(path, records)
        files.setdefault(kind, []).append(path.name)
        if stat is not None:
            stats[stat] = stats.get(stat, 0) + count

    if "entities" in rows:
        entities = _Counted(nodes(rows["entities"]), counts=lambda node: node[1][_DESCRIBED])
        write("entities", entities, "entities")
        stats["described"] = entities.counted
    if "readings" in rows:
        readings = _Counted(rows["readings"])
        write("edges", edges(readings), "relations")
        stats["readings"] = readings.count
    for kind in RECORDS:
        if kind in rows:
            write(kind, rows[kind])
    if "articles" in rows:
        with Sorter(work, run_size=run_size, name="headlines") as headlines:
            write("articles", _headlines(rows["articles"], headlines), "documents")
            write("headlines", headlines.sorted())
    return files, stats


def _headlines(rows: Iterable[tuple], headlines: Sorter) -> Iterator[tuple]:
    """Article rows, passed through; the id of each headline's event goes to ``headlines``."""
    for row in rows:
        if row[2] is not None:
            headlines.add((row[2],))
        yield row


class _Counted:
    """An iterator that counts what passes through it (``count``), and the rows ``counts``
    is true of (``counted``)."""

    def __init__(self, rows: Iterator[tuple], counts: Callable[[tuple], bool] | None = None) -> None:
        self.rows, self.count, self.counted, self.counts = rows, 0, 0, counts

    def __iter__(self) -> Iterator[tuple]:
        for row in self.rows:
            self.count += 1
            if self.counts is not None and self.counts(row):
                self.counted += 1
            yield row


# Where an encoded Entity (kg.runtime.codec) holds ``described``.
_DESCRIBED = [field.name for field in dataclasses.fields(Entity)].index("described")


__all__ = ["PARTS_PER_FILE", "StreamingBuild", "merge_here", "read_parts", "write_merged"]
