"""Every IRI kg mints, as plain strings, and the checks on user-given IRIs.

A graph's own resources live under its base IRI: ``<base>entity/<key>``,
``<base>document/<id>``, ``<base>statement/<id>``, ``<base>event/<id>``,
``<base>value/<event id>-<role>-<hash>`` (an event's argument that is no entity),
``<base>position/<id>`` and ``<base>quote/<id>``, with keys and ids from the
safe alphabet of ``kg.ids``; RDF stores get the graph in the named graph
``<base>graph``. kg's ontology terms live under ``KG_IRI`` and open predicates
(keys no row of the predicate table maps) under ``REL_IRI``.

The RDF export wraps these strings in RDF terms, the property-graph exports
write them as they are, and the reader takes keys and ids back out of them,
so the scheme is spelt out here alone. Nothing here imports rdflib.
"""

from __future__ import annotations

import re

from kg.errors import ConfigError
from kg.ids import short_hash, slugify

DEFAULT_BASE_IRI = "https://example.org/kg/"
KG_IRI = "https://w3id.org/kg/ontology#"
"""kg's ontology: classes, provenance properties and the relation properties of the predicate table."""
REL_IRI = "https://w3id.org/kg/rel/"
"""Open predicates: a relation no row of the predicate table maps lands here."""

ENTITY = "entity/"
DOCUMENT = "document/"
STATEMENT = "statement/"
EVENT = "event/"
VALUE = "value/"
"""Arguments of events that are no entities (descriptions and quantities)."""
POSITION = "position/"
QUOTE = "quote/"
KINDS = (ENTITY, DOCUMENT, STATEMENT, EVENT, VALUE, POSITION, QUOTE)
"""The path segments, under the base IRI, of a graph's own resources."""
GEONAMES_IRI = "https://sws.geonames.org/"
"""GeoNames' linked-data IRIs: ``https://sws.geonames.org/<id>/``."""

_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`\x00-\x20]+$")


def check_base_iri(iri: str) -> str:
    """Return ``iri`` if it is an absolute IRI ending with ``/`` or ``#``.

    >>> check_base_iri("https://example.org/kg/")
    'https://example.org/kg/'
    >>> check_base_iri("not an iri")
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: base IRI 'not an iri' is not an absolute IRI (e.g. https://example.org/kg/)
    """
    if not _ABSOLUTE_IRI.match(iri):
        raise ConfigError(f"base IRI {iri!r} is not an absolute IRI (e.g. https://example.org/kg/)")
    if not iri.endswith(("/", "#")):
        raise ConfigError(f"base IRI {iri!r} must end with '/' or '#', e.g. {iri}/")
    return iri


def namespaces(base_iri: str) -> dict[str, str]:
    """The namespaces of a graph's own resources, by prefix.

    >>> namespaces("https://example.org/kg/")["entity"]
    'https://example.org/kg/entity/'
    """
    return {kind.rstrip("/"): base_iri + kind for kind in KINDS}


def entity_iri(base_iri: str, key: str) -> str:
    """The IRI of the entity ``key`` (an ``Entity.key``).

    >>> entity_iri("https://example.org/kg/", "kassym-jomart-tokayev")
    'https://example.org/kg/entity/kassym-jomart-tokayev'
    """
    return base_iri + ENTITY + key


def document_iri(base_iri: str, document_id: str) -> str:
    """The IRI of the document ``document_id`` (a ``Document.id``)."""
    return base_iri + DOCUMENT + document_id


def statement_iri(base_iri: str, relation_id: str) -> str:
    """The IRI of the statement node of one reading of an edge (a ``Relation.id``)."""
    return base_iri + STATEMENT + relation_id


def event_iri(base_iri: str, event_id: str) -> str:
    """The IRI of an event (an ``Event.id``)."""
    return base_iri + EVENT + event_id


def value_iri(base_iri: str, event_id: str, role: str, text: str) -> str:
    """The IRI of an event's argument that is no entity (a description or a
    quantity): minted from the event, the role and the words, so it needs no blank
    node and does not depend on the order of the arguments.

    >>> value_iri("https://example.org/kg/", "3f2a9c0d1e7b4a55", "theme", "interest rates")
    'https://example.org/kg/value/3f2a9c0d1e7b4a55-theme-8969d5df'
    """
    return f"{base_iri}{VALUE}{event_id}-{slugify(role)}-{short_hash(text, length=8)}"


def position_iri(base_iri: str, position_id: str) -> str:
    """The IRI of a position held (a ``Position.id``)."""
    return base_iri + POSITION + position_id


def quote_iri(base_iri: str, quote_id: str) -> str:
    """The IRI of a quote (a ``Quote.id``)."""
    return base_iri + QUOTE + quote_id


def geonames_iri(geonames_id: int) -> str:
    """The GeoNames IRI of a place.

    >>> geonames_iri(1522867)
    'https://sws.geonames.org/1522867/'
    """
    return f"{GEONAMES_IRI}{geonames_id}/"


def graph_iri(base_iri: str) -> str:
    """The named graph an RDF store holds the graph in, unless told another.

    >>> graph_iri("https://example.org/kg/")
    'https://example.org/kg/graph'
    """
    return base_iri + "graph"


def local_part(iri: str, kind: str) -> str:
    """The key or id in an IRI minted here: what follows the last ``kind`` segment.

    >>> local_part("https://example.org/kg/entity/tokayev", ENTITY)
    'tokayev'
    """
    return iri.rsplit(kind, 1)[-1]


def base_of(iri: str, kind: str) -> str:
    """The base IRI an IRI of ``kind`` was minted under (keys and ids hold no ``/``).

    >>> base_of("https://example.org/kg/entity/tokayev", ENTITY)
    'https://example.org/kg/'
    """
    return iri.rsplit(kind, 1)[0]
