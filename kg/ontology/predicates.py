"""The predicate table, ``predicates.tsv``: which kg property each extracted predicate key maps to.

Predicate keys are what the extractor produces for a relation: the verb lemma,
then its particle, then the preposition introducing the object, lowercase and
separated by single spaces (``"request from"``, ``"pull out of"``). The table
is package data of ``kg.ontology``; each row is validated as it is read.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from importlib.resources.abc import Traversable
from pathlib import Path

from rdflib import URIRef

from kg.errors import ConfigError
from kg.iris import KG_IRI, REL_IRI
from kg.ontology import data_file
from kg.ontology.terms import CORE_TERMS, ENTITY_CLASSES, KG, REL  # noqa: F401  (KG: doctests)

PREDICATE_COLUMNS = ("key", "property", "label", "inverse", "symmetric", "domain", "range", "comment")
_REQUIRED_COLUMNS = ("key", "property")
# Columns that describe the property rather than the key; rows sharing a
# property leave them blank or repeat the first row's values.
_PROPERTY_COLUMNS = ("label", "inverse", "symmetric", "domain", "range", "comment")
_YES_NO = {"yes": True, "no": False}

# Adverbial particles of phrasal verbs ("buy up", "pull back"); words that are
# mostly prepositions ("in", "on", "to") are left out on purpose.
_PARTICLES = frozenset({"up", "down", "out", "off", "over", "away", "back"})

_KEY = re.compile(r"^[a-z]+(?: [a-z]+)*$")
_LOCAL_NAME = re.compile(r"^[a-z][A-Za-z0-9]*$")


@dataclass(frozen=True, slots=True)
class PredicateRow:
    """One row of ``predicates.tsv``: a predicate key and the property it maps to.

    Property-level fields (label, inverse, symmetric, domain, range, comment)
    hold the property's definition even where the row itself left them blank.

    Attributes:
        key: Normalised predicate key, e.g. ``"pull out of"``.
        property: Local name of the kg property, e.g. ``"withdrewFrom"``.
        label: The property's label, e.g. ``"withdrew from"``.
        line: Line of the row in the file, for messages.
        inverse: Local name of the inverse property, if any.
        symmetric: Whether the property is symmetric.
        domain: Class name of the subject, if constrained.
        range: Class name of the object, if constrained.
        comment: What the property means.
    """

    key: str
    property: str
    label: str
    line: int
    inverse: str | None = None
    symmetric: bool = False
    domain: str | None = None
    range: str | None = None
    comment: str = ""


def load_predicates(path: Path | Traversable | None = None) -> dict[str, PredicateRow]:
    """Read and validate the predicate table.

    Args:
        path: A tab-separated file with a header row; ``#`` lines and blank
            lines are ignored. Default: the package's own ``predicates.tsv``.

    Returns:
        The rows by key, in file order.

    Raises:
        ConfigError: The file is missing or unreadable, or a row is invalid;
            the message names ``file:line``.
    """
    path = data_file("predicates.tsv") if path is None else path
    records = _read_records(path)
    definitions: dict[str, PredicateRow] = {}
    rows: dict[str, PredicateRow] = {}
    for number, record in records:
        row = _parse_row(path, number, record)
        if row.key in rows:
            raise ConfigError(f"{path}:{number}: duplicate key {row.key!r} (first at line {rows[row.key].line})")
        first = definitions.get(row.property)
        if first is None:
            if not row.label or not row.comment:
                raise ConfigError(
                    f"{path}:{number}: first row of property {row.property!r} needs a label and a comment"
                )
            definitions[row.property] = row
        else:
            _check_agrees(path, number, record, first)
        rows[row.key] = row
    definitions = _resolve_inverses(path, definitions)
    return {
        key: replace(definitions[row.property], key=key, line=row.line)
        for key, row in rows.items()
    }


def _read_records(path: Path | Traversable) -> list[tuple[int, dict[str, str]]]:
    """The data rows of the table as (line number, column -> stripped value)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise ConfigError(f"{path}: predicate table not found") from error
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the predicate table ({error}); save it as UTF-8 text") from error
    header: list[str] | None = None
    records: list[tuple[int, dict[str, str]]] = []
    # split("\n"), not splitlines(): a stray form feed or vertical tab inside a
    # field must be reported, not silently start a new row.
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip() or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if header is None:
            header = _check_header(path, number, fields)
            continue
        if len(fields) > len(header):
            raise ConfigError(
                f"{path}:{number}: {len(fields)} tab-separated fields but the header has {len(header)}"
            )
        # Editors drop trailing empty fields; a short row means blank columns.
        fields += [""] * (len(header) - len(fields))
        records.append((number, dict(zip(header, fields, strict=True))))
    if header is None:
        raise ConfigError(f"{path}: no header row; expected columns {', '.join(PREDICATE_COLUMNS)}")
    return records


def _check_header(path: Path | Traversable, number: int, columns: list[str]) -> list[str]:
    unknown = [column for column in columns if column not in PREDICATE_COLUMNS]
    if unknown:
        raise ConfigError(
            f"{path}:{number}: unknown column {unknown[0]!r}; columns are {', '.join(PREDICATE_COLUMNS)}"
        )
    repeated = sorted({column for column in columns if columns.count(column) > 1})
    if repeated:
        raise ConfigError(f"{path}:{number}: column {repeated[0]!r} appears twice")
    missing = [column for column in _REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise ConfigError(f"{path}:{number}: missing column {missing[0]!r}")
    return columns


def _parse_row(path: Path | Traversable, number: int, record: dict[str, str]) -> PredicateRow:
    """Validate one row's fields on their own (cross-row checks come later)."""
    where = f"{path}:{number}"
    key = record.get("key", "")
    prop = record.get("property", "")
    if not _KEY.match(key):
        raise ConfigError(
            f"{where}: key {key!r} must be lowercase words separated by single spaces, e.g. 'pull out of'"
        )
    if not _LOCAL_NAME.match(prop):
        raise ConfigError(f"{where}: property {prop!r} must be a lowerCamel local name, e.g. 'withdrewFrom'")
    if prop in CORE_TERMS:
        raise ConfigError(f"{where}: property {prop!r} is a core term of kg.ttl; choose another name")
    inverse = record.get("inverse", "")
    if inverse and not _LOCAL_NAME.match(inverse):
        raise ConfigError(f"{where}: inverse {inverse!r} must be a lowerCamel local name")
    symmetric = record.get("symmetric", "")
    if symmetric and symmetric not in _YES_NO:
        raise ConfigError(f"{where}: symmetric must be 'yes', 'no' or blank, not {symmetric!r}")
    for column in ("domain", "range"):
        value = record.get(column, "")
        if value and value not in ENTITY_CLASSES:
            raise ConfigError(
                f"{where}: {column} {value!r} is not an entity class; use one of {', '.join(sorted(ENTITY_CLASSES))}"
            )
    for column, value in record.items():
        # A literal "\n" or control character would break the generated Turtle labels.
        if any(ord(char) < 32 for char in value):
            raise ConfigError(f"{where}: column {column!r} holds a control character")
    return PredicateRow(
        key=key,
        property=prop,
        label=record.get("label", ""),
        line=number,
        inverse=inverse or None,
        symmetric=_YES_NO.get(symmetric, False),
        domain=record.get("domain") or None,
        range=record.get("range") or None,
        comment=record.get("comment", ""),
    )


def _check_agrees(path: Path | Traversable, number: int, record: dict[str, str], first: PredicateRow) -> None:
    """A later row of a property may leave its columns blank but not contradict the first."""
    expected = {
        "label": first.label,
        "inverse": first.inverse or "",
        "symmetric": "yes" if first.symmetric else "no",
        "domain": first.domain or "",
        "range": first.range or "",
        "comment": first.comment,
    }
    for column in _PROPERTY_COLUMNS:
        value = record.get(column, "")
        if value and value != expected[column]:
            raise ConfigError(
                f"{path}:{number}: {column} {value!r} of property {first.property!r} "
                f"conflicts with {expected[column]!r} at line {first.line}; leave it blank or make them equal"
            )


def _resolve_inverses(path: Path | Traversable, definitions: dict[str, PredicateRow]) -> dict[str, PredicateRow]:
    """Check inverse pairs and make each one mutual."""
    resolved = dict(definitions)
    for name, row in definitions.items():
        if row.inverse is None:
            continue
        where = f"{path}:{row.line}"
        if row.inverse == name:
            raise ConfigError(f"{where}: property {name!r} is its own inverse; mark it symmetric instead")
        if row.symmetric:
            raise ConfigError(f"{where}: symmetric property {name!r} cannot name another inverse")
        other = definitions.get(row.inverse)
        if other is None:
            raise ConfigError(f"{where}: inverse {row.inverse!r} is not the property of any row")
        if other.inverse not in (None, name):
            raise ConfigError(
                f"{where}: inverse {row.inverse!r} names {other.inverse!r} as its own inverse at line {other.line}"
            )
        if other.symmetric:
            raise ConfigError(f"{where}: inverse {row.inverse!r} is symmetric (line {other.line})")
        for mine, theirs in ((row.domain, other.range), (row.range, other.domain)):
            if mine and theirs and mine != theirs:
                raise ConfigError(
                    f"{where}: domain and range of {name!r} must be the range and domain of its inverse "
                    f"{row.inverse!r} (line {other.line})"
                )
        resolved[row.inverse] = replace(resolved[row.inverse], inverse=name)
    return resolved


@functools.cache
def _predicates() -> dict[str, PredicateRow]:
    return load_predicates()


@functools.cache
def _properties() -> dict[str, PredicateRow]:
    """The first row of each property, which carries its definition."""
    properties: dict[str, PredicateRow] = {}
    for row in _predicates().values():
        properties.setdefault(row.property, row)
    return properties


@functools.lru_cache(maxsize=1 << 14)
def property_for(key: str) -> URIRef:
    """The property an extracted predicate key maps to.

    Looks the whole key up in the table; a key no row maps becomes an open
    ``rel:`` property (declared by the export as a sub-property of
    ``kg:relatedTo``), so nothing is lost.

    A key is not shortened to its verb: the preposition decides the object's
    role, so "win in" (a place) is not "win" (a title), and "include in" even
    reverses "include". On 150 BBC articles, such a fallback mapped 20
    statements, about 17 of them wrongly. The one sound shortening is the
    passive agent: an unmapped key ending in ``by`` ("the airport was seized
    by protesters" gives ``seize by``) has the active key's roles reversed,
    so it maps to the inverse of the active key's property (a symmetric one is
    its own inverse) and, when there is none, stays open.

    >>> property_for("pull out of")
    rdflib.term.URIRef('https://w3id.org/kg/ontology#withdrewFrom')
    >>> property_for("beat by")
    rdflib.term.URIRef('https://w3id.org/kg/ontology#lostTo')
    >>> property_for("seize by")
    rdflib.term.URIRef('https://w3id.org/kg/rel/seizeBy')
    >>> property_for("win in")
    rdflib.term.URIRef('https://w3id.org/kg/rel/winIn')
    """
    rows = _predicates()
    words = key.lower().split()
    row = rows.get(" ".join(words))
    if row is not None:
        return URIRef(KG_IRI + row.property)
    # Only verb (+ particle) keys: in "send to by" the passive subject was the
    # direct object of "send", not the object of "to", so no row's roles fit.
    if len(words) > 1 and words[-1] == "by" and all(word in _PARTICLES for word in words[1:-1]):
        active = rows.get(" ".join(words[:-1]))
        inverse = inverse_of(active.property) if active is not None else None
        if inverse is not None:
            return inverse
    return REL[open_local_name(key)]


def open_local_name(key: str) -> str:
    """lowerCamel local name for an unmapped key, from the safe alphabet only.

    >>> open_local_name("pull out of")
    'pullOutOf'
    """
    words = [re.sub(r"[^a-z0-9]", "", word.lower()) for word in key.split()]
    words = [word for word in words if word] or ["related"]
    return words[0] + "".join(word.capitalize() for word in words[1:])


def _definition(prop: str | URIRef) -> PredicateRow | None:
    """The table's definition of a kg property given as IRI or local name."""
    return _properties().get(str(prop).removeprefix(KG_IRI))


def is_symmetric(prop: str | URIRef) -> bool:
    """Whether a kg relation property is symmetric (``met``, ``borders`` ...).

    >>> is_symmetric(KG["met"]), is_symmetric("sentTo")
    (True, False)
    """
    row = _definition(prop)
    return row is not None and row.symmetric


def inverse_of(prop: str | URIRef) -> URIRef | None:
    """The inverse of a kg relation property; a symmetric one is its own inverse.

    >>> inverse_of("sentTo")
    rdflib.term.URIRef('https://w3id.org/kg/ontology#receivedFrom')
    >>> inverse_of("stormed") is None
    True
    """
    row = _definition(prop)
    if row is None:
        return None
    if row.symmetric:
        return URIRef(KG_IRI + row.property)
    return URIRef(KG_IRI + row.inverse) if row.inverse else None


def label_for(key_or_prop: str | URIRef) -> str:
    """A human label for a predicate key, a kg property or an open ``rel:`` property.

    A mapped key or a table property gets the property's label; anything else
    is spelt out from its words.

    >>> label_for("deploy to"), label_for(KG["sentTo"]), label_for(REL["zorbleOutOf"])
    ('sent to', 'sent to', 'zorble out of')
    """
    text = str(key_or_prop)
    row = _predicates().get(" ".join(text.split())) or _definition(text)
    if row is not None:
        return row.label
    text = text.removeprefix(KG_IRI).removeprefix(REL_IRI)
    # lowerCamel to words: "mentionCount" -> "mention count".
    return " ".join(re.sub(r"([A-Z])", r" \1", text).lower().split())
