"""Export formats by name: kg's own (``EXPORTERS``), those registered at run time, and plugins.

A plugin package declares its format in the ``kg.exporters`` entry-point group
(see ``kg.plugins``); the entry point's name is the format name and its object
an ``Exporter``. ``format_names`` lists every format without importing any
writer or plugin; ``get_exporter`` imports one when it is chosen; ``write``
writes several into one folder.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from kg.errors import ExportError, KgError, printable
from kg.plugins import Registry
from kg.runtime.gc import paused

if TYPE_CHECKING:
    from kg.graph import GraphView

GROUP = "kg.exporters"
"""The entry-point group of export-format plugins."""


@runtime_checkable
class Exporter(Protocol):
    """What an export format offers: a file name, a one-line description and a writer.

    A plugin's entry point names an object with these attributes. Its module
    should stay cheap to import (``kg formats`` imports it to show the
    description): import a heavy library inside ``write``, as kg's own do.

    A frozen dataclass with ``filename`` and ``description`` fields does (see
    ``LazyExporter`` and tests/plugins/kg_example_plugin).
    """

    @property
    def filename(self) -> str:
        """The file ``write`` creates in the output folder (the first, if several)."""
        ...

    @property
    def description(self) -> str:
        """One line for ``kg formats``."""
        ...

    def write(self, graph: GraphView, folder: str | Path) -> Path:
        """Write ``graph`` into ``folder`` (which exists), replacing the file atomically.

        Returns:
            The path written.

        Raises:
            KgError: the export failed; ``OSError`` is reported the same way.
        """
        ...


class Writer(Protocol):
    def __call__(self, graph: GraphView, path: str | Path) -> Path: ...


@dataclass(frozen=True, slots=True)
class LazyExporter:
    """One of kg's formats: the writer is named as ``module:function`` and imported
    on first use, so choosing one format never imports another's dependencies."""

    name: str
    filename: str
    target: str
    description: str

    def writer(self) -> Writer:
        module, function = self.target.split(":")
        writer: Writer = getattr(importlib.import_module(module), function)
        return writer

    def write(self, graph: GraphView, folder: str | Path) -> Path:
        # Writers allocate many short-lived acyclic objects: see kg.runtime.gc.
        with paused():
            return self.writer()(graph, Path(folder) / self.filename)


EXPORTERS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        LazyExporter("ttl", "graph.ttl", "kg.export.rdf:write_turtle", "RDF Turtle"),
        LazyExporter("nt", "graph.nt", "kg.export.rdf:write_ntriples", "RDF N-Triples, sorted"),
        LazyExporter("trig", "graph.trig", "kg.export.rdf:write_trig", "RDF TriG, one named graph per article"),
        LazyExporter("jsonld", "graph.jsonld", "kg.export.jsonld:write_jsonld", "JSON-LD with its @context inline"),
        LazyExporter("ttl-star", "graph.star.ttl", "kg.export.rdf:write_turtle_star", "RDF 1.2 Turtle (RDF-star)"),
        LazyExporter("html", "graph.html", "kg.export.html.page:write_html", "interactive offline HTML view"),
        LazyExporter(
            "cypher", "graph.cypher", "kg.export.cypher:write_cypher", "Cypher MERGE script (Neo4j 5, FalkorDB)"
        ),
        LazyExporter("csv", "nodes.csv", "kg.export.csv:write_csv", "Neo4j bulk-import nodes.csv + relationships.csv"),
        LazyExporter("graphml", "graph.graphml", "kg.export.graphml:write_graphml", "GraphML (Gephi, yEd, networkx)"),
    )
}
"""kg's own formats and those added by ``register_exporter``; plugins are looked up beside them."""

DEFAULT_FORMATS = ("ttl", "html")

PLUGINS: Registry[Exporter] = Registry(
    GROUP,
    "export format",
    EXPORTERS,
    check=lambda entry: isinstance(entry, Exporter),
    expected="an Exporter (filename, description, write)",
)


def register_exporter(name: str, exporter: Exporter, *, replace: bool = False) -> None:
    """Make ``exporter`` available as format ``name`` in this process (no packaging needed).

    Raises:
        ConfigError: ``name`` is taken and ``replace`` is not set, or ``exporter`` is not an ``Exporter``.
    """
    PLUGINS.register(name, exporter, replace=replace)


def format_names() -> list[str]:
    """Every format name, kg's first, then plugins' (alphabetical); imports no writer or plugin.

    >>> format_names()[:3]
    ['ttl', 'nt', 'trig']
    """
    return PLUGINS.names()


def get_exporter(name: str) -> Exporter:
    """The exporter of format ``name``, importing its plugin if it is one.

    Raises:
        ConfigError: no format is called ``name`` (the message lists them).
        PluginError: the plugin cannot be imported or is not an ``Exporter``.
    """
    return PLUGINS.get(name)


@dataclass(frozen=True, slots=True)
class Written:
    """One format's outcome in ``write``: the file written, or the error that stopped it."""

    format: str
    path: Path | None = None
    error: Exception | None = None


class WriteError(ExportError):
    """Some formats could not be written (the others were).

    Attributes:
        failed: Each failed format with its error.
        written: Each written format with its path.
    """

    def __init__(self, folder: Path, failed: dict[str, Exception], written: dict[str, Path]) -> None:
        reasons = "; ".join(f"{name}: {error}" for name, error in failed.items())
        super().__init__(str(folder), f"{len(failed)} format(s) failed ({reasons})")
        self.failed = failed
        self.written = written


def write(
    graph: GraphView,
    out: str | Path,
    formats: Iterable[str] = DEFAULT_FORMATS,
    *,
    progress: Callable[[Written], None] | None = None,
    processes: int = 1,
) -> dict[str, Path]:
    """Write ``graph`` into the folder ``out`` (created if missing) in each of ``formats``.

    Every format is looked up first, plugins imported, so an unknown name or a
    broken plugin writes nothing. Each file is replaced atomically: one that
    fails, or a Ctrl-C, leaves the previous file of that format intact. A format
    that fails does not stop the others.

    Args:
        graph: The graph to write.
        out: The output folder.
        formats: Format names (see ``format_names``); repeats are written once.
        progress: Called after each format with what became of it, in the order given.
        processes: Processes writing formats at once (this one included; forked,
            so the graph is shared, not copied: see ``kg.export.forked``). The
            files are the same for any number.

    Returns:
        The path written for each format, in the order given.

    Raises:
        ConfigError: a format is unknown.
        PluginError: a plugin cannot be imported.
        ExportError: the folder cannot be created; ``WriteError`` if some formats failed.

    >>> import tempfile, kg
    >>> folder = tempfile.mkdtemp()
    >>> paths = kg.write(kg.KnowledgeGraph(), folder, ["nt", "graphml"])
    >>> sorted(path.name for path in paths.values())
    ['graph.graphml', 'graph.nt']
    """
    exporters = {name: get_exporter(name) for name in dict.fromkeys(formats)}
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(str(folder), f"cannot create the output folder ({error.strerror or error})") from error
    written: dict[str, Path] = {}
    failed: dict[str, Exception] = {}
    for outcome in _write_each(graph, exporters, folder, processes):
        if outcome.error is not None:
            failed[outcome.format] = outcome.error
        else:
            written[outcome.format] = outcome.path  # type: ignore[assignment]
        if progress is not None:
            progress(outcome)
    if failed:
        raise WriteError(folder, failed, written)
    return written


def _write_each(graph: GraphView, exporters: dict[str, Exporter], folder: Path, processes: int) -> Iterator[Written]:
    """What became of each format, in order: written here one after another, or
    (``processes`` > 1 where the platform forks) by forked processes at once."""
    from kg.export import forked

    if processes > 1 and len(exporters) > 1 and forked.can_fork():
        for name, result in forked.write_forked(graph, exporters, folder, processes).items():
            yield Written(name, error=result) if isinstance(result, Exception) else Written(name, path=result)
        return
    for name, exporter in exporters.items():
        try:
            yield Written(name, path=Path(exporter.write(graph, folder)))
        except (KgError, OSError) as error:
            yield Written(name, error=error)


def describe(name: str) -> str:
    """A format's line for ``kg formats`` (a plugin is imported to read its description).

    >>> describe("ttl")
    'ttl        graph.ttl          RDF Turtle'
    """
    exporter = get_exporter(name)
    line = f"{name:10} {exporter.filename:18} {exporter.description}"
    if name not in EXPORTERS:
        line += f"  [plugin from {PLUGINS.plugins()[name].distribution}]"
    return printable(line)
