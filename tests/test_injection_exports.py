"""No injection: hostile text in names, aliases, sentences and titles goes through
every registered exporter, and each export still parses strictly with the text intact.

The graphs are built by hand from ``kg.records`` with hypothesis-generated text
that has passed ``kg.sources.clean_text``/``clean_line``, exactly as article text
does on its way in. Each format in ``kg.export.EXPORTERS`` needs a checker in
``CHECKERS`` (keyed by format name); a format without one fails loudly.
"""

from __future__ import annotations

import csv
import importlib.util
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
from kg.sources import clean_line, clean_text, document_id
from kg.types import EntityType

CANARY = "KGINJECTEDCANARY"
NASTY = [
    '"', "'", "\\", "\n", "<", ">", "&", '"""', "'''", "</script>", "<script>alert(1)</script>", "<!--", "]]>",
    "} ; DROP ALL ; INSERT DATA { <a> <b> <c> }", '"; DROP GRAPH <x> ; #', "'}) MATCH (n) DETACH DELETE n //",
    "`) DETACH DELETE n //", "\\u0022", '\\"', "a\\", '<http://x> <y> "z" .', "@prefix x: <y> .", "^^xsd:int", "@en",
    "\u2028", "\u2029", "\ufeff", "\x00", "\x1b[31m", "\x7f", "\x85", "\ud800", "\uffff", "\t", "é", "😀", "{{x}}",
    "%s", "\r\n", "\r", "&amp;", "&#0;", "<![CDATA[", "?x", "$x", "\u202e", "a b", "x:y", "<>", " ", "#",
    f"'); {CANARY} //", f'"}}]; {CANARY}', f"\n{CANARY}\n", f"</script><script>{CANARY}</script>",
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

    def all(self) -> tuple[str, ...]:
        return self.titles + self.labels + self.aliases + self.sentences + self.relation_texts


@st.composite
def graphs(draw) -> tuple[KnowledgeGraph, Texts]:
    """A small graph: two documents, up to four entities, relations between them."""
    names = draw(st.lists(_strings(line=True), min_size=2, max_size=4, unique_by=slugify))
    aliases = draw(st.lists(_strings(line=True), max_size=3))
    types = draw(st.lists(st.sampled_from(list(EntityType)), min_size=len(names), max_size=len(names)))
    keys = [slugify(name) for name in names]
    graph = KnowledgeGraph()
    titles, sentences, texts = [], [], []
    for number in range(2):
        title = draw(_strings(line=True))
        sentence = draw(_strings(line=False))
        text = draw(_strings(line=True))
        key = draw(_strings(line=True))  # predicate keys come from article words too
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
            modality=draw(st.none() | _strings(line=True)),
            attributed_to=keys[-1],
        )
        graph.add(DocumentGraph(document=document, entities=entities, relations=(relation,)))
    return graph, Texts(tuple(titles), tuple(names), tuple(a for a in aliases if a not in names), tuple(sentences),
                        tuple(texts))


# -- checkers ----------------------------------------------------------------------------

SAFE_LOCAL = re.compile(r"^(entity|document|statement)/[a-z0-9]+(?:-[a-z0-9]+)*$")


def _files(out: Path, *suffixes: str) -> list[Path]:
    found = sorted(path for path in out.rglob("*") if path.is_file() and path.suffix.lower() in suffixes)
    assert found, f"no {'/'.join(suffixes)} file written in {out}"
    return found


def _rdf_checker(rdflib_format: str | None, oxigraph_format: str, suffixes: tuple[str, ...]):
    """Strict parse with pyoxigraph and (where it reads the format) rdflib; every text a literal;
    every IRI of the graph's own resources and open predicates from the safe alphabet."""

    def check(out: Path, graph: KnowledgeGraph, texts: Texts) -> None:
        import pyoxigraph
        import rdflib

        for path in _files(out, *suffixes):
            data = path.read_bytes()
            # pyoxigraph is strict: any bad escape, IRI or literal is an error.
            quads = list(pyoxigraph.parse(data, format=getattr(pyoxigraph.RdfFormat, oxigraph_format)))
            assert quads
            literals = {q.object.value for q in quads if isinstance(q.object, pyoxigraph.Literal)}
            iris = {term.value for q in quads for term in _oxigraph_terms(q) if isinstance(term, pyoxigraph.NamedNode)}
            if rdflib_format is not None:
                dataset = rdflib.Dataset()
                dataset.parse(data=data, format=rdflib_format)
                rdflib_literals = {str(o) for _, _, o, _ in dataset.quads() if isinstance(o, rdflib.Literal)}
                assert rdflib_literals == literals, "rdflib and pyoxigraph read different literals"
            for text in texts.all():
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


_CYPHER_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def cypher_tokens(source: str) -> tuple[list[str], str]:
    """Split Cypher into decoded string literals and the code around them (comments dropped).

    Raises AssertionError on an unterminated string, comment or identifier, or a bad escape.
    """
    literals: list[str] = []
    code: list[str] = []
    position = 0
    while position < len(source):
        char = source[position]
        if char in "'\"":
            value, position = _cypher_string(source, position)
            literals.append(value)
        elif char == "`":
            end = position + 1
            while True:
                end = source.find("`", end)
                assert end != -1, f"unterminated `identifier` at {position}"
                if source.startswith("``", end):
                    end += 2
                    continue
                break
            literals.append(source[position + 1 : end].replace("``", "`"))
            position = end + 1
        elif source.startswith("//", position):
            end = source.find("\n", position)
            position = len(source) if end == -1 else end + 1
        elif source.startswith("/*", position):
            end = source.find("*/", position + 2)
            assert end != -1, f"unterminated comment at {position}"
            position = end + 2
        else:
            code.append(char)
            position += 1
    return literals, "".join(code)


def _cypher_string(source: str, start: int) -> tuple[str, int]:
    quote = source[start]
    value: list[str] = []
    position = start + 1
    while True:
        assert position < len(source), f"unterminated string literal at {start}"
        char = source[position]
        if char == quote:
            return "".join(value), position + 1
        if char == "\\":
            escape = source[position + 1 : position + 2]
            if escape in _CYPHER_ESCAPES:
                value.append(_CYPHER_ESCAPES[escape])
                position += 2
            elif escape == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", source[position + 2 : position + 6]):
                value.append(chr(int(source[position + 2 : position + 6], 16)))
                position += 6
            elif escape == "U" and re.fullmatch(r"[0-9a-fA-F]{8}", source[position + 2 : position + 10]):
                value.append(chr(int(source[position + 2 : position + 10], 16)))
                position += 10
            else:
                raise AssertionError(f"invalid escape \\{escape} at {position}")
            continue
        value.append(char)
        position += 1


def _surrogates_joined(text: str) -> str:
    """``\\uD83D\\uDE00`` pairs decoded one unit at a time, joined back into one character."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16")


def check_cypher(out: Path, graph: KnowledgeGraph, texts: Texts) -> None:
    for path in _files(out, ".cypher", ".cql"):
        literals, code = cypher_tokens(path.read_text(encoding="utf-8"))
        literals = [_surrogates_joined(literal) for literal in literals]
        assert CANARY not in code, "user text escaped a string literal"
        for text in texts.all():
            assert any(text in literal for literal in literals), text


def check_csv(out: Path, graph: KnowledgeGraph, texts: Texts) -> None:
    cells: list[str] = []
    for path in _files(out, ".csv"):
        with path.open(encoding="utf-8", newline="") as stream:
            rows = list(csv.reader(stream, strict=True))
        assert rows, path
        width = len(rows[0])
        assert all(len(row) == width for row in rows), f"{path.name}: ragged rows (a field broke out of its cell)"
        cells.extend(cell for row in rows for cell in row)
    for text in texts.all():
        assert any(text in cell for cell in cells), text


def check_graphml(out: Path, graph: KnowledgeGraph, texts: Texts) -> None:
    import networkx as nx

    values: list[str] = []
    for path in _files(out, ".graphml"):
        nxg = nx.read_graphml(path)
        values.extend(str(value) for value in nxg.graph.values())
        for _, data in nxg.nodes(data=True):
            values.extend(str(value) for value in data.values())
        for *_, data in nxg.edges(data=True):
            values.extend(str(value) for value in data.values())
    for text in texts.all():
        assert any(text in value for value in values), text


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


def _html_baseline_scripts(name: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        written = EXPORTERS[name].write(KnowledgeGraph(), folder)
        scanner = _PageScanner()
        scanner.feed(Path(written).read_text(encoding="utf-8"))
        return scanner.scripts


def check_html(out: Path, graph: KnowledgeGraph, texts: Texts) -> None:
    expected_scripts = _html_baseline_scripts("html")
    for path in _files(out, ".html", ".htm"):
        page = path.read_text(encoding="utf-8")
        scanner = _PageScanner()
        scanner.feed(page)
        scanner.close()
        assert scanner.scripts == expected_scripts, "an injected <script> (or a broken one) in the page"
        assert not any(CANARY in value for value in scanner.event_attributes)
        strings = [string for block in scanner.json_blocks for string in _json_strings(json.loads(block))]
        outside = page
        for block in scanner.json_blocks:
            outside = outside.replace(block, "")
        assert CANARY not in outside.replace("&lt;", "").replace("&amp;", ""), "user text outside the data block"
        for text in texts.all():
            assert any(text in string for string in strings), text
            # Raw text that would open a tag or a character reference must not be in the markup.
            if re.search(r"<[A-Za-z/!?]|&#?\w+;?", text):
                assert text not in outside, f"unescaped user text in the page: {text!r}"


CHECKERS: dict[str, Callable[[Path, KnowledgeGraph, Texts], None]] = {
    "ttl": _rdf_checker("turtle", "TURTLE", (".ttl",)),
    # rdflib 7 cannot read RDF 1.2 triple terms (<<( s p o )>>): pyoxigraph alone checks it.
    "ttl-star": _rdf_checker(None, "TURTLE", (".ttl",)),
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
    if importlib.util.find_spec(exporter.target.split(":")[0]) is None:
        pytest.skip(f"{exporter.target} is not on this branch yet")
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
