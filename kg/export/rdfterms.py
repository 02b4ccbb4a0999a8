"""The RDF terms and IRIs the export writes, made once: shared by the triples of
entities and statements (``kg.export.triples``) and of events, positions and
quotes (``kg.export.facts``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD
from rdflib.namespace import OWL, PROV

from kg import iris
from kg.iris import KG_IRI
from kg.ontology.events import EVENT_CLASSES, FACTUALITIES, GENERIC_ROLE, ROLES
from kg.ontology.terms import CORE_TERMS, GEO, SCHEMA

if TYPE_CHECKING:
    from kg.records import Evidence, PlaceLink

Triple = tuple[ox.NamedNode, ox.NamedNode, "ox.NamedNode | ox.Literal"]
"""A triple of the export, in pyoxigraph terms (Rust-backed: cheap to make, hash,
compare and write; rdflib terms cost several times more per triple)."""


class _Vocabulary:
    """The ontology terms the export writes, as pyoxigraph IRIs (made once)."""

    def __init__(self) -> None:
        named = ox.NamedNode
        self.type = named(str(RDF.type))
        self.statement = named(str(RDF.Statement))
        self.subject = named(str(RDF.subject))
        self.predicate = named(str(RDF.predicate))
        self.object = named(str(RDF.object))
        self.value = named(str(RDF.value))
        self.label = named(str(RDFS.label))
        self.sub_property_of = named(str(RDFS.subPropertyOf))
        self.alt_label = named(str(SKOS.altLabel))
        self.object_property = named(str(OWL.ObjectProperty))
        self.same_as = named(str(OWL.sameAs))
        self.was_derived_from = named(str(PROV.wasDerivedFrom))
        self.schema_news_article = named(str(SCHEMA.NewsArticle))
        self.headline = named(str(SCHEMA.headline))
        self.date_published = named(str(SCHEMA.datePublished))
        self.lat = named(str(GEO.lat))
        self.long = named(str(GEO.long))
        self.xsd_date = named(str(XSD.date))
        self.xsd_g_year_month = named(str(XSD.gYearMonth))
        self.xsd_g_year = named(str(XSD.gYear))
        self.xsd_decimal = named(str(XSD.decimal))
        self.xsd_integer = named(str(XSD.integer))
        self.xsd_boolean = named(str(XSD.boolean))
        for name in sorted(CORE_TERMS):
            setattr(self, "kg_" + name, named(KG_IRI + name))
        self.event_classes = {name: named(KG_IRI + local) for name, local in EVENT_CLASSES.items()}
        self.roles = {name: named(KG_IRI + local) for name, local in ROLES.items()}
        self.generic_role = named(KG_IRI + GENERIC_ROLE)
        self.factualities = {factuality: named(KG_IRI + local) for factuality, local in FACTUALITIES.items()}

    def __getattr__(self, name: str) -> ox.NamedNode:
        # Only reached for a name __init__ did not set: the kg_<term> attributes are made
        # from the ontology's core terms, so a misspelt one fails here.
        raise AttributeError(f"no ontology term {name!r}; the kg_ terms are kg.ontology.terms.CORE_TERMS")

    def date(self, text: str) -> ox.Literal:
        """A date as precise as the text gives it: xsd:date, xsd:gYearMonth or xsd:gYear."""
        datatype = {10: self.xsd_date, 7: self.xsd_g_year_month}.get(len(text), self.xsd_g_year)
        return ox.Literal(text, datatype=datatype)

    def integer(self, number: int) -> ox.Literal:
        return ox.Literal(str(number), datatype=self.xsd_integer)

    def decimal(self, text: str) -> ox.Literal:
        return ox.Literal(text, datatype=self.xsd_decimal)


@functools.cache
def vocabulary() -> _Vocabulary:
    """The ontology terms the export writes, as pyoxigraph IRIs."""
    return _Vocabulary()


class Nodes:
    """The IRIs of one graph's own resources, each made once."""

    def __init__(self, base_iri: str) -> None:
        self.base = base_iri
        self._documents: dict[str, ox.NamedNode] = {}
        self._entities: dict[str, ox.NamedNode] = {}

    def document(self, document_id: str) -> ox.NamedNode:
        node = self._documents.get(document_id)
        if node is None:
            node = self._documents[document_id] = ox.NamedNode(iris.document_iri(self.base, document_id))
        return node

    def entity(self, key: str) -> ox.NamedNode:
        node = self._entities.get(key)
        if node is None:
            node = self._entities[key] = ox.NamedNode(iris.entity_iri(self.base, key))
        return node


def provenance(
    node: ox.NamedNode, nodes: Nodes, evidence: Evidence, confidence: float | None, extractor: ox.Literal
) -> Iterator[Triple]:
    """What every extraction (statement, event, position, quote) says of where it was read."""
    v = vocabulary()
    yield (node, v.was_derived_from, nodes.document(evidence.document))
    yield (node, v.kg_evidence, ox.Literal(evidence.sentence))
    yield (node, v.kg_startOffset, v.integer(evidence.start))
    yield (node, v.kg_endOffset, v.integer(evidence.end))
    if confidence is not None:
        yield (node, v.kg_confidence, v.decimal(_decimal(confidence)))
    yield (node, v.kg_extractor, extractor)


def place_triples(node: ox.NamedNode, place: PlaceLink) -> Iterator[Triple]:
    """A place's link to GeoNames: ``owl:sameAs``, its country and continent codes,
    what kind of place it is and its WGS84 coordinates."""
    v, literal = vocabulary(), ox.Literal
    yield (node, v.same_as, ox.NamedNode(iris.geonames_iri(place.geonames_id)))
    yield (node, v.kg_placeKind, literal(place.feature))
    if place.country_code:
        yield (node, v.kg_countryCode, literal(place.country_code))
    if place.continent:
        yield (node, v.kg_continent, literal(place.continent))
    if place.latitude is not None:
        yield (node, v.lat, v.decimal(_degrees(place.latitude)))
    if place.longitude is not None:
        yield (node, v.long, v.decimal(_degrees(place.longitude)))


def _degrees(value: float) -> str:
    """Decimal degrees as an xsd:decimal lexical form, GeoNames' five places at most.

    >>> _degrees(43.25667), _degrees(-0.1), _degrees(76.0)
    ('43.25667', '-0.1', '76.0')
    """
    text = f"{value:.5f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _decimal(value: float) -> str:
    """The xsd:decimal lexical form of a confidence, four places.

    >>> _decimal(0.43781), _decimal(1.0)
    ('0.4378', '1.0000')
    """
    return str(Decimal(f"{value:.4f}"))
