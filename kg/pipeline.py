"""``kg.build``: the one place where the stages are wired together.

sources → nlp → extract → resolve → graph. Documents stream through: each is
read lazily, parsed in batches with ``nlp.pipe``, reduced to a small
``DocumentGraph`` and folded into the ``KnowledgeGraph`` as it comes, so memory
holds the graph plus one batch.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, InputWarning, KgError
from kg.extract import extract
from kg.graph import DEFAULT_BASE_IRI, KnowledgeGraph
from kg.nlp import load_pipeline, parse, pipeline_id
from kg.records import Document, DocumentGraph
from kg.resolve import resolve
from kg.sources import Source, read_sources


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

    def summary(self, graph: KnowledgeGraph) -> str:
        """One line: documents, entities, relations, seconds (and skipped inputs)."""
        stats = graph.stats()
        line = (
            f"{stats['documents']} documents, {stats['entities']} entities, "
            f"{stats['relations']} relations in {self.seconds:.1f} s"
        )
        if self.skipped:
            line += f"; {len(self.skipped)} input(s) skipped"
        return line


def build(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    base_iri: str = DEFAULT_BASE_IRI,
    batch_size: int = 32,
    progress: Callable[[Progress], None] | None = None,
    report: BuildReport | None = None,
) -> KnowledgeGraph:
    """Build one knowledge graph from article files and folders.

    Args:
        paths: Files and folders (read recursively, in sorted order).
        model: spaCy pipeline name or path; default ``en_core_web_sm``.
        base_iri: Namespace of the graph's IRIs.
        batch_size: Documents parsed together.
        progress: Called after each document.
        report: Filled with counts and the inputs that were skipped.

    Returns:
        The graph. Unreadable inputs are skipped and listed in ``report.skipped``.
    """
    report = report if report is not None else BuildReport()
    documents = read_documents(paths, problems=report.skipped, warnings=report.warnings)
    graph = KnowledgeGraph(base_iri=base_iri)
    for part in build_parts(documents, model=model, batch_size=batch_size, progress=progress, report=report):
        graph.add(part)
    graph.pipeline = report.pipeline
    return graph


def read_documents(
    paths: Iterable[str | Path], *, problems: list[InputError], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    """Lazily read every article under ``paths``; bad ones go to ``problems``."""
    return read_sources(paths, problems=problems, warnings=warnings)


def build_parts(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    batch_size: int = 32,
    progress: Callable[[Progress], None] | None = None,
    report: BuildReport | None = None,
) -> Iterator[DocumentGraph]:
    """Parse, extract and resolve each document; yields one ``DocumentGraph`` each."""
    report = report if report is not None else BuildReport()
    nlp = load_pipeline(model)
    report.pipeline = pipeline_id(nlp)
    started = time.perf_counter()
    for document, doc in parse(nlp, documents, batch_size=batch_size):
        part = resolve(extract(document, doc))
        report.documents += 1
        report.words += len(doc)
        report.seconds = time.perf_counter() - started
        if progress is not None:
            progress(Progress(report.documents, report.words, report.seconds, document))
        yield part
    report.seconds = time.perf_counter() - started


def build_text(text: str, *, model: str | None = None, base_iri: str = DEFAULT_BASE_IRI, title: str | None = None) -> KnowledgeGraph:
    """Build a graph from one article given as a string (no file needed)."""
    from dataclasses import replace

    from kg.sources import parse_article

    document = parse_article(text, stem="text")
    if title:
        document = replace(document, title=title)
    report = BuildReport()
    graph = KnowledgeGraph(base_iri=base_iri).add_all(build_parts([document], model=model, report=report))
    graph.pipeline = report.pipeline
    return graph


__all__ = ["BuildReport", "KgError", "Progress", "Source", "build", "build_parts", "build_text", "read_documents"]
