"""The NER label scheme: what kg reads from each label a pipeline's NER predicts.

The rules never spell a label ("GPE", "DATE"): they ask for the labels of a role
(``PLACE_LABELS``, ``TIME_LABELS`` ...) or a label's entity type
(``ENTITY_TYPES``), all read from ``kg/lexicon/data/labels.tsv``. A pipeline
with another label scheme is supported by adding its labels to that file;
``kg.nlp.check`` refuses a pipeline whose NER predicts a label it does not list.
"""

from __future__ import annotations

from kg.lexicon.table import read_table
from kg.types import EntityType

ROLES = frozenset({"person", "organisation", "nationality", "place", "region", "employer", "time", "number", "ordinal"})
"""The roles a label may play in the rules (see labels.tsv)."""


def _load() -> tuple[dict[str, EntityType], dict[str, frozenset[str]]]:
    types: dict[str, EntityType] = {}
    roles: dict[str, set[str]] = {role: set() for role in ROLES}
    for row in read_table("labels.tsv"):
        label, entity_type, label_roles = row.fields
        if entity_type != "-":
            try:
                types[label] = EntityType(entity_type)
            except ValueError as error:
                raise row.error(f"{entity_type!r} is not an entity type of kg.types.EntityType (or -)") from error
        for role in label_roles.split() if label_roles != "-" else ():
            if role not in ROLES:
                raise row.error(f"role {role!r} is not one of {', '.join(sorted(ROLES))}")
            roles[role].add(label)
    return types, {role: frozenset(labels) for role, labels in roles.items()}


ENTITY_TYPES, _ROLE_LABELS = _load()
"""NER label -> the entity type its spans name; dates, times and numbers are not nodes."""
KNOWN_LABELS = frozenset(row.fields[0] for row in read_table("labels.tsv"))
"""Every label kg knows, entity or not."""

PERSON_LABELS = _ROLE_LABELS["person"]
ORGANISATION_LABELS = _ROLE_LABELS["organisation"]
NATIONALITY_LABELS = _ROLE_LABELS["nationality"]
"""Peoples and groups: "Russian", "Muslims"."""
PLACE_LABELS = _ROLE_LABELS["place"]
"""Places something is in or at."""
REGION_LABELS = _ROLE_LABELS["region"]
"""Places that hold others: "Almaty, Kazakhstan"."""
EMPLOYER_LABELS = _ROLE_LABELS["employer"]
"""What a person works for: "president of Kazakhstan", "Yukos's chief"."""
TIME_LABELS = _ROLE_LABELS["time"]
"""Dates and times of day."""
NUMBER_LABELS = _ROLE_LABELS["number"]
ORDINAL_LABELS = _ROLE_LABELS["ordinal"]

