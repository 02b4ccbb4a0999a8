"""The CoNLL04 benchmark's scorer and text reconstruction, on hand-worked cases."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("conll04_bench", ROOT / "benchmarks" / "conll04.py")
conll04 = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = conll04  # dataclasses look their module up
_spec.loader.exec_module(conll04)

BOOTH = ("Kill", (0, 3, "Peop"), (6, 8, "Peop"))


def test_detokenise_keeps_a_span_for_every_token():
    tokens = ["John", "Wilkes", "Booth", ",", "who", "assassinated", "President", "Lincoln", ",", "was", "an", "actor", "."]
    text, spans = conll04.detokenise(tokens)
    assert text == "John Wilkes Booth, who assassinated President Lincoln, was an actor."
    assert [text[s:e] for s, e in spans] == tokens


def test_detokenise_turns_ptb_quote_pairs_into_one_quote_mark():
    text, spans = conll04.detokenise(["`", "`", "Go", "home", ",", "'", "'", "he", "said", "."])
    assert text == '"Go home," he said.'
    assert spans[0] == spans[1] and text[slice(*spans[0])] == '"'
    assert text[slice(*spans[7])] == "he"


def test_token_span_maps_characters_back_to_tokens():
    _, spans = conll04.detokenise(["Aiken", ",", "S.C.", "."])
    assert conll04.token_span(0, 5, spans) == (0, 1)
    assert conll04.token_span(7, 11, spans) == (2, 3)
    assert conll04.token_span(0, 11, spans) == (0, 3)


def test_strict_needs_exact_spans_types_and_direction():
    gold = [{BOOTH}]
    assert conll04.score_relations(gold, [{BOOTH}]).micro.tp == 1
    reversed_ = ("Kill", BOOTH[2], BOOTH[1])
    wrong_type = ("Kill", (0, 3, "Org"), (6, 8, "Peop"))
    short = ("Kill", (0, 3, "Peop"), (7, 8, "Peop"))
    for triple in (reversed_, wrong_type, short):
        report = conll04.score_relations(gold, [{triple}])
        assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 1, 1)


def test_boundaries_ignore_entity_types_and_relaxed_accepts_overlap():
    gold = [{BOOTH}]
    wrong_type = ("Kill", (0, 3, "Org"), (6, 8, "Peop"))
    short = ("Kill", (0, 3, "Peop"), (7, 8, "Peop"))
    assert conll04.score_relations(gold, [{wrong_type}], "boundaries").micro.tp == 1
    assert conll04.score_relations(gold, [{short}], "boundaries").micro.tp == 0
    assert conll04.score_relations(gold, [{short}], "relaxed").micro.tp == 1
    assert conll04.score_relations(gold, [{("Kill", BOOTH[2], BOOTH[1])}], "relaxed").micro.tp == 0
    with pytest.raises(ValueError):
        conll04.score_relations(gold, [{BOOTH}], "loose")


def test_micro_and_macro_averages_by_hand():
    located = ("Located_In", (0, 1, "Loc"), (2, 3, "Loc"))
    lives = ("Live_In", (5, 6, "Peop"), (0, 1, "Loc"))
    gold = [{BOOTH}, {located, lives}]
    predicted = [{BOOTH, ("Kill", (6, 8, "Peop"), (0, 3, "Peop"))}, {located}]
    report = conll04.score_relations(gold, predicted)
    micro = report.micro
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 1)
    assert micro.precision == pytest.approx(2 / 3) and micro.recall == pytest.approx(2 / 3)
    # Kill: P 1/2, R 1, F1 2/3; Located_In: F1 1; Live_In: F1 0.
    assert report.macro_f1(["Kill", "Located_In", "Live_In"]) == pytest.approx((2 / 3 + 1 + 0) / 3)


def test_entity_scores_exact_and_overlap():
    gold = [{(0, 3, "Peop"), (6, 8, "Peop"), (10, 11, "Loc")}]
    predicted = [{(0, 3, "Peop"), (7, 8, "Peop"), (10, 11, "Org")}]
    exact = conll04.score_entities(gold, predicted)
    assert (exact.micro.tp, exact.micro.fp, exact.micro.fn) == (1, 2, 2)
    overlap = conll04.score_entities(gold, predicted, overlap=True)
    assert (overlap.micro.tp, overlap.score("Org").fp, overlap.score("Loc").fn) == (2, 1, 1)


def test_mapping_table_is_valid_and_typed():
    rows = conll04.load_mapping()
    assert rows[("worksFor", "Peop", "Org")].relation == "Work_For"
    assert rows[("employs", "Org", "Peop")].swap
    assert all(row.relation in conll04.RELATION_TYPES for row in rows.values())


def test_mapping_table_rejects_a_bad_row(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("property\tsubject\tobject\trelation\tswap\nkilled\tPeop\tPeop\tMurder\tno\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:2"):
        conll04.load_mapping(path)


def test_mapping_properties_exist_in_the_ontology():
    from kg.ontology.predicates import load_predicates

    properties = {row.property for row in load_predicates().values()}
    assert {row.property for row in conll04.load_mapping().values()} <= properties
