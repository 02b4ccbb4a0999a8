"""The per-document unit of work, run in this process or in a pool of processes.

``process`` turns documents into ``Entry`` records (one ``DocumentGraph`` and a
word count each): parse with ``nlp.pipe`` in batches, extract (piece by piece
for long articles) and resolve. It depends on nothing but the document and the
pipeline, so it can run anywhere — here, in ``ProcessPool`` workers, or on a
Dask cluster (``kg.runtime.dask``) — and give the same records.

The runners (``LocalRunner``, ``ProcessPool``, ``kg.runtime.dask.DaskRunner``)
share one interface, ``submit(batch) -> future`` and a ``window``; the pipeline
keeps a bounded number of batches in flight and takes results in input order,
so ``--workers N`` gives the same graph, byte for byte, as one worker, and
memory stays bounded whatever the corpus size.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, TypeVar

from kg.extract.pieces import extract_document
from kg.nlp.load import load_pipeline
from kg.nlp.pieces import parse_pieces
from kg.records import Document
from kg.resolve import resolve
from kg.runtime.cache import Entry
from kg.runtime.gc import use_batch_thresholds

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs to process documents the same way."""

    model: str | None = None
    batch_size: int = 32
    piece_chars: int | None = None
    """Longest text parsed as one Doc (default ``kg.nlp.pieces.PIECE_CHARS``)."""


def process(documents: Iterable[Document], settings: Settings) -> Iterator[Entry]:
    """Parse, extract and resolve each document, in order; one ``Entry`` each."""
    nlp = load_pipeline(settings.model)
    for document, pieces in parse_pieces(nlp, documents, batch_size=settings.batch_size, limit=settings.piece_chars):
        words = 0

        def counted(pieces=pieces):
            nonlocal words
            for piece in pieces:
                words += len(piece.doc)
                yield piece

        extraction = extract_document(document, counted())
        yield Entry(part=resolve(extraction), words=words)


def process_batch(documents: list[Document], settings: Settings) -> list[Entry]:
    """``process`` over one batch, as a list (the task a pool or cluster worker runs).

    The batch runs in a spaCy memory zone: the vocabulary otherwise keeps every
    new word, number and name it meets for the life of the process, so a
    worker's memory would grow with the archive. Nothing spaCy allocated
    outlives the batch: an ``Entry`` holds plain Python values only.
    """
    with load_pipeline(settings.model).memory_zone():
        return list(process(documents, settings))


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive lists of ``size`` documents (the last may be shorter).

    >>> [len(batch) for batch in batches(range(5), 2)]
    [2, 2, 1]
    """
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


class Done:
    """A result that is already there, with the ``Future.result`` interface."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def result(self) -> object:
        return self.value


def ordered(submit: Callable[[T], Any], tasks: Iterable[T], *, window: int) -> Iterator[Any]:
    """Submit ``tasks`` with at most ``window`` in flight; yield their results in task order.

    ``submit(task)`` returns a ``concurrent.futures.Future`` (or anything with
    ``result()``). Bounded, unlike ``Pool.imap``, which reads all its input at once.

    >>> list(ordered(Done, [1, 2, 3], window=2))
    [1, 2, 3]
    """
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class LocalRunner:
    """Runs each batch in this process when it is submitted (one worker)."""

    window = 1

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def submit(self, documents: list[Document]) -> Done:
        return Done(process_batch(documents, self.settings))

    def close(self) -> None:
        pass


def _limit_threads() -> None:
    # N worker processes each running a multi-threaded BLAS on N cores oversubscribe the
    # machine; spaCy's small pipelines gain nothing from BLAS threads anyway.
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(1)


def _start_worker(settings: Settings) -> None:
    _limit_threads()
    use_batch_thresholds()
    load_pipeline(settings.model)


class ProcessPool:
    """``workers`` processes, each with the pipeline loaded once, running ``process_batch``.

    ``submit(batch)`` returns a future of the batch's entries; ``kg.runtime.runners.ordered``
    keeps them in input order.
    """

    def __init__(self, workers: int, settings: Settings) -> None:
        self.workers = workers
        self.settings = settings
        # fork shares the already loaded pipeline with the workers (no second load);
        # elsewhere spawn loads it once per worker in the initializer.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self._executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(settings,)
        )

    @property
    def window(self) -> int:
        """Batches in flight: two per worker, so none waits while results travel."""
        return 2 * self.workers

    def submit(self, documents: list[Document]) -> Future:
        return self._executor.submit(process_batch, documents, self.settings)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
