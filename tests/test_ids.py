"""Record ids (kg.ids.record_id): the digest each record's ``id`` property makes,
memoised, and the same ids as before it was."""

from __future__ import annotations

from kg.ids import record_id, short_hash


def test_record_ids_are_the_digests_of_their_fields_made_once(seed_graph):
    events, quotes = list(seed_graph.events()), list(seed_graph.quotes())
    edges, positions = list(seed_graph.edges()), list(seed_graph.positions())
    assert events and quotes and edges and positions
    expected = (
        [short_hash("event", e.document, e.trigger_start, e.trigger_end, length=16) for e in events]
        + [short_hash("quote", q.evidence.document, q.content_start, q.content_end, length=16) for q in quotes]
        + [short_hash(e.subject, e.key, e.object, length=16) for e in edges]
        + [
            short_hash("position", p.person, p.role_key, p.organisation or "", p.evidence.document,
                       p.evidence.start, length=16)
            for p in positions
        ]
    )
    records = [*events, *quotes, *edges, *positions]
    assert [record.id for record in records] == expected
    before = record_id.cache_info().hits
    assert [record.id for record in records] == expected
    assert record_id.cache_info().hits - before == len(records)  # asked again: no digest made


def test_record_ids_tell_parts_of_other_types_apart():
    assert record_id("event", 1) == short_hash("event", 1, length=16)
    assert record_id("event", True) == short_hash("event", True, length=16) != record_id("event", 1)
