"""Stores by URL scheme: kg's own (``STORES``), those registered at run time, and plugins.

A plugin package declares a store in the ``kg.stores`` entry-point group (see
``kg.plugins``): the entry point's name is the URL scheme it serves (one entry
point per scheme; several may name one object) and its object a ``Store``. A
URL without a scheme (a folder path) is served as ``file``. Loaders are
imported only when a URL chooses them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable
from urllib.parse import urlsplit

from kg.plugins import Registry
from kg.stores.base import LoadReport, ProgressCallback

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

GROUP = "kg.stores"
"""The entry-point group of store plugins."""


@runtime_checkable
class Store(Protocol):
    """Somewhere ``kg load`` puts a graph: a database, a triple store, a folder.

    A plugin's entry point names an object with these attributes. Loading twice
    should leave the store as loading once does (kg's own stores merge on keys
    or replace one named graph).
    """

    @property
    def description(self) -> str:
        """One line naming the store and the URL form it takes."""
        ...

    def load(
        self,
        graph: KnowledgeGraph,
        url: str,
        *,
        batch_size: int,
        graph_iri: str | None,
        progress: ProgressCallback | None,
    ) -> LoadReport:
        """Load ``graph`` into the store ``url`` names.

        Args:
            graph: The graph to load.
            url: The ``--into`` value, scheme included.
            batch_size: Items per request, for stores that batch.
            graph_iri: The named graph, for RDF stores (``None``: the store's default).
            progress: Called as the load goes, if given.

        Raises:
            LoadError: the store cannot be reached or refused the data.
        """
        ...


@dataclass(frozen=True, slots=True)
class LazyStore:
    """One of kg's stores: its loader, ``module:function``, is imported on first use.

    ``options`` names the keyword options the loader takes besides ``progress``
    (``batch_size`` for property-graph stores, ``graph_iri`` for RDF ones).
    """

    name: str
    target: str
    description: str
    options: tuple[str, ...]

    def load(
        self,
        graph: KnowledgeGraph,
        url: str,
        *,
        batch_size: int,
        graph_iri: str | None,
        progress: ProgressCallback | None,
    ) -> LoadReport:
        module, function = self.target.split(":")
        loader = getattr(importlib.import_module(module), function)
        given = {"batch_size": batch_size, "graph_iri": graph_iri}
        report: LoadReport = loader(graph, url, progress=progress, **{option: given[option] for option in self.options})
        return report


FALKORDB = LazyStore(
    "falkordb",
    "kg.stores.falkordb:load_falkordb",
    "FalkorDB graph: redis://[user:pass@]host:6379/NAME",
    ("batch_size",),
)
NEO4J = LazyStore(
    "neo4j",
    "kg.stores.neo4j:load_neo4j",
    "Neo4j: bolt://user:pass@host:7687[/DB] (pip install 'kg[neo4j]')",
    ("batch_size",),
)
GRAPH_STORE = LazyStore(
    "sparql",
    "kg.stores.graph_store:load_graph_store",
    "SPARQL 1.1 Graph Store endpoint: http(s)://host/store",
    ("graph_iri",),
)
OXIGRAPH = LazyStore(
    "oxigraph",
    "kg.stores.oxigraph:load_oxigraph",
    "embedded Oxigraph store in a folder: PATH or file://PATH",
    ("graph_iri",),
)

STORES: dict[str, Store] = {
    "redis": FALKORDB,
    "rediss": FALKORDB,
    **dict.fromkeys(("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"), NEO4J),
    "http": GRAPH_STORE,
    "https": GRAPH_STORE,
    "file": OXIGRAPH,
}
"""kg's own stores and those added by ``register_store``, by URL scheme; plugins are looked up beside them."""

PLUGINS: Registry[Store] = Registry(
    GROUP,
    "URL scheme",
    STORES,
    check=lambda entry: isinstance(entry, Store),
    expected="a Store (description, load)",
    hint=" (file: a folder path; write ./NAME for a folder whose name has a colon)",
)


def scheme_of(url: str) -> str:
    """The URL scheme that chooses the store; a path (with no scheme, or a drive letter) is ``file``.

    >>> [scheme_of(u) for u in ("redis://h:1/g", "BOLT+S://h", "data/store", "C:\\\\data", "file:///tmp/s")]
    ['redis', 'bolt+s', 'file', 'file', 'file']
    """
    scheme = urlsplit(url).scheme.lower()
    return scheme if len(scheme) > 1 else "file"


def register_store(scheme: str, store: Store, *, replace: bool = False) -> None:
    """Make ``store`` load URLs of ``scheme`` in this process (no packaging needed).

    Raises:
        ConfigError: ``scheme`` is taken and ``replace`` is not set, or ``store`` is not a ``Store``.
    """
    PLUGINS.register(scheme.lower(), store, replace=replace)


def store_schemes() -> list[str]:
    """Every URL scheme a store serves, kg's first, then plugins'; imports no loader or plugin.

    >>> store_schemes()[:3]
    ['redis', 'rediss', 'bolt']
    """
    return PLUGINS.names()


def get_store(url: str) -> Store:
    """The store that serves ``url``, importing its plugin if it is one.

    Raises:
        ConfigError: no store serves the URL's scheme (the message lists those that do).
        PluginError: the plugin cannot be imported or is not a ``Store``.
    """
    return PLUGINS.get(scheme_of(url))


def store_kind(url: str) -> str:
    """The name of kg's own store for ``url`` (``falkordb``, ``neo4j``, ``sparql``, ``oxigraph``), else ``plugin``.

    >>> [store_kind(u) for u in ("redis://h:1/g", "bolt://h", "https://h/store", "data/store")]
    ['falkordb', 'neo4j', 'sparql', 'oxigraph']
    """
    store = STORES.get(scheme_of(url))
    return store.name if isinstance(store, LazyStore) else "plugin"
