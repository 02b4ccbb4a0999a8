"""The seed built by the real pipeline: its events, positions and quotes are stored,
exported in every format, valid under the shapes with RDFS inference, and read
back from the export as they were."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import RDF, Graph

from kg.export import EXPORTERS
from kg.export.reader import read_graph
from kg.ontology import data_file
from kg.ontology.terms import KG, load_ontology
from kg.records import Event

ROOT = Path(__file__).resolve().parent.parent
EXPORT = ROOT / "exports" / "graph.ttl"


def test_the_seed_has_events_positions_and_quotes(seed_graph):
    stats = seed_graph.stats()
    assert stats["events"] >= 10 and stats["positions"] >= 1 and stats["quotes"] >= 1
    (part,) = seed_graph.parts.values()
    headline = next(event for event in seed_graph.events() if event.id == part.headline_event)
    assert (headline.lemma, headline.factuality.value) == ("pull out", "planned")
    rdf = Graph().parse(EXPORT)
    assert len(set(rdf.subjects(RDF.type, KG.Event))) == stats["events"]
    assert len(set(rdf.subjects(RDF.type, KG.Position))) == stats["positions"]
    assert len(set(rdf.subjects(RDF.type, KG.Quote))) == stats["quotes"]
    assert len(set(rdf.subject_objects(KG.headlineEvent))) == 1


def test_the_committed_seed_export_conforms_under_rdfs_inference():
    # What `pyshacl -s kg/ontology/shapes.ttl -e kg/ontology/kg.ttl -i rdfs exports/graph.ttl` checks.
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(data=data_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    for inference in ("none", "rdfs"):
        conforms, _, report = pyshacl.validate(
            Graph().parse(EXPORT), shacl_graph=shapes, ont_graph=load_ontology(), inference=inference,
            allow_warnings=False,
        )
        assert conforms, report


def _as_exported(event: Event) -> Event:
    """What the RDF export keeps of an event: an entity argument is the entity
    (its words are the entity's label, or its number's), and no argument keeps its
    offsets."""
    participants = sorted(
        (participant.role, participant.entity or "", participant.text if participant.entity is None or
         participant.quantity else "", participant.head, participant.quantity)
        for participant in event.participants
    )
    return replace(event, participants=tuple(participants))  # type: ignore[arg-type]


def test_reading_the_seed_export_back_gives_the_same_records(seed_graph, tmp_path):
    # The seed as tests build it (its source path is absolute, unlike exports/graph.ttl's).
    back = read_graph(EXPORTERS["ttl"].write(seed_graph, tmp_path))
    assert back.stats() == seed_graph.stats()
    assert list(back.entities()) == list(seed_graph.entities())
    assert list(back.edges()) == list(seed_graph.edges())
    assert list(back.positions()) == list(seed_graph.positions())
    assert list(back.quotes()) == list(seed_graph.quotes())
    assert [_as_exported(event) for event in back.events()] == [_as_exported(event) for event in seed_graph.events()]
    assert [part.headline_event for part in back.parts.values()] == [
        part.headline_event for part in seed_graph.parts.values()]
    # Every format written from the graph read back is the one written from the built graph.
    for name in ("ttl", "nt", "trig", "jsonld", "ttl-star", "cypher", "csv", "graphml"):
        built, read = tmp_path / "built" / name, tmp_path / "read" / name
        built.mkdir(parents=True)
        read.mkdir(parents=True)
        EXPORTERS[name].write(seed_graph, built)
        EXPORTERS[name].write(back, read)
        for path in sorted(built.iterdir()):
            assert (read / path.name).read_bytes() == path.read_bytes(), f"{name}: {path.name}"
