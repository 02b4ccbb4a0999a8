"""Cypher export: escaping, statement shape, and the script run in a real FalkorDB."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.export import cypher, propgraph
from kg.export.cypher import cypher_statements, cypher_string, to_cypher, write_cypher
from kg.export.propgraph import relationship_type

# Any text kg can hold: decoded UTF-8 has no lone surrogates; NUL is tested apart.
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
_DECODE = {"\\": "\\", "'": "'", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def decode_literal(literal: str) -> str:
    """Read a single-quoted Cypher string literal as the openCypher grammar does."""
    assert literal[0] == literal[-1] == "'"
    out, index, body = [], 0, literal[1:-1]
    while index < len(body):
        char = body[index]
        if char == "\\":
            out.append(_DECODE[body[index + 1]])
            index += 2
            continue
        assert char != "'", f"unescaped quote in {literal!r}"
        out.append(char)
        index += 1
    return "".join(out)


@given(TEXT)
def test_cypher_string_round_trips_through_the_grammar(text):
    literal = cypher_string(text)
    assert decode_literal(literal) == text
    assert "\n" not in literal and "\r" not in literal


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("O'Brien", r"'O\'Brien'"),
        ("a\\b", r"'a\\b'"),
        ("x\ny", r"'x\ny'"),
        ("\\'", r"'\\\''"),
        ("🙂 é", "'🙂 é'"),
        ("nul\x00", "'nul\ufffd'"),
    ],
)
def test_cypher_string_cases(text, literal):
    assert cypher_string(text) == literal


@given(st.text(alphabet=st.sampled_from("\\'\n\r\t\b\f\x00\"aé🙂\u2028 "), max_size=40) | st.text(max_size=40))
def test_cypher_string_is_the_escape_table_in_one_pass(text):
    """The chained replacements (fast) give what one pass of the escape table gives:
    an escape made for one character is never escaped again."""
    assert cypher_string(text) == "'" + text.translate(cypher._TABLE) + "'"


@given(st.text(max_size=30))
def test_relationship_types_are_plain_identifiers(key):
    assert re.fullmatch(r"[A-Z_][A-Z0-9_]*", relationship_type(key))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_cypher_string_round_trips_through_falkordb(falkordb_url, text):
    from falkordb import FalkorDB

    host, port = falkordb_url.removeprefix("redis://").split(":")
    handle = FalkorDB(host=host, port=int(port)).select_graph("escape")
    assert handle.query(f"RETURN {cypher_string(text)} AS x").result_set[0][0] == text
    assert handle.query("RETURN $x AS x", {"x": text}).result_set[0][0] == text


def test_cypher_script_has_one_statement_per_node_and_edge(seed_graph, tmp_path):
    script = write_cypher(seed_graph, tmp_path / "graph.cypher").read_text(encoding="utf-8")
    statements = cypher_statements(script)
    merges = [s for s in statements if s.startswith("MERGE (n:")]
    matches = [s for s in statements if s.startswith("MATCH (a:")]
    # Entities, events, positions and quotes; edges and the facts' relationships.
    assert len(merges) == len(list(propgraph.nodes(seed_graph)))
    assert len(matches) == len(list(propgraph.relationships(seed_graph)))
    assert len([s for s in merges if s.startswith("MERGE (n:Entity")]) == len(seed_graph)
    assert len(statements) == len(merges) + len(matches)
    tokayev = seed_graph.find("Tokayev")
    csto = seed_graph.find("CSTO") or seed_graph.find("Collective Security Treaty Organisation")
    assert tokayev is not None and csto is not None
    assert any(
        f"{{key: {cypher_string(tokayev.key)}}}), (b:Entity {{key: {cypher_string(csto.key)}}}) "
        "MERGE (a)-[r:REQUEST_FROM " in s
        for s in matches
    )
    assert to_cypher(seed_graph) == script  # deterministic


def _view_counts(graph):
    """Nodes and relationships of the property-graph view: entities, events,
    positions and quotes; edges and the facts' relationships."""
    return len(list(propgraph.nodes(graph))), len(list(propgraph.relationships(graph)))


def _counts(handle):
    nodes = handle.query("MATCH (n) RETURN count(n)").result_set[0][0]
    edges = handle.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
    return nodes, edges


def test_cypher_script_runs_in_falkordb_twice_without_duplicates(falkordb_url, tricky_graph):
    from falkordb import FalkorDB

    from kg.stores import run_cypher_script

    url = falkordb_url + "/tricky_script"
    for _ in range(2):
        run_cypher_script(to_cypher(tricky_graph), url)
    host, port = falkordb_url.removeprefix("redis://").split(":")
    handle = FalkorDB(host=host, port=int(port)).select_graph("tricky_script")
    assert _counts(handle) == _view_counts(tricky_graph)
    # Every user text came back exactly, through the script's literals.
    rows = handle.query("MATCH (n:Person) RETURN n.key, n.name, n.aliases ORDER BY n.key").result_set
    expected = [[e.key, e.label, list(e.aliases)] for e in tricky_graph.entities() if e.type.value == "Person"]
    assert rows == expected
    rows = handle.query("MATCH ()-[r]->() RETURN r.id, r.text, r.evidence, r.confidence ORDER BY r.id").result_set
    expected = sorted(
        [edge.id, [r.text for r in edge.readings], [r.evidence.sentence for r in edge.readings],
         round(edge.confidence, 4)]
        for edge in tricky_graph.edges()
    )
    assert rows == expected


def test_cypher_script_keeps_every_reading_of_a_merged_edge(falkordb_url, two_readings_graph):
    from falkordb import FalkorDB

    from kg.stores import run_cypher_script

    run_cypher_script(to_cypher(two_readings_graph), falkordb_url + "/two_readings")
    host, port = falkordb_url.removeprefix("redis://").split(":")
    handle = FalkorDB(host=host, port=int(port)).select_graph("two_readings")
    [edge] = two_readings_graph.edges()
    rows = handle.query("MATCH ()-[r]->() RETURN r.text, r.evidence, r.documents").result_set
    assert rows == [[[r.text for r in edge.readings], [r.evidence.sentence for r in edge.readings], ["doc-0", "doc-1"]]]
    assert len(rows[0][0]) == 2
