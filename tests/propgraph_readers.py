"""Read the property-graph exports back the way their real consumers do, for the tests.

Each reader returns a ``PropertyGraph``: the nodes and relationships a database
(or networkx) would hold after loading the file, with no knowledge of how kg
wrote it beyond the format's documentation:

- ``read_cypher``: the script lexed as Neo4j 5 and as FalkorDB lex it (string
  escapes, comments, backquoted names), both readings required to agree, and
  every statement required to be one of the two shapes ``kg.export.cypher``
  documents, so that text breaking out of a literal cannot go unnoticed;
- ``read_neo4j_csv``: ``nodes.csv``/``relationships.csv`` through the ``csv``
  module and ``neo4j-admin database import`` header rules (typed columns,
  arrays split on U+001F, empty fields absent);
- ``read_graphml``: ``networkx.read_graphml``, lists decoded from their JSON.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

# -- the loaded graph ---------------------------------------------------------------------


@dataclass
class PropertyGraph:
    """Nodes by key (labels, properties) and relationships by id (start, end, type, properties).

    ``labels`` is ``None`` where the format has no labels (GraphML).
    """

    nodes: dict[str, tuple[tuple[str, ...] | None, dict]] = field(default_factory=dict)
    relationships: dict[str, tuple[str, str, str, dict]] = field(default_factory=dict)

    def add_node(self, key: str, labels: tuple[str, ...] | None, properties: dict) -> None:
        assert key not in self.nodes, f"node {key!r} written twice"
        self.nodes[key] = (labels, properties)

    def add_relationship(self, start: str, end: str, kind: str, properties: dict) -> None:
        identifier = properties.get("id")
        assert isinstance(identifier, str), f"relationship without an id: {properties!r}"
        assert identifier not in self.relationships, f"relationship {identifier!r} written twice"
        self.relationships[identifier] = (start, end, kind, properties)


# -- Cypher -------------------------------------------------------------------------------

# The escapes each consumer decodes (Neo4j 5 Cypher manual, "String literals";
# FalkorDB as measured against the server: an unknown escape keeps its backslash).
_SHARED_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}
DIALECTS = ("neo4j", "falkordb")


@dataclass(frozen=True)
class Token:
    """A Cypher token: ``string`` (decoded), ``name`` (word or backquoted), ``number`` or ``punct``."""

    kind: str
    value: str | int | float


def _scan(source: str, dialect: str):
    """Yield ("string", value), ("name", `quoted` name), ("code", char) in order; comments dropped."""
    assert dialect in DIALECTS, dialect
    position = 0
    while position < len(source):
        char = source[position]
        if char in "'\"":
            value, position = _string(source, position, dialect)
            yield "string", value
        elif char == "`":
            end = position + 1
            while True:
                end = source.find("`", end)
                assert end != -1, f"unterminated `identifier` at {position}"
                if source.startswith("``", end):
                    end += 2
                    continue
                break
            yield "name", source[position + 1 : end].replace("``", "`")
            position = end + 1
        elif source.startswith("//", position):
            # Neo4j ends a line comment at CR or LF, FalkorDB at LF only.
            ends = [source.find(stop, position) for stop in ("\n", "\r" if dialect == "neo4j" else "\n")]
            ends = [end for end in ends if end != -1]
            position = min(ends) + 1 if ends else len(source)
        elif source.startswith("/*", position):
            end = source.find("*/", position + 2)
            assert end != -1, f"unterminated comment at {position}"
            position = end + 2
        else:
            yield "code", char
            position += 1


def _string(source: str, start: int, dialect: str) -> tuple[str, int]:
    quote = source[start]
    value: list[str] = []
    position = start + 1
    while True:
        assert position < len(source), f"unterminated string literal at {start}"
        char = source[position]
        if char == quote:
            text = "".join(value)
            if dialect == "neo4j":
                # Neo4j strings are UTF-16: a \uD83D\uDE00 pair is one character.
                text = text.encode("utf-16", "surrogatepass").decode("utf-16")
            return text, position + 1
        if char != "\\":
            value.append(char)
            position += 1
            continue
        escape = source[position + 1 : position + 2]
        if escape in _SHARED_ESCAPES:
            value.append(_SHARED_ESCAPES[escape])
            position += 2
        elif dialect == "falkordb":
            value.append("\\")  # kept, and the next character read as itself
            position += 1
        elif escape == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", source[position + 2 : position + 6]):
            value.append(chr(int(source[position + 2 : position + 6], 16)))
            position += 6
        elif escape == "U" and re.fullmatch(r"[0-9a-fA-F]{8}", source[position + 2 : position + 10]):
            value.append(chr(int(source[position + 2 : position + 10], 16)))
            position += 10
        else:
            raise AssertionError(f"invalid escape \\{escape} at {position} (a syntax error in Neo4j)")


def cypher_tokens(source: str, dialect: str = "neo4j") -> tuple[list[str], str]:
    """Split Cypher into decoded string literals (and backquoted names) and the code around them.

    Raises AssertionError on an unterminated string, comment or identifier, or an escape
    the dialect rejects.

    >>> cypher_tokens("RETURN 'a\\\\'b', `x``y` // c")
    (["a'b", 'x`y'], 'RETURN ,  ')
    """
    literals: list[str] = []
    code: list[str] = []
    for kind, value in _scan(source, dialect):
        if kind == "code":
            code.append(value)
        else:
            literals.append(value)
    return literals, "".join(code)


_CODE_TOKEN = re.compile(
    r"\s+|(?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<punct>.)", re.DOTALL
)


def cypher_lex(source: str, dialect: str) -> list[Token]:
    """The token stream of a Cypher text, as ``dialect`` reads it."""
    tokens: list[Token] = []
    code: list[str] = []

    def flush() -> None:
        for match in _CODE_TOKEN.finditer("".join(code)):
            if match["number"] is not None:
                number = match["number"]
                tokens.append(Token("number", float(number) if re.search(r"[.eE]", number) else int(number)))
            elif match["name"] is not None:
                tokens.append(Token("name", match["name"]))
            elif match["punct"] is not None:
                tokens.append(Token("punct", match["punct"]))
        code.clear()

    for kind, value in _scan(source, dialect):
        if kind == "code":
            code.append(value)
            continue
        flush()
        tokens.append(Token(kind, value))
    flush()
    return tokens


# The two statement shapes kg.export.cypher documents; $x are the parts the data fills in
# ($kind, $startkind, $endkind: the label a node is merged on, one of NODE_KINDS).
NODE_KINDS = ("Entity", "Event", "Position", "Quote")
_NODE_SHAPE = "MERGE ( n : $kind { key : $key } ) SET n : $label , n = $properties".split()
_RELATIONSHIP_SHAPE = (
    "MATCH ( a : $startkind { key : $start } ) , ( b : $endkind { key : $end } ) "
    "MERGE ( a ) - [ r : $type { id : $id } ] - > ( b ) SET r = $properties"
).split()


def _match(shape: list[str], tokens: list[Token]) -> dict | None:
    """The filled-in parts if ``tokens`` is exactly ``shape``, else None."""
    parts: dict = {}
    position = 0
    for word in shape:
        if position >= len(tokens):
            return None
        token = tokens[position]
        if word == "$properties":
            try:
                parts["properties"], position = _map(tokens, position)
            except (AssertionError, IndexError):
                return None
            continue
        if word in ("$label", "$type", "$kind", "$startkind", "$endkind"):
            if token.kind != "name" or (word != "$label" and word != "$type" and token.value not in NODE_KINDS):
                return None
            parts[word[1:]] = token.value
        elif word.startswith("$"):
            if token.kind != "string":
                return None
            parts[word[1:]] = token.value
        elif token.kind not in ("name", "punct") or token.value != word:
            return None
        position += 1
    return parts if position == len(tokens) else None


def _map(tokens: list[Token], position: int) -> tuple[dict, int]:
    assert tokens[position] == Token("punct", "{")
    position += 1
    result: dict = {}
    while tokens[position] != Token("punct", "}"):
        if result:
            assert tokens[position] == Token("punct", ","), tokens[position]
            position += 1
        name = tokens[position]
        assert name.kind == "name" and tokens[position + 1] == Token("punct", ":"), tokens[position : position + 2]
        assert name.value not in result, f"property {name.value} twice"
        result[name.value], position = _value(tokens, position + 2)
    return result, position + 1


def _value(tokens: list[Token], position: int):
    token = tokens[position]
    if token.kind in ("string", "number"):
        return token.value, position + 1
    if token.kind == "name" and str(token.value).lower() in ("true", "false"):
        return str(token.value).lower() == "true", position + 1
    assert token == Token("punct", "["), f"not a literal: {token}"
    position += 1
    items = []
    while tokens[position] != Token("punct", "]"):
        if items:
            assert tokens[position] == Token("punct", ","), tokens[position]
            position += 1
        item, position = _value(tokens, position)
        items.append(item)
    return items, position + 1


def _statements(tokens: list[Token]) -> list[list[Token]]:
    """Tokens split on ``;`` as cypher-shell splits a script; every statement must end with one."""
    statements: list[list[Token]] = [[]]
    for token in tokens:
        if token == Token("punct", ";"):
            statements.append([])
        else:
            statements[-1].append(token)
    assert not statements[-1], f"text after the last ';': {statements[-1][:5]}"
    return statements[:-1]


def read_cypher(script: str) -> PropertyGraph:
    """The graph the script creates, after checking Neo4j and FalkorDB read it alike.

    Every statement must be exactly one of the documented shapes; anything else
    (text that left its literal, an extra clause) is an AssertionError.
    """
    from kg.export.cypher import cypher_statements

    tokens = cypher_lex(script, "neo4j")
    assert cypher_lex(script, "falkordb") == tokens, "Neo4j and FalkorDB would read the script differently"
    statements = _statements(tokens)
    # kg load sends FalkorDB one line at a time: the lines must be the same statements.
    lines = [cypher_lex(line, "falkordb") for line in cypher_statements(script)]
    assert lines == statements, "the script's lines and its ';'-separated statements differ"
    loaded = PropertyGraph()
    for statement in statements:
        if (node := _match(_NODE_SHAPE, statement)) is not None:
            assert node["properties"].get("key") == node["key"], node
            loaded.add_node(node["key"], tuple(dict.fromkeys((node["kind"], node["label"]))), node["properties"])
        elif (edge := _match(_RELATIONSHIP_SHAPE, statement)) is not None:
            assert edge["properties"].get("id") == edge["id"], edge
            loaded.add_relationship(edge["start"], edge["end"], edge["type"], edge["properties"])
        else:
            raise AssertionError(f"a statement of no known shape: {statement[:12]}")
    return loaded


# -- Neo4j bulk-import CSV ----------------------------------------------------------------

ARRAY_DELIMITER = "\x1f"  # --array-delimiter=U+001F, as the csv module's docstring says
_CSV_TYPES = {"string": str, "long": int, "int": int, "double": float, "float": float,
              "boolean": lambda cell: {"true": True, "false": False}[cell]}


def _csv_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    # The exporter's dialect: csv.writer's default ("excel": "," and '"' doubled).
    with path.open(encoding="utf-8", newline="") as stream:
        try:
            rows = list(csv.reader(stream, dialect="excel", strict=True))
        except csv.Error as error:
            raise AssertionError(f"{path.name}: not CSV in the exporter's dialect: {error}") from error
    assert rows, f"{path.name} is empty"
    header, body = rows[0], rows[1:]
    for number, row in enumerate(body, start=2):
        assert len(row) == len(header), f"{path.name} row {number}: {len(row)} cells, not {len(header)} (a field broke)"
    return header, body


def _csv_cell(header: str, cell: str, properties: dict, special: dict) -> None:
    """One cell as neo4j-admin reads it: ``name:type``, ``:ID(group)``, ``:LABEL`` ..."""
    name, _, kind = header.partition(":")
    group = re.fullmatch(r"(ID|START_ID|END_ID)(?:\((\w+)\))?", kind)
    if group or kind in ("LABEL", "TYPE"):
        role = group[1] if group else kind
        special[role] = cell.split(ARRAY_DELIMITER) if role == "LABEL" else cell
        if role == "ID" and name:
            properties[name] = cell  # the id is also stored under its column's name
        return
    if cell == "":
        return  # the importer skips empty fields
    array = kind.endswith("[]")
    convert = _CSV_TYPES[(kind[:-2] if array else kind) or "string"]
    properties[name] = [convert(item) for item in cell.split(ARRAY_DELIMITER)] if array else convert(cell)


def read_neo4j_csv(folder: Path) -> PropertyGraph:
    """The graph ``neo4j-admin database import`` would build from the CSVs in ``folder``."""
    loaded = PropertyGraph()
    files = {path.name: _csv_rows(path) for path in sorted(folder.glob("*.csv"))}
    node_files = [name for name, (header, _) in files.items() if any(":ID" in column for column in header)]
    edge_files = [name for name, (header, _) in files.items() if ":START_ID" in "".join(header)]
    assert node_files and edge_files and len(node_files) + len(edge_files) == len(files), sorted(files)
    for name in node_files:
        header, body = files[name]
        for row in body:
            properties, special = {}, {}
            for column, cell in zip(header, row, strict=True):
                _csv_cell(column, cell, properties, special)
            loaded.add_node(special["ID"], tuple(special.get("LABEL", ())), properties)
    for name in edge_files:
        header, body = files[name]
        for row in body:
            properties, special = {}, {}
            for column, cell in zip(header, row, strict=True):
                _csv_cell(column, cell, properties, special)
            loaded.add_relationship(special["START_ID"], special["END_ID"], special["TYPE"], properties)
    return loaded


# -- GraphML ------------------------------------------------------------------------------


def read_graphml(
    path: Path, list_properties: set[str], edge_list_properties: set[str] | None = None
) -> tuple[PropertyGraph, dict]:
    """The graph networkx reads, lists decoded from their JSON strings.

    Args:
        path: The GraphML file.
        list_properties: Names of the properties that hold lists (JSON arrays in GraphML).
        edge_list_properties: The same for relationships, where they differ from the
            nodes' (an event's ``evidence`` is a string, an edge's a list).

    Returns:
        The graph, with GraphML's ``label`` attributes checked and dropped (they repeat
        ``name`` and the predicate key) and the edge ``type`` as the relationship type;
        and the graph-level attributes.
    """
    import networkx as nx

    # edge_key_type=str: by default networkx turns an all-digit edge id ("2678381855641284",
    # a hash that happens to hold no letter) into an int, and drops a leading zero.
    read = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    loaded = PropertyGraph()

    def decoded(data: dict, lists: set[str]) -> dict:
        properties = {}
        for name, value in data.items():
            if name in lists:
                value = json.loads(value)
                assert isinstance(value, list) and all(isinstance(item, str) for item in value), (name, value)
            properties[name] = value
        return properties

    for key, data in read.nodes(data=True):
        properties = decoded(data, list_properties)
        assert properties.pop("label") == properties["name"], key
        loaded.add_node(key, None, {"key": key, **properties})
    for start, end, identifier, data in read.edges(keys=True, data=True):
        properties = decoded(data, list_properties if edge_list_properties is None else edge_list_properties)
        properties["key"] = properties.pop("predicate_key")  # networkx reserves "key" for edge ids
        assert properties.pop("label") == properties["key"], identifier
        kind = properties.pop("type")
        loaded.add_relationship(start, end, kind, {"id": identifier, **properties})
    return loaded, {name: value for name, value in read.graph.items() if name not in ("node_default", "edge_default")}
