"""The merge of a streaming build on a Dask cluster (``kg build --dask ADDRESS --stream``).

The same steps as the local merge (``kg.runtime.stream.merge_here``), with the
same pure functions (``kg.resolve.directory``, ``kg.resolve.merging``), as
Dask bags: each parts file a partition, each "sort by key" a Dask shuffle
(``Bag.groupby``), each reduction a task on a worker. The client sends the
graph of tasks and gets back file names and counts; it never holds a document,
a profile or a record.

1. The directory: every document's profile rows, shuffled by key and joined
   into one profile per key, kept on the workers (``persist``). Each profile,
   shuffled by bucket, gives the linked pairs of its bucket; one task finds the
   components; the profiles of linked keys, shuffled by component, give the
   node keys that differ (``link_keys``), gathered by one task into the mapping,
   which stays on the cluster.
2. Filing: each parts file is filed with the mapping. Its events, positions,
   quotes and articles are sorted and written at once (ids are unique across
   documents); its entity rows and readings are shuffled by node key and by edge,
   and each shuffled partition is reduced to nodes and edges and written.

Every file goes to the build's folder, which every worker must read and write
at the same path: shared storage (NFS or a cluster file system) on a real
cluster. The client then reads the merged graph from there for the exports.
"""

from __future__ import annotations

import functools
import itertools
import operator
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.resolve import directory, merging
from kg.runtime.spill import Sorter
from kg.runtime.stream import read_parts, write_merged

_FIRST = operator.itemgetter(0)
_SHUFFLED = ("entities", "readings")
"""The kinds whose rows meet other documents' rows of the same key (a node, an edge)."""


def merge_on_dask(client: Any, parts_files: list[Path], folder: Path, *,
                  work: Path) -> tuple[dict[str, list[str]], dict[str, int], dict[str, float]]:
    """Link, file and reduce the parts of ``parts_files`` on the cluster of ``client``;
    the files written in ``folder`` by kind, the graph's counts and each step's seconds."""
    import dask
    import dask.bag as db

    paths = [str(path) for path in parts_files]
    if not paths:
        from kg.runtime.stream import merge_here

        return merge_here(parts_files, folder, work=work)
    shuffle = max(1, 2 * len(client.nthreads()))  # partitions of each shuffle: a few per worker
    files = db.from_sequence(paths, npartitions=len(paths))
    timings: dict[str, float] = {}

    started = time.perf_counter()
    profiles = files.map_partitions(_profile_rows).groupby(_FIRST, npartitions=shuffle).map(_joined)
    profiles = client.persist(profiles)
    pairs = profiles.map_partitions(_bucket_rows).groupby(_FIRST, npartitions=shuffle).map_partitions(_bucket_links)
    ids = dask.delayed(_components)(pairs.to_delayed())
    by_component = profiles.map_partitions(_by_component, ids).groupby(_FIRST, npartitions=shuffle)
    mapping = dask.delayed(_mapping)(by_component.map_partitions(_component_keys).to_delayed())
    mapping = client.persist(mapping)
    client.gather(client.compute(dask.delayed(len)(mapping)))  # the directory is done: time it apart
    timings["link"] = time.perf_counter() - started

    started = time.perf_counter()
    filed = files.map_partitions(_file, mapping, str(folder), str(work))
    written = filed.filter(_is_written)
    reduced = [
        filed.filter(functools.partial(_is_kind, kind)).map(_row)
        .groupby(merging.GROUP_KEYS[kind], npartitions=shuffle)
        .map_partitions(_reduce, kind, str(folder), str(work))
        for kind in _SHUFFLED
    ]
    results = client.gather(client.compute([written, *reduced]))
    del profiles, mapping  # release the directory on the workers
    timings["file"] = time.perf_counter() - started
    return _collect(itertools.chain.from_iterable(results)), _stats(itertools.chain.from_iterable(results)), timings


# -- the directory (kg.resolve.directory), partition by partition ------------------


def _profile_rows(paths: Iterable[str]) -> list[directory.ProfileRow]:
    return [row for path in paths for part in read_parts(path) for row in directory.profile_rows(part)]


def _joined(group: tuple[str, list[directory.ProfileRow]]) -> directory.ProfileRow:
    return directory.joined(group[1])


def _bucket_rows(rows: Iterable[directory.ProfileRow]) -> list[tuple[str, directory.ProfileRow]]:
    return [bucket_row for row in rows for bucket_row in directory.bucket_rows(row)]


def _bucket_links(groups: Iterable[tuple[str, list[tuple[str, directory.ProfileRow]]]]) -> list[tuple[str, str]]:
    return [pair for _bucket, rows in groups for pair in directory.bucket_links(row for _bucket, row in rows)]


def _components(partitions: list[list[tuple[str, str]]]) -> dict[str, str]:
    return directory.components(itertools.chain.from_iterable(partitions))


def _by_component(rows: Iterable[directory.ProfileRow], ids: dict[str, str]) -> list[tuple[str, directory.ProfileRow]]:
    return [(ids[row[0]], row) for row in rows if row[0] in ids]


def _component_keys(groups: Iterable[tuple[str, list[tuple[str, directory.ProfileRow]]]]) -> list[dict[str, str]]:
    return [directory.component_keys(row for _component, row in rows) for _component, rows in groups]


def _mapping(partitions: list[list[dict[str, str]]]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for part in itertools.chain.from_iterable(partitions):
        mapping.update(part)
    return mapping


# -- filing and reducing (kg.resolve.merging) -----------------------------------------


def _file(paths: Iterable[str], mapping: dict[str, str], folder: str, work: str) -> list[tuple]:
    """File each part of a parts file: its records written sorted at once (as one
    ("written", files, stats)), its entity rows and readings passed on (as (kind, row))
    for the shuffle. A list: three consumers read it, and an iterator reads once."""
    records = {kind: Sorter(work, key=merging.SORT_KEYS[kind], name=kind)
               for kind in ("events", "positions", "quotes", "articles")}
    counts = dict.fromkeys(("events", "positions", "quotes"), 0)
    shuffled: list[tuple] = []
    try:
        for path in paths:
            for part in read_parts(path):
                for kind, rows in merging.filed_rows(part, lambda key: mapping.get(key, key)).items():
                    if kind in records:
                        records[kind].extend(rows)
                    else:
                        shuffled.extend((kind, row) for row in rows)
                for kind in counts:
                    counts[kind] += len(getattr(part, kind))
        files, stats = write_merged(Path(folder), {kind: sorter.sorted() for kind, sorter in records.items()},
                                    work=Path(work))
    finally:
        for sorter in records.values():
            sorter.close()
    shuffled.append(("written", files, {**stats, **counts}))
    return shuffled


def _reduce(groups: Iterable[tuple[Any, list[tuple]]], kind: str, folder: str, work: str) -> list[tuple]:
    """One shuffled partition of entity rows (or readings), reduced to nodes (or edges)
    and written: [("written", files, stats)]."""
    sort_key = merging.SORT_KEYS[kind]
    with Sorter(work, key=sort_key, name=kind) as rows:
        for _key, group in groups:
            rows.extend(group)
        files, stats = write_merged(Path(folder), {kind: rows.sorted()}, work=Path(work))
    return [("written", files, stats)]


def _is_written(item: tuple) -> bool:
    return item[0] == "written"


def _is_kind(kind: str, item: tuple) -> bool:
    return item[0] == kind


def _row(item: tuple) -> tuple:
    return item[1]


def _collect(results: Iterable[tuple]) -> dict[str, list[str]]:
    files: dict[str, list[str]] = {}
    for _written, written_files, _stats in results:
        for kind, names in written_files.items():
            files.setdefault(kind, []).extend(names)
    return files


def _stats(results: Iterable[tuple]) -> dict[str, int]:
    names = ("documents", "entities", "described", "relations", "readings", "events", "positions", "quotes")
    totals = dict.fromkeys(names, 0)
    for _written, _files, stats in results:
        for name, count in stats.items():
            totals[name] += count
    return totals


__all__ = ["merge_on_dask"]
