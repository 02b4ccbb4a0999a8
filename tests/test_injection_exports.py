"""No injection: hostile text in names, aliases, sentences and titles goes through
every registered exporter, and each export still parses strictly with the text intact.

The graphs are built by hand from ``kg.records`` with hypothesis-generated text
that has passed ``kg.sources.decoding.clean_text``/``clean_line``, exactly as article text
does on its way in. Each format in ``kg.export.EXPORTERS`` needs a checker in
``CHECKERS`` (keyed by format name); a format without one fails loudly.

The property-graph formats (Cypher, Neo4j CSV, GraphML) are read back by
``tests/propgraph_readers.py`` as Neo4j/FalkorDB, ``neo4j-admin import`` and
networkx read them, and must load exactly the graph's entities and readings;
the HTML page must be its template, byte for byte, outside its JSON data block.
"""

from __future__ import annotations

import html
import json
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.export import EXPORTERS
from kg.graph import KnowledgeGraph
from kg.ids import slugify
from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
from kg.resolve.across import ArticleLinker
from kg.sources.article import document_id
from kg.sources.decoding import clean_line, clean_text
from kg.types import EntityType
from tests.propgraph_readers import (
    ARRAY_DELIMITER,
    PropertyGraph,
    cypher_tokens,
    read_cypher,
    read_graphml,
    read_neo4j_csv,
)

CANARY = "KGINJECTEDCANARY"
NASTY = [
    '"', "'", "\\", "\n", "<", ">", "&", '"""', "'''", "</script>", "<script>alert(1)</script>", "<!--", "]]>",
    "} ; DROP ALL ; INSERT DATA { <a> <b> <c> }", '"; DROP GRAPH <x> ; #', "'}) MATCH (n) DETACH DELETE n //",
    "`) DETACH DELETE n //", "\\u0022", '\\"', "a\\", '<http://x> <y> "z" .', "@prefix x: <y> .", "^^xsd:int", "@en",
    "\u2028", "\u2029", "\ufeff", "\x00", "\x1b[31m", "\x7f", "\x85", "\ud800", "\uffff", "\t", "é", "😀", "{{x}}",
    "%s", "\r\n", "\r", "&amp;", "&#0;", "<![CDATA[", "?x", "$x", "\u202e", "a b", "x:y", "<>", " ", "#",
    f"'); {CANARY} //", f'"}}]; {CANARY}', f"\n{CANARY}\n", f"</script><script>{CANARY}</script>",
    # What JSON-LD (and JSON readers) could take for a keyword, an IRI, a blank node or a number.
    "@id", "@value", "@context", "_:b0", "entity:x", "kg:Person", "https://example.org/kg/entity/x", "42", "-1.5e3",
    "true", "null",
]


def _strings(*, line: bool) -> st.SearchStrategy[str]:
    pieces = st.one_of(st.sampled_from(NASTY), st.text(max_size=12))
    raw = st.lists(pieces, min_size=1, max_size=6).map("".join)
    return raw.map(clean_line if line else clean_text).filter(lambda text: text.strip() != "")


@dataclass(frozen=True)
class Texts:
    """The user strings a hand-built graph carries, by role."""

    titles: tuple[str, ...]
    labels: tuple[str, ...]
    aliases: tuple[str, ...]
    sentences: tuple[str, ...]
    relation_texts: tuple[str, ...]
    predicate_keys: tuple[str, ...] = ()  # not in all(): RDF mints them into IRIs, not literals

    def all(self) -> tuple[str, ...]:
        return self.titles + self.labels + self.aliases + self.sentences + self.relation_texts

    def held_by(self, graph: KnowledgeGraph) -> tuple[str, ...]:
        """The texts of ``all()`` the graph still holds, each in the role it was given.

        Resolution may fold one entity into another ("X" into "<http://x> ..."), and the
        relation between them, now a self-loop, is dropped with its text before any
        exporter runs: an export cannot be asked to carry what the graph no longer has.
        """
        documents = graph.documents.values()
        entities, edges = list(graph.entities()), list(graph.edges())
        readings = [reading for edge in edges for reading in edge.readings]
        held = {
            "titles": {document.title for document in documents},
            "names": {entity.label for entity in entities} | {alias for entity in entities for alias in entity.aliases},
            # Exports carry sentences as the evidence of readings, not as article text.
            "sentences": {reading.evidence.sentence for reading in readings},
            "relation_texts": {reading.text for reading in readings},
        }
        return (
            tuple(text for text in self.titles if text in held["titles"])
            + tuple(text for text in self.labels + self.aliases if text in held["names"])
            + tuple(text for text in self.sentences if text in held["sentences"])
            + tuple(text for text in self.relation_texts if text in held["relation_texts"])
        )


@st.composite
def graphs(draw) -> tuple[KnowledgeGraph, Texts]:
    """A small graph: two documents, up to four entities, relations between them."""
    names = draw(st.lists(_strings(line=True), min_size=2, max_size=4, unique_by=slugify))
    aliases = draw(st.lists(_strings(line=True), max_size=3))
    types = draw(st.lists(st.sampled_from(list(EntityType)), min_size=len(names), max_size=len(names)))
    keys = [slugify(name) for name in names]
    graph = KnowledgeGraph(linker=ArticleLinker())
    titles, sentences, texts, predicate_keys = [], [], [], []
    for number in range(2):
        title = draw(_strings(line=True))
        sentence = draw(_strings(line=False))
        text = draw(_strings(line=True))
        # Predicate keys come from article words too; reusing one makes the second article
        # read the first one's edge again (when it links the same pair), a merged edge.
        key = draw(st.sampled_from(predicate_keys) | _strings(line=True) if predicate_keys else _strings(line=True))
        predicate_keys.append(key)
        stem = draw(_strings(line=True))
        titles.append(title)
        sentences.append(sentence)
        texts.append(text)
        document = Document(
            id=document_id(stem, sentence) + f"-{number}",
            text=sentence,
            title=title,
            date="2022-01-13",
            source=f"{stem}.txt",
        )
        entities = tuple(
            Entity(key=k, label=name, type=kind, aliases=tuple(sorted(set(aliases) - {name})), mentions=1,
                   documents=(document.id,))
            for k, name, kind in zip(keys, names, types, strict=True)
        )
        relation = Relation(
            subject=keys[0],
            key=key,
            object=keys[1 + number % (len(keys) - 1)],
            text=text,
            evidence=Evidence(document.id, sentence, 0, len(sentence)),
            confidence=0.5,
            date="2022-01-13",
            attributed_to=keys[-1],
        )
        graph.add(DocumentGraph(document=document, entities=entities, relations=(relation,)))
    return graph, Texts(tuple(titles), tuple(names), tuple(a for a in aliases if a not in names), tuple(sentences),
                        tuple(texts), tuple(predicate_keys))


# -- checkers ----------------------------------------------------------------------------

SAFE_LOCAL = re.compile(r"^(entity|document|statement)/[a-z0-9]+(?:-[a-z0-9]+)*$")


def _files(out: Path, *suffixes: str) -> list[Path]:
    found = sorted(path for path in out.rglob("*") if path.is_file() and path.suffix.lower() in suffixes)
    assert found, f"no {'/'.join(suffixes)} file written in {out}"
    return found


def _rdf_checker(rdflib_format: str | None, oxigraph_format: str, suffixes: tuple[str, ...], *,
                 same_triples_as_ntriples: bool = True):
    """Strict parse with pyoxigraph and (where it reads the format) rdflib; every text a literal;
    every IRI of the graph's own resources and open predicates from the safe alphabet; and,
    unless the format reifies differently (RDF 1.2), exactly the triples of the N-Triples export."""

    def check(out: Path, graph: KnowledgeGraph, texts: Texts) -> None:
        import pyoxigraph
        import rdflib

        for path in _files(out, *suffixes):
            data = path.read_bytes()
            # pyoxigraph is strict: any bad escape, IRI or literal is an error.
            quads = list(pyoxigraph.parse(data, format=getattr(pyoxigraph.RdfFormat, oxigraph_format)))
            assert quads
            if same_triples_as_ntriples:
                from kg.export.rdf import to_ntriples

                reference = pyoxigraph.parse(to_ntriples(graph).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
                expected = {(q.subject, q.predicate, q.object) for q in reference}
                assert {(q.subject, q.predicate, q.object) for q in quads} == expected, path.name
            literals = {q.object.value for q in quads if isinstance(q.object, pyoxigraph.Literal)}
            iris = {term.value for q in quads for term in _oxigraph_terms(q) if isinstance(term, pyoxigraph.NamedNode)}
            if rdflib_format is not None:
                dataset = rdflib.Dataset()
                dataset.parse(data=data, format=rdflib_format)
                rdflib_literals = {str(o) for _, _, o, _ in dataset.quads() if isinstance(o, rdflib.Literal)}
                assert rdflib_literals == literals, "rdflib and pyoxigraph read different literals"
            for text in texts.held_by(graph):
                assert text in literals, (path.name, text)
            for iri in iris:
                if iri.startswith(graph.base_iri):
                    assert SAFE_LOCAL.match(iri[len(graph.base_iri):]), iri
                elif iri.startswith("https://w3id.org/kg/rel/"):
                    assert re.fullmatch(r"[A-Za-z0-9]+", iri.rsplit("/", 1)[1]), iri

    return check


def _oxigraph_terms(quad) -> Iterable:
    """Every term of a quad, looking inside RDF 1.2 triple terms."""
    import pyoxigraph

    for term in (quad.subject, quad.predicate, quad.object, quad.graph_name):
        if isinstance(term, pyoxigraph.Triple):
            yield from _oxigraph_terms(pyoxigraph.Quad(term.subject, term.predicate, term.object))
        else:
            yield term


# -- property-graph formats: Cypher, Neo4j CSV, GraphML ------------------------------------
# Each is read back as its consumer reads it (tests/propgraph_readers.py) and must load
# exactly the property-graph view (kg.export.propgraph), with only the lossy steps the
# exporter documents applied to the expectation. These formats carry entities and
# relations, not documents: article titles are not part of them (see propgraph's docstring).


def _expected(graph: KnowledgeGraph, *, scalar: Callable[[str], str], item: Callable[[str], str],
              labels: bool = True) -> PropertyGraph:
    """The property-graph view with the format's documented transformations applied."""
    from kg.export.propgraph import nodes, relationships

    def value(raw):
        if isinstance(raw, str):
            return scalar(raw)
        if isinstance(raw, list):
            return [item(entry) for entry in raw]
        return raw

    expected = PropertyGraph()
    for node in nodes(graph):
        properties = {name: value(raw) for name, raw in node.properties.items()}
        expected.add_node(node.key, node.labels if labels else None, properties)
    for relationship in relationships(graph):
        properties = {name: value(raw) for name, raw in relationship.properties.items()}
        expected.add_relationship(relationship.subject, relationship.object, relationship.type, properties)
    return expected


def _assert_loaded(loaded: PropertyGraph, expected: PropertyGraph, graph: KnowledgeGraph, texts: Texts, *,
                   scalar: Callable[[str], str], item: Callable[[str], str]) -> None:
    """The loaded graph is the expected one, every entity and reading of the graph is in
    it with its user text whole, in its place, and so is every generated text the graph holds."""
    assert loaded.nodes == expected.nodes
    assert loaded.relationships == expected.relationships
    for start, end, kind, _properties in loaded.relationships.values():
        # The one place user text (the predicate key) reaches code: an identifier of [A-Z0-9_].
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", kind), kind
        assert {start, end} <= loaded.nodes.keys(), "a relationship to a node that is not there"

    def items(properties: dict, name: str) -> list:
        value = properties.get(name, [])  # propgraph leaves empty lists out
        assert isinstance(value, list), (name, value)
        return value

    # Against the graph itself, as the README documents the properties (not through propgraph).
    for entity in graph.entities():
        _, properties = loaded.nodes[entity.key]
        assert properties["name"] == scalar(entity.label)
        assert items(properties, "aliases") == [item(alias) for alias in entity.aliases]
    for edge in graph.edges():
        start, end, _, properties = loaded.relationships[edge.id]
        assert (start, end, properties["key"]) == (edge.subject, edge.object, scalar(edge.key))
        assert items(properties, "text") == [item(reading.text) for reading in edge.readings]
        assert items(properties, "evidence") == [item(reading.evidence.sentence) for reading in edge.readings]
    # Every generated text that is still in the graph is in the export. (Resolution may
    # fold one entity into another and drop the relation that became a self-loop: those
    # texts are gone before any exporter runs.)
    entities, edges = list(graph.entities()), list(graph.edges())
    held_names = {entity.label for entity in entities} | {alias for entity in entities for alias in entity.aliases}
    held = {
        "names": held_names,
        "sentences": {reading.evidence.sentence for edge in edges for reading in edge.readings},
        "texts": {reading.text for edge in edges for reading in edge.readings},
        "keys": {edge.key for edge in edges},
    }
    nodes = [properties for _, properties in loaded.nodes.values()]
    relationships = [properties for *_, properties in loaded.relationships.values()]
    names = {properties["name"] for properties in nodes}
    aliases = {alias for properties in nodes for alias in items(properties, "aliases")}
    for label in (text for text in texts.labels + texts.aliases if text in held["names"]):
        assert scalar(label) in names or item(label) in aliases, label
    for sentence in (text for text in texts.sentences if text in held["sentences"]):
        assert any(item(sentence) in items(properties, "evidence") for properties in relationships), sentence
    for text in (text for text in texts.relation_texts if text in held["texts"]):
        assert any(item(text) in items(properties, "text") for properties in relationships), text
    for key in (text for text in texts.predicate_keys if text in held["keys"]):
        assert any(scalar(key) == properties["key"] for properties in relationships), key


def _no_nul(text: str) -> str:
    # Documented in kg.export.cypher: FalkorDB strings are C strings, NUL becomes U+FFFD.
    return text.replace("\x00", "\ufffd")


def check_cypher(out: Path, graph: KnowledgeGraph, texts: Texts) -> None:
    [path] = _files(out, ".cypher", ".cql")
    script = path.read_text(encoding="utf-8")
    loaded = read_cypher(script)  # both dialects agree, every statement of a documented shape
    _, code = cypher_tokens(script)
    # Relationship types were checked against their predicate keys (in _assert_loaded); any
    # other appearance of the canary outside a literal is text that escaped its string.
    assert CANARY not in re.sub(r"\[\s*r\s*:\s*[A-Z0-9_]+", "[r:", code), "user text escaped a string literal"
    _assert_loaded(loaded, _expected(graph, scalar=_no_nul, item=_no_nul), graph, texts, scalar=_no_nul, item=_no_nul)


def _no_array_delimiter(text: str) -> str:
    # Documented in kg.export.csv: the importer cannot escape U+001F inside an array item.
    return text.replace(ARRAY_DELIMITER, " ")


def check_csv(out: Path, graph: KnowledgeGraph, texts: Texts) -> None:
    _files(out, ".csv")
    loaded = read_neo4j_csv(out)
    expected = _expected(graph, scalar=str, item=_no_array_delimiter)
    _assert_loaded(loaded, expected, graph, texts, scalar=str, item=_no_array_delimiter)


_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_chars(text: str) -> str:
    # Documented in kg.export.graphml: characters outside XML 1.0's Char become U+FFFD.
    return _NOT_XML_CHAR.sub("\ufffd", text)


def _json_item(text: str) -> str:
    # A list is a JSON array in a string: JSON escapes the C0 controls, so only what it
    # writes raw and XML cannot carry is replaced.
    return json.loads(_xml_chars(json.dumps([text], ensure_ascii=False)))[0]


def check_graphml(out: Path, graph: KnowledgeGraph, texts: Texts) -> None:
    [path] = _files(out, ".graphml")
    expected = _expected(graph, scalar=_xml_chars, item=_json_item, labels=False)
    lists = {name for _, properties in expected.nodes.values() for name, value in properties.items()
             if isinstance(value, list)}
    lists |= {name for *_, properties in expected.relationships.values() for name, value in properties.items()
              if isinstance(value, list)}
    loaded, attributes = read_graphml(path, lists)
    assert attributes == {"base_iri": graph.base_iri}
    _assert_loaded(loaded, expected, graph, texts, scalar=_xml_chars, item=_json_item)


class _PageScanner(HTMLParser):
    """Counts <script> elements and keeps the JSON data islands apart from the rest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts = 0
        self.json_blocks: list[str] = []
        self.event_attributes: list[str] = []
        self._json = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
            self._json = dict(attrs).get("type") == "application/json"
            if self._json:
                self.json_blocks.append("")
        self.event_attributes.extend(value or "" for name, value in attrs if name.startswith("on"))

    def handle_endtag(self, tag):
        if tag == "script":
            self._json = False

    def handle_data(self, data):
        if self._json:
            self.json_blocks[-1] += data


def _json_strings(value) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


_EMPTY_GRAPH_TITLE = "Knowledge graph"  # kg.export.html's heading when no single document names the page


def _outside_data(page: str, scanner: _PageScanner) -> str:
    for block in scanner.json_blocks:
        page = page.replace(block, "")
    return page


def _html_baseline(name: str) -> tuple[int, str]:
    """The empty graph's page: how many scripts it has and its markup outside the data block."""
    with tempfile.TemporaryDirectory() as folder:
        written = EXPORTERS[name].write(KnowledgeGraph(), folder)
        page = Path(written).read_text(encoding="utf-8")
        scanner = _PageScanner()
        scanner.feed(page)
        scanner.close()
        outside = _outside_data(page, scanner)
        assert outside.count(f">{_EMPTY_GRAPH_TITLE}<") == 2, "the template's <title> and <h1> moved"
        return scanner.scripts, outside


def check_html(out: Path, graph: KnowledgeGraph, texts: Texts) -> None:
    expected_scripts, template = _html_baseline("html")
    for path in _files(out, ".html", ".htm"):
        page = path.read_text(encoding="utf-8")
        scanner = _PageScanner()
        scanner.feed(page)
        scanner.close()
        assert scanner.scripts == expected_scripts, "an injected <script> (or a broken one) in the page"
        assert not any(CANARY in value for value in scanner.event_attributes)
        data = [json.loads(block) for block in scanner.json_blocks]
        strings = [string for value in data for string in _json_strings(value)]
        outside = _outside_data(page, scanner)
        assert CANARY not in outside.replace("&lt;", "").replace("&amp;", ""), "user text outside the data block"
        # Outside its data block the page is the template, byte for byte, but for the title
        # (the one text the HTML itself holds, escaped): no user text reaches the markup.
        [title] = {value["title"] for value in data if isinstance(value, dict) and "title" in value}
        expected = template.replace(f">{_EMPTY_GRAPH_TITLE}<", f">{html.escape(title)}<")
        assert outside == expected, "the page's markup outside its data block is not the template's"
        for text in texts.held_by(graph):
            assert any(text in string for string in strings), text


CHECKERS: dict[str, Callable[[Path, KnowledgeGraph, Texts], None]] = {
    "ttl": _rdf_checker("turtle", "TURTLE", (".ttl",)),
    # rdflib 7 cannot read RDF 1.2 triple terms (<<( s p o )>>): pyoxigraph alone checks it.
    "ttl-star": _rdf_checker(None, "TURTLE", (".ttl",), same_triples_as_ntriples=False),
    "nt": _rdf_checker("nt", "N_TRIPLES", (".nt",)),
    "trig": _rdf_checker("trig", "TRIG", (".trig",)),
    "jsonld": _rdf_checker("json-ld", "JSON_LD", (".jsonld", ".json")),
    "cypher": check_cypher,
    "csv": check_csv,
    "graphml": check_graphml,
    "html": check_html,
}


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_exporter_has_an_injection_checker(name):
    if name not in CHECKERS:
        pytest.fail(f"format {name!r} has no injection checker: add one to CHECKERS in {__name__}")


@pytest.mark.parametrize("name", sorted(EXPORTERS))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                 HealthCheck.function_scoped_fixture])
@given(case=graphs())
def test_hostile_text_through_every_exporter(name, case):
    exporter = EXPORTERS[name]
    checker = CHECKERS.get(name)
    if checker is None:
        pytest.fail(f"format {name!r} has no injection checker")
    graph, texts = case
    with tempfile.TemporaryDirectory() as folder:
        exporter.write(graph, folder)
        checker(Path(folder), graph, texts)


def test_the_cypher_tokenizer_catches_a_broken_literal():
    # The checker must be able to fail: pasted text breaks out of its string.
    name = "O'Brien DETACH DELETE n //"
    with pytest.raises(AssertionError):
        literals, code = cypher_tokens(f"CREATE (:Person {{name: '{name}'}});")
        assert "DETACH" not in code
    literals, code = cypher_tokens("CREATE (:P {name: 'O\\'Brien \\u00e9'}); // x'\n")
    assert literals == ["O'Brien é"] and "DETACH" not in code
    # FalkorDB keeps the backslash of an escape it does not know; Neo4j rejects unknown ones.
    assert cypher_tokens("RETURN 'O\\'Brien \\u00e9'", "falkordb")[0] == ["O'Brien \\u00e9"]
    with pytest.raises(AssertionError):
        cypher_tokens("RETURN 'C:\\quotes'", "neo4j")


def _tricky_texts(graph: KnowledgeGraph) -> Texts:
    entities, edges = list(graph.entities()), list(graph.edges())
    return Texts(
        titles=(),
        labels=tuple(entity.label for entity in entities),
        aliases=tuple(alias for entity in entities for alias in entity.aliases),
        sentences=tuple(reading.evidence.sentence for edge in edges for reading in edge.readings),
        relation_texts=tuple(reading.text for edge in edges for reading in edge.readings),
        predicate_keys=tuple(edge.key for edge in edges),
    )


def _tamper_cypher(folder: Path) -> None:
    # Undo one escaped quote: the text after it leaves its literal.
    path = folder / "graph.cypher"
    script = path.read_text(encoding="utf-8")
    assert "\\'" in script
    path.write_text(script.replace("\\'", "'", 1), encoding="utf-8")


def _tamper_cypher_dialect(folder: Path) -> None:
    # An escape only Neo4j decodes: the two databases would store different text.
    path = folder / "graph.cypher"
    path.write_text(path.read_text(encoding="utf-8").replace("Shared Org", "Shared \\u004frg", 1), encoding="utf-8")


def _tamper_csv(folder: Path) -> None:
    # Write one quoted field unquoted: its comma or line break splits the cell.
    path = folder / "relationships.csv"
    text = path.read_text(encoding="utf-8")
    field = re.search(r'"([^"]*[,\n][^"]*)"', text)
    assert field is not None
    path.write_text(text.replace(field[0], field[1], 1), encoding="utf-8")


def _tamper_graphml(folder: Path) -> None:
    # Lose the carriage return the exporter keeps with &#13;.
    path = folder / "graph.graphml"
    text = path.read_text(encoding="utf-8")
    assert "&#13;" in text
    path.write_text(text.replace("&#13;", "", 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "tamper"),
    [("cypher", _tamper_cypher), ("cypher", _tamper_cypher_dialect), ("csv", _tamper_csv),
     ("graphml", _tamper_graphml)],
)
def test_the_property_graph_checkers_pass_the_export_and_catch_a_tampered_one(name, tamper, tricky_graph, tmp_path):
    texts = _tricky_texts(tricky_graph)
    EXPORTERS[name].write(tricky_graph, tmp_path)
    CHECKERS[name](tmp_path, tricky_graph, texts)
    tamper(tmp_path)
    with pytest.raises(AssertionError):
        CHECKERS[name](tmp_path, tricky_graph, texts)
