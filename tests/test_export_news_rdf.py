"""Events, positions, quotes and GeoNames links in every RDF format: valid under the
shapes with the ontology and RDFS inference, in each article's named graph, in the
JSON-LD context, read back as they were written."""

from __future__ import annotations

import json
from dataclasses import replace

import pyoxigraph as ox
import pytest
import rdflib
from news_graphs import news_graph as make_news_graph
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.export.cypher import to_cypher
from kg.export.graphml import to_graphml
from kg.export.jsonld import to_jsonld
from kg.export.rdf import to_ntriples, to_rdflib, to_trig, to_turtle
from kg.export.reader import read_graph
from kg.iris import event_iri, position_iri, quote_iri
from kg.ontology import data_file
from kg.ontology.events import EVENT_CLASSES, ROLES
from kg.ontology.terms import GEO, KG, load_ontology
from kg.records import Entity, Filing
from kg.types import EntityType

pyshacl = pytest.importorskip("pyshacl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(data=data_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.mark.parametrize("which", ["seed_graph", "news_graph"])
@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_shapes_hold_with_the_ontology_and_rdfs_inference(which, inference, request, shapes, ontology):
    graph = request.getfixturevalue(which)
    conforms, _, report = pyshacl.validate(
        to_rdflib(graph), shacl_graph=shapes, ont_graph=ontology, inference=inference, allow_warnings=False
    )
    assert conforms, report


def test_shapes_catch_a_hedged_plain_edge_and_a_bad_event(news_graph, shapes, ontology):
    rdf = to_rdflib(news_graph)
    statement = next(rdf.subjects(RDF.type, KG.Statement))
    rdf.set((statement, KG.factuality, KG.Planned))
    event = URIRef(event_iri(news_graph.base_iri, next(news_graph.events()).id))
    rdf.remove((event, RDF.type, None))
    rdf.add((event, RDF.type, KG.Event))
    conforms, results, _ = pyshacl.validate(rdf, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert not conforms
    failed = {str(shape).rsplit("#", 1)[-1] for shape in results.objects(None, rdflib.SH.sourceShape)}
    assert {"StatementFact", "EventClass"} <= failed


def test_every_class_and_property_of_the_export_is_declared(news_graph, ontology):
    rdf = to_rdflib(news_graph)
    declared = set(ontology.subjects())
    used = {p for _, p, _ in rdf} | {o for _, _, o in rdf.triples((None, RDF.type, None))}
    standard = (str(RDF), str(RDFS), str(OWL), "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#",
                "https://schema.org/", "https://w3id.org/kg/rel/")
    undeclared = sorted(str(term) for term in used if not str(term).startswith(standard) and term not in declared)
    assert undeclared == []


def test_events_positions_and_quotes_are_in_their_article_graph(news_graph):
    quads = list(ox.parse(to_trig(news_graph).encode(), format=ox.RdfFormat.TRIG))
    graphs: dict[str, set[str]] = {}
    for quad in quads:
        graphs.setdefault(quad.subject.value, set()).add(str(quad.graph_name))
    base = news_graph.base_iri
    for event in news_graph.events():
        assert graphs[event_iri(base, event.id)] == {f"<{base}document/{event.document}>"}
    for position in news_graph.positions():
        assert graphs[position_iri(base, position.id)] == {f"<{base}document/{position.evidence.document}>"}
    for quote in news_graph.quotes():
        assert graphs[quote_iri(base, quote.id)] == {f"<{base}document/{quote.evidence.document}>"}


def test_event_triples_say_who_did_what_where_and_how_sure(news_graph):
    rdf = to_rdflib(news_graph)
    base = news_graph.base_iri
    (deployment,) = [event for event in news_graph.events() if event.lemma == "send" and event.document == "kz"]
    node = URIRef(event_iri(base, deployment.id))
    assert {KG.Event, KG.MovementEvent} <= set(rdf.objects(node, RDF.type))
    assert rdf.value(node, KG.agent) == URIRef(base + "entity/csto")
    assert rdf.value(node, KG.destination) == URIRef(base + "entity/kazakhstan")
    assert rdf.value(node, KG.factuality) == KG.Asserted
    assert rdf.value(node, KG.eventDate) == Literal("2022-01-06", datatype=rdflib.XSD.date)
    troops = rdf.value(node, KG.theme)
    assert (troops, RDF.type, KG.Quantity) in rdf
    assert rdf.value(troops, RDF.value) == Literal("2000", datatype=rdflib.XSD.decimal)
    assert str(rdf.value(troops, KG.unit)) == "troop" and str(rdf.value(troops, KG.qualifier)) == "more than"
    # The plain edge points back to its event.
    statement = next(s for s in rdf.subjects(RDF.predicate, KG.sentTo))
    assert rdf.value(statement, KG.derivedFrom) == node
    kazakhstan = URIRef(base + "entity/kazakhstan")
    assert rdf.value(kazakhstan, OWL.sameAs) == URIRef("https://sws.geonames.org/1522867/")
    assert str(rdf.value(kazakhstan, KG.countryCode)) == "KZ" and str(rdf.value(kazakhstan, KG.continent)) == "AS"
    assert rdf.value(URIRef(base + "entity/almaty"), GEO.lat) == Literal("43.25667", datatype=rdflib.XSD.decimal)


def test_quote_addressee_and_headline_event_in_rdf(news_graph):
    rdf = to_rdflib(news_graph)
    base = news_graph.base_iri
    (quote,) = [quote for quote in news_graph.quotes() if quote.evidence.document == "kz"]
    node = URIRef(quote_iri(base, quote.id))
    assert rdf.value(node, KG.addressee) == URIRef(base + "entity/csto")
    assert str(rdf.value(node, KG.addresseeText)) == "the CSTO"
    (withdrawal,) = [event for event in news_graph.events() if event.lemma == "pull out"]
    assert rdf.value(URIRef(base + "document/kz"), KG.headlineEvent) == URIRef(event_iri(base, withdrawal.id))
    assert rdf.value(URIRef(base + "document/lagos"), KG.headlineEvent) is None


def test_an_entity_argument_with_a_number_keeps_both(tmp_path):
    # "sent more than 2,000 troops": the troops are a (described) entity and the
    # event's quantity is 2,000 of them; both are written and read back.
    graph = make_news_graph()
    part = graph.parts["kz"]
    (deployment,) = [event for event in part.events if event.lemma == "send"]
    troops = Entity("troops-1", "troops", EntityType.GROUP, (), 1, ("kz",))
    participants = tuple(
        replace(p, entity="troops-1") if p.quantity is not None else p for p in deployment.participants)
    counted = replace(deployment, participants=participants)
    events = tuple(counted if event is deployment else event for event in part.events)
    graph.store(Filing(parts=(("kz", replace(part, entities=(*part.entities, troops), events=events)),),
                       nodes=(("troops-1", troops),)))
    rdf = to_rdflib(graph)
    node = URIRef(event_iri(graph.base_iri, counted.id))
    assert rdf.value(node, KG.theme) == URIRef(graph.base_iri + "entity/troops-1")
    quantity = rdf.value(node, KG.quantity)
    assert rdf.value(quantity, KG.quantityOf) == URIRef(graph.base_iri + "entity/troops-1")
    assert rdf.value(quantity, RDF.value) == Literal("2000", datatype=rdflib.XSD.decimal)
    path = tmp_path / "graph.ttl"
    path.write_text(to_turtle(graph), encoding="utf-8")
    (back,) = [event for event in read_graph(path).events() if event.id == counted.id]
    assert sorted((p.role, p.entity, p.quantity) for p in back.participants) == sorted(
        (p.role, p.entity, p.quantity) for p in counted.participants)
    (theme,) = [p for p in back.participants if p.role == "theme"]
    assert (theme.entity, theme.text) == ("troops-1", "more than 2,000 troops")
    assert to_turtle(read_graph(path)) == path.read_text(encoding="utf-8")


def test_no_blank_nodes_and_json_ld_holds_the_same_triples(news_graph):
    jsonld, ntriples = to_jsonld(news_graph), to_ntriples(news_graph)
    expected = set(rdflib.Graph().parse(data=ntriples, format="nt"))
    assert set(rdflib.Graph().parse(data=jsonld, format="json-ld")) == expected
    assert not any(isinstance(term, rdflib.BNode) for triple in expected for term in triple)


def test_the_json_ld_context_has_a_term_for_every_property_the_export_uses(news_graph):
    context = json.loads(data_file("context.jsonld").read_text(encoding="utf-8"))["@context"]

    def expand(value: str) -> str:
        prefix, _, local = value.partition(":")
        return context[prefix] + local if isinstance(context.get(prefix), str) else value

    terms = {expand(definition["@id"]) for definition in context.values() if isinstance(definition, dict)}
    used = {str(p) for _, p, _ in to_rdflib(news_graph)}
    own = [p for p in used if not p.startswith(("https://w3id.org/kg/rel/", str(RDF), str(RDFS)))]
    relations = {str(KG[name]) for name in KG._extras}
    assert sorted(p for p in own if p not in terms and p not in relations) == []
    document = json.loads(to_jsonld(news_graph))
    nodes = {node["@id"]: node for node in document["@graph"]}
    kazakhstan = nodes["entity:kazakhstan"]
    assert kazakhstan["sameAs"] == "https://sws.geonames.org/1522867/" and kazakhstan["countryCode"] == "KZ"


def test_reading_an_export_back_gives_the_same_records_and_bytes(tmp_path):
    graph = make_news_graph()
    path = tmp_path / "graph.ttl"
    path.write_text(to_turtle(graph), encoding="utf-8")
    back = read_graph(path)
    assert list(back.entities()) == list(graph.entities())
    assert list(back.edges()) == list(graph.edges())
    assert list(back.positions()) == list(graph.positions())
    assert list(back.quotes()) == list(graph.quotes())
    assert [event.id for event in back.events()] == [event.id for event in graph.events()]
    for read, written in zip(back.events(), graph.events(), strict=True):
        assert (read.factuality, read.source, read.cue, read.date) == (
            written.factuality, written.source, written.cue, written.date)
        assert sorted((p.role, p.entity, p.quantity) for p in read.participants) == sorted(
            (p.role, p.entity, p.quantity) for p in written.participants)
    assert back.stats() == graph.stats()
    assert [part.headline_event for part in back.parts.values()] == [
        part.headline_event for part in graph.parts.values()]
    assert to_turtle(back) == path.read_text(encoding="utf-8")
    assert to_cypher(back) == to_cypher(graph) and to_graphml(back) == to_graphml(graph)
    assert back.nxg.number_of_nodes() == graph.nxg.number_of_nodes()
    assert back.nxg.number_of_edges() == graph.nxg.number_of_edges()


def test_shapes_hold_under_rdfs_inference_on_bbc_articles(shared_dir, nlp, shapes, ontology):
    # Real text: relations whose expected types (schema:domainIncludes) a misread edge
    # contradicts, countries that are places, named events, all through the reasoner.
    import kg

    files = sorted((shared_dir / "corpus" / "bbc").rglob("*.txt"))[::75]
    if not files:
        pytest.skip("no BBC corpus under ../shared")
    graph = kg.build(files, nlp=nlp)
    conforms, _, report = pyshacl.validate(to_rdflib(graph), shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report
    # No argument fell back to the generic kg:participant: every role is one the ontology names.
    events = list(graph.events())
    assert events and {p.role for event in events for p in event.participants} <= set(ROLES)
    assert {event.event_class for event in events} <= set(EVENT_CLASSES)
