"""predicates.tsv: coverage, validation with file:line messages, and the lookup helpers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import URIRef

from kg.errors import ConfigError
from kg.ontology.predicates import (
    PREDICATE_COLUMNS,
    inverse_of,
    is_symmetric,
    label_for,
    load_predicates,
    open_local_name,
    property_for,
)
from kg.ontology.terms import KG, REL

HEADER = "\t".join(PREDICATE_COLUMNS)


def _table(tmp_path: Path, *lines: str, header: str = HEADER) -> Path:
    path = tmp_path / "predicates.tsv"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def _row(key, prop, label="", inverse="", symmetric="", domain="", range_="", comment="") -> str:
    return "\t".join([key, prop, label, inverse, symmetric, domain, range_, comment])


def test_table_covers_at_least_150_verbs():
    rows = load_predicates()
    verbs = {key.split()[0] for key in rows}
    assert len(verbs) >= 150, len(verbs)


@pytest.mark.parametrize(
    "verb",
    "request send deploy withdraw pull blame accuse attack kill arrest detain meet visit sign elect appoint "
    "resign acquire invest sue win beat say announce report storm seize guard clear resume protest lead".split(),
)
def test_news_verbs_from_the_brief_are_mapped(verb):
    assert any(key.split()[0] == verb for key in load_predicates())


def test_keys_and_properties_are_well_formed():
    for key, row in load_predicates().items():
        assert re.fullmatch(r"[a-z]+( [a-z]+)*", key)
        assert re.fullmatch(r"[a-z][A-Za-z0-9]*", row.property)
        assert row.label and row.comment


@pytest.mark.parametrize(
    ("key", "local"),
    [
        ("request from", "requestedFrom"),
        ("request", "requested"),
        ("ask", "requestedFrom"),
        ("send to", "sentTo"),
        ("deploy to", "sentTo"),
        ("dispatch to", "sentTo"),
        ("pull out of", "withdrewFrom"),
        ("withdraw from", "withdrewFrom"),
        ("blame on", "blamed"),
        ("storm", "stormed"),
        ("lead", "led"),
        ("detain", "detained"),
        ("be", "is"),
        ("bear in", "bornIn"),
    ],
)
def test_property_for_mapped_keys(key, local):
    assert property_for(key) == KG[local]


@pytest.mark.parametrize("key", ["request of", "win in", "include in", "be smaller than", "play in"])
def test_property_for_never_shortens_a_key_to_its_verb(key):
    # The verb alone is mapped but the preposition changes the object's role.
    assert key not in load_predicates() and key.split()[0] in load_predicates()
    assert property_for(key) == REL[open_local_name(key)]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("beat by", KG["lostTo"]),  # "Arsenal were beaten by Chelsea": Arsenal lost to Chelsea
        ("lead by", KG["servedUnder"]),
        ("send to by", REL["sendToBy"]),  # the active key is not a simple verb phrase row
        ("meet by", KG["met"]),  # symmetric: its own inverse
        ("seize by", REL["seizeBy"]),  # no inverse: open rather than reversed
        ("zorble by", REL["zorbleBy"]),
        ("hand over by", REL["handOverBy"]),  # verb + particle, but handedOver has no inverse
        ("buy from by", REL["buyFromBy"]),
    ],
)
def test_property_for_passive_agent_uses_the_inverse(key, expected):
    assert property_for(key) == expected


def test_passive_rule_agrees_with_the_table():
    rows = load_predicates()
    for key, row in rows.items():
        particles_only = all(word in {"up", "down", "out", "off", "over", "away", "back"} for word in key.split()[1:])
        if f"{key} by" in rows or not particles_only:
            continue
        inverse = inverse_of(row.property)
        expected = inverse if inverse is not None else REL[open_local_name(f"{key} by")]
        assert property_for(f"{key} by") == expected, key


@pytest.mark.parametrize(
    ("key", "local"), [("zorble", "zorble"), ("zorble out of", "zorbleOutOf"), ("frob with", "frobWith")]
)
def test_property_for_unmapped_keys_are_open_rel_properties(key, local):
    assert property_for(key) == REL[local]
    assert str(property_for(key)).startswith("https://w3id.org/kg/rel/")


def test_open_local_name_keeps_only_safe_characters():
    assert open_local_name("de-escalate <with>") == "deescalateWith"
    assert open_local_name("   ") == "related"


def test_symmetric_and_inverse_helpers():
    assert is_symmetric("met") and is_symmetric(KG["borders"])
    assert not is_symmetric("sentTo") and not is_symmetric("noSuchProperty")
    assert inverse_of("met") == KG["met"]
    assert inverse_of(KG["sentTo"]) == KG["receivedFrom"]
    assert inverse_of("receivedFrom") == KG["sentTo"]
    assert inverse_of("defeated") == KG["lostTo"] and inverse_of("lostTo") == KG["defeated"]
    assert inverse_of("stormed") is None


def test_inverses_are_mutual_across_the_whole_table():
    rows = load_predicates()
    for row in rows.values():
        if row.inverse:
            assert inverse_of(row.inverse) == KG[row.property]


@pytest.mark.parametrize(
    ("given", "label"),
    [
        ("pull out of", "withdrew from"),
        ("withdrewFrom", "withdrew from"),
        (KG["sentTo"], "sent to"),
        (REL["zorbleOutOf"], "zorble out of"),
        ("zorble out of", "zorble out of"),
        (KG.mentionCount, "mention count"),
    ],
)
def test_label_for(given, label):
    assert label_for(given) == label


def test_rows_sharing_a_property_inherit_its_definition(tmp_path):
    path = _table(
        tmp_path,
        _row("send to", "sentTo", "sent to", comment="Sent to the object."),
        _row("deploy to", "sentTo"),
    )
    rows = load_predicates(path)
    assert rows["deploy to"].label == "sent to"
    assert rows["deploy to"].comment == "Sent to the object."
    assert rows["deploy to"].line == 3


def test_comments_and_blank_lines_are_skipped_but_counted(tmp_path):
    path = _table(tmp_path, "# a comment", "", _row("storm", "stormed", "stormed", comment="Stormed."))
    assert load_predicates(path)["storm"].line == 4


def test_short_rows_mean_blank_columns(tmp_path):
    path = _table(tmp_path, "meet\tmet\tmet\t\tyes\t\t\tMet.", "meet with\tmet")
    rows = load_predicates(path)
    assert rows["meet with"].symmetric


def test_inverse_declared_on_one_side_is_mutual(tmp_path):
    path = _table(
        tmp_path,
        _row("sell to", "soldTo", "sold to", inverse="boughtFrom", comment="Sold."),
        _row("buy from", "boughtFrom", "bought from", comment="Bought."),
    )
    rows = load_predicates(path)
    assert rows["buy from"].inverse == "soldTo"


BAD_TABLES = [
    ("unknown column", [], "key\tproperty\tcolour", 1, "unknown column 'colour'"),
    ("repeated column", [], "key\tproperty\tkey", 1, "appears twice"),
    ("missing column", [], "key\tlabel", 1, "missing column 'property'"),
    ("bad key", [_row("Pull Out", "pulledOut", "x", comment="x")], HEADER, 2, "key 'Pull Out'"),
    ("double space", [_row("pull  out", "pulledOut", "x", comment="x")], HEADER, 2, "key 'pull  out'"),
    ("bad property", [_row("pull out", "Pulled-out", "x", comment="x")], HEADER, 2, "property 'Pulled-out'"),
    ("core term", [_row("say", "evidence", "x", comment="x")], HEADER, 2, "core term"),
    ("bad symmetric", [_row("meet", "met", "met", symmetric="maybe", comment="x")], HEADER, 2, "symmetric"),
    ("bad domain", [_row("meet", "met", "met", domain="Human", comment="x")], HEADER, 2, "domain 'Human'"),
    ("bad range", [_row("meet", "met", "met", range_="person", comment="x")], HEADER, 2, "range 'person'"),
    ("no comment", [_row("meet", "met", "met")], HEADER, 2, "needs a label and a comment"),
    (
        "duplicate key",
        [_row("meet", "met", "met", comment="x"), _row("meet", "met")],
        HEADER,
        3,
        "duplicate key 'meet' (first at line 2)",
    ),
    (
        "conflicting label",
        [_row("meet", "met", "met", comment="x"), _row("meet with", "met", "met with")],
        HEADER,
        3,
        "conflicts with 'met' at line 2",
    ),
    (
        "conflicting symmetric",
        [_row("meet", "met", "met", symmetric="yes", comment="x"), _row("meet with", "met", symmetric="no")],
        HEADER,
        3,
        "symmetric 'no'",
    ),
    (
        "unknown inverse",
        [_row("sell to", "soldTo", "sold to", inverse="boughtFrom", comment="x")],
        HEADER,
        2,
        "inverse 'boughtFrom' is not the property of any row",
    ),
    (
        "self inverse",
        [_row("meet", "met", "met", inverse="met", comment="x")],
        HEADER,
        2,
        "its own inverse",
    ),
    (
        "symmetric with inverse",
        [
            _row("meet", "met", "met", inverse="saw", symmetric="yes", comment="x"),
            _row("see", "saw", "saw", comment="x"),
        ],
        HEADER,
        2,
        "symmetric property 'met'",
    ),
    (
        "inverse mismatch",
        [
            _row("sell to", "soldTo", "s", inverse="boughtFrom", comment="x"),
            _row("buy from", "boughtFrom", "b", inverse="paid", comment="x"),
            _row("pay", "paid", "p", comment="x"),
        ],
        HEADER,
        2,
        "names 'paid' as its own inverse at line 3",
    ),
    (
        "inverse domain mismatch",
        [
            _row("employ", "employs", "e", inverse="worksFor", range_="Person", comment="x"),
            _row("work for", "worksFor", "w", domain="Organization", comment="x"),
        ],
        HEADER,
        2,
        "range and domain of its inverse",
    ),
    ("too many fields", [_row("meet", "met", "met", comment="x") + "\textra"], HEADER, 2, "9 tab-separated"),
    ("control character", ["meet\tmet\tm\x0bet\t\t\t\t\tx"], HEADER, 2, "control character"),
]


@pytest.mark.parametrize(("name", "lines", "header", "line", "message"), BAD_TABLES, ids=[t[0] for t in BAD_TABLES])
def test_bad_tables_raise_naming_file_and_line(tmp_path, name, lines, header, line, message):
    path = _table(tmp_path, *lines, header=header)
    with pytest.raises(ConfigError) as caught:
        load_predicates(path)
    text = str(caught.value)
    assert text.startswith(f"{path}:{line}: "), text
    assert message in text, text


def test_missing_and_empty_tables(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_predicates(tmp_path / "absent.tsv")
    empty = tmp_path / "empty.tsv"
    empty.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no header"):
        load_predicates(empty)


def test_non_utf8_table_is_a_config_error(tmp_path):
    path = tmp_path / "latin1.tsv"
    path.write_bytes((HEADER + "\ncaf\xe9\tx\n").encode("latin-1"))
    with pytest.raises(ConfigError, match="UTF-8"):
        load_predicates(path)


def test_property_iris_are_uris():
    assert isinstance(property_for("meet"), URIRef)
