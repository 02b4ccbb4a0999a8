"""The ontology: kg's vocabulary for RDF, and the files that define it.

Package data (read with ``importlib.resources``, so they are there however kg
is installed): ``kg.ttl`` (the OWL ontology), ``shapes.ttl`` (SHACL shapes of a
valid export), ``context.jsonld`` (the JSON-LD context) and ``predicates.tsv``
(extracted predicate keys to ontology properties). The repository's top-level
``ontology/`` folder holds the published copies, written by
``ontology/build_ontology.py`` and tested byte-equal to these.

- ``terms``: ``KG``, the ontology's terms for code, and ``load_ontology``;
- ``predicates``: the predicate table, read and validated, and ``property_for``;
- ``events``: the event classes, roles and factualities, and their terms.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

DATA_FILES = ("kg.ttl", "shapes.ttl", "context.jsonld", "predicates.tsv")


def data_file(name: str) -> Traversable:
    """One of the ontology's ``DATA_FILES``, as package data.

    >>> "owl:Ontology" in data_file("kg.ttl").read_text(encoding="utf-8")
    True
    """
    if name not in DATA_FILES:
        raise ValueError(f"no ontology file {name!r}; the files are {', '.join(DATA_FILES)}")
    return resources.files(__name__) / name
