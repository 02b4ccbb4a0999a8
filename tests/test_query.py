"""`kg query`: SPARQL over exported files; read-only; output formats."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export.rdf import write_trig, write_turtle
from kg.stores.sparql import QueryError, check_read_only, run_query

PEOPLE = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name WHERE { ?person a kg:Person ; rdfs:label ?name } ORDER BY ?name
"""


@pytest.fixture(scope="module")
def seed_files(seed_graph, tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    return write_turtle(seed_graph, folder / "graph.ttl"), write_trig(seed_graph, folder / "graph.trig")


def test_query_finds_people_in_turtle_and_trig(seed_files):
    for path in seed_files:
        result = run_query([path], PEOPLE)
        assert ("Kassym-Jomart Tokayev",) in result.rows


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }",
        "# comment\nDROP ALL",
        "LOAD <file:///etc/passwd>",
        "CLEAR DEFAULT",
    ],
)
def test_query_refuses_updates(update):
    with pytest.raises(QueryError, match="read-only"):
        check_read_only(update)


def test_query_refuses_service_but_not_the_word_in_a_string():
    with pytest.raises(QueryError, match="SERVICE"):
        check_read_only("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    check_read_only('SELECT * WHERE { ?s ?p "customer SERVICE desk" }')


def test_query_cli_formats(seed_files):
    ttl, _ = seed_files
    runner = CliRunner()
    table = runner.invoke(main, ["query", str(ttl), PEOPLE])
    assert table.exit_code == 0 and "Kassym-Jomart Tokayev" in table.output and "rows)" in table.output
    as_json = json.loads(runner.invoke(main, ["query", str(ttl), PEOPLE, "--format", "json"]).output)
    assert {"name": "Kassym-Jomart Tokayev"} in as_json["results"]["bindings"]
    as_csv = runner.invoke(main, ["query", str(ttl), PEOPLE, "--format", "csv"]).output
    assert as_csv.splitlines()[0] == "name"


def test_query_cli_update_is_a_clear_error(seed_files):
    result = CliRunner().invoke(main, ["query", str(seed_files[0]), "DELETE WHERE { ?s ?p ?o }"])
    assert result.exit_code == 1 and "read-only" in result.output


def test_query_ask(seed_files):
    assert run_query([seed_files[0]], "ASK { ?s ?p ?o }").boolean is True
