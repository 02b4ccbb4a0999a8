"""Events, positions and quotes in the property-graph exports (Cypher, Neo4j CSV,
GraphML) and in FalkorDB: read back as their consumers read them, they are the
property-graph view, and the graph's questions can be asked in Cypher."""

from __future__ import annotations

import pytest
from propgraph_readers import PropertyGraph, read_cypher, read_graphml, read_neo4j_csv

from kg.export import EXPORTERS
from kg.export.cypher import to_cypher
from kg.export.propgraph import nodes, relationships
from kg.graph import event_node


def _expected(graph, *, labels: bool = True) -> PropertyGraph:
    expected = PropertyGraph()
    for node in nodes(graph):
        expected.add_node(node.key, node.labels if labels else None, dict(node.properties))
    for relationship in relationships(graph):
        expected.add_relationship(relationship.subject, relationship.object, relationship.type,
                                  dict(relationship.properties))
    return expected


def test_property_graph_view_of_events_positions_and_quotes(news_graph):
    by_key = {node.key: node for node in nodes(news_graph)}
    (deployment,) = [event for event in news_graph.events() if event.lemma == "send" and event.document == "kz"]
    event = by_key[event_node(deployment.id)]
    assert event.labels == ("Event", "MovementEvent")
    assert event.properties["name"] == "sent" and event.properties["factuality"] == "asserted"
    assert event.properties["theme"] == ["more than 2,000 troops"]
    assert (event.properties["quantityValue"], event.properties["quantityUnit"]) == (["2000"], ["troop"])
    roles = {(r.type, r.object) for r in relationships(news_graph) if r.subject == event.key}
    assert roles == {("AGENT", "csto"), ("DESTINATION", "kazakhstan")}
    (withdrawal,) = [e for e in news_graph.events() if e.lemma == "pull out"]
    planned = by_key[event_node(withdrawal.id)].properties
    assert (planned["factuality"], planned["cue"]) == ("planned", "preparing")
    assert ("ATTRIBUTED_TO", "defence-ministry") in {
        (r.type, r.object) for r in relationships(news_graph) if r.subject == event_node(withdrawal.id)}
    kinds = {node.kind for node in nodes(news_graph)}
    assert kinds == {"Entity", "Event", "Position", "Quote"}
    holds = [(r.subject, by_key[r.object].properties["roleKey"]) for r in relationships(news_graph)
             if r.type == "HOLDS_POSITION"]
    assert ("kassym-jomart-tokayev", "president") in holds
    (said,) = [r for r in relationships(news_graph) if r.type == "SAID"]
    assert said.subject == "kassym-jomart-tokayev" and by_key[said.object].properties["direct"] is True
    # Whom it was said to, and the event the headline restates.
    (said_to,) = [r for r in relationships(news_graph) if r.type == "SAID_TO"]
    assert (said_to.subject, said_to.object) == (said.object, "csto")
    assert by_key[said.object].properties["addresseeText"] == "the CSTO"
    assert planned["headline"] is True
    assert [node.key for node in nodes(news_graph) if node.properties.get("headline")] == [event_node(withdrawal.id)]
    kazakhstan = by_key["kazakhstan"].properties
    assert (kazakhstan["geonames"], kazakhstan["countryCode"], kazakhstan["continent"]) == (1522867, "KZ", "AS")


def test_cypher_csv_and_graphml_read_back_as_the_view(news_graph, tmp_path):
    expected = _expected(news_graph)
    assert read_cypher(to_cypher(news_graph)) == expected
    EXPORTERS["csv"].write(news_graph, tmp_path)
    assert sorted(path.name for path in tmp_path.glob("*.csv")) == [
        "events.csv", "nodes.csv", "positions.csv", "quotes.csv", "relationships.csv", "roles.csv"]
    assert read_neo4j_csv(tmp_path) == expected
    path = EXPORTERS["graphml"].write(news_graph, tmp_path)
    node_lists = {name for _, properties in expected.nodes.values() for name, value in properties.items()
                  if isinstance(value, list)}
    edge_lists = {name for *_, properties in expected.relationships.values() for name, value in properties.items()
                  if isinstance(value, list)}
    loaded, _ = read_graphml(path, node_lists, edge_lists)
    assert loaded == _expected(news_graph, labels=False)


@pytest.mark.parametrize("how", ["load", "script"])
def test_falkordb_answers_who_did_what_who_holds_which_position_and_who_said_what(how, falkordb_url, news_graph):
    from falkordb import FalkorDB

    from kg.stores import load, run_cypher_script

    name = f"news_{how}"
    for _ in range(2):  # twice: nothing is duplicated
        if how == "load":
            load(news_graph, f"{falkordb_url}/{name}", batch_size=3)
        else:
            run_cypher_script(to_cypher(news_graph), f"{falkordb_url}/{name}")
    host, port = falkordb_url.removeprefix("redis://").split(":")
    handle = FalkorDB(host=host, port=int(port)).select_graph(name)
    expected = _expected(news_graph)
    assert handle.query("MATCH (n) RETURN count(n)").result_set[0][0] == len(expected.nodes)
    assert handle.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0] == len(expected.relationships)
    happened = handle.query(
        "MATCH (e:Event)-[:DESTINATION|PLACE]->(:Entity {key: 'kazakhstan'}) RETURN e.name, e.factuality ORDER BY e.date"
    ).result_set
    assert happened == [["sent", "asserted"], ["keep", "denied"]]
    positions = handle.query(
        "MATCH (p:Entity)-[:HOLDS_POSITION]->(x:Position) OPTIONAL MATCH (x)-[:POSITION_OF]->(o:Entity) "
        "RETURN p.name, x.role, o.name ORDER BY p.name"
    ).result_set
    assert positions == [["Ada Obi", "President", "Nigeria"], ["Kassym-Jomart Tokayev", "President", "Kazakhstan"],
                         ["Musa Bello", "governor", None]]
    said = handle.query(
        "MATCH (s:Entity)-[:SAID]->(q:Quote) OPTIONAL MATCH (q)-[:SAID_TO]->(a:Entity) "
        "RETURN s.name, q.content, q.direct, a.name"
    ).result_set
    assert said == [["Kassym-Jomart Tokayev", "We asked for help and help came,", True, "CSTO"]]
    headline = handle.query("MATCH (e:Event {headline: true}) RETURN e.name").result_set
    assert headline == [["pull out"]]


def test_property_graph_view_is_made_once_per_graph_in_memory(news_graph):
    # Cypher, GraphML and the CSVs each read the nodes and relationships: made once, shared.
    for view in (nodes, relationships):
        first, again = list(view(news_graph)), list(view(news_graph))
        assert first and len(first) == len(again)
        assert all(one is other for one, other in zip(first, again, strict=True))
