"""One node per entity across articles: link each document's entities to the
same entity named in other documents.

Within a document, ``kg.resolve`` already gives every named entity a key, the
slug of its canonical name (``kg.resolve.document.entity_key``). Equal keys are one node.
This module adds the links that equal keys miss, from the names alone:

- a person known in one article only by a short form ("Tokayev", "Mr Tokayev",
  "George Bush") joins the one person of the graph whose fuller name it fits
  ("Kassym-Jomart Tokayev", "George W. Bush") and whose gender, where titles
  tell it, agrees;
- an acronym known alone in one article ("CSTO") joins the one organisation
  whose name it abbreviates or that was given that acronym in brackets;
- an organisation known in one article without its generic last word ("Labour")
  joins the one organisation named in full elsewhere ("Labour Party"; an acronym
  too: "MCI" for "MCI Inc."), and a
  clipped one-word name ("Yugansk") the one organisation whose one-word name it
  begins ("Yuganskneftegas"); see ``kg.resolve.names.without_org_suffix`` and
  ``is_truncation``.

A short form that fits two entities ("Smith" with John Smith and Mary Smith in
the graph) joins neither. Types must agree: "Washington" the city never joins
"George Washington", and names of well-known places carry their type in the key
when they are not that place ("georgia" the country, "georgia-place" the US
state), so the two never share a node; the readings of a place's name that may
be one thing (a person and a club) are one node (``kg.resolve.readings``).

Stable ids. A node's key is the key of its fullest member name: the one with
the most words, then the longest, then the alphabetically first key. It depends
only on the set of articles, never on their order, and adding articles never
changes it unless they bring a fuller name of the same entity (a middle name)
or make a short form ambiguous (a second Tokayev). An entity known only by a
short form keeps the short form's key until an article with its full name is
added.

The ``ArticleLinker`` keeps this mapping up to date as documents come and go, re-files
only the documents whose keys changed, and hands the graph what to store: each
document's part under node keys and each changed node's summary (``Filing``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from networkx.utils import UnionFind

from kg.ids import short_hash
from kg.lexicon import GENDERED_TITLES, GIVEN_NAME_TITLES
from kg.records import DocumentGraph, Entity, Filing
from kg.resolve.filing import file_part
from kg.resolve.names import (
    CLIPPABLE,
    MIN_TRUNCATION,
    ORG_LIKE,
    PERSON,
    THINGS,
    acronym,
    fits_acronym,
    is_acronym,
    is_truncation,
    normalise,
    without_org_suffix,
)
from kg.resolve.readings import join_readings, reading_order, same_thing
from kg.resolve.vote import NodeTally, fullness
from kg.types import EntityType

_MIN_CROSS_ACRONYM = 3  # "AP" or "UN" alone are too short to match across articles
_ORG_OR_PLACE = frozenset(
    {EntityType.ORGANIZATION, EntityType.GROUP, EntityType.FACILITY, EntityType.COUNTRY, EntityType.PLACE}
)


@dataclass(frozen=True, slots=True)
class Profile:
    """What every document says about one key: the names and types it is known by."""

    key: str
    labels: frozenset[str]
    forms: frozenset[str]
    types: frozenset[EntityType]
    gender: str | None

    @property
    def words(self) -> int:
        return _word_count(self.labels)

    def rank(self) -> tuple:
        """Fullest name first (``kg.resolve.vote.fullness``: most words, then longest),
        then the reading a place's name's votes choose (``kg.resolve.readings``), then the
        key; mention counts play no part, so more articles never move a key."""
        words, length = max(fullness(label) for label in self.labels)
        return (-words, -length, reading_order(self.key, self.types), self.key)  # "chelsea-sportsteam" first


class ArticleLinker:
    """Links each document's entities to node keys as documents come and go, and
    says what the graph must store (``kg.records.Filing``).

    ``add(part)`` and ``remove(document_id)`` return the documents whose filing
    changed (their parts under node keys, see ``kg.resolve.filing``) and the nodes
    whose summary changed (voted by ``kg.resolve.vote``); the graph stores them as
    given, so that the graph itself never resolves anything.

    Two keys can change each other's node key only when one fits the other (see
    ``fits``); those pairs are kept as links, and a change to a key re-links just
    the keys connected to it by links before and after the change. Keys that only
    share a word ("World Bank", "Deutsche Bank") are compared once, not re-linked
    together on every article, so the cost of an article does not grow with the
    corpus.
    """

    def __init__(self) -> None:
        self._parts: dict[str, DocumentGraph] = {}
        self._filed: dict[str, DocumentGraph] = {}
        self._tallies: dict[str, NodeTally] = {}
        self._by_key: dict[str, dict[str, Entity]] = {}
        self._buckets: dict[str, set[str]] = {}
        self._mapping: dict[str, str] = {}
        self._profiles: dict[str, Profile] = {}
        self._genders: dict[str, frozenset[str]] = {}
        self._links: dict[str, set[str]] = {}

    def key(self, key: str) -> str:
        """The node key for a document-level entity key."""
        return self._mapping.get(key, key)

    def add(self, part: DocumentGraph) -> Filing:
        """File one document (replacing what an earlier version of it said)."""
        document_id = part.document.id
        changed = self._unregister(self._parts.pop(document_id)) if document_id in self._parts else set()
        self._parts[document_id] = part
        return self._refile(changed | self._register(part))

    def remove(self, document_id: str) -> Filing:
        """Take back everything one document said."""
        part = self._parts.pop(document_id, None)
        if part is None:
            return Filing()
        return self._refile(self._unregister(part) | {document_id})

    def _refile(self, documents: set[str]) -> Filing:
        """File ``documents`` again under the current mapping; the parts and node
        summaries that changed."""
        touched: set[str] = set()
        parts = []
        for document_id in sorted(documents):
            old = self._filed.pop(document_id, None)
            for entity in old.entities if old is not None else ():
                self._tallies[entity.key].remove(document_id)
                touched.add(entity.key)
            part = self._parts.get(document_id)
            filed = None
            if part is not None:
                filed = self._filed[document_id] = file_part(part, self.key)
                # A node's own names are those of the documents' entities keyed as the node is.
                own = {entity.key for entity in part.entities if self.key(entity.key) == entity.key}
                for entity in filed.entities:
                    self._tallies.setdefault(entity.key, NodeTally()).add(document_id, entity, own=entity.key in own)
                    touched.add(entity.key)
            parts.append((document_id, filed))
        nodes: list[tuple[str, Entity | None]] = []
        for key in sorted(touched):
            tally = self._tallies[key]
            if tally.by_document:
                nodes.append((key, tally.summary(key)))
            else:
                del self._tallies[key]
                nodes.append((key, None))
        return Filing(parts=tuple(parts), nodes=tuple(nodes))

    def _register(self, part: DocumentGraph) -> set[str]:
        """Index a document's entities; returns the ids of documents whose
        entities now map to different node keys (this one included)."""
        grown: dict[str, tuple[Profile, frozenset[str]]] = {}
        for entity in part.entities:
            if _is_local(entity):
                continue
            self._by_key.setdefault(entity.key, {})[part.document.id] = entity
            old = grown.get(entity.key) or self._stored(entity.key)
            profile, genders = _extended(old, entity) if old else _profile_of(entity.key, [entity])
            # Linking is a pure function of the profiles: a key whose names, types
            # and gender are unchanged ("United States" in one more article) cannot
            # change any mapping.
            if old is None or profile != old[0] or genders != old[1]:
                grown[entity.key] = (profile, genders)
        return self._change(grown, gone=set()) | {part.document.id}

    def _unregister(self, part: DocumentGraph) -> set[str]:
        """Forget a document's entities; returns the other documents to re-file."""
        keys = {entity.key for entity in part.entities if part.document.id in self._by_key.get(entity.key, {})}
        changed: dict[str, tuple[Profile, frozenset[str]]] = {}
        gone = set()
        for key in sorted(keys):
            entities = self._by_key[key]
            del entities[part.document.id]
            if entities:
                changed[key] = _profile_of(key, list(entities.values()))
            else:
                del self._by_key[key]
                gone.add(key)
        return self._change(changed, gone=gone) - {part.document.id}

    def documents_of(self, keys: Iterable[str]) -> set[str]:
        return {document for key in keys for document in self._by_key.get(key, {})}

    # -- the mapping ----------------------------------------------------------------

    def _stored(self, key: str) -> tuple[Profile, frozenset[str]] | None:
        profile = self._profiles.get(key)
        return (profile, self._genders[key]) if profile is not None else None

    def _change(self, profiles: dict[str, tuple[Profile, frozenset[str]]], *, gone: set[str]) -> set[str]:
        """Store new profiles for some keys and drop others; returns the documents
        whose keys now map elsewhere."""
        touched = set(profiles) | gone
        # Keys linked to a touched one before the change may lose their home or
        # their ambiguity with it; those linked after may gain them.
        before = self._connected(touched)
        for key in sorted(gone):
            self._unindex(key)
        for key, (profile, genders) in sorted(profiles.items()):
            self._unindex(key)
            self._profiles[key] = profile
            self._genders[key] = genders
            for bucket in _buckets(profile):
                self._buckets.setdefault(bucket, set()).add(key)
        for key in sorted(profiles):
            self._link(key)
        return self._refresh(before | self._connected(set(profiles)))

    def _unindex(self, key: str) -> None:
        profile = self._profiles.pop(key, None)
        self._genders.pop(key, None)
        if profile is not None:
            for bucket in _buckets(profile):
                members = self._buckets[bucket]
                members.discard(key)
                if not members:
                    del self._buckets[bucket]
        for other in self._links.pop(key, ()):
            self._links[other].discard(key)

    def _link(self, key: str) -> None:
        """Link ``key`` to every key it fits or that fits it (they share a bucket)."""
        profile = self._profiles[key]
        links = self._links.setdefault(key, set())
        for bucket in _buckets(profile):
            for other in self._buckets[bucket]:
                if other == key or other in links:
                    continue
                other_profile = self._profiles[other]
                if _fits_cached(profile, other_profile) or _fits_cached(other_profile, profile) or same_thing(profile, other_profile):
                    links.add(other)
                    self._links.setdefault(other, set()).add(key)

    def _refresh(self, component: set[str]) -> set[str]:
        """Recompute the mapping of ``component`` (closed under links)."""
        old = {key: self._mapping.get(key, key) for key in component}
        for key in component:
            self._mapping.pop(key, None)
        live = sorted(key for key in component if key in self._profiles)
        self._mapping.update(link_keys([self._profiles[key] for key in live]))
        changed = {key for key in component if self._mapping.get(key, key) != old[key]}
        return self.documents_of(changed)

    def _connected(self, keys: set[str]) -> set[str]:
        """``keys`` and every key reachable from them through links."""
        seen, frontier = set(keys), list(keys)
        while frontier:
            for other in self._links.get(frontier.pop(), ()):
                if other not in seen:
                    seen.add(other)
                    frontier.append(other)
        return seen


def _profile_of(key: str, entities: list[Entity]) -> tuple[Profile, frozenset[str]]:
    """The profile of a key from all its documents' entities, with every gender
    its titles give (the profile's gender is the one, if only one)."""
    return _profile(
        key,
        labels=frozenset(entity.label for entity in entities),
        forms=frozenset(normalise(name) for entity in entities for name in (entity.label, *entity.aliases)),
        types=frozenset(entity.type for entity in entities),
        genders=frozenset(gender for entity in entities for gender in _genders_of(entity)),
    )


def _extended(old: tuple[Profile, frozenset[str]], entity: Entity) -> tuple[Profile, frozenset[str]]:
    """``old`` with one more document's entity: the same as ``_profile_of`` over all
    of them, at the cost of one entity (``old`` itself when it adds nothing)."""
    profile, genders = old
    labels, types = profile.labels | {entity.label}, profile.types | {entity.type}
    forms = profile.forms | {normalise(name) for name in (entity.label, *entity.aliases)}
    genders = genders | _genders_of(entity)
    if (labels, forms, types, genders) == (profile.labels, profile.forms, profile.types, old[1]):
        return old
    return _profile(profile.key, labels=labels, forms=forms, types=types, genders=genders)


def _profile(
    key: str, *, labels: frozenset[str], forms: frozenset[str], types: frozenset[EntityType], genders: frozenset[str]
) -> tuple[Profile, frozenset[str]]:
    gender = next(iter(genders)) if len(genders) == 1 else None
    return Profile(key=key, labels=labels, forms=forms, types=types, gender=gender), genders


def _genders_of(entity: Entity) -> frozenset[str]:
    """Genders the entity's titled names give ("Mr Tokayev": m)."""
    genders = set()
    for alias in entity.aliases:
        words = alias.split()
        if len(words) > 1 and words[0].rstrip(".").lower() in GENDERED_TITLES:
            genders.add(GENDERED_TITLES[words[0].rstrip(".").lower()])
    return frozenset(genders)


def link_keys(profiles: list[Profile]) -> dict[str, str]:
    """Map each profile's key to its node key; a pure function of the profiles.

    Short forms are linked fullest first, so that "George Bush" joins "George W.
    Bush" before "Bush" looks for a home; each short form joins only when exactly
    one node fits it.
    """
    linked = UnionFind(profile.key for profile in profiles)

    # Only profiles that share a bucket can fit each other (see `_buckets`), so
    # each short form is compared with those, not with the whole component.
    buckets = {profile.key: _buckets(profile) for profile in profiles}
    index: dict[str, list[Profile]] = {}
    for profile in profiles:
        for bucket in buckets[profile.key]:
            index.setdefault(bucket, []).append(profile)
    for short in sorted(profiles, key=Profile.rank, reverse=True):
        candidates = {long.key: long for bucket in buckets[short.key] for long in index[bucket]}
        homes = {linked[long.key] for long in candidates.values() if long.key != short.key and _fits_cached(short, long)}
        homes.discard(linked[short.key])
        if len(homes) == 1:
            linked.union(short.key, homes.pop())
    join_readings(linked, profiles)  # "chelsea-person" and "chelsea-sportsteam": one club
    by_key = {profile.key: profile for profile in profiles}
    groups: dict[str, list[Profile]] = {}
    for profile in profiles:
        groups.setdefault(linked[profile.key], []).append(profile)
    mapping = {}
    for members in groups.values():
        best = min(members, key=Profile.rank).key
        for member in members:
            mapping[member.key] = best
    return {key: mapping[key] for key in sorted(by_key)}


def fits(short: Profile, long: Profile) -> bool:
    """Whether every name ``short`` goes by is a short form of ``long``'s name.

    >>> p = lambda label, t, gender=None: Profile(label.lower(), frozenset({label}), frozenset({normalise(label)}), frozenset({t}), gender)
    >>> fits(p("Tokayev", EntityType.PERSON), p("Kassym-Jomart Tokayev", EntityType.PERSON))
    True
    >>> fits(p("Smith", EntityType.PERSON, "f"), p("John Smith", EntityType.PERSON, "m"))
    False
    >>> fits(p("Washington", EntityType.CITY), p("George Washington", EntityType.PERSON))
    False
    >>> fits(p("CSTO", EntityType.ORGANIZATION), p("Collective Security Treaty Organisation", EntityType.ORGANIZATION))
    True
    """
    if _fits_organisation(short, long):
        return True
    if short.words >= long.words:
        return False
    if short.gender and long.gender and short.gender != long.gender:
        return False
    long_names = [normalise(label).split() for label in long.labels]
    for label in short.labels:
        words = normalise(label).split()
        if is_acronym(label):
            # "US" read as an event (the US Open in "the US and Australian Opens") is no
            # short form of the country, nor of anything else, in another article.
            if not (long.types & _ORG_OR_PLACE and short.types - PERSON - THINGS):
                return False
            letters = label.replace(".", "")
            if normalise(label) not in long.forms and not (
                len(letters) >= _MIN_CROSS_ACRONYM and any(fits_acronym(label, name) for name in long.labels)
            ):
                return False
            continue
        if not (EntityType.PERSON in long.types and short.types <= {EntityType.PERSON, EntityType.ORGANIZATION}):
            return False
        # "Prince Charles" is known by his given name: no surname of anyone else.
        if any(len(form.split()) > 1 and form.split()[0] in GIVEN_NAME_TITLES for form in short.forms):
            return False
        if not any(
            name[-len(words) :] == words or (len(words) >= 2 and words[0] == name[0] and words[-1] == name[-1])
            for name in long_names
            if len(name) > len(words)
        ):
            return False
    return True


def _fits_organisation(short: Profile, long: Profile) -> bool:
    """Every name of ``short`` is ``long``'s organisation name without its generic
    last word ("Labour" / "Labour Party") or clipped ("Yugansk" / "Yuganskneftegas").

    >>> p = lambda label, t: Profile(label.lower(), frozenset({label}), frozenset({normalise(label)}), frozenset({t}), None)
    >>> _fits_organisation(p("Labour", EntityType.ORGANIZATION), p("Labour Party", EntityType.ORGANIZATION))
    True
    >>> _fits_organisation(p("England", EntityType.PLACE), p("England Bank", EntityType.ORGANIZATION))
    False
    >>> _fits_organisation(p("Yugansk", EntityType.PLACE), p("Yuganskneftegas", EntityType.ORGANIZATION))
    True
    >>> _fits_organisation(p("MCI", EntityType.ORGANIZATION), p("MCI Inc.", EntityType.ORGANIZATION))
    True
    >>> _fits_organisation(p("BT", EntityType.ORGANIZATION), p("BT Retail", EntityType.ORGANIZATION))
    False
    """
    if not (long.types & ORG_LIKE) or short.types & PERSON or long.types & PERSON:
        return False
    clippable = bool(long.types & CLIPPABLE)
    shortened = [words for label in long.labels if (words := without_org_suffix(label))]
    for label in short.labels:
        words = normalise(label).split()
        if EntityType.COUNTRY in short.types:
            return False
        if words in shortened and short.types <= ORG_LIKE:
            continue  # "MCI" for MCI Inc., as "Labour" for the Labour Party
        if is_acronym(label):
            return False
        if not (clippable and any(is_truncation(label, name) for name in long.labels)):
            return False
    return True


@functools.lru_cache(maxsize=1 << 16)
def _word_count(labels: frozenset[str]) -> int:
    return max(len(normalise(label).split()) for label in labels)


@functools.lru_cache(maxsize=1 << 18)
def _fits_cached(short: Profile, long: Profile) -> bool:
    # Profiles are immutable: a component is re-linked on every article added,
    # mostly over pairs already compared.
    return fits(short, long)


@functools.lru_cache(maxsize=1 << 17)
def _buckets(profile: Profile) -> frozenset[str]:
    """Keys of the index under which candidates for a link meet: a person's last
    word; an organisation's acronyms."""
    buckets = set()
    for label in profile.labels:
        words = normalise(label).split()
        if is_acronym(label):
            buckets.add("a:" + label.replace(".", "").upper())
        elif words:
            buckets.add("p:" + words[-1])
            # Only an organisation or place is known by its initials (see `fits`):
            # people's initials ("JS") would chain every John Smith and Jane Scott
            # into one component that is re-linked on every article.
            if len(words) > 1 and profile.types & _ORG_OR_PLACE:
                buckets.add("a:" + acronym(label))
        shortened = without_org_suffix(label)
        if shortened:
            buckets.add("o:" + " ".join(shortened))
        if len(words) == 1 and len(words[0]) >= MIN_TRUNCATION:
            buckets.add("t:" + words[0][:MIN_TRUNCATION])
    for form in profile.forms:
        if len(form.split()) == 1 and form.isalpha() and len(form) <= 8:
            buckets.add("a:" + form.upper())
        buckets.add("o:" + form)
    return frozenset(buckets)


def _is_local(entity: Entity) -> bool:
    """Description-only nodes ("protesters") belong to their document alone: their
    key ends in a hash of the document id and label (see ``kg.resolve.document``)."""
    document = entity.documents[0] if entity.documents else ""
    return entity.key.endswith("-" + short_hash(document, entity.label, length=8))


def entity_profile(entity: Entity) -> tuple[Profile, frozenset[str]] | None:
    """What one document's entity says of its key: profile and genders (``None``: a
    description-only entity, never linked). For ``kg.resolve.directory``, as are the next two."""
    return None if _is_local(entity) else _profile_of(entity.key, [entity])


def joined_profile(one: tuple[Profile, frozenset[str]], other: tuple[Profile, frozenset[str]]) -> tuple[Profile, frozenset[str]]:
    """Two profiles of one key as one: ``_profile_of`` over all their entities."""
    (a, genders), (b, more) = one, other
    return _profile(a.key, labels=a.labels | b.labels, forms=a.forms | b.forms, types=a.types | b.types, genders=genders | more)


def buckets(profile: Profile) -> frozenset[str]:
    """``_buckets``, not cached: a linker that sees each profile once would only fill the cache."""
    return _buckets.__wrapped__(profile)


__all__ = ["ArticleLinker", "Profile", "buckets", "entity_profile", "fits", "joined_profile", "link_keys"]
