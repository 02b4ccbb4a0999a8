"""Load into an embedded Oxigraph store (pyoxigraph) in a folder (a path, or ``file://``)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kg.iris import graph_iri as default_graph_iri
from kg.stores.base import LoadError, LoadProgress, LoadReport, ProgressCallback, ntriples

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


def load_oxigraph(
    graph: KnowledgeGraph, path: str | Path, *, graph_iri: str | None = None, progress: ProgressCallback | None = None
) -> LoadReport:
    """Make one named graph of an embedded Oxigraph store (created if missing) hold exactly ``graph``.

    Only the difference is written: triples no longer in the graph are removed and
    new ones added, so re-loading an unchanged graph writes nothing (Oxigraph
    deletes slowly: clearing 186,000 triples takes longer than loading them).
    kg's exports have no blank nodes, so triples compare by value.
    """
    from pyoxigraph import NamedNode, RdfFormat, Store

    started = time.perf_counter()
    text = str(path)
    folder = Path(urlsplit(text).path if text.startswith("file://") else text)
    data, triples = ntriples(graph)
    name = NamedNode(graph_iri or default_graph_iri(graph.base_iri))
    # Staged through an in-memory store, which writes literals in the same canonical
    # form as the target ("0.7" for "0.7000"), so that quads compare equal.
    staging = Store()
    staging.bulk_load(data, format=RdfFormat.N_TRIPLES, to_graph=name)
    wanted = set(staging)
    del staging
    try:
        folder.mkdir(parents=True, exist_ok=True)  # RocksDB creates the last folder only
        store = Store(str(folder))
    except OSError as error:
        raise LoadError(f"{folder}: cannot open an Oxigraph store here ({error})") from error
    try:
        present = set(store.quads_for_pattern(None, None, None, name))
        stale = present - wanted
        if stale and len(stale) == len(present):
            store.clear_graph(name)
        else:
            for quad in stale:
                store.remove(quad)
        store.bulk_extend(wanted - present)
        store.flush()
    finally:
        del store  # release the RocksDB lock now, so the folder can be reopened
    if progress is not None:
        progress(LoadProgress("triples", triples, triples))
    return LoadReport(f"Oxigraph store {folder}", triples=triples, seconds=time.perf_counter() - started)
