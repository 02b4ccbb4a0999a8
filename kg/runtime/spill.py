"""Rows on disk: files of rows, and sorting more rows than memory holds.

A streaming build (``kg.runtime.stream``) keeps on disk what a whole archive
says, and the exporters read it back in the orders they write. Two tools serve
both:

- row files: tuples of plain values (see ``kg.runtime.codec``) written with
  ``marshal`` in frames of a few hundred rows, read back one row at a time;
- ``Sorter``: rows added in any number come back in order. They are kept in
  memory up to ``run_size`` rows, then sorted and written as a run; every
  ``FAN_IN`` runs of one level are merged into one run of the next, and reading
  merges what is left with ``heapq.merge``. Memory is one run while adding and
  one frame per open run while reading, whatever the number of rows. Equal keys keep
  the order they were added in, as ``sorted`` does, so the result is the same
  bytes as sorting everything in memory.

A folder of ``None`` keeps everything in memory (a small build, or a graph that
is in memory anyway).
"""

from __future__ import annotations

import heapq
import itertools
import marshal
import os
import secrets
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

RUN_SIZE = 100_000
"""Rows a sorter holds before it writes them as a sorted run (tens of MB of rows)."""
FAN_IN = 64
"""Runs of one level merged into one run of the next (in order) once there are this
many, so the final merge of a sort reads fewer than ``FAN_IN`` files per level: at
``RUN_SIZE`` rows a run, under 64 files up to 6.4M rows, under 128 up to 409M (a
million news articles give some 100M), each open with one frame in memory, where
operating systems often allow a process 1,024 open files."""
_FRAME = 512
"""Rows per marshal frame: big enough that the per-call cost vanishes, small
enough that a merge of many runs holds little."""

Row = Any
Key = Callable[[Row], Any]


def write_frames(stream: IO[bytes], rows: Iterable[Row]) -> int:
    """Write ``rows`` to an open binary file in frames; returns how many."""
    count = 0
    for frame in _chunks(rows, _FRAME):
        marshal.dump(frame, stream)
        count += len(frame)
    return count


def write_rows(path: str | Path, rows: Iterable[Row]) -> int:
    """Write ``rows`` to a new file at ``path``; returns how many."""
    with open(path, "wb") as stream:
        return write_frames(stream, rows)


def read_rows(path: str | Path) -> Iterator[Row]:
    """The rows of a file ``write_rows`` wrote, in order, one frame in memory at a time."""
    with open(path, "rb", buffering=1 << 16) as stream:
        while True:
            try:
                frame = marshal.load(stream)
            except EOFError:
                return
            yield from frame


def merge_files(paths: Iterable[str | Path], *, key: Key | None = None) -> Iterator[Row]:
    """The rows of several files, each sorted by ``key``, as one sorted stream
    (on equal keys, the earlier file's rows first)."""
    return heapq.merge(*(read_rows(path) for path in paths), key=key)


def fresh_name(folder: Path, stem: str, suffix: str = ".rows") -> Path:
    """A new name in ``folder`` (not created): ``stem``, a random tag, ``suffix``."""
    return folder / f"{stem}.{secrets.token_hex(6)}{suffix}"


class Sorter:
    """Rows in, the same rows out in order of ``key`` (the whole row if ``None``).

    Args:
        folder: Where runs are written; ``None`` keeps every row in memory.
        key: Sort key of a row.
        run_size: Rows held in memory before a run is written (default ``RUN_SIZE``,
            read when the sorter is made).
        name: Stem of the run files, for whoever looks into the folder.
    """

    def __init__(self, folder: str | Path | None, *, key: Key | None = None, run_size: int | None = None,
                 name: str = "run") -> None:
        self.folder = None if folder is None else Path(folder)
        self.key = key
        self.run_size = max(1, RUN_SIZE if run_size is None else run_size)
        self.name = name
        self.rows: list[Row] = []
        self.runs: list[Path] = []
        self.levels: list[int] = []
        """How many merges made each run (0: written from memory), parallel to ``runs``."""
        self.count = 0

    def add(self, row: Row) -> None:
        self.rows.append(row)
        self.count += 1
        if self.folder is not None and len(self.rows) >= self.run_size:
            self._spill()

    def extend(self, rows: Iterable[Row]) -> None:
        for row in rows:
            self.add(row)

    def _spill(self) -> None:
        assert self.folder is not None
        self.rows.sort(key=self.key)
        path = fresh_name(self.folder, self.name)
        write_rows(path, self.rows)
        self.runs.append(path)
        self.levels.append(0)
        self.rows = []
        self._cascade()

    def _cascade(self) -> None:
        """Merge the last ``FAN_IN`` runs into one while they are of one level. Runs
        stay in the order they were written (levels never grow towards the end), so
        rows of equal keys keep their order: the same output as one merge of all."""
        while len(self.levels) >= FAN_IN and len(set(self.levels[-FAN_IN:])) == 1:
            assert self.folder is not None
            merged = fresh_name(self.folder, self.name)
            write_rows(merged, merge_files(self.runs[-FAN_IN:], key=self.key))
            for path in self.runs[-FAN_IN:]:
                path.unlink(missing_ok=True)
            level = self.levels[-1] + 1
            del self.runs[-FAN_IN:], self.levels[-FAN_IN:]
            self.runs.append(merged)
            self.levels.append(level)

    def sorted(self) -> Iterator[Row]:
        """Every row added, in order; the sorter can be read again (runs stay until ``close``)."""
        self.rows.sort(key=self.key)
        if not self.runs:
            return iter(self.rows)
        return heapq.merge(*(read_rows(path) for path in self.runs), iter(self.rows), key=self.key)

    def close(self) -> None:
        """Delete the runs."""
        for path in self.runs:
            path.unlink(missing_ok=True)
        self.runs = []
        self.levels = []
        self.rows = []

    def __enter__(self) -> Sorter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def sort_rows(rows: Iterable[Row], *, folder: str | Path | None, key: Key | None = None,
              run_size: int | None = None, name: str = "run") -> Iterator[Row]:
    """``rows`` in order of ``key``, through a ``Sorter`` whose runs are deleted when
    the result has been read (or dropped)."""
    sorter = Sorter(folder, key=key, run_size=run_size, name=name)
    sorter.extend(rows)
    return _closing(sorter.sorted(), sorter)


def _closing(rows: Iterator[Row], sorter: Sorter) -> Iterator[Row]:
    try:
        yield from rows
    finally:
        sorter.close()


def distinct(rows: Iterable[Row], key: Key | None = None) -> Iterator[Row]:
    """Sorted ``rows`` without repeats: the first of each run of equal keys.

    >>> list(distinct([1, 1, 2, 3, 3]))
    [1, 2, 3]
    """
    if key is None:
        return (row for row, _group in itertools.groupby(rows))
    return (next(group) for _key, group in itertools.groupby(rows, key=key))


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def spool(folder: str | Path | None) -> IO[str]:
    """A text file to write a part of an export into and read back, before the part
    that goes first is known (a count, the keys a header declares): in memory for a
    graph in memory, on disk past a few MB in ``folder`` otherwise."""
    limit = 0 if folder is None else 8 << 20  # 0: never leaves memory
    return tempfile.SpooledTemporaryFile(max_size=limit, mode="w+", encoding="utf-8", newline="\n",
                                         dir=None if folder is None else str(folder))


def make_private_folder(path: str | Path) -> Path:
    """Create ``path`` (and its parents) if missing, readable by its owner only when new."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    if not any(folder.iterdir()):
        os.chmod(folder, 0o700)
    return folder


__all__ = [
    "FAN_IN", "RUN_SIZE", "Sorter", "distinct", "merge_files", "read_rows", "sort_rows", "spool", "write_frames",
    "write_rows",
]
