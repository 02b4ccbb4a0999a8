"""kg's ontology terms and the predicate table that maps verbs to properties.

The ontology itself is ``ontology/kg.ttl``; this module names its terms for code
(a ``DefinedNamespace`` with ``_fail = True``, so a misspelt term raises) and
loads ``ontology/predicates.tsv``, validating each row.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.errors import ConfigError
from kg.types import EntityType

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
PREDICATES_PATH = ONTOLOGY_DIR / "predicates.tsv"

KG_IRI = "https://w3id.org/kg/ontology#"
REL_IRI = "https://w3id.org/kg/rel/"
SCHEMA = Namespace("https://schema.org/")
REL = Namespace(REL_IRI)
"""Open predicates: a relation no row of predicates.tsv maps lands here."""


class KG(DefinedNamespace):
    """Terms of ``ontology/kg.ttl``."""

    _fail = True
    _NS = Namespace(KG_IRI)

    # classes
    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    City: URIRef
    Place: URIRef
    Facility: URIRef
    Group: URIRef
    Event: URIRef
    Product: URIRef
    CreativeWork: URIRef
    Legislation: URIRef
    Thing: URIRef
    Statement: URIRef
    NewsArticle: URIRef
    # generic relation every open predicate specialises
    relatedTo: URIRef
    # entity properties
    mentionCount: URIRef
    mentionedIn: URIRef
    # statement (provenance) properties
    evidence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    confidence: URIRef
    relationText: URIRef
    predicateKey: URIRef
    eventDate: URIRef
    modality: URIRef
    attributedTo: URIRef
    extractor: URIRef
    # document properties
    sourcePath: URIRef


def class_for(entity_type: EntityType) -> URIRef:
    """The ontology class of an entity type.

    >>> class_for(EntityType.PERSON)
    rdflib.term.URIRef('https://w3id.org/kg/ontology#Person')
    """
    return KG[entity_type.value]


@dataclass(frozen=True, slots=True)
class PredicateRow:
    """One row of ``predicates.tsv``: a predicate key and the property it maps to."""

    key: str
    property: str
    label: str
    line: int


_KEY = re.compile(r"^[a-z]+(?: [a-z]+)*$")
_LOCAL_NAME = re.compile(r"^[a-z][A-Za-z0-9]*$")


def load_predicates(path: Path = PREDICATES_PATH) -> dict[str, PredicateRow]:
    """Read and validate the predicate table; a bad row raises naming file:line."""
    rows: dict[str, PredicateRow] = {}
    if not path.exists():
        return rows
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for number, record in enumerate(reader, start=2):
            key = (record.get("key") or "").strip()
            prop = (record.get("property") or "").strip()
            if not _KEY.match(key):
                raise ConfigError(f"{path}:{number}: key {key!r} must be lowercase words")
            if not _LOCAL_NAME.match(prop):
                raise ConfigError(f"{path}:{number}: property {prop!r} must be a lowerCamel local name")
            rows[key] = PredicateRow(key, prop, (record.get("label") or key).strip(), number)
    return rows


@functools.cache
def _predicates() -> dict[str, PredicateRow]:
    return load_predicates()


def property_for(key: str) -> URIRef:
    """The property an extracted predicate key maps to.

    Tries the whole key, then the key without its last word (a preposition), then
    the verb alone; an unmapped key becomes an open ``rel:`` property.

    >>> property_for("zorble out of")
    rdflib.term.URIRef('https://w3id.org/kg/rel/zorbleOutOf')
    """
    rows = _predicates()
    words = key.split()
    for size in range(len(words), 0, -1):
        row = rows.get(" ".join(words[:size]))
        if row is not None:
            return URIRef(KG_IRI + row.property)
    return REL[open_local_name(key)]


def open_local_name(key: str) -> str:
    """lowerCamel local name for an unmapped key, from the safe alphabet only.

    >>> open_local_name("pull out of")
    'pullOutOf'
    """
    words = [re.sub(r"[^a-z0-9]", "", word.lower()) for word in key.split()]
    words = [word for word in words if word] or ["related"]
    return words[0] + "".join(word.capitalize() for word in words[1:])
