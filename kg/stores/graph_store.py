"""Load into a SPARQL 1.1 Graph Store endpoint (Oxigraph ``/store``, Fuseki ``/DATASET/data``).

The RDF export is PUT (as N-Triples) into one named graph (default ``<base
IRI>graph``), replacing what an earlier load put there.
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.request
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from kg.iris import graph_iri as default_graph_iri
from kg.stores.base import LoadError, LoadProgress, LoadReport, ProgressCallback, ntriples, safe_url

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


def load_graph_store(
    graph: KnowledgeGraph,
    url: str,
    *,
    graph_iri: str | None = None,
    progress: ProgressCallback | None = None,
    timeout: float = 300.0,
) -> LoadReport:
    """PUT the RDF export (as N-Triples) into a named graph of a SPARQL 1.1 Graph Store (replacing it).

    ``url`` is the Graph Store endpoint. If it already has a ``graph=`` or
    ``default`` query, that graph is used as given.
    """
    started = time.perf_counter()
    data, triples = ntriples(graph)
    parts = urlsplit(url)
    target_iri = graph_iri or default_graph_iri(graph.base_iri)
    given = "graph=" in parts.query or "default" in parts.query
    query = parts.query if given else "graph=" + quote(target_iri, safe="")
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    endpoint = urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    request = urllib.request.Request(
        endpoint, data=data.encode("utf-8"), method="PUT", headers={"Content-Type": "application/n-triples"}
    )
    if parts.username:
        token = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        request.add_header("Authorization", "Basic " + base64.b64encode(token).decode("ascii"))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        body = error.read(300).decode("utf-8", "replace")
        message = f"the store answered HTTP {error.code} {error.reason}: {body}"
        raise LoadError(f"{safe_url(endpoint)}: {message}") from error
    except (urllib.error.URLError, OSError) as error:
        raise LoadError(f"{safe_url(endpoint)}: cannot reach the store ({error})") from error
    if progress is not None:
        progress(LoadProgress("triples", triples, triples))
    target = f"SPARQL Graph Store {safe_url(endpoint)}"
    return LoadReport(target, triples=triples, seconds=time.perf_counter() - started)
