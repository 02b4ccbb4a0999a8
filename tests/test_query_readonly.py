"""``kg query`` is read-only and reads only the files it is given, however the
update or the outside reference is dressed up (comments, case, escapes, a second
operation after a query)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.stores.sparql import run_query

GRAPH = """@prefix ex: <https://example.org/> .
ex:a ex:name "Alice" .
ex:b ex:name "Bob" .
"""
SECRET = "kg-secret-value-7f3a"


@pytest.fixture
def files(tmp_path):
    graph = tmp_path / "graph.ttl"
    graph.write_text(GRAPH, encoding="utf-8")
    secret = tmp_path / "secret.ttl"
    secret.write_text(f'<https://example.org/s> <https://example.org/p> "{SECRET}" .\n', encoding="utf-8")
    return graph, secret


def _digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


UPDATES = [
    "INSERT DATA { <https://example.org/x> <https://example.org/p> 1 }",
    "delete where { ?s ?p ?o }",
    "PREFIX ex: <https://example.org/>\nDELETE { ?s ex:name ?n } WHERE { ?s ex:name ?n }",
    "# it's a comment with a quote\nINSERT DATA { <https://example.org/x> <https://example.org/p> 1 }",
    "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <https://example.org/x> <https://example.org/p> 1 }",
    "\\u0049NSERT DATA { <https://example.org/x> <https://example.org/p> 1 }",
    "CLEAR ALL",
    "DROP DEFAULT",
    "LOAD <file:///etc/hostname>",
    "WITH <https://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "BASE <https://example.org/> INSERT DATA { <x> <p> 1 }",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_and_the_file_is_untouched(files, update):
    graph, _ = files
    before = _digest(graph)
    with pytest.raises(KgError):
        run_query([graph], update)
    assert _digest(graph) == before
    # And the graph still answers as before: nothing was inserted or deleted in the store either.
    names = run_query([graph], "SELECT ?n WHERE { ?s <https://example.org/name> ?n } ORDER BY ?n")
    assert [row[0] for row in names.rows] == ["Alice", "Bob"]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?o FROM <{secret}> WHERE {{ ?s ?p ?o }}",
        "SELECT ?o FROM NAMED <{secret}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "SELECT ?o WHERE {{ GRAPH <{secret}> {{ ?s ?p ?o }} }}",
        "SELECT ?o WHERE {{ SERVICE <{secret}> {{ ?s ?p ?o }} }}",
        "SELECT ?o WHERE {{ service\n<{secret}> {{ ?s ?p ?o }} }}",
        "SELECT ?o WHERE {{ \\u0053ERVICE <{secret}> {{ ?s ?p ?o }} }}",
    ],
)
def test_no_other_file_is_read(files, query):
    graph, secret = files
    text = query.format(secret=secret.resolve().as_uri())
    try:
        result = run_query([graph], text)
    except KgError:
        return  # refused: fine
    values = [value for row in result.rows for value in row if value]
    assert SECRET not in values


def test_the_cli_refuses_an_update_in_one_line_without_traceback(files):
    graph, _ = files
    before = _digest(graph)
    result = CliRunner().invoke(main, ["query", str(graph), "DELETE WHERE { ?s ?p ?o }"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert [line for line in result.stderr.splitlines() if line] == [
        "Error: SPARQL Update is refused: kg query is read-only"
    ]
    assert _digest(graph) == before
