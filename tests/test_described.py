"""Entities the article only describes ("security forces", "protesters") are marked
``Entity.described`` through resolution, the records' formats and every export; a
document-local node with a name NER missed in it ("Interfax news agency") stays named."""

from __future__ import annotations

import json

import networkx as nx
from rdflib import RDF, Graph, Literal, URIRef

from kg.export.cypher import to_cypher
from kg.export.graphml import write_graphml
from kg.export.html import to_html
from kg.export.jsonld import to_jsonld
from kg.export.rdf import to_turtle
from kg.graph import describe_stats
from kg.iris import entity_iri
from kg.ontology.terms import KG
from kg.records import Entity
from kg.resolve.vote import NodeTally
from kg.runtime.cache import decode, encode
from kg.types import EntityType


def _by_label(graph, label: str) -> Entity:
    (entity,) = [entity for entity in graph.entities() if entity.label == label]
    return entity


def test_seed_descriptions_are_described_and_a_missed_name_is_not(seed_graph):
    forces = _by_label(seed_graph, "security forces")
    assert forces.described and forces.head == "forces" and forces.type is EntityType.GROUP
    assert _by_label(seed_graph, "six ex-Soviet states").head == "states"
    interfax = _by_label(seed_graph, "Interfax news agency")  # document-local, but a name
    assert not interfax.described and interfax.head is None
    assert not _by_label(seed_graph, "Kassym-Jomart Tokayev").described
    stats = seed_graph.stats()
    assert stats["described"] == sum(entity.described for entity in seed_graph.entities()) > 0
    assert f"({stats['entities'] - stats['described']} named, {stats['described']} described)" in describe_stats(stats)


def test_the_cache_codec_round_trips_described(seed_graph):
    (part,) = seed_graph.parts.values()
    assert decode(type(part), json.loads(json.dumps(encode(part)))) == part
    assert any(entity.described for entity in part.entities)


def test_a_node_is_described_only_when_no_document_names_it():
    described = Entity("troops-1", "troops", EntityType.GROUP, documents=("d1",), described=True)
    tally = NodeTally()
    tally.add("d1", described, own=True)
    assert tally.summary("troops-1").described
    tally.add("d2", Entity("troops-1", "Troops", EntityType.GROUP, documents=("d2",)), own=True)
    assert not tally.summary("troops-1").described
    tally.remove("d2")
    assert tally.summary("troops-1").described


def test_turtle_types_a_description_by_kind_and_as_a_description_with_its_head(seed_graph):
    rdf = Graph().parse(data=to_turtle(seed_graph), format="turtle")
    described = {str(rdf.value(node, KG.head)) for node in rdf.subjects(RDF.type, KG.Description)
                 if (node, KG.mentionCount, None) in rdf}
    assert {"forces", "states"} <= described
    forces = URIRef(entity_iri(seed_graph.base_iri, _by_label(seed_graph, "security forces").key))
    assert set(rdf.objects(forces, RDF.type)) == {KG.Group, KG.Description}
    assert rdf.value(forces, KG.head) == Literal("forces")
    (interfax,) = rdf.subjects(None, Literal("Interfax news agency"))
    assert set(rdf.objects(interfax, RDF.type)) == {KG.Organization} and rdf.value(interfax, KG.head) is None


def test_json_ld_holds_the_description_type_and_head(seed_graph):
    nodes = json.loads(to_jsonld(seed_graph))["@graph"]
    (forces,) = [node for node in nodes if node.get("label") == "security forces"]
    assert set(forces["@type"]) == {"kg:Group", "kg:Description"} and forces["head"] == "forces"


def test_cypher_labels_a_description_and_sets_described(seed_graph):
    script = to_cypher(seed_graph)
    forces = _by_label(seed_graph, "security forces")
    (line,) = [line for line in script.splitlines() if f"{{key: '{forces.key}'}})" in line and line.startswith("MERGE")]
    assert "SET n:Group:Description, n = " in line and "described: true" in line and "head: 'forces'" in line
    (tokayev,) = [line for line in script.splitlines() if line.startswith("MERGE (n:Entity {key: 'kassym-jomart-tokayev'})")]
    assert "SET n:Person, n = " in tokayev and "described: false" in tokayev


def test_graphml_has_a_described_attribute(seed_graph, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(seed_graph, path)
    read = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    forces = _by_label(seed_graph, "security forces")
    assert read.nodes[forces.key]["described"] is True and read.nodes[forces.key]["head"] == "forces"
    assert read.nodes["kassym-jomart-tokayev"]["described"] is False


def test_the_page_payload_marks_descriptions(seed_graph):
    page = to_html(seed_graph)
    start = page.index(">", page.index('id="kg-data"')) + 1
    entities = json.loads(page[start : page.index("</script>", start)])["entities"]
    forces = _by_label(seed_graph, "security forces")
    assert entities[forces.key]["described"] is True
    assert "described" not in entities["kassym-jomart-tokayev"]


def test_the_viewer_draws_a_description_dashed_and_lighter_and_says_so(browser, seed_graph, tmp_path):
    from browser import Opened

    from kg.export.html import write_html

    page = Opened(browser, write_html(seed_graph, tmp_path / "seed.html"))
    forces = _by_label(seed_graph, "security forces")
    style = page.run("const n = window.kgViewer.network.body.data.nodes.get(arguments[0]);"
                     "return [n.color.background, n.color.border, n.shapeProperties.borderDashes];", forces.key)
    colour = next(t["colour"] for t in page.data()["types"] if t["name"] == "Group")
    assert style[1] == colour and style[0] != colour and style[2] == [4, 3]
    named = page.run("return window.kgViewer.network.body.data.nodes.get('kassym-jomart-tokayev').shapeProperties")
    assert named["borderDashes"] is False
    page.run("window.kgViewer.focusEntity(arguments[0])", forces.key)
    assert "description" in page.panel_text()
    assert page.errors() == [] and page.leaving() == []


def test_a_capital_at_a_sentence_head_is_no_name(seed_graph):
    # "Troops of a Russia-led security alliance ...", "Protesters ...", "Authorities ...":
    # capitalised only as the first word of a sentence.
    for label in ("troops", "protesters", "authorities"):
        assert _by_label(seed_graph, label).described, label


def test_a_description_s_label_is_lower_case_where_only_a_sentence_head_capitalised_it(seed_graph):
    # "Protesters stormed government buildings": the node is "protesters", its head too.
    protesters = _by_label(seed_graph, "protesters")
    assert (protesters.label, protesters.head) == ("protesters", "protesters")
    assert _by_label(seed_graph, "Interfax news agency").label == "Interfax news agency"


def test_a_place_s_hyphened_modifier_is_no_name(nlp):
    import kg

    # BBC business: "the London-based company" is London's, no name of its own.
    graph = kg.build_text("Seven London-based companies and an eighth Paris firm have been given up "
                          "to 30 days to respond to the complaint.", nlp=nlp)
    assert _by_label(graph, "London-based companies").described
    assert not _by_label(graph, "London").described


def test_a_store_load_labels_a_description_too(seed_graph):
    from kg.export.propgraph import nodes
    from kg.stores.cypher import node_query

    forces = _by_label(seed_graph, "security forces")
    (node,) = [node for node in nodes(seed_graph) if node.key == forces.key]
    assert node.labels == ("Entity", "Group", "Description") and node.properties["described"] is True
    assert node_query(node.label, node.kind, node.extra).endswith("SET n = row.properties SET n:Group:Description")


def test_a_parliament_described_is_a_body_that_acts(nlp):
    """ "give parliament a veto", "blocked by parliament" (business/412): a parliament
    votes, backs and blocks; it is an organisation, not the building (description_nouns.tsv)."""
    from kg.extract.mentions import find_descriptions

    text = ("Late last year, they backed a law which would give parliament a veto over foreign investment. "
            "Mr Khatami has already been blocked by parliament from reducing the subsidies on bread.")
    types = {mention.text: mention.type for mention in find_descriptions(nlp(text))}
    assert types["parliament"] is EntityType.ORGANIZATION


def test_a_jury_or_a_watchdog_described_acts(nlp):
    """ "A Los Angeles grand jury indicted Mr Jacobsen" (tech/271), "An employment tribunal
    dismissed" (business/336), "Australia's securities watchdog is investigating" (business/337):
    a body that rules or polices, kept as the described agent of what it did."""
    import kg

    text = ("The Californian man, Nicholas Lee Jacobsen, was arrested in October. A Los Angeles grand jury "
            "indicted Mr Jacobsen with intentionally accessing a computer system without authorisation.")
    graph = kg.build_text(text, nlp=nlp)
    (indictment,) = [event for event in graph.events() if event.lemma == "indict"]
    agents = [p.entity for p in indictment.participants if p.role == "agent"]
    assert [graph.entity(key).label for key in agents] == ["grand jury"]
    assert graph.entity(agents[0]).described
