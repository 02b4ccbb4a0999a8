"""The one rule for an entity's name and type, wherever kg chooses them.

A name is *fuller* than another when it has more words (after
``kg.resolve.forms.normalise``: "Kassym-Jomart Tokayev" has three), then when it
has more letters and digits (punctuation adds nothing: 'New" Labour' is no fuller
than "New Labour"); among equally full names the most mentioned wins, then the
alphabetically first (``name_rank``). The same order picks

- an entity's label within one article (``kg.resolve.document.canonical_label``,
  among the forms its mentions use, acronyms and plurals aside);
- the node key across articles (``kg.resolve.across.Profile.rank``: the key of
  the fullest name; mention counts left out, so that more articles about a person
  never move their IRI);
- the label of a node (``NodeTally.summary``): the fullest of the names whose
  own key is the node's key, so a node keyed ``kassym-jomart-tokayev`` is labelled
  "Kassym-Jomart Tokayev" however often other articles call him "Tokayev".

A node's type is voted by mentions: each document's entity votes for its type
with its mention count.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.records import Entity, PlaceLink
from kg.resolve.forms import name_words
from kg.types import EntityType


def fullness(name: str) -> tuple[int, int]:
    """How full a name is, as (words, letters and digits); more is fuller.

    >>> fullness("Kassym-Jomart Tokayev"), fullness("Tokayev"), fullness('New" Labour')
    ((3, 19), (1, 7), (2, 9))
    """
    return (len(name_words(name)), sum(character.isalnum() for character in name))


def name_rank(name: str, mentions: int = 0) -> tuple:
    """Sort key putting the fullest name first: most words, then most letters and
    digits, then most mentioned, then alphabetical.

    >>> sorted(["Tokayev", "Kassym-Jomart Tokayev", "Mr Tokayev"], key=name_rank)
    ['Kassym-Jomart Tokayev', 'Mr Tokayev', 'Tokayev']
    """
    words, length = fullness(name)
    return (-words, -length, -mentions, name)


def fullest(names: Mapping[str, int]) -> str:
    """The fullest of ``names`` (name to mention count); see ``name_rank``.

    >>> fullest({"Tokayev": 4, "Kassym-Jomart Tokayev": 1})
    'Kassym-Jomart Tokayev'
    >>> fullest({"Kassym Jomart Tokayev": 1, "Kassym-Jomart Tokayev": 2})
    'Kassym-Jomart Tokayev'
    >>> fullest({'New" Labour': 1, "New Labour": 5})
    'New Labour'
    """
    return min(names, key=lambda name: name_rank(name, names[name]))


def vote_node_type(votes: Mapping[EntityType, int]) -> EntityType:
    """The type most mentions give (ties: the type whose name sorts first).

    >>> vote_node_type({EntityType.PERSON: 5, EntityType.ORGANIZATION: 1}).value
    'Person'
    """
    return min(votes, key=lambda entity_type: (-votes[entity_type], entity_type.value))


class NodeTally:
    """Running totals of what each document says about one node, so that filing one
    more document costs the same however many documents already name the node.

    Each document contributes its entity as filed under the node key, with the key
    the document itself gave it (``own`` when that is the node's key: its names
    are the ones the key was made from).
    """

    __slots__ = ("by_document", "_names", "_own_names", "_types", "_aliases", "_documents", "_mentions")

    def __init__(self) -> None:
        self.by_document: dict[str, tuple[Entity, bool]] = {}
        self._names: dict[str, int] = {}
        self._own_names: dict[str, int] = {}
        self._types: dict[EntityType, int] = {}
        self._aliases: dict[str, int] = {}
        self._documents: dict[str, int] = {}
        self._mentions = 0

    def add(self, document_id: str, entity: Entity, *, own: bool) -> None:
        self.remove(document_id)
        self.by_document[document_id] = (entity, own)
        self._count(entity, own, 1)

    def remove(self, document_id: str) -> None:
        found = self.by_document.pop(document_id, None)
        if found is not None:
            self._count(*found, -1)

    def _count(self, entity: Entity, own: bool, sign: int) -> None:
        # Names and types are weighted by mentions (at least one, so that a record
        # made without a count still has a say); aliases and documents by presence.
        weight = sign * max(entity.mentions, 1)
        _bump(self._names, entity.label, weight)
        if own:
            _bump(self._own_names, entity.label, weight)
        _bump(self._types, entity.type, weight)
        for alias in entity.aliases:
            _bump(self._aliases, alias, sign)
        for document in entity.documents:
            _bump(self._documents, document, sign)
        self._mentions += sign * entity.mentions

    def summary(self, key: str) -> Entity:
        """The node as one entity: independent of the order documents came in."""
        label = fullest(self._own_names or self._names)
        aliases = (set(self._aliases) | set(self._names)) - {label}
        return Entity(
            key=key,
            label=label,
            type=vote_node_type(self._types),
            aliases=tuple(sorted(aliases)),
            mentions=self._mentions,
            documents=tuple(sorted(self._documents)),
            place=self._place(),
        )

    def _place(self) -> PlaceLink | None:
        # A place link is the same whichever document gives it (a GeoNames id for
        # a name); when documents disagree, the one of the first document, by id.
        for document_id in sorted(self.by_document):
            place = self.by_document[document_id][0].place
            if place is not None:
                return place
        return None


def _bump(counter: dict, item: object, by: int) -> None:
    """Add ``by`` to a count, dropping the item when nothing is left of it.
    (Plain dicts, not ``Counter``: a node's tallies are made and bumped for every
    document that names it, and ``Counter`` does both in Python.)"""
    total = counter.get(item, 0) + by
    if total:
        counter[item] = total
    else:
        counter.pop(item, None)


__all__ = ["NodeTally", "fullest", "fullness", "name_rank", "vote_node_type"]
