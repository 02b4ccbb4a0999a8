"""`kg export` converts an existing graph.ttl without re-parsing; `kg build --format` writes the same."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from kg.export.csv import to_nodes_csv, to_relationships_csv
from kg.export.cypher import to_cypher
from kg.export.graphml import to_graphml
from kg.export.rdf import write_turtle


def test_kg_export_writes_the_formats_from_a_turtle_file(tricky_graph, tmp_path):
    write_turtle(tricky_graph, tmp_path / "graph.ttl")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["export", str(tmp_path / "graph.ttl"), "--format", "cypher,csv,graphml",
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output

    def read(name: str) -> str:
        return (out / name).read_bytes().decode("utf-8")

    assert read("graph.cypher") == to_cypher(tricky_graph)
    assert read("nodes.csv") == to_nodes_csv(tricky_graph)
    assert read("relationships.csv") == to_relationships_csv(tricky_graph)
    assert read("graph.graphml") == to_graphml(tricky_graph)


def test_kg_export_defaults_to_the_graph_folder(tricky_graph, tmp_path):
    write_turtle(tricky_graph, tmp_path / "graph.ttl")
    result = CliRunner().invoke(main, ["export", str(tmp_path), "--format", "graphml"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.graphml").is_file()


def test_kg_export_rejects_unknown_formats_and_non_kg_files(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("@prefix ex: <http://e/> . ex:a ex:b ex:c .", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(bad), "--format", "neo"])
    assert result.exit_code == 2 and "unknown format neo" in result.output
    result = CliRunner().invoke(main, ["export", str(bad), "--format", "cypher"])
    assert result.exit_code == 1 and "no kg entities" in result.output
