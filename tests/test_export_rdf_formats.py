"""Every RDF serialisation parses strictly with pyoxigraph and rdflib and holds
the same triples; TriG has a named graph per article; bytes are stable."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.export import EXPORTERS
from kg.export.jsonld import to_jsonld
from kg.export.rdf import document_iri, to_ntriples, to_rdflib, to_trig, to_turtle, to_turtle_star
from kg.graph import KnowledgeGraph
from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
from kg.resolve.across import ArticleLinker
from kg.types import EntityType

ROOT = Path(__file__).resolve().parent.parent

FORMATS = [
    ("ttl", to_turtle, ox.RdfFormat.TURTLE, "turtle"),
    ("nt", to_ntriples, ox.RdfFormat.N_TRIPLES, "nt"),
    ("trig", to_trig, ox.RdfFormat.TRIG, "trig"),
    ("jsonld", to_jsonld, ox.RdfFormat.JSON_LD, "json-ld"),
]


def _triples_ox(data: str, fmt) -> set:
    return {(q.subject, q.predicate, q.object) for q in ox.parse(data.encode("utf-8"), format=fmt)}


@pytest.mark.parametrize(("name", "serialise", "ox_format", "rdflib_format"), FORMATS)
def test_rdf_formats_parse_and_agree(seed_graph, name, serialise, ox_format, rdflib_format):
    expected = len(to_rdflib(seed_graph))
    data = serialise(seed_graph)
    assert len(_triples_ox(data, ox_format)) == expected
    parsed = rdflib.Dataset() if name == "trig" else rdflib.Graph()
    parsed.parse(data=data, format=rdflib_format)
    assert len(parsed) == expected


def test_rdf_formats_trig_has_one_named_graph_per_article(seed_graph):
    quads = list(ox.parse(to_trig(seed_graph).encode(), format=ox.RdfFormat.TRIG))
    names = {quad.graph_name for quad in quads if not isinstance(quad.graph_name, ox.DefaultGraph)}
    assert names == {ox.NamedNode(document_iri(seed_graph, doc_id)) for doc_id in seed_graph.documents}


def test_rdf_formats_jsonld_context_is_inline():
    from kg.graph import KnowledgeGraph
    from kg.resolve.across import ArticleLinker

    document = json.loads(to_jsonld(KnowledgeGraph(linker=ArticleLinker())))
    assert isinstance(document["@context"], dict) and document["@context"]["kg"].startswith("https://")


def test_rdf_formats_turtle_star_quotes_each_statement(seed_graph):
    quads = list(ox.parse(to_turtle_star(seed_graph).encode(), format=ox.RdfFormat.TURTLE))
    reifies = [q for q in quads if q.predicate.value.endswith("#reifies")]
    readings = sum(len(edge.readings) for edge in seed_graph.edges())
    assert len(reifies) == readings
    assert all(isinstance(q.object, ox.Triple) for q in reifies)


@pytest.mark.parametrize("name", ["ttl", "nt", "trig", "jsonld", "ttl-star"])
def test_rdf_formats_same_input_same_bytes(seed_graph, tmp_path, name):
    exporter = EXPORTERS[name]
    first = exporter.write(seed_graph, tmp_path / "a").read_bytes()
    second = exporter.write(seed_graph, tmp_path / "b").read_bytes()
    assert first == second


# -- JSON-LD: kg writes it itself (kg.export.jsonld._JsonLdCompactor), so it is checked
# triple for triple against the N-Triples export, read by both rdflib and pyoxigraph.

# Whole values that JSON-LD could mistake for something else: keywords, IRIs, compact
# IRIs with the context's own prefixes, blank node ids, JSON numbers and literals.
JSONLD_TRICKY = (
    "@id", "@type", "@value", "@context", "@graph", "@set", "@", "@en", "@@id",
    "https://example.org/kg/entity/alice", "entity:alice", "kg:Person", "rdfs:label", "_:b0", "mailto:x@y",
    "42", "-1.5e3", "0x1F", "true", "null", '{"@id": "entity:alice"}', "[1, 2]",
    'quote " and \\ backslash \\" \\u0022', "line\nbreak\r\nand\ttab", "LS\u2028PS\u2029NEL\x85",
    "Zürich, Кыргызстан, 東京, 🙂", " padded ",
)


def _jsonld_tricky_graph() -> KnowledgeGraph:
    """Each tricky text as a whole value of every literal role: title, source, label,
    alias, evidence sentence, relation text and predicate key."""
    graph = KnowledgeGraph(linker=ArticleLinker())
    for number, text in enumerate(JSONLD_TRICKY):
        document = Document(id=f"doc-{number}", text=text, title=text, date="2022-01-13", source=text)
        entities = (
            Entity(f"subject-{number}", text, EntityType.PERSON, (text + "!", "@value"), 1, (document.id,)),
            Entity("shared", "Shared", EntityType.ORGANIZATION, (text,), 1, (document.id,)),
        )
        relation = Relation(
            subject=entities[0].key, key=text, object="shared", text=text,
            evidence=Evidence(document.id, text, 0, len(text)), confidence=0.5, date="2022-01-13",
            attributed_to="shared",
        )
        graph.add(DocumentGraph(document, entities, (relation,)))
    return graph


def _assert_jsonld_holds_the_ntriples_triples(graph: KnowledgeGraph) -> None:
    jsonld, ntriples = to_jsonld(graph), to_ntriples(graph)
    expected_ox = _triples_ox(ntriples, ox.RdfFormat.N_TRIPLES)
    read_ox = _triples_ox(jsonld, ox.RdfFormat.JSON_LD)
    assert read_ox == expected_ox, sorted(map(str, read_ox ^ expected_ox))[:10]
    expected = set(rdflib.Graph().parse(data=ntriples, format="nt"))
    read = set(rdflib.Graph().parse(data=jsonld, format="json-ld"))
    assert read == expected, sorted(map(str, read ^ expected))[:10]
    assert len(read) == len(to_rdflib(graph))
    assert not any(isinstance(term, rdflib.BNode) for triple in read for term in triple)
    assert not any(isinstance(term, ox.BlankNode) for triple in read_ox for term in triple)


def test_jsonld_holds_exactly_the_ntriples_triples_seed(seed_graph):
    _assert_jsonld_holds_the_ntriples_triples(seed_graph)


def test_jsonld_holds_exactly_the_ntriples_triples_tricky_text():
    graph = _jsonld_tricky_graph()
    _assert_jsonld_holds_the_ntriples_triples(graph)
    literals = {str(o) for o in rdflib.Graph().parse(data=to_jsonld(graph), format="json-ld").objects()
                if isinstance(o, rdflib.Literal)}
    assert set(JSONLD_TRICKY) <= literals


def test_jsonld_holds_exactly_the_ntriples_triples_tricky_graph(tricky_graph):
    _assert_jsonld_holds_the_ntriples_triples(tricky_graph)


def test_jsonld_writes_values_in_their_short_form_where_the_context_allows():
    from kg.export.jsonld import jsonld_context

    graph = _jsonld_tricky_graph()
    document = json.loads(to_jsonld(graph))
    assert document["@context"] == jsonld_context(graph)
    nodes = {node["@id"]: node for node in document["@graph"]}
    person = nodes["entity:subject-0"]
    assert person["@type"] == "kg:Person"
    assert person["label"] == "@id"  # an xsd:string is a bare string, even one that looks like a keyword
    assert person["mentionCount"] == "1"  # the context's term types it xsd:integer
    assert person["mentionedIn"] == ["document:doc-0"]  # an @set term: always a list
    assert sorted(person["altLabel"]) == person["altLabel"]
    statement = next(node for node in nodes.values() if node["@id"].startswith("statement:"))
    assert statement["@type"] == ["kg:Statement", "rdf:Statement"]
    assert statement["subject"].startswith("entity:") and statement["predicate"].startswith("rel:")


def test_jsonld_compactor_uses_a_term_only_where_it_fits_the_value():
    from kg.export.jsonld import _JsonLdCompactor

    context = {
        "ex": "https://example.org/",
        "name": {"@id": "ex:name"},
        "count": {"@id": "ex:count", "@type": "ex:int"},
    }
    compactor = _JsonLdCompactor(context)
    name, count = "https://example.org/name", "https://example.org/count"
    assert compactor.entry(name, ox.Literal("x")) == ("name", "x")
    assert compactor.entry(name, ox.Literal("x", language="fr")) == ("name", {"@value": "x", "@language": "fr"})
    integer = ox.Literal("3", datatype=ox.NamedNode("https://example.org/int"))
    assert compactor.entry(count, integer) == ("count", "3")
    assert compactor.entry(count, ox.Literal("x")) == ("ex:count", "x")
    typed = ox.Literal("3", datatype=ox.NamedNode(str(rdflib.XSD.integer)))
    assert compactor.entry(name, typed) == ("ex:name", {"@value": "3", "@type": str(rdflib.XSD.integer)})
    # "ex://x" would read as an absolute IRI with scheme "ex": such an IRI stays in full.
    assert compactor.entry(name, ox.NamedNode("https://example.org///x")) == (
        "ex:name", {"@id": "https://example.org///x"})
    assert compactor.entry(name, ox.NamedNode("https://example.org//x")) == ("ex:name", {"@id": "ex:/x"})
    # A default language would tag a bare string: an xsd:string is then a value object.
    tagged = _JsonLdCompactor({**context, "@language": "en"})
    assert tagged.entry(name, ox.Literal("x")) == ("name", {"@value": "x"})
    with pytest.raises(ValueError):
        compactor.iri("ex:not-an-http-iri")


@pytest.fixture(scope="module")
def bbc_graph(shared_dir, nlp):
    """A graph of the first 50 BBC articles (sorted paths): real text at some scale."""
    import kg

    files = sorted((shared_dir / "corpus" / "bbc").rglob("*.txt"))[:50]
    if not files:
        pytest.skip("no BBC corpus under ../shared")
    return kg.build(files)


def test_jsonld_holds_exactly_the_ntriples_triples_bbc(bbc_graph):
    _assert_jsonld_holds_the_ntriples_triples(bbc_graph)


def _jsonld_in_a_fresh_process(graph: KnowledgeGraph, tmp_path: Path, hash_seed: str) -> bytes:
    pickled = tmp_path / "graph.pickle"
    pickled.write_bytes(pickle.dumps(graph))
    code = (
        "import pickle, sys; from kg.export.jsonld import to_jsonld; "
        "sys.stdout.buffer.write(to_jsonld(pickle.load(open(sys.argv[1], 'rb'))).encode())"
    )
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code, str(pickled)], env=environment, capture_output=True,
                          check=True).stdout


@pytest.mark.parametrize("which", ["tricky", "seed"])
def test_jsonld_same_bytes_whatever_the_hash_seed(which, seed_graph, tmp_path):
    # Sets and dicts iterate in hash order, which changes from process to process.
    graph = _jsonld_tricky_graph() if which == "tricky" else seed_graph
    first = _jsonld_in_a_fresh_process(graph, tmp_path, "1")
    assert first == _jsonld_in_a_fresh_process(graph, tmp_path, "2")
    assert first == to_jsonld(graph).encode()


def _serialised_ntriples_lines(graph: KnowledgeGraph) -> list[str]:
    """The graph's N-Triples as pyoxigraph's writer gives them, lines distinct and sorted."""
    from kg.export.triples import prepared

    body = ox.serialize(prepared(graph).sorted_triples(), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return sorted({line for line in body.split("\n") if line.strip()})


@pytest.mark.parametrize("make", ["seed", "tricky", "jsonld-tricky"])
def test_ntriples_in_memory_are_term_texts_not_a_second_serialisation(make, seed_graph, tricky_graph, monkeypatch):
    """A graph in memory's N-Triples lines are made from the term texts every RDF
    writer shares (``Prepared.row_texts``), not by serialising the triples again and
    splitting the text: the same lines, quotes, backslashes, line ends, U+2028 and
    language tags included."""
    from kg.export import triples as shared_triples

    graph = {"seed": seed_graph, "tricky": tricky_graph, "jsonld-tricky": _jsonld_tricky_graph()}[make]
    expected = _serialised_ntriples_lines(graph)
    assert expected
    monkeypatch.setattr(ox, "serialize", lambda *args, **kwargs: pytest.fail("N-Triples serialised again"))
    assert to_ntriples(graph) == "".join(line + "\n" for line in expected)
    ordered = shared_triples.prepared(graph)._ordered_triples
    assert ordered == sorted({triple for triple, _document in shared_triples.prepared(graph).rows},
                             key=shared_triples._triple_order)


def test_jsonld_in_memory_reads_the_shared_term_texts(seed_graph, monkeypatch):
    """JSON-LD of a graph in memory orders values by the term texts the RDF writers
    share (``Prepared.row_texts``) instead of making each term's text again."""
    from kg.export import jsonld

    expected = to_jsonld(seed_graph)

    class Refused:
        def __init__(self) -> None:
            pytest.fail("JSON-LD made its own term texts")

    monkeypatch.setattr(jsonld, "TermTexts", Refused)
    assert to_jsonld(seed_graph) == expected
