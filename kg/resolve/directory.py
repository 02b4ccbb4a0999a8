"""The entity directory of a streaming build: each document-level key's names
and types, linked to node keys by the cross-article linker's own rules, with no
document kept.

``ArticleLinker`` (``kg.resolve.across``) keeps every document so that documents
can come and go and each change re-links only its neighbours. A build that only
adds can link once, at the end, from the keys' profiles alone (the names,
types and genders every document gives a key): the mapping is a pure function
of the profiles (``link_keys``), and only keys that share a bucket
(``kg.resolve.across.buckets``) and fit each other (``fits``) are ever linked.
So the streaming build links in steps, each a pure function over rows of plain
values, which the local build (``link_directory``, over sorted runs on disk)
and the Dask build (``kg.runtime.dask_merge``, over Dask bags) both run:

1. ``profile_rows``: what each document's entities say of their keys;
2. ``joined``: the rows of one key as its profile;
3. ``bucket_rows``: a profile under each bucket it meets others in;
4. ``bucket_links``: the pairs of keys of one bucket that are linked;
5. ``components``: the keys linked to each other, by a component id;
6. ``component_keys``: one component's node keys (``link_keys``), only the keys
   that map elsewhere (most keys are their own node key).

What stays in memory is the last two steps' share: the keys that are linked at
all, and the keys that map to another. The profiles stay on disk.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Iterable, Iterator
from pathlib import Path

from networkx.utils import UnionFind

from kg.records import DocumentGraph
from kg.resolve.across import Profile, buckets, entity_profile, fits, joined_profile, link_keys
from kg.resolve.readings import same_thing
from kg.runtime.spill import Sorter, read_rows, write_rows
from kg.types import EntityType

ProfileRow = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
"""A key's profile as plain values: key, labels, forms, types and genders, each sorted."""

_FIRST = operator.itemgetter(0)


def profile_rows(part: DocumentGraph) -> Iterator[ProfileRow]:
    """What one document says of its keys: a row per entity that can be linked."""
    for entity in part.entities:
        found = entity_profile(entity)
        if found is not None:
            yield to_row(*found)


def to_row(profile: Profile, genders: frozenset[str]) -> ProfileRow:
    return (
        profile.key,
        tuple(sorted(profile.labels)),
        tuple(sorted(profile.forms)),
        tuple(sorted(entity_type.value for entity_type in profile.types)),
        tuple(sorted(genders)),
    )


def from_row(row: ProfileRow) -> tuple[Profile, frozenset[str]]:
    key, labels, forms, types, genders = row
    genders_set = frozenset(genders)
    gender = next(iter(genders_set)) if len(genders_set) == 1 else None
    profile = Profile(
        key=key, labels=frozenset(labels), forms=frozenset(forms),
        types=frozenset(EntityType(value) for value in types), gender=gender,
    )
    return profile, genders_set


def joined(rows: Iterable[ProfileRow]) -> ProfileRow:
    """The rows of one key (from any number of documents) as one profile row."""
    return to_row(*functools.reduce(joined_profile, map(from_row, rows)))


def bucket_rows(row: ProfileRow) -> Iterator[tuple[str, ProfileRow]]:
    """``row`` under each bucket its profile meets candidates for a link in."""
    for bucket in sorted(buckets(from_row(row)[0])):
        yield bucket, row


def linked(profile: Profile, other: Profile) -> bool:
    """Whether the linker links two keys: one fits the other (``fits``, not cached, as
    ``buckets``: each pair is met once here)."""
    return fits(profile, other) or fits(other, profile) or same_thing(profile, other)


def bucket_links(rows: Iterable[ProfileRow]) -> Iterator[tuple[str, str]]:
    """The pairs of keys among one bucket's profiles that the linker links, each
    pair once, the smaller key first."""
    profiles = [from_row(row)[0] for row in rows]
    for one, other in itertools.combinations(profiles, 2):
        if linked(one, other):
            yield (one.key, other.key) if one.key < other.key else (other.key, one.key)


def components(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each key of a linked pair, to the smallest key it is linked to through any
    chain of pairs (the id of its component)."""
    union = UnionFind()
    for one, other in pairs:
        union.union(one, other)
    ids = {}
    for members in union.to_sets():
        smallest = min(members)
        ids.update(dict.fromkeys(members, smallest))
    return ids


def component_keys(rows: Iterable[ProfileRow]) -> dict[str, str]:
    """The node key of each key of one component that is not its own node key."""
    mapping = link_keys([from_row(row)[0] for row in rows])
    return {key: node for key, node in mapping.items() if key != node}


def link_directory(rows: Iterable[ProfileRow], folder: Path, *, run_size: int | None = None) -> dict[str, str]:
    """Link every key of a whole archive, from its documents' profile rows: the node
    key of each key that maps to another (``ArticleLinker``'s mapping for the same
    documents). Rows are sorted in runs under ``folder``; the profiles stay there."""
    profiles = folder / "profiles.rows"
    with Sorter(folder, key=_FIRST, name="profile", run_size=run_size) as by_key:
        by_key.extend(rows)
        write_rows(profiles, (joined(group) for _key, group in itertools.groupby(by_key.sorted(), key=_FIRST)))
    with Sorter(folder, key=_FIRST, name="bucket", run_size=run_size) as by_bucket:
        by_bucket.extend(bucket_row for row in read_rows(profiles) for bucket_row in bucket_rows(row))
        pairs = (
            pair
            for _bucket, group in itertools.groupby(by_bucket.sorted(), key=_FIRST)
            for pair in bucket_links(row for _bucket, row in group)
        )
        ids = components(pairs)
    mapping: dict[str, str] = {}
    with Sorter(folder, key=_FIRST, name="component", run_size=run_size) as by_component:
        by_component.extend((ids[row[0]], row) for row in read_rows(profiles) if row[0] in ids)
        for _component, group in itertools.groupby(by_component.sorted(), key=_FIRST):
            mapping.update(component_keys(row for _component, row in group))
    profiles.unlink()
    return mapping


__all__ = [
    "ProfileRow", "bucket_links", "bucket_rows", "component_keys", "components", "from_row", "joined",
    "link_directory", "profile_rows", "to_row",
]
