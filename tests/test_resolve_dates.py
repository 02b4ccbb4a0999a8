"""Date periods on relations ("last week", "in January", "2004") and their export."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, XSD

from kg.export.rdf import to_rdflib
from kg.graph import KnowledgeGraph
from kg.ontology.terms import KG, load_ontology
from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
from kg.resolve.across import ArticleLinker
from kg.resolve.dates import resolve_period
from kg.types import EntityType as T
from tests.extract_helpers import resolved_part

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "anchor", "period"),
    [
        ("last week", "2022-01-13", ("2022-01-03", "2022-01-09")),
        ("this week", "2022-01-13", ("2022-01-10", "2022-01-16")),
        ("next week", "2022-01-13", ("2022-01-17", "2022-01-23")),
        ("last month", "2022-01-13", ("2021-12-01", "2021-12-31")),
        ("this month", "2022-02-13", ("2022-02-01", "2022-02-28")),
        ("last year", "2022-01-13", ("2021-01-01", "2021-12-31")),
        ("in January", "2022-01-13", ("2022-01-01", "2022-01-31")),
        ("in November", "2022-01-13", ("2021-11-01", "2021-11-30")),
        ("early March", "2005-01-13", ("2005-03-01", "2005-03-31")),
        ("2004", None, ("2004-01-01", "2004-12-31")),
        ("in 1979", "2004-12-01", ("1979-01-01", "1979-12-31")),
        ("February 2004", None, ("2004-02-01", "2004-02-29")),
        ("on Tuesday", "2022-01-13", ("2022-01-11", "2022-01-11")),
        # Vague or unanchored: no period rather than a wrong one.
        ("several days", "2022-01-13", None),
        ("the past week", "2022-01-13", None),
        ("last week", None, None),
        ("in January", None, None),
        ("the 1990s", "2022-01-13", None),
    ],
)
def test_dates_period(text, anchor, period):
    assert resolve_period(text, anchor) == period


def _part(nlp, text: str, date: str) -> DocumentGraph:
    return resolved_part(nlp, text, date=date)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("The Kremlin fined Yukos last week.", ("2022-01-03", "2022-01-09")),
        ("The Kremlin fined Yukos in 2004.", ("2004-01-01", "2004-12-31")),
        ("The Kremlin fined Yukos in November.", ("2021-11-01", "2021-11-30")),
        # One day: the date alone, no end.
        ("On Tuesday the Kremlin fined Yukos.", ("2022-01-11", None)),
    ],
)
def test_dates_relation_dated_to_a_day_or_a_period(nlp, text, dated):
    part = _part(nlp, text, "2022-01-13")
    assert {(r.date, r.date_end) for r in part.relations if (r.subject, r.object) == ("kremlin", "yukos")} == {dated}


def _ranged_graph() -> KnowledgeGraph:
    text = "Gazprom bought Rosneft last week."
    document = Document(id="d", text=text, date="2022-01-13", source="d.txt")
    entities = (Entity("gazprom", "Gazprom", T.ORGANIZATION, (), 1, ("d",)), Entity("rosneft", "Rosneft", T.ORGANIZATION, (), 1, ("d",)))
    relation = Relation(
        "gazprom", "buy", "rosneft", "bought", Evidence("d", text, 0, len(text)), 0.9, date="2022-01-03", date_end="2022-01-09"
    )
    return KnowledgeGraph(linker=ArticleLinker()).add_all([DocumentGraph(document, entities, (relation,))])


def test_dates_period_is_exported_declared_and_valid():
    rdf = to_rdflib(_ranged_graph())
    assert set(rdf.objects(None, KG.eventDate)) == {Literal("2022-01-03", datatype=XSD.date)}
    assert set(rdf.objects(None, KG.eventDateEnd)) == {Literal("2022-01-09", datatype=XSD.date)}
    ontology = load_ontology()
    for term in (KG.eventDate, KG.eventDateEnd):
        assert (term, RDF.type, OWL.DatatypeProperty) in ontology
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=shapes, inference="none")
    assert conforms, report


def test_dates_an_end_that_is_not_a_date_breaks_the_shapes():
    pyshacl = pytest.importorskip("pyshacl")
    rdf = to_rdflib(_ranged_graph())
    statement = next(rdf.subjects(KG.eventDateEnd, None))
    rdf.add((statement, KG.eventDateEnd, Literal("soon")))
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, _ = pyshacl.validate(rdf, shacl_graph=shapes, inference="none")
    assert not conforms
