"""KnowledgeGraph: idempotent adds, merging, evidence on one edge."""

from __future__ import annotations

from kg.graph import KnowledgeGraph
from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
from kg.resolve.across import ArticleLinker
from kg.types import EntityType


def _part(document_id: str, sentence: str = "Alice met Bob.", *, label: str = "Alice Smith") -> DocumentGraph:
    document = Document(id=document_id, text=sentence, title=None, date=None, source=f"{document_id}.txt")
    alice = Entity("alice-smith", label, EntityType.PERSON, ("Alice",), 2, (document_id,))
    bob = Entity("bob", "Bob", EntityType.PERSON, (), 1, (document_id,))
    relation = Relation(
        "alice-smith", "meet", "bob", "met", Evidence(document_id, sentence, 0, len(sentence)), 0.9
    )
    return DocumentGraph(document, (alice, bob), (relation,))


def test_graph_add_is_idempotent():
    graph = KnowledgeGraph(linker=ArticleLinker())
    graph.add(_part("d1"))
    before = graph.stats()
    graph.add(_part("d1"))
    assert graph.stats() == before == {
        "documents": 1, "entities": 2, "described": 0, "relations": 1, "readings": 1, "events": 0, "positions": 0, "quotes": 0
    }


def test_graph_same_fact_in_two_documents_is_one_edge_with_two_readings():
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([_part("d1"), _part("d2", "Alice Smith met Bob again.")])
    (edge,) = graph.edges()
    assert [reading.evidence.document for reading in edge.readings] == ["d1", "d2"]
    assert graph.entity("alice-smith").documents == ("d1", "d2")
    assert graph.entity("alice-smith").mentions == 4


def test_graph_merge_is_order_independent():
    first = KnowledgeGraph(linker=ArticleLinker()).add_all([_part("d1"), _part("d2", "Alice met Bob.", label="Alice")])
    second = KnowledgeGraph(linker=ArticleLinker()).add_all([_part("d2", "Alice met Bob.", label="Alice"), _part("d1")])
    assert list(first.entities()) == list(second.entities())
    assert list(first.edges()) == list(second.edges())


def test_graph_removing_a_document_takes_back_its_nodes_and_edges():
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([_part("d1"), _part("d2")])
    graph.remove_document("d1")
    assert graph.stats()["readings"] == 1
    graph.remove_document("d2")
    assert graph.stats() == dict.fromkeys(
        ("documents", "entities", "described", "relations", "readings", "events", "positions", "quotes"), 0
    )


def test_graph_find_by_alias():
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([_part("d1")])
    assert graph.find("alice").key == "alice-smith"
    assert graph.find("Carol") is None
