"""``kg.build``: the one place where the stages are wired together.

sources → nlp → extract → resolve → graph. Documents stream through: each is
read lazily, looked up in the per-document cache (``kg.runtime.cache``), and if missing
parsed in batches with ``nlp.pipe``, extracted and resolved into a small
``DocumentGraph`` — in this process, a pool of processes or on a Dask cluster
(``kg.runtime.runners``, ``kg.runtime.dask``) — and folded into the ``KnowledgeGraph`` in
input order as it comes, so memory holds the graph plus a bounded window of
batches and every way of running gives the same graph.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ConfigError, InputError, InputWarning, KgError
from kg.graph import KnowledgeGraph, describe_stats
from kg.iris import DEFAULT_BASE_IRI
from kg.nlp.load import given_name, load_pipeline, pipeline_id
from kg.nlp.pieces import piece_limit
from kg.records import Document, DocumentGraph
from kg.resolve.across import ArticleLinker
from kg.runtime.cache import DocumentCache, Entry, document_key
from kg.runtime.gc import batch_thresholds
from kg.runtime.runners import Done, LocalRunner, ProcessPool, Settings, ordered
from kg.sources import Source, read_sources

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.spilled import SpilledGraph


@dataclass(frozen=True, slots=True)
class Progress:
    """What a progress callback hears after each document."""

    documents: int
    words: int
    seconds: float
    document: Document | None = None


@dataclass
class BuildReport:
    """What happened during a build: counts, time and the inputs that were skipped."""

    documents: int = 0
    words: int = 0
    seconds: float = 0.0
    skipped: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    pipeline: str = ""
    cached: int = 0
    """Documents taken from the per-document cache instead of parsed."""
    rejected: Counter[str] = field(default_factory=Counter)
    """NER spans rejected as names, by rule (``kg.extract.namelike.RULES``), over every document."""

    def summary(self, graph: KnowledgeGraph) -> str:
        """One line: documents, entities, relations, events, positions, quotes,
        seconds (and skipped inputs); a second line with the spans rejected as
        names, by rule, when there are any."""
        line = f"{describe_stats(graph.stats())} in {self.seconds:.1f} s"
        if self.skipped:
            line += f"; {len(self.skipped)} input(s) skipped"
        if self.rejected:
            ranked = sorted(self.rejected.items(), key=lambda item: (-item[1], item[0]))
            counts = ", ".join(f"{rule} {count}" for rule, count in ranked)
            total = sum(self.rejected.values())
            line += f"\nnot names: {total} span(s) rejected ({counts}); rules in kg/extract/namelike.py"
        return line


def build(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    base_iri: str = DEFAULT_BASE_IRI,
    batch_size: int = 32,
    workers: int = 1,
    cache: str | Path | None = None,
    dask: object | None = None,
    progress: Callable[[Progress], None] | None = None,
    report: BuildReport | None = None,
    spill: str | Path | None = None,
) -> KnowledgeGraph:
    """Build one knowledge graph from article files and folders.

    Args:
        paths: Files and folders (read recursively, in sorted order).
        model: spaCy pipeline name or path; default ``en_core_web_sm``.
        nlp: A loaded spaCy pipeline to use instead of ``model`` (checked like a named
            one; kg adds its ``kg_paragraphs`` component before the parser).
        base_iri: Namespace of the graph's IRIs.
        batch_size: Documents parsed together.
        workers: Processes that parse in parallel (the graph is the same for any number).
        cache: Folder of the per-document cache (``kg.runtime.cache``); ``None``: no cache.
        dask: A Dask scheduler address (or ``distributed.Client``) to run the
            per-document work on instead of local processes.
        progress: Called after each document.
        report: Filled with counts and the inputs that were skipped.
        spill: Build on disk in a new folder inside this one, with memory bounded
            whatever the number of articles (``kg.runtime.stream``); with ``dask``,
            the merge runs on the workers too, and the folder must be where every
            worker reads and writes it.

    Returns:
        The graph. Unreadable inputs are skipped and listed in ``report.skipped``.
        With ``spill``, a ``kg.spilled.SpilledGraph`` (the same reading API, for the
        exporters; ``close()`` deletes its folder).

    Raises:
        ModelError: the pipeline is not installed or lacks a parser, NER or
            sentences, or predicts NER labels kg does not know.
        ConfigError: bad settings (both ``model`` and ``nlp``; ``nlp`` with Dask).

    Example (loads the spaCy pipeline, so not run as a doctest)::

        >>> import kg
        >>> graph = kg.build(["seeds/"], workers=2)  # doctest: +SKIP
        >>> sorted(entity.label for entity in graph.entities() if entity.type == "Country")  # doctest: +SKIP
        ['Kazakhstan', 'Russia']
    """
    report = report if report is not None else BuildReport()
    documents = read_documents(paths, problems=report.skipped, warnings=report.warnings)
    if spill is not None:
        return _build_on_disk(  # type: ignore[return-value]
            documents, spill, base_iri=base_iri, dask=dask, report=report,
            model=model, nlp=nlp, batch_size=batch_size, workers=workers, cache=cache, progress=progress,
        )
    # The graph stores; the linker files each document under node keys (kg.resolve.across).
    graph = KnowledgeGraph(base_iri=base_iri, linker=ArticleLinker())
    parts = build_parts(
        documents,
        model=model,
        nlp=nlp,
        batch_size=batch_size,
        workers=workers,
        cache=cache,
        dask=dask,
        progress=progress,
        report=report,
    )
    for part in parts:
        graph.add(part)
    graph.pipeline = report.pipeline
    return graph


def _build_on_disk(
    documents: Iterable[Document], spill: str | Path, *, base_iri: str, dask: object | None, report: BuildReport,
    model: str | None, nlp: Language | None, batch_size: int, workers: int, cache: str | Path | None,
    progress: Callable[[Progress], None] | None,
) -> SpilledGraph:
    """``build`` on disk (see ``kg.runtime.stream``): parts spilled as they come,
    linked and merged at the end, here or on the Dask cluster."""
    from kg.runtime.spill import fresh_name, make_private_folder
    from kg.runtime.stream import StreamingBuild

    client, own = (None, False)
    if dask is not None:
        from kg.runtime.dask import connect

        client, own = connect(dask)
    streaming = StreamingBuild(fresh_name(make_private_folder(spill), "kg-build", suffix=""), base_iri=base_iri)
    try:
        parts = build_parts(
            documents, model=model, nlp=nlp, batch_size=batch_size, workers=workers, cache=cache, dask=client,
            progress=progress, report=report,
        )
        streaming.add_all(parts)
        return streaming.finish(pipeline=report.pipeline, dask=client)
    except BaseException:
        streaming.abandon()
        raise
    finally:
        if own and client is not None:
            client.close()


def read_documents(
    paths: Iterable[str | Path], *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    """Lazily read every article under ``paths``; bad ones go to ``problems``."""
    return read_sources(paths, problems=problems, warnings=warnings)


def build_parts(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    batch_size: int = 32,
    workers: int = 1,
    cache: str | Path | None = None,
    dask: object | None = None,
    piece_chars: int | None = None,
    progress: Callable[[Progress], None] | None = None,
    report: BuildReport | None = None,
) -> Iterator[DocumentGraph]:
    """Parse, extract and resolve each document; yields one ``DocumentGraph`` each, in input order.

    Documents found in ``cache`` are not parsed again; the others go, in batches
    of ``batch_size``, to this process, a pool of ``workers`` processes or the
    Dask cluster at ``dask``, with a bounded number of batches in flight.
    ``piece_chars`` bounds the text parsed as one spaCy ``Doc`` (see ``kg.nlp.pieces.parse_pieces``).
    ``model`` and ``nlp``: as for ``build``.
    """
    report = report if report is not None else BuildReport()
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, not {workers}")
    model = _pipeline_name(model, nlp, workers=workers, dask=dask)
    nlp = load_pipeline(model)
    report.pipeline = pipeline_id(nlp)
    settings = Settings(model=model, batch_size=max(1, batch_size), piece_chars=piece_chars)
    store = DocumentCache(cache) if cache is not None else None
    cache_settings = f"pieces {piece_limit(nlp, piece_chars)}"
    started = time.perf_counter()
    with batch_thresholds():  # millions of short-lived objects: see kg.runtime.gc
        runner = _runner(settings, workers=workers, dask=dask)
        try:
            tasks = _tasks(documents, store, report.pipeline, cache_settings, settings.batch_size)

            def submit(task: list[_Slot]) -> object:
                misses = [slot.document for slot in task if slot.entry is None]
                return _Merge(task, runner.submit(misses) if misses else Done([]))

            for task in ordered(submit, tasks, window=runner.window):
                for slot in task:
                    if store is not None and not slot.cached:
                        store.put(slot.key, slot.entry)
                    report.documents += 1
                    report.words += slot.entry.words
                    report.rejected.update(dict(slot.entry.part.rejected))
                    report.seconds = time.perf_counter() - started
                    if progress is not None:
                        progress(Progress(report.documents, report.words, report.seconds, slot.document))
                    yield slot.entry.part
        finally:
            runner.close()
    report.seconds = time.perf_counter() - started
    if store is not None:
        report.cached = store.hits


@dataclass(slots=True)
class _Slot:
    """One document on its way through ``build_parts``: its cache key and, once known, its entry."""

    document: Document
    key: str
    entry: Entry | None
    cached: bool


class _Merge:
    """The future of one task: the cached entries as they are, the fresh ones from the runner."""

    def __init__(self, task: list[_Slot], future: object) -> None:
        self.task = task
        self.future = future

    def result(self) -> list[_Slot]:
        fresh = iter(self.future.result())  # type: ignore[attr-defined]
        for slot in self.task:
            if slot.entry is None:
                slot.entry = next(fresh)
        return self.task


def _tasks(
    documents: Iterable[Document], store: DocumentCache | None, pipeline: str, settings: str, size: int
) -> Iterator[list[_Slot]]:
    """Group documents into tasks of up to ``size`` documents to parse (cache hits ride along)."""
    task: list[_Slot] = []
    misses = 0
    for document in documents:
        key = document_key(document, pipeline, settings=settings) if store is not None else ""
        entry = store.get(key) if store is not None else None
        task.append(_Slot(document, key, entry, entry is not None))
        misses += entry is None
        # A task also ends after many hits, so an all-cached build streams too.
        if misses >= size or len(task) >= 8 * size:
            yield task
            task, misses = [], 0
    if task:
        yield task


def _pipeline_name(model: str | None, nlp: Language | None, *, workers: int, dask: object | None) -> str | None:
    """The name every runner loads the pipeline by: ``model``, or the name a given
    ``nlp`` is known by in this process and the worker processes forked from it."""
    if nlp is None:
        return model
    if model is not None:
        raise ConfigError("give model (a pipeline's name) or nlp (a loaded pipeline), not both")
    if dask is not None or (workers > 1 and "fork" not in multiprocessing.get_all_start_methods()):
        raise ConfigError(
            "a loaded pipeline (nlp=...) runs in this process and its forks only, not on Dask or spawned "
            "workers; pass model=NAME or PATH instead"
        )
    return given_name(load_pipeline(nlp))


def _runner(settings: Settings, *, workers: int, dask: object | None):
    if dask is not None:
        from kg.runtime.dask import DaskRunner

        return DaskRunner(dask, settings)
    if workers > 1:
        return ProcessPool(workers, settings)
    return LocalRunner(settings)


def build_text(
    text: str,
    *,
    model: str | None = None,
    nlp: Language | None = None,
    base_iri: str = DEFAULT_BASE_IRI,
    title: str | None = None,
) -> KnowledgeGraph:
    """Build a graph from one article given as a string (no file needed).

    Args:
        text: The article; a leading ``date YYYY-MM-DD Title`` line gives its date and title.
        model: spaCy pipeline name or path; default ``en_core_web_sm``.
        nlp: A loaded spaCy pipeline instead of ``model`` (checked as for ``build``).
        base_iri: Namespace of the graph's IRIs.
        title: The article's title, if the text does not give one.

    Example (loads the spaCy pipeline, so not run as a doctest)::

        >>> import kg
        >>> graph = kg.build_text("Kazakhstan's president asked Russia for help.")  # doctest: +SKIP
        >>> sorted(entity.label for entity in graph.entities())  # doctest: +SKIP
        ['Kazakhstan', 'Russia']
    """
    from dataclasses import replace

    from kg.sources import parse_article

    document = parse_article(text, stem="text")
    if title:
        document = replace(document, title=title)
    report = BuildReport()
    graph = KnowledgeGraph(base_iri=base_iri, linker=ArticleLinker())
    graph.add_all(build_parts([document], model=model, nlp=nlp, report=report))
    graph.pipeline = report.pipeline
    return graph


__all__ = ["BuildReport", "KgError", "Progress", "Source", "build", "build_parts", "build_text", "read_documents"]
