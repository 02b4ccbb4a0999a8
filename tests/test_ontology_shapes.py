"""shapes.ttl: a hand-written valid export passes; each kind of broken export fails for its reason."""

from __future__ import annotations

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.ontology import data_file

SHAPES_PATH = data_file("shapes.ttl")
KGSH = "https://w3id.org/kg/shapes#"

PREFIXES = """
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix rel: <https://w3id.org/kg/rel/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <https://example.org/kg/> .
"""

ENTITIES = """
ex:entity\\/tokayev a kg:Person ;
    rdfs:label "Kassym-Jomart Tokayev" ;
    skos:altLabel "Tokayev" , "Mr Tokayev" ;
    kg:mentionCount 3 ;
    kg:mentionedIn ex:document\\/a1 .
ex:entity\\/csto a kg:Organization ;
    rdfs:label "Collective Security Treaty Organisation" ;
    skos:altLabel "CSTO" ;
    kg:mentionCount 2 ;
    kg:mentionedIn ex:document\\/a1 .
"""

DOCUMENT = """
ex:document\\/a1 a schema:NewsArticle , kg:NewsArticle ;
    schema:headline "Russia-led alliance's troops prepare to pull out of Kazakhstan" ;
    schema:datePublished "2022-01-13"^^xsd:date ;
    kg:sourcePath "seeds/a1.txt" .
"""

STATEMENT = """
ex:entity\\/tokayev kg:requestedFrom ex:entity\\/csto .
ex:statement\\/s1 a kg:Statement , rdf:Statement ;
    rdf:subject ex:entity\\/tokayev ;
    rdf:predicate kg:requestedFrom ;
    rdf:object ex:entity\\/csto ;
    prov:wasDerivedFrom ex:document\\/a1 ;
    kg:evidence "President Kassym-Jomart Tokayev has requested assistance from the CSTO." ;
    kg:startOffset 1200 ;
    kg:endOffset 1272 ;
    kg:confidence 0.85 ;
    kg:relationText "requested assistance from" ;
    kg:predicateKey "request from" ;
    kg:eventDate "2022-01-05"^^xsd:date ;
    kg:modality "asserted" ;
    kg:factuality kg:Reported ;
    kg:attributedTo ex:entity\\/tokayev ;
    kg:extractor "kg 0.1.0; en_core_web_sm 3.8.0" .
"""

VALID = PREFIXES + ENTITIES + DOCUMENT + STATEMENT


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(data=SHAPES_PATH.read_text(encoding="utf-8"), format="turtle")


def _violations(shapes: Graph, data: str) -> set[tuple[str, str]]:
    """(source shape local name, constraint component local name) of each violation."""
    conforms, results, _ = validate(Graph().parse(data=data, format="turtle"), shacl_graph=shapes)
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        shape = str(results.value(result, SH.sourceShape))
        component = str(results.value(result, SH.sourceConstraintComponent))
        found.add((shape.removeprefix(KGSH), component.split("#")[-1]))
    assert conforms == (not found)
    return found


def test_shapes_parse_with_pyoxigraph_strictly():
    quads = list(pyoxigraph.parse(SHAPES_PATH.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(Graph().parse(data=SHAPES_PATH.read_text(encoding="utf-8"), format="turtle"))


def test_valid_export_conforms(shapes):
    assert _violations(shapes, VALID) == set()


def test_optional_statement_fields_may_be_absent(shapes):
    data = "\n".join(
        line
        for line in VALID.splitlines()
        if not line.strip().startswith(("kg:eventDate", "kg:modality", "kg:attributedTo", "kg:extractor"))
    )
    # The statement's last remaining line now ends the description.
    data = data.rstrip().removesuffix(";") + "."
    assert _violations(shapes, data) == set()


def _swap(old: str, new: str) -> str:
    assert old in VALID, old
    return VALID.replace(old, new, 1)


INVALID = [
    ("two labels", _swap('rdfs:label "Kassym-Jomart Tokayev" ;', 'rdfs:label "Tokayev", "K. Tokayev" ;'),
     ("EntityLabel", "MaxCountConstraintComponent")),
    ("no label", _swap('rdfs:label "Collective Security Treaty Organisation" ;', ""),
     ("EntityLabel", "MinCountConstraintComponent")),
    ("line break in label", _swap('rdfs:label "Kassym-Jomart Tokayev" ;', 'rdfs:label "Kassym-Jomart\\nTokayev" ;'),
     ("EntityLabel", "PatternConstraintComponent")),
    ("two entity classes", _swap("ex:entity\\/csto a kg:Organization ;", "ex:entity\\/csto a kg:Organization , kg:Group ;"),
     ("EntityShape", "XoneConstraintComponent")),
    ("zero mentions", _swap("kg:mentionCount 3 ;", "kg:mentionCount 0 ;"),
     ("EntityMentionCount", "MinInclusiveConstraintComponent")),
    ("mention count not integer", _swap("kg:mentionCount 3 ;", 'kg:mentionCount "3" ;'),
     ("EntityMentionCount", "DatatypeConstraintComponent")),
    ("two subjects", _swap("rdf:subject ex:entity\\/tokayev ;", "rdf:subject ex:entity\\/tokayev , ex:entity\\/csto ;"),
     ("StatementSubject", "MaxCountConstraintComponent")),
    ("no object", _swap("rdf:object ex:entity\\/csto ;", ""),
     ("StatementObject", "MinCountConstraintComponent")),
    ("foreign predicate", _swap("rdf:predicate kg:requestedFrom ;", "rdf:predicate <https://example.org/p> ;"),
     ("StatementPredicate", "PatternConstraintComponent")),
    ("derived from a non-article", _swap("prov:wasDerivedFrom ex:document\\/a1 ;", "prov:wasDerivedFrom ex:entity\\/csto ;"),
     ("ExtractionSource", "ClassConstraintComponent")),
    ("no source", _swap("prov:wasDerivedFrom ex:document\\/a1 ;", ""),
     ("ExtractionSource", "MinCountConstraintComponent")),
    ("evidence not a string", _swap('from the CSTO." ;', 'from the CSTO."@en ;'),
     ("ExtractionEvidence", "DatatypeConstraintComponent")),
    ("negative offset", _swap("kg:startOffset 1200 ;", "kg:startOffset -1 ;"),
     ("ExtractionStart", "MinInclusiveConstraintComponent")),
    ("start not before end", _swap("kg:startOffset 1200 ;", "kg:startOffset 1272 ;"),
     ("ExtractionStart", "LessThanConstraintComponent")),
    ("zero confidence", _swap("kg:confidence 0.85 ;", "kg:confidence 0.0 ;"),
     ("ExtractionConfidence", "MinExclusiveConstraintComponent")),
    ("confidence above one", _swap("kg:confidence 0.85 ;", "kg:confidence 1.5 ;"),
     ("ExtractionConfidence", "MaxInclusiveConstraintComponent")),
    ("confidence a double", _swap("kg:confidence 0.85 ;", "kg:confidence 8.5e-1 ;"),
     ("ExtractionConfidence", "DatatypeConstraintComponent")),
    ("event date a string", _swap('kg:eventDate "2022-01-05"^^xsd:date ;', 'kg:eventDate "5 January 2022" ;'),
     ("ExtractionEventDate", "DatatypeConstraintComponent")),
    ("no predicate key", _swap('kg:predicateKey "request from" ;', ""),
     ("StatementPredicateKey", "MinCountConstraintComponent")),
    ("statement not rdf:Statement", _swap("ex:statement\\/s1 a kg:Statement , rdf:Statement ;", "ex:statement\\/s1 a kg:Statement ;"),
     ("StatementType", "HasValueConstraintComponent")),
    ("document date a dateTime", _swap('"2022-01-13"^^xsd:date', '"2022-01-13T10:58:00"^^xsd:dateTime'),
     ("DocumentDate", "DatatypeConstraintComponent")),
    ("document missing kg type", _swap("ex:document\\/a1 a schema:NewsArticle , kg:NewsArticle ;", "ex:document\\/a1 a schema:NewsArticle ;"),
     ("DocumentKgType", "HasValueConstraintComponent")),
    ("two headlines", _swap("kg:sourcePath", 'schema:headline "Second" ;\n    kg:sourcePath'),
     ("DocumentHeadline", "MaxCountConstraintComponent")),
]


@pytest.mark.parametrize(("name", "data", "expected"), INVALID, ids=[case[0] for case in INVALID])
def test_invalid_export_fails_for_its_reason(shapes, name, data, expected):
    assert data != VALID
    found = _violations(shapes, data)
    # The expected violation, and nothing outside the property it concerns (a
    # string mention count also fails the numeric bound of the same property).
    assert expected in found
    assert {shape for shape, _ in found} == {expected[0]}


def test_entity_shape_reaches_every_class(shapes):
    # Without inference the targets must list each class the export writes.
    targets = set(shapes.objects(URIRef(KGSH + "EntityShape"), SH.targetClass))
    from kg.ontology.terms import class_for
    from kg.types import EntityType

    assert {class_for(entity_type) for entity_type in EntityType} <= targets
