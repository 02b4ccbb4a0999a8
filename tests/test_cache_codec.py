"""The per-document cache's JSON codec and store: exact round trips, versioned keys, damage-tolerant reads."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
from kg.runtime.cache import DocumentCache, Entry, decode, document_key, dumps, encode, loads
from kg.types import EntityType, Factuality


def _part() -> DocumentGraph:
    document = Document(
        id="a", text="Ann Lee met Bob in Paris.\n\nIt rained.", title="T", date="2022-01-13",
        source="news/a.txt", meta=(("byline", "By Jo"),),
    )
    entities = (
        Entity("ann-lee", "Ann Lee", EntityType.PERSON, aliases=("Lee",), mentions=2, documents=("a",)),
        Entity("bob", "Bob", EntityType.PERSON, documents=("a",)),
    )
    relation = Relation(
        subject="ann-lee", key="meet", object="bob", text="met", evidence=Evidence("a", "Ann Lee met Bob in Paris.", 0, 25),
        confidence=0.7123, date=None, attributed_to="bob", factuality=Factuality.REPORTED,
    )
    return DocumentGraph(document=document, entities=entities, relations=(relation,), warnings=("w",))


def test_cache_codec_round_trips_a_document_graph_exactly():
    part = _part()
    assert loads(dumps(Entry(part, 9))) == Entry(part, 9)
    assert decode(DocumentGraph, encode(part)) == part


def test_cache_codec_round_trips_the_seed_graph(seed_graph):
    for part in seed_graph.parts.values():
        restored = loads(dumps(Entry(part, 1))).part
        assert restored == part
        assert all(isinstance(entity.type, EntityType) for entity in restored.entities)
        assert all(isinstance(relation.confidence, float) for relation in restored.relations)


def test_cache_codec_gives_missing_optional_fields_their_defaults():
    encoded = encode(_part())
    del encoded["warnings"]
    del encoded["relations"][0]["factuality"]
    part = decode(DocumentGraph, encoded)
    assert part.warnings == () and part.relations[0].factuality is Factuality.ASSERTED


def test_cache_codec_refuses_unknown_fields_and_wrong_types():
    encoded = encode(_part())
    encoded["entities"][0]["colour"] = "red"
    with pytest.raises(ValueError, match="colour"):
        decode(DocumentGraph, encoded)
    encoded = encode(_part())
    encoded["entities"][0]["mentions"] = "two"
    with pytest.raises(ValueError):
        decode(DocumentGraph, encoded)


def test_cache_codec_writes_no_code_only_json():
    payload = json.loads(dumps(Entry(_part(), 3)))
    assert set(payload) == {"format", "kg", "words", "part"}
    assert payload["part"]["entities"][0]["type"] == "Person"


@pytest.mark.parametrize(
    "change",
    [
        {"text": "Ann Lee met Bob in Rome.\n\nIt rained."},
        {"title": "Other"},
        {"date": "2022-01-14"},
        {"source": "other/a.txt"},
        {"id": "b"},
        {"meta": ()},
    ],
)
def test_cache_key_changes_with_every_part_of_the_document(change):
    document = _part().document
    assert document_key(document, "core_web_sm 3.8.0") != document_key(dataclasses.replace(document, **change), "core_web_sm 3.8.0")


def test_cache_key_changes_with_pipeline_version_kg_version_and_settings(monkeypatch):
    document = _part().document
    key = document_key(document, "core_web_sm 3.8.0")
    assert key == document_key(document, "core_web_sm 3.8.0")
    assert key != document_key(document, "core_web_sm 3.8.1")
    assert key != document_key(document, "core_web_sm 3.8.0", settings="pieces 10")
    monkeypatch.setattr("kg.runtime.cache.__version__", "99.0")
    assert key != document_key(document, "core_web_sm 3.8.0")


def test_cache_store_reads_back_and_treats_damage_as_a_miss(tmp_path):
    cache = DocumentCache(tmp_path / "cache")
    key = document_key(_part().document, "p")
    assert cache.get(key) is None
    cache.put(key, Entry(_part(), 5))
    assert cache.get(key) == Entry(_part(), 5)
    assert (cache.hits, cache.misses) == (1, 1)
    [path] = (tmp_path / "cache").rglob("*.json")
    path.write_text('{"format": 1, "kg": "0.1.0", "words": 5, "part": {"document"', encoding="utf-8")
    assert cache.get(key) is None
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_cache_store_entries_of_another_kg_version_are_misses(tmp_path, monkeypatch):
    cache = DocumentCache(tmp_path)
    cache.put("ab" * 32, Entry(_part(), 5))
    monkeypatch.setattr("kg.runtime.cache.__version__", "99.0")
    assert cache.get("ab" * 32) is None


def test_cache_key_changes_with_kg_s_own_code(monkeypatch):
    """A rule edited without a version bump must not be answered from the cache."""
    import kg.runtime.cache
    from kg.records import Document

    document = Document(id="a", text="It rained.")
    before = kg.runtime.cache.document_key(document, "pipeline 1")
    monkeypatch.setattr(kg.runtime.cache, "code_fingerprint", lambda: "edited")
    assert kg.runtime.cache.document_key(document, "pipeline 1") != before
