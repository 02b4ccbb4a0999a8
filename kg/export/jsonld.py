"""JSON-LD export: the graph as JSON-LD 1.1 with its ``@context`` inline.

Written directly from the shared triple list of ``kg.export.triples``
(``_JsonLdCompactor`` picks each key and value form) rather than by rdflib's
JSON-LD serializer, whose generic compaction was the slowest of kg's exports.
The context is the ontology's ``context.jsonld`` plus the graph's own prefixes.
"""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import pyoxigraph as ox
from rdflib import RDF

from kg.export.jsontext import sort_key as json_sort_key
from kg.export.jsontext import write_indented
from kg.export.triples import XSD_STRING, TermTexts, prefixes, prepared, term_of, term_row, triples
from kg.ontology import data_file
from kg.runtime.atomic import atomic_open
from kg.runtime.spill import distinct, sort_rows

if TYPE_CHECKING:
    from kg.graph import GraphView, KnowledgeGraph


def to_jsonld(graph: GraphView) -> str:
    """The graph as JSON-LD 1.1 with its ``@context`` inline (nothing to fetch): one
    node object per subject, nodes sorted by ``@id``, several values of a key sorted.

    Written directly from the shared triple list (``_JsonLdCompactor`` picks each
    key and value form) rather than by rdflib's JSON-LD serializer, whose generic
    compaction was the slowest of kg's exports. Exactly the triples of ``to_rdflib``.
    """
    buffer = io.StringIO()
    write_jsonld_to(graph, buffer)
    return buffer.getvalue()


def write_jsonld_to(graph: GraphView, stream: IO[str]) -> None:
    """Write ``graph`` as JSON-LD to a text stream, node by node (see ``to_jsonld``)."""
    context = jsonld_context(graph)
    write_indented(stream.write, {"@context": context}, "@graph", _nodes(graph, _JsonLdCompactor(context)))
    stream.write("\n")


def _nodes(graph: GraphView, compactor: _JsonLdCompactor) -> Iterator[dict[str, object]]:
    """One node object per subject, in ``@id`` order: the distinct triples sorted by
    compacted subject (on disk for a graph on disk), then grouped."""
    rows: Iterable[tuple]
    unpack: Callable[[Any], Any]
    if graph.spill_folder is None:  # in memory, objects stay terms
        rows, unpack = _rows_in_memory(graph, compactor), _same
    else:  # on disk, as rows of plain values
        text = TermTexts().text
        rows = (
            ((compactor.iri(subject.value), predicate.value, text(obj)), term_row(obj))
            for (subject, predicate, obj), _document in triples(graph)
        )
        unpack = term_of
    ordered = distinct(sort_rows(rows, folder=graph.spill_folder, key=_first, name="jsonld"), key=_first)
    for node_id, group in itertools.groupby(ordered, key=lambda row: row[0][0]):
        values_by_key: dict[str, list] = {}
        for (_id, predicate, _text), obj in group:
            key, value = compactor.entry(predicate, unpack(obj))
            values_by_key.setdefault(key, []).append(value)
        node: dict[str, object] = {"@id": node_id}
        for key, values in values_by_key.items():
            if len(values) == 1 and key not in compactor.set_keys:
                node[key] = values[0]
            else:
                node[key] = sorted(values, key=json_sort_key)
        yield node


def _rows_in_memory(graph: GraphView, compactor: _JsonLdCompactor) -> Iterator[tuple]:
    """``_nodes``' rows of a graph in memory: the shared triples' texts (``Prepared``),
    each subject compacted and each predicate read once per term (by identity:
    the shared rows hold every term alive)."""
    shared = prepared(cast("KnowledgeGraph", graph))
    node_ids: dict[int, str] = {}
    predicates: dict[int, str] = {}
    for ((subject, predicate, obj), _document), (_subject, _predicate, text) in zip(
        shared.rows, shared.row_texts, strict=True
    ):
        node_id = node_ids.get(id(subject))
        if node_id is None:
            node_id = node_ids[id(subject)] = compactor.iri(subject.value)
        predicate_iri = predicates.get(id(predicate))
        if predicate_iri is None:
            predicate_iri = predicates[id(predicate)] = predicate.value
        yield (node_id, predicate_iri, text), obj


def _first(row: tuple) -> Any:
    return row[0]


def _same(term: Any) -> Any:
    return term


# RFC 3986 gen-delims: a JSON-LD 1.1 prefix must end with one to expand compact IRIs.


_GEN_DELIMS = (":", "/", "?", "#", "[", "]", "@")
_PLAIN = "plain"  # the value kind of an xsd:string or language-tagged literal
_RDF_TYPE = str(RDF.type)


class _JsonLdCompactor:
    """Chooses, for a context, the JSON-LD key and value that stand for a triple's
    predicate and object, so that expanding them with the same context gives back
    exactly that predicate and object.

    A context term is used only where it fits the value: its ``@type`` coercion is
    ``@id`` for an IRI, the literal's own datatype for a typed literal, absent for
    a string. Any other value is written in full under a compact IRI key:
    ``{"@id": ...}``, ``{"@value": ..., "@type": ...}`` or ``{"@value": ...,
    "@language": ...}``. An xsd:string is a bare JSON string only where no default
    ``@language`` in the context would tag it.
    """

    def __init__(self, context: dict) -> None:
        self._context = context
        self._prefixes = sorted(
            (
                (iri, name)
                for name, iri in context.items()
                if isinstance(iri, str) and not name.startswith("@") and ":" not in name and "/" not in name
                and iri.endswith(_GEN_DELIMS)
            ),
            key=lambda pair: (-len(pair[0]), pair[1]),
        )
        self._bare_strings = "@language" not in context and "@direction" not in context
        self._terms: dict[tuple[str, str], str] = {}  # (predicate IRI, value kind) -> term
        self.set_keys: set[str] = set()
        for name, definition in sorted(context.items()):
            kind = self._term_kind(definition)
            if name.startswith("@") or kind is None:
                continue
            self._terms.setdefault((self._expand(definition["@id"]), kind), name)
            if definition.get("@container") == "@set":
                self.set_keys.add(name)
        self._compacted: dict[str, str] = {}

    def _term_kind(self, definition: object) -> str | None:
        """The kind of value a term definition takes as a bare JSON string (``None``:
        a definition this writer leaves alone)."""
        if not isinstance(definition, dict) or not isinstance(definition.get("@id"), str):
            return None
        if set(definition) - {"@id", "@type", "@container"} or definition.get("@container", "@set") != "@set":
            return None
        coercion = definition.get("@type")
        if coercion is None:
            return _PLAIN
        if coercion == "@id":
            return "@id"
        if isinstance(coercion, str) and not coercion.startswith("@"):
            return self._expand(coercion)
        return None

    def _expand(self, value: str) -> str:
        prefix, colon, suffix = value.partition(":")
        definition = self._context.get(prefix)
        if colon and isinstance(definition, str) and not suffix.startswith("//"):
            return definition + suffix
        return value

    def iri(self, iri: str) -> str:
        """``iri`` as a compact IRI where a prefix of the context allows, else in full;
        never a bare term, so it reads the same as a key, an ``@id`` or an ``@type``."""
        cached = self._compacted.get(iri)
        if cached is not None:
            return cached
        compacted = iri
        for namespace, name in self._prefixes:
            suffix = iri[len(namespace):]
            if iri.startswith(namespace) and not suffix.startswith("//") and f"{name}:{suffix}" not in self._context:
                compacted = f"{name}:{suffix}"
                break
        else:
            if compacted in self._context or compacted.partition(":")[0] in self._context:
                raise ValueError(f"IRI {iri!r} would be read as a term or compact IRI of the JSON-LD context")
        self._compacted[iri] = compacted
        return compacted

    def entry(self, predicate: str, obj: ox.NamedNode | ox.Literal) -> tuple[str, object]:
        """The key and the value that stand for ``predicate`` (an IRI) and ``obj`` in a node object."""
        if isinstance(obj, ox.NamedNode):
            if predicate == _RDF_TYPE:
                return "@type", self.iri(obj.value)
            term = self._terms.get((predicate, "@id"))
            if term is not None:
                return term, self.iri(obj.value)
            return self.iri(predicate), {"@id": self.iri(obj.value)}
        if not isinstance(obj, ox.Literal):
            raise TypeError(f"unexpected RDF term {obj!r}")
        lexical = obj.value
        if obj.language:
            key = self._terms.get((predicate, _PLAIN)) or self.iri(predicate)
            return key, {"@value": lexical, "@language": obj.language}
        datatype = obj.datatype.value
        if datatype == XSD_STRING:
            key = self._terms.get((predicate, _PLAIN)) or self.iri(predicate)
            return key, lexical if self._bare_strings else {"@value": lexical}
        term = self._terms.get((predicate, datatype))
        if term is not None:
            return term, lexical
        return self.iri(predicate), {"@value": lexical, "@type": self.iri(datatype)}


def jsonld_context(graph: GraphView) -> dict:
    """The JSON-LD ``@context``: the ontology's ``context.jsonld`` (the reusable part)
    plus prefixes for this graph's own entity, document and statement IRIs."""
    context: dict = dict(json.loads(data_file("context.jsonld").read_text(encoding="utf-8"))["@context"])
    for prefix, iri in prefixes(graph).items():
        context.setdefault(prefix, iri)
    return context


def write_jsonld(graph: GraphView, path: str | Path) -> Path:
    """Write ``graph`` as JSON-LD with an inline context to ``path``, atomically."""
    with atomic_open(path, "w") as stream:
        write_jsonld_to(graph, stream)
    return Path(path)
