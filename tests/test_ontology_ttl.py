"""kg.ttl: parses strictly, documents every term, and agrees with predicates.tsv and KG."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.iris import KG_IRI
from kg.ontology import DATA_FILES, data_file
from kg.ontology.predicates import load_predicates
from kg.ontology.terms import KG, SCHEMA, class_for, defined_terms, load_ontology
from kg.types import EntityType

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_IRI = URIRef("https://w3id.org/kg/ontology")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def _kg_terms(ontology: Graph) -> set[str]:
    return {str(s)[len(KG_IRI) :] for s in ontology.subjects() if str(s).startswith(KG_IRI)}


def _build_module():
    spec = importlib.util.spec_from_file_location("build_ontology", ROOT / "ontology" / "build_ontology.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_parses_with_pyoxigraph_strictly_and_rdflib_agrees(ontology):
    quads = list(pyoxigraph.parse(data_file("kg.ttl").read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(ontology)
    assert len(ontology) > 1000


def test_ontology_header(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert (ONTOLOGY_IRI, OWL.versionIRI, URIRef("https://w3id.org/kg/ontology/0.1.0")) in ontology
    assert ontology.value(ONTOLOGY_IRI, RDFS.label) is not None
    assert ontology.value(ONTOLOGY_IRI, RDFS.comment) is not None


def test_every_kg_term_has_one_english_label_and_comment(ontology):
    missing = []
    for name in sorted(_kg_terms(ontology)):
        term = KG[name]
        for annotation in (RDFS.label, RDFS.comment):
            values = list(ontology.objects(term, annotation))
            if len(values) != 1 or not isinstance(values[0], Literal) or values[0].language != "en":
                missing.append((name, annotation))
    assert missing == []


def test_every_kg_term_is_typed_as_class_or_property(ontology):
    # The factualities are named individuals of kg:Factuality.
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
    untyped = [name for name in _kg_terms(ontology) if not kinds & set(ontology.objects(KG[name], RDF.type))]
    assert untyped == []


def test_namespace_lists_exactly_the_terms_of_the_ttl(ontology):
    in_ttl = _kg_terms(ontology)
    in_code = set(defined_terms())
    assert in_code - in_ttl == set(), "terms in KG but not in kg.ttl"
    assert in_ttl - in_code == set(), "terms in kg.ttl but not in KG"


def test_namespace_rejects_unknown_terms():
    with pytest.raises(AttributeError):
        KG["sentTO"]
    assert KG["sentTo"] == URIRef(KG_IRI + "sentTo")


@pytest.mark.parametrize("entity_type", list(EntityType))
def test_entity_classes_are_entities_aligned_to_schema_org(ontology, entity_type):
    cls = class_for(entity_type)
    assert (cls, RDF.type, OWL.Class) in ontology
    ancestors = set(ontology.transitive_objects(cls, RDFS.subClassOf))
    assert KG.Entity in ancestors
    aligned = {o for o in ancestors if str(o).startswith(str(SCHEMA))}
    aligned |= {o for o in ontology.objects(cls, OWL.equivalentClass) if str(o).startswith(str(SCHEMA))}
    assert aligned, f"{cls} has no schema.org alignment"


def test_places_statements_and_articles(ontology):
    assert (KG.Country, RDFS.subClassOf, KG.Place) in ontology
    assert (KG.City, RDFS.subClassOf, KG.Place) in ontology
    assert (KG.Statement, RDFS.subClassOf, RDF.Statement) in ontology
    assert (KG.NewsArticle, OWL.equivalentClass, SCHEMA.NewsArticle) in ontology


@pytest.mark.parametrize(
    ("prop", "kind", "range_"),
    [
        ("evidence", OWL.DatatypeProperty, "string"),
        ("startOffset", OWL.DatatypeProperty, "integer"),
        ("endOffset", OWL.DatatypeProperty, "integer"),
        ("confidence", OWL.DatatypeProperty, "decimal"),
        ("eventDate", OWL.DatatypeProperty, "date"),
        ("mentionCount", OWL.DatatypeProperty, "integer"),
        ("sourcePath", OWL.DatatypeProperty, "string"),
        ("attributedTo", OWL.ObjectProperty, None),
        ("mentionedIn", OWL.ObjectProperty, None),
    ],
)
def test_provenance_properties(ontology, prop, kind, range_):
    assert (KG[prop], RDF.type, kind) in ontology
    if range_ is not None:
        assert ontology.value(KG[prop], RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#" + range_)


def test_generated_part_is_up_to_date():
    build = _build_module()
    rows = load_predicates()
    ontology_path = build.ONTOLOGY_PATH
    assert build.render_ttl(rows, ontology_path.read_text(encoding="utf-8")) == ontology_path.read_text(
        encoding="utf-8"
    ), "run python ontology/build_ontology.py"
    module_path = build.MODULE_PATH
    assert build.render_module(rows, module_path.read_text(encoding="utf-8")) == module_path.read_text(
        encoding="utf-8"
    ), "run python ontology/build_ontology.py"


def test_every_table_property_is_declared_as_the_table_says(ontology):
    rows = load_predicates()
    for row in rows.values():
        prop = KG[row.property]
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology, row.property
        assert (prop, RDFS.subPropertyOf, KG.relatedTo) in ontology, row.property
        assert ((prop, RDF.type, OWL.SymmetricProperty) in ontology) == row.symmetric, row.property
        assert ontology.value(prop, OWL.inverseOf) == (KG[row.inverse] if row.inverse else None), row.property
        # Domains and ranges as schema.org's domainIncludes/rangeIncludes: expectations,
        # not RDFS inference rules, which a misread edge would turn into wrong types.
        assert ontology.value(prop, RDFS.domain) is None and ontology.value(prop, RDFS.range) is None, row.property
        assert ontology.value(prop, SCHEMA.domainIncludes) == (KG[row.domain] if row.domain else None), row.property
        assert ontology.value(prop, SCHEMA.rangeIncludes) == (KG[row.range] if row.range else None), row.property
        assert str(ontology.value(prop, RDFS.label)) == row.label


def test_every_relation_property_in_the_ttl_comes_from_the_table(ontology):
    table = {row.property for row in load_predicates().values()}
    declared = {
        str(s)[len(KG_IRI) :]
        for s in ontology.subjects(RDFS.subPropertyOf, KG.relatedTo)
        if str(s).startswith(KG_IRI)
    }
    assert declared == table


def test_relations_are_sub_properties_of_related_to_between_entities(ontology):
    assert ontology.value(KG.relatedTo, RDFS.domain) == KG.Entity
    assert ontology.value(KG.relatedTo, RDFS.range) == KG.Entity


def test_domains_and_ranges_name_declared_classes(ontology):
    for predicate in (RDFS.domain, RDFS.range, SCHEMA.domainIncludes, SCHEMA.rangeIncludes):
        for _, cls in ontology.subject_objects(predicate):
            if str(cls).startswith(KG_IRI):
                assert (cls, RDF.type, OWL.Class) in ontology, cls


def test_load_ontology_reports_bad_or_missing_files(tmp_path):
    from kg.errors import ConfigError

    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/kg/ontology#> .\nkg:a kg:b .\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.ttl: not valid Turtle"):
        load_ontology(bad)
    with pytest.raises(ConfigError, match="not found"):
        load_ontology(tmp_path / "absent.ttl")


@pytest.mark.parametrize("name", DATA_FILES)
def test_the_published_copy_is_the_package_file(name):
    # kg reads its ontology files as package data; ontology/ publishes the same bytes.
    published = ROOT / "ontology" / name
    assert published.read_bytes() == data_file(name).read_bytes(), "run python ontology/build_ontology.py"
    assert _build_module().stale_copies() == []
