"""SPARQL over exported graph files, read-only.

Files are loaded into an in-memory pyoxigraph store (by extension: .ttl, .nt,
.trig, .nq, .jsonld, .rdf/.owl/.xml); the query runs over the union of their
graphs. Only queries run: SPARQL Update is refused, and ``SERVICE`` (which
would reach outside the given files) is refused too. ``FROM`` clauses pick
among the loaded graphs; nothing else is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError, KgError

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

FORMATS_BY_SUFFIX = {
    ".ttl": "TURTLE",
    ".nt": "N_TRIPLES",
    ".trig": "TRIG",
    ".nq": "N_QUADS",
    ".jsonld": "JSON_LD",
    ".json": "JSON_LD",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
    ".xml": "RDF_XML",
}
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


class QueryError(KgError):
    """A query that is refused or does not parse."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Result of a query: variables and rows for SELECT, a boolean for ASK, or triples."""

    kind: str  # "select" | "ask" | "graph"
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[str | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[str, str, str], ...] = ()
    raw: object = None


def load_store(paths: Iterable[str | Path]):
    """A pyoxigraph store holding the given RDF files (each in a graph of its own
    name is not needed: everything goes to the default graph, quads keep theirs)."""
    import pyoxigraph as ox

    store = ox.Store()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = [path / "graph.trig", path / "graph.ttl"]
            found = next((candidate for candidate in candidates if candidate.exists()), None)
            if found is None:
                raise InputError(str(raw), "folder has no graph.trig or graph.ttl; give an RDF file")
            path = found
        fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
        if fmt is None:
            raise InputError(
                str(raw), f"unknown RDF file type {path.suffix!r}; use one of {', '.join(FORMATS_BY_SUFFIX)}"
            )
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(str(raw), f"cannot read ({error.strerror or error})") from error
        try:
            store.bulk_extend(ox.parse(data, format=getattr(ox.RdfFormat, fmt), base_iri=path.resolve().as_uri()))
        except SyntaxError as error:
            raise InputError(str(raw), f"not valid {fmt.replace('_', '-').title()}: {error}") from error
    return store


def check_read_only(query: str) -> None:
    """Refuse SPARQL Update and SERVICE.

    >>> check_read_only("SELECT * WHERE { ?s ?p ?o }")
    >>> check_read_only("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kg.stores.sparql.QueryError: SPARQL Update is refused: kg query is read-only
    """
    if _UPDATE.search(_strip_comments(query)):
        raise QueryError("SPARQL Update is refused: kg query is read-only")
    if _SERVICE.search(_strip_strings(_strip_comments(query))):
        raise QueryError("SERVICE is refused: kg query reads only the files it is given")


def graph_store(graph: KnowledgeGraph):
    """A pyoxigraph store holding ``graph``'s RDF export (the triples ``graph.ttl`` holds)."""
    import pyoxigraph as ox

    from kg.export.triples import triples

    store = ox.Store()
    store.bulk_extend(ox.Quad(*triple) for triple, _document in triples(graph))
    return store


def query(source: KnowledgeGraph | str | Path | Iterable[str | Path], sparql: str) -> QueryResult:
    """Run a read-only SPARQL query over a graph, or over RDF files kg exported.

    Args:
        source: A ``KnowledgeGraph`` (queried as its RDF export), or one or more
            RDF files (.ttl, .nt, .trig, .jsonld ...) or folders holding a ``graph.ttl``.
        sparql: A SELECT, ASK, CONSTRUCT or DESCRIBE query; SPARQL Update and SERVICE are refused.

    Raises:
        QueryError: the query is refused or does not parse.
        InputError: a file cannot be read as RDF.

    >>> import kg
    >>> graph = kg.KnowledgeGraph()
    >>> kg.query(graph, "ASK { ?s a <https://w3id.org/kg/ontology#Person> }").boolean
    False
    >>> kg.query(graph, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1").variables
    ('s',)
    """
    if isinstance(source, (str, Path)):
        return run_query([source], sparql)
    from kg.graph import KnowledgeGraph

    if isinstance(source, KnowledgeGraph):
        check_read_only(sparql)
        return _run(graph_store(source), sparql)
    return run_query(source, sparql)


def run_query(paths: Iterable[str | Path], query: str) -> QueryResult:
    """Run a read-only SPARQL query over RDF files."""
    check_read_only(query)
    return _run(load_store(paths), query)


def _run(store, query: str) -> QueryResult:
    import pyoxigraph as ox

    try:
        result = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QueryError(f"the query does not parse: {error}") from error
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result), raw=result)
    if isinstance(result, ox.QuerySolutions):
        variables = tuple(variable.value for variable in result.variables)
        rows = tuple(tuple(_text(solution[name]) for name in variables) for solution in result)
        return QueryResult("select", variables=variables, rows=rows)
    triples = tuple(sorted((t.subject.value, t.predicate.value, t.object.value) for t in result))
    return QueryResult("graph", triples=triples)


def _text(term) -> str | None:
    if term is None:
        return None
    return term.value


def _strip_comments(query: str) -> str:
    return re.sub(r"(?m)#[^\n<>\"']*$", "", query)


def _strip_strings(query: str) -> str:
    return re.sub(r"\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'", '""', query)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as an aligned text table, CSV or SPARQL-results-style JSON."""
    import csv
    import io
    import json

    if result.kind == "ask":
        return json.dumps({"boolean": result.boolean}) + "\n" if fmt == "json" else f"{str(result.boolean).lower()}\n"
    header: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]
    if result.kind == "graph":
        header, rows = ("subject", "predicate", "object"), result.triples
    else:
        header, rows = result.variables, result.rows
    if fmt == "json":
        bindings = [{name: value for name, value in zip(header, row, strict=True) if value is not None} for row in rows]
        document = {"head": {"vars": list(header)}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([["" if value is None else value for value in row] for row in rows])
        return buffer.getvalue()
    cells = [list(header)] + [["" if value is None else value.replace("\n", " ") for value in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"
