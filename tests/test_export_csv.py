"""Neo4j bulk-import CSVs: headers, and every row read back equals the graph."""

from __future__ import annotations

import csv
import io

import pytest

from kg.export import EXPORTERS
from kg.export.csv import ARRAY_DELIMITER, RELATIONSHIPS_FILENAME, to_nodes_csv, to_relationships_csv
from kg.export.propgraph import relationship_type


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _array(field: str) -> list[str]:
    return field.split(ARRAY_DELIMITER) if field else []


@pytest.mark.parametrize("name", ["seed_graph", "tricky_graph"])
def test_csv_nodes_read_back_equal_the_entities(name, request):
    graph = request.getfixturevalue(name)
    rows = _rows(to_nodes_csv(graph))
    assert list(rows[0])[:2] == ["key:ID(Entity)", ":LABEL"]
    assert len(rows) == len(graph)  # entities only: events, positions and quotes have files of their own
    for row, entity in zip(rows, graph.entities(), strict=True):
        assert row["key:ID(Entity)"] == entity.key
        assert _array(row[":LABEL"]) == ["Entity", entity.type.value, *(["Description"] if entity.described else [])]
        assert row["described:boolean"] == ("true" if entity.described else "false")
        assert row["head"] == (entity.head or "")
        assert row["name"] == entity.label
        assert row["iri"] == graph.base_iri + "entity/" + entity.key
        assert _array(row["aliases:string[]"]) == list(entity.aliases)
        assert int(row["mentions:long"]) == entity.mentions
        assert _array(row["documents:string[]"]) == list(entity.documents)


@pytest.mark.parametrize("name", ["seed_graph", "tricky_graph"])
def test_csv_relationships_read_back_equal_the_edges(name, request):
    graph = request.getfixturevalue(name)
    rows = _rows(to_relationships_csv(graph))
    assert list(rows[0])[:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert len(rows) == len(list(graph.edges()))  # edges between entities only: roles.csv has the rest
    for row, edge in zip(rows, graph.edges(), strict=True):
        assert (row[":START_ID(Entity)"], row[":END_ID(Entity)"]) == (edge.subject, edge.object)
        assert row[":TYPE"] == relationship_type(edge.key)
        assert (row["id"], row["key"]) == (edge.id, edge.key)
        assert _array(row["text:string[]"]) == [r.text for r in edge.readings]
        assert _array(row["evidence:string[]"]) == [r.evidence.sentence for r in edge.readings]
        assert _array(row["documents:string[]"]) == [r.evidence.document for r in edge.readings]
        assert float(row["confidence:double"]) == round(edge.confidence, 4)
        assert row["date"] == min((r.date for r in edge.readings if r.date), default="")
        assert int(row["readings:long"]) == len(edge.readings)


def test_csv_marks_the_seed_article_descriptions_and_keeps_a_name_ner_missed_named(seed_graph):
    rows = {row["name"]: row for row in _rows(to_nodes_csv(seed_graph))}
    forces = rows["security forces"]
    assert _array(forces[":LABEL"]) == ["Entity", "Group", "Description"]
    assert (forces["described:boolean"], forces["head"]) == ("true", "forces")
    interfax = rows["Interfax news agency"]  # a description node NER missed a name in: named
    assert (_array(interfax[":LABEL"]), interfax["described:boolean"], interfax["head"]) == (
        ["Entity", "Organization"], "false", "")
    assert rows["Kassym-Jomart Tokayev"]["described:boolean"] == "false"


def test_csv_has_the_tokayev_request_edge(seed_graph):
    tokayev = seed_graph.find("Tokayev")
    csto = seed_graph.find("CSTO") or seed_graph.find("Collective Security Treaty Organisation")
    rows = _rows(to_relationships_csv(seed_graph))
    assert any(
        (r[":START_ID(Entity)"], r[":TYPE"], r[":END_ID(Entity)"]) == (tokayev.key, "REQUEST_FROM", csto.key)
        for r in rows
    )


def test_csv_exporter_writes_both_files(tricky_graph, tmp_path):
    written = EXPORTERS["csv"].write(tricky_graph, tmp_path)
    assert written == tmp_path / "nodes.csv"
    assert written.read_bytes().decode("utf-8") == to_nodes_csv(tricky_graph)
    assert (tmp_path / RELATIONSHIPS_FILENAME).read_bytes().decode("utf-8") == to_relationships_csv(tricky_graph)


def test_csv_keeps_every_reading_of_a_merged_edge(two_readings_graph):
    [row] = _rows(to_relationships_csv(two_readings_graph))
    [edge] = two_readings_graph.edges()
    assert _array(row["text:string[]"]) == [r.text for r in edge.readings] == [
        "asked the 'bloc' for help", 'appealed to "it"\nagain']
    assert _array(row["documents:string[]"]) == ["doc-0", "doc-1"]
