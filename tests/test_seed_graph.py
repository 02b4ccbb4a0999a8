"""The founding article's graph shows what issue 2 asks, built with the default pipeline."""

from __future__ import annotations

import pytest

from kg.types import EntityType


def _entity(graph, name):
    entity = graph.find(name)
    assert entity is not None, f"no entity named {name!r}; have {[e.label for e in graph.entities()]}"
    return entity


@pytest.mark.parametrize(
    ("name", "entity_type"),
    [
        ("Kassym-Jomart Tokayev", EntityType.PERSON),
        ("Collective Security Treaty Organisation", EntityType.ORGANIZATION),
        ("Kazakhstan", EntityType.COUNTRY),
        ("Russia", EntityType.COUNTRY),
        ("Almaty", EntityType.CITY),
    ],
)
def test_seed_key_entities_have_one_node_and_the_right_type(seed_graph, name, entity_type):
    entity = _entity(seed_graph, name)
    assert entity.type is entity_type
    folded = name.casefold()
    namesakes = [
        other.key
        for other in seed_graph.entities()
        if folded in {other.label.casefold(), *(alias.casefold() for alias in other.aliases)}
    ]
    assert namesakes == [entity.key]


def test_seed_tokayev_keeps_his_name_variants_as_aliases(seed_graph):
    tokayev = _entity(seed_graph, "Tokayev")
    assert tokayev.label == "Kassym-Jomart Tokayev"
    assert {"Tokayev", "Mr Tokayev", "President Kassym-Jomart Tokayev"} <= set(tokayev.aliases)


def _has_edge(graph, subject, predicates, obj=None):
    subject_key = _entity(graph, subject).key
    object_key = _entity(graph, obj).key if obj else None
    return any(
        edge.subject == subject_key
        and (object_key is None or edge.object == object_key)
        and any(edge.key == p or edge.key.startswith(p + " ") for p in predicates)
        for edge in graph.edges()
    )


@pytest.mark.parametrize(
    ("subject", "predicates", "obj"),
    [
        ("Tokayev", ("request",), "Collective Security Treaty Organisation"),
        ("Collective Security Treaty Organisation", ("send", "deploy"), "Kazakhstan"),
    ],
)
def test_seed_graph_has_the_article_s_main_relations(seed_graph, subject, predicates, obj):
    assert _has_edge(seed_graph, subject, predicates, obj), [
        (e.subject, e.key, e.object) for e in seed_graph.edges()
    ]


@pytest.mark.parametrize("junk", ["Reporter", "Associated Press", "Tretyakov", "NUR.KZ", "via AP", "2022-01-13"])
def test_seed_graph_has_no_bylines_credits_or_header_as_entities(seed_graph, junk):
    for entity in seed_graph.entities():
        assert junk not in entity.label and all(junk not in alias for alias in entity.aliases)


def test_seed_labels_have_no_line_breaks(seed_graph):
    for entity in seed_graph.entities():
        assert "\n" not in entity.label and all("\n" not in alias for alias in entity.aliases)


def test_seed_every_reading_points_back_to_its_sentence(seed_graph):
    documents = seed_graph.documents
    readings = [reading for edge in seed_graph.edges() for reading in edge.readings]
    assert readings
    for reading in readings:
        evidence = reading.evidence
        assert documents[evidence.document].text[evidence.start : evidence.end].strip() == evidence.sentence
        assert 0 < reading.confidence <= 1


def test_seed_document_has_title_date_and_source(seed_graph):
    (document,) = seed_graph.documents.values()
    assert document.date == "2022-01-13"
    assert document.title == "Russia-led alliance’s troops prepare to pull out of Kazakhstan"
    assert document.source.endswith("seeds/000_9125d0e8664cda5e.txt")


def test_seed_storming_is_an_event_between_described_nodes(seed_graph):
    """ "Protesters stormed government buildings": two things no name picks out give an
    event with both in their roles, but no plain edge between two descriptions."""
    (part,) = seed_graph.parts.values()
    storms = [e for e in part.events if e.lemma == "storm" and e.evidence.sentence.startswith("Protesters")]
    assert [(p.role, p.text) for p in storms[0].participants] == [("agent", "Protesters"), ("theme", "government buildings")]
    assert not _has_edge(seed_graph, "protesters", ("storm",))


def test_seed_planned_withdrawal_is_no_plain_edge(seed_graph):
    """ "are preparing to pull out" is planned: an event, never an edge that says they left."""
    assert not _has_edge(seed_graph, "Collective Security Treaty Organisation", ("pull out", "withdraw"), "Kazakhstan")


def test_seed_declared_on_tuesday_is_dated_2022_01_11(seed_graph):
    """The article is dated Thursday 2022-01-13: "On Tuesday Mr Tokayev declared their
    mission complete" dates the completed mission (reported by him) to the 11th."""
    tokayev = _entity(seed_graph, "Tokayev").key
    (part,) = seed_graph.parts.values()
    dated = [
        (event.lemma, event.factuality.value, event.source, event.date)
        for event in part.events
        if event.evidence.sentence.startswith("On Tuesday Mr Tokayev declared") and event.lemma == "complete"
    ]
    assert dated == [("complete", "reported", tokayev, "2022-01-11")]


@pytest.mark.parametrize(
    ("key", "geonames_id", "country_code"),
    [("kazakhstan", 1522867, "KZ"), ("almaty", 1526384, "KZ"), ("russia", 2017370, "RU")],
)
def test_seed_places_link_to_geonames_in_the_graph_and_the_committed_export(seed_graph, key, geonames_id, country_code):
    """Entity.place goes from the article through the linker's node summary into the
    graph, exports/graph.ttl (owl:sameAs, geo:lat ...) and back through the reader."""
    from pathlib import Path

    from kg.export.reader import read_graph

    place = seed_graph.entity(key).place
    assert place is not None and (place.geonames_id, place.country_code) == (geonames_id, country_code)
    export = Path(__file__).resolve().parents[1] / "exports" / "graph.ttl"
    assert f"owl:sameAs <https://sws.geonames.org/{geonames_id}/>" in export.read_text(encoding="utf-8")
    assert read_graph(export).entity(key).place == place
