"""CaRB scorer (benchmarks/carb.py) against hand-worked cases and SCORING.md.

Expected values are worked out by hand in the comments: p = matched system
tokens / system tokens, r = matched gold tokens / gold tokens, counted over
relation + (collapsed) arguments, as SCORING.md §4 defines.
"""

from __future__ import annotations

import doctest
import random
import re
import sys

import pytest
from click.testing import CliRunner

from benchmarks import carb
from benchmarks.carb import (
    DEFAULT_GOLD,
    DEFAULT_SENTENCES,
    CarbFormatError,
    KgOpenieUnavailable,
    OieTuple,
    format_curve,
    match,
    parse_gold,
    read_gold,
    read_system,
    round3,
    run_kg_openie,
    score,
    sentence_key,
)

needs_carb_data = pytest.mark.skipif(not DEFAULT_GOLD.exists(), reason="../shared/eval/carb is absent")


def t(relation: str, *args: str, confidence: float = 1.0) -> OieTuple:
    return OieTuple(relation, args, confidence)


# ---------------------------------------------------------------- matcher


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        # No shared relation token: no match, however good the arguments.
        (t("founded", "Jobs", "Apple"), t("created", "Jobs", "Apple"), (0.0, 0.0)),
        # One shared relation token and no argument overlap still scores:
        # p = 1 / (1 + 1 + 1), r = 1 / (1 + 1 + 1).
        (t("founded", "Jobs", "Apple"), t("founded", "X", "Y"), (1 / 3, 1 / 3)),
        # Partial: rel 2 of 2 sys / 3 gold; subj 1/1; obj 1 of 3 sys / 1 gold.
        # p = (2+1+1)/(2+1+3) = 4/6, r = (2+1+1)/(3+1+1) = 4/5.
        (t("was born in", "Obama", "Hawaii"), t("born in", "Obama", "Honolulu , Hawaii"), (4 / 6, 4 / 5)),
        # Case-sensitive tokens: "Founded" is not "founded".
        (t("founded", "Jobs", "Apple"), t("Founded", "Jobs", "Apple"), (0.0, 0.0)),
        # "be" stands for a gold form of "be": p = 3/3, r = 3/3.
        (t("is", "A", "B"), t("be", "A", "B"), (1.0, 1.0)),
        # r > 1 quirk: "is" matches "is", the leftover "be" adds one more.
        # p = (2+1+1)/(2+1+1) = 1, r = (2+1+1)/(1+1+1) = 4/3.
        (t("is", "A", "B"), t("is be", "A", "B"), (1.0, 4 / 3)),
        # The "be" rule needs a be-form *token* in gold ("became" is not one).
        (t("became", "A", "B"), t("be", "A", "B"), (0.0, 0.0)),
        (t("has", "A", "B"), t("be", "A", "B"), (0.0, 0.0)),
        # The "be" rule adds once only, however many "be"s and be-forms:
        # rel m = 0 + 1; p = (1+1+1)/(2+1+1) = 3/4, r = (1+1+1)/(2+1+1) = 3/4.
        (t("is being", "A", "B"), t("be be", "A", "B"), (0.75, 0.75)),
        # 1-argument gold, 2-argument system: the system object is not looked
        # at, p = (1+1)/(1+1) = 1, r = (1+1)/(1+1) = 1.
        (t("died", "Smith"), t("died", "Smith", "in 1990"), (1.0, 1.0)),
        # Fewer system arguments than gold: no match.
        (t("died", "Smith", "in 1990"), t("died", "Smith"), (0.0, 0.0)),
        (t("died", "Smith"), t("died"), (0.0, 0.0)),
        # No arguments on either side: relation only.
        (t("died"), t("died"), (1.0, 1.0)),
        # Arguments 2..n collapse into one object compared as a multiset, so
        # the order of extra arguments does not matter.
        (t("met", "A", "B", "in C", "on D"), t("met", "A", "on D", "in C B"), (1.0, 1.0)),
        # Extra gold arguments fold into the object too: gold object "B in C"
        # (3 tokens) vs system "B" (1): p = 3/3, r = 3/(1+1+3).
        (t("met", "A", "B", "in C"), t("met", "A", "B"), (1.0, 3 / 5)),
        # Empty gold relation can never be matched.
        (t("", "A", "B"), t("is", "A", "B"), (0.0, 0.0)),
    ],
)
def test_carb_scorer_match_hand_cases(gold: OieTuple, system: OieTuple, expected: tuple[float, float]) -> None:
    assert match(gold, system) == pytest.approx(expected)


def test_carb_scorer_said_swap() -> None:
    gold = t("said", "the spokesman", "profits rose")
    swapped = t("said", "profits rose", "the spokesman")
    # Swapped arguments match exactly: (1, 1) instead of rel-only (1/5, 1/5).
    assert match(gold, swapped) == (1.0, 1.0)
    # Without an attribution verb in gold there is no second scoring.
    assert match(t("met", "the spokesman", "profits rose"), t("met", "profits rose", "the spokesman")) == (0.2, 0.2)
    # Substring test on the raw relation: "unsaid" triggers it too. Swapped:
    # p = (1+2+2)/(1+2+2) = 1, r = (1+2+2)/(2+2+2) = 5/6.
    assert match(t("left unsaid", "the spokesman", "profits rose"), t("unsaid", "profits rose", "the spokesman")) == (
        1.0,
        pytest.approx(5 / 6),
    )


def test_carb_scorer_said_swap_uses_collapsed_object() -> None:
    gold = t("said", "spokesman", "profits rose sharply")
    # System collapses to ("profits rose", "sharply spokesman").
    # Straight: subj 0 of "spokesman"; obj "sharply" -> p = (1+0+1)/(1+2+2) = 2/5.
    # Swapped ("sharply spokesman", "profits rose"): subj 1, obj 2:
    # p = (1+1+2)/(1+2+2) = 4/5, r = (1+1+2)/(1+1+3) = 4/5. The better wins.
    system = t("said", "profits rose", "sharply", "spokesman")
    assert match(gold, system) == pytest.approx((4 / 5, 4 / 5))


# ---------------------------------------------------------------- reading


def test_carb_scorer_gold_drops_context_fields_system_keeps_them() -> None:
    line = "Sales rose , he said .\trose\tC: he said\tSales\t\t"
    gold = parse_gold([line])
    (gold_tuple,) = gold[sentence_key("Sales rose , he said .")]
    # "C: " field dropped, trailing empty fields stripped away with the line.
    assert gold_tuple == t("rose", "Sales")
    system = read_system(["Sales rose , he said .\t1\trose\tC: he said\tSales"])
    (system_tuple,) = system[sentence_key("Sales rose , he said .")]
    assert system_tuple.args == ("C: he said", "Sales")
    # Gold-as-system loses here: subj "Sales" vs "C: he said" -> 0.
    # p = (1+0)/(1+3) = 1/4, r = (1+0)/(1+1) = 1/2.
    assert match(gold_tuple, system_tuple) == (0.25, 0.5)


def test_carb_scorer_gold_keeps_internal_empty_argument() -> None:
    gold = parse_gold(["S .\tr\tA\t\tB\t\t\n", "", "   "])
    assert gold == {"S": (t("r", "A", "", "B"),)}


def test_carb_scorer_sentence_key_normalisation() -> None:
    gold = parse_gold(["He said -LRB- twice -RRB- : `` no '' .\tsaid\tHe\tno"])
    variants = [
        "He said ( twice ) : `` no '' .",  # unescaped brackets
        "He  said(twice):\"no\". ",  # other spacing and punctuation
        "He said -LRB- twice -RRB- : `` no '' .",  # identical
    ]
    for variant in variants:
        result = score(gold, read_system([f"{variant}\t1\tsaid\tHe\tno"]))
        assert (result.precision, result.recall) == (1.0, 1.0), variant
    # A changed word, a case change or a non-ASCII quote is another sentence.
    for other in ["he said ( twice ) : `` no '' .", "He said ( twice ) : \u201cno\u201d ."]:
        result = score(gold, read_system([f"{other}\t1\tsaid\tHe\tno"]))
        assert (result.precision, result.recall) == (1.0, 0.0), other


def test_carb_scorer_later_sentence_string_replaces_earlier_on_same_key() -> None:
    gold = parse_gold(["A b .\tb\tA\tc"])
    # "A b ." and "A b" are different strings with one key; the group first
    # seen later ("A b") replaces the other, so only x2 counts.
    system = read_system(["A b .\t0.9\tb\tA\tc", "A b\t0.5\tb\tA\tz", "A b .\t0.4\tb\tA\tc"])
    assert [x.confidence for x in system["Ab"]] == [0.5]
    # x2: p = (1+1+0)/3, r = 2/3.
    result = score(gold, system)
    assert (result.precision, result.recall) == pytest.approx((2 / 3, 2 / 3))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("S .\t0.5", "found 2 field(s)"),
        ("S .\thigh\tr\tA", "confidence 'high' is not a number"),
        ("S .\tnan\tr\tA", "NaN"),
    ],
)
def test_carb_scorer_bad_system_line_names_the_line(line: str, reason: str) -> None:
    with pytest.raises(CarbFormatError, match=re.escape(reason)) as caught:
        read_system(["", line], source="out.tsv")
    assert str(caught.value).startswith("out.tsv:2: ")


# ---------------------------------------------------------------- aggregation

TWO_GOLD = parse_gold(["S .\teat\tA\tB C", "S .\teat\tA\tB D"])


@pytest.mark.parametrize(
    ("order", "precision"),
    [
        # x1 = (A; eat; B) has p = 3/3 with both gold; x2 = (A; eat; C) has
        # p = 1 with g1 and 2/3 with g2. Greedy takes g1's first strictly best
        # system tuple in file order. x1 first: (g1,x1)=1 then (g2,x2)=2/3,
        # P = (5/3)/2 = 5/6. x2 first: (g1,x2)=1 then (g2,x1)=1, P = 1.
        (("B", "C"), 5 / 6),
        (("C", "B"), 1.0),
    ],
)
def test_carb_scorer_greedy_precision_ties_go_to_earliest_pair(order: tuple[str, str], precision: float) -> None:
    system = read_system([f"S .\t1\teat\tA\t{obj}" for obj in order])
    result = score(TWO_GOLD, system)
    # Recall is many-to-one and order-free: each gold's best r is 3/4 -> 3/4.
    assert (result.precision, result.recall) == pytest.approx((precision, 3 / 4))


def test_carb_scorer_single_match_recall_is_one_to_one() -> None:
    gold = parse_gold(["S .\teat\tA\tB", "S .\teat\tA\tB C"])
    system = read_system(["S .\t1\teat\tA\tB C"])
    # r(g1, x) = 3/3 and r(g2, x) = 4/4: many-to-one R = 2/2 = 1, one-to-one
    # R = 1/2. Precision (1 round) picks the larger p: g2 (4/4 over 3/4) -> 1.
    assert (score(gold, system).precision, score(gold, system).recall) == (1.0, 1.0)
    single = score(gold, system, single_match=True)
    assert (single.precision, single.recall) == (1.0, 0.5)


def test_carb_scorer_constant_confidence_auc() -> None:
    gold = parse_gold(["S1 .\teat\tA\tB", "S1 .\tdrink\tA\tC", "S2 .\trun\tX\tY"])
    system = read_system(["S1 .\t0.5\teat\tA\tB", "S1 .\t0.5\tsleep\tA\tD", "unknown .\t0.5\teat\tA\tB"])
    result = score(gold, system)
    # Recall: g1 gets 1 from x1, the others nothing: R = 1/3. Precision:
    # (g1,x1) = 1, then (g2,x2) = 0 is still used: P = 1/2.
    assert result.single_point
    assert (result.precision, result.recall) == pytest.approx((1 / 2, 1 / 3))
    assert result.f1 == pytest.approx(0.4)  # 2 * 1/2 * 1/3 / (5/6)
    # One point plus (0, 1): AUC = R (1 + P) / 2 = 1/3 * 3/2 / 2 = 1/4.
    assert result.auc == pytest.approx(result.recall * (1 + result.precision) / 2) == pytest.approx(0.25)


def test_carb_scorer_best_f1_tie_goes_to_lowest_threshold_and_auc() -> None:
    gold = parse_gold(["S .\teat\tA\tB", "S .\tdrink\tA\tC"])
    system = read_system(
        ["S .\t0.9\teat\tA\tB", "S .\t0.1\tdrink\tA\tC", "S .\t0.1\tsleep\tX\tY", "S .\t0.1\tnap\tX\tY"]
    )
    result = score(gold, system)
    # t = 0.1: 4 selected, greedy 1 + 1: P = 2/4, R = 2/2, F1 = 2/3.
    # t = 0.9: x1 only: P = 1, R = 1/2, F1 = 2/3 too; the lower threshold wins.
    assert [(p.threshold, p.precision, p.recall, p.selected) for p in result.curve] == [
        (0.1, 0.5, 1.0, 4),
        (0.9, 1.0, 0.5, 1),
    ]
    assert (result.threshold, result.precision, result.recall) == (0.1, 0.5, 1.0)
    # Trapezoids (1, .5)-(.5, 1)-(0, 1): .5 * 1.5/2 + .5 * 2/2 = 0.875.
    assert result.auc == pytest.approx(0.875)
    assert format_curve(result) == "Precision\tRecall\tConfidence\n1.0\t0.5\t0.9\n0.5\t1.0\t0.1\n"


def test_carb_scorer_unknown_sentences_are_ignored_but_add_thresholds() -> None:
    gold = parse_gold(["S .\teat\tA\tB"])
    known = score(gold, read_system(["S .\t0.5\teat\tA\tB"]))
    mixed = score(gold, read_system(["S .\t0.5\teat\tA\tB", "T .\t0.3\teat\tA\tB", "T .\t0.7\tx\ty\tz"]))
    assert (known.precision, known.recall, known.auc) == (1.0, 1.0, 1.0)
    # Thresholds 0.3, 0.5, 0.7: the first two score like `known`; at 0.7
    # nothing of S is selected: P = 1 (empty), R = 0.
    assert [(p.precision, p.recall) for p in mixed.curve] == [(1.0, 1.0), (1.0, 1.0), (1.0, 0.0)]
    assert (mixed.precision, mixed.recall, mixed.threshold, mixed.auc) == (1.0, 1.0, 0.3, 1.0)
    assert format_curve(mixed).splitlines()[1] == "1\t0.0\t0.7"


def test_carb_scorer_empty_system() -> None:
    result = score(TWO_GOLD, {})
    assert (result.precision, result.recall, result.f1, result.auc, result.threshold) == (0, 0, 0, 0, None)
    # Only unknown sentences: P = 1 (nothing selected), R = 0, F1 = 0, AUC = 0.
    only_unknown = score(TWO_GOLD, read_system(["T .\t1\teat\tA\tB"]))
    assert (only_unknown.precision, only_unknown.recall, only_unknown.f1, only_unknown.auc) == (1.0, 0.0, 0.0, 0.0)


def test_carb_scorer_no_defined_f1_reports_zero_point() -> None:
    # The only system tuple matches nothing: P = 0, R = 0, F1 undefined.
    result = score(TWO_GOLD, read_system(["S .\t1\tsleep\tA\tB"]))
    assert (result.precision, result.recall, result.f1, result.threshold) == (0, 0, 0, None)
    assert result.curve[0].f1 is None


# ---------------------------------------------------------------- naive definition

VOCAB = ["A", "B", "C", "D", "be", "is", "was", "said", "told", ",", "x", "'s"]


def _random_tuple(rng: random.Random, *, confidence: float = 1.0) -> OieTuple:
    def phrase(low: int) -> str:
        return " ".join(rng.choice(VOCAB) for _ in range(rng.randint(low, 3)))

    return OieTuple(phrase(0), tuple(phrase(0) for _ in range(rng.randint(0, 4))), confidence)


def _random_corpora(rng: random.Random) -> tuple[dict, dict]:
    sentences = [f"s{i} ." for i in range(rng.randint(1, 6))]
    gold = {sentence_key(s): tuple(_random_tuple(rng) for _ in range(rng.randint(1, 4))) for s in sentences}
    levels = [round(rng.random(), 2) for _ in range(rng.randint(1, 5))]  # few levels -> ties
    system = {}
    for s in [*sentences, "unknown ."]:
        if rng.random() < 0.8:
            system[sentence_key(s)] = tuple(
                _random_tuple(rng, confidence=rng.choice(levels)) for _ in range(rng.randint(0, 7))
            )
    return gold, system


def _naive_greedy(scores: list[list[tuple[float, float]]], which: int) -> float:
    free_rows, free_cols = list(range(len(scores))), list(range(len(scores[0]) if scores else 0))
    total = 0.0
    while free_rows and free_cols:
        pairs = [(scores[i][j][which], -i, -j) for i in free_rows for j in free_cols]
        best, i, j = max(pairs)  # largest value, then smallest row, then smallest column
        total += best
        free_rows.remove(-i)
        free_cols.remove(-j)
    return total


def _naive_score(gold: dict, system: dict, single_match: bool) -> list[tuple[float, float, float, int]]:
    """SCORING.md §5 taken literally: rescore every sentence at every threshold."""
    points = []
    for threshold in sorted({x.confidence for xs in system.values() for x in xs}):
        precision_num, recall_num, selected, gold_total = 0.0, 0.0, 0, 0
        for key, gold_tuples in gold.items():
            chosen = [x for x in system.get(key, ()) if x.confidence >= threshold]
            scores = [[match(g, x) for x in chosen] for g in gold_tuples]
            sentence_recall = 0.0
            if single_match:
                sentence_recall = _naive_greedy(scores, 1)
            else:
                for row in scores:
                    sentence_recall += max((r for _, r in row), default=0.0)
            precision_num += _naive_greedy(scores, 0)
            recall_num += sentence_recall
            selected += len(chosen)
            gold_total += len(gold_tuples)
        precision = precision_num / selected if selected else 1.0
        points.append((threshold, precision, recall_num / gold_total, selected))
    return points


@pytest.mark.parametrize("single_match", [False, True])
def test_carb_scorer_incremental_equals_naive_definition(single_match: bool) -> None:
    rng = random.Random(20191103)
    for _ in range(300):
        gold, system = _random_corpora(rng)
        result = score(gold, system, single_match=single_match)
        expected = _naive_score(gold, system, single_match)
        assert [(p.threshold, p.precision, p.recall, p.selected) for p in result.curve] == expected
        f1s = [2 * p * r / (p + r) if p + r else None for _, p, r, _ in expected]
        defined = [f for f in f1s if f is not None]
        if defined:
            best = expected[f1s.index(max(defined))]
            assert (result.threshold, result.precision, result.recall) == best[:3]
        else:
            assert (result.precision, result.recall, result.f1) == (0, 0, 0)
        # Trapezoids over the points in ascending confidence plus (0, 1).
        xs = [p[2] for p in expected] + [0.0]
        ys = [p[1] for p in expected] + [1.0]
        area = sum((xs[i] - xs[i + 1]) * (ys[i] + ys[i + 1]) / 2 for i in range(len(xs) - 1))
        assert result.auc == pytest.approx(area, abs=1e-12)


def test_carb_scorer_doctests() -> None:
    assert doctest.testmod(carb).failed == 0


def test_carb_scorer_round3_is_half_even_like_numpy() -> None:
    assert (round3(0.0625), round3(0.9915847640043), round3(1 / 3)) == (0.062, 0.992, 0.333)


# ---------------------------------------------------------------- CLI


def _write(path, lines: list[str]):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_carb_scorer_cli_prints_scores_and_reference(tmp_path) -> None:
    gold = _write(tmp_path / "gold.tsv", ["S .\teat\tA\tB", "S .\tdrink\tA\tC"])
    system = _write(tmp_path / "out.tsv", ["S .\t0.9\teat\tA\tB", "S .\t0.1\tdrink\tA\tC", "S .\t0.1\tnap\tX\tY"])
    result = CliRunner().invoke(
        carb.main, ["--gold", str(gold), "--system", str(system), "--curve", str(tmp_path / "c.tsv")]
    )
    assert result.exit_code == 0, result.output
    # t = 0.1: P = 2/3, R = 1, F1 = 0.8; t = 0.9: P = 1, R = 1/2, F1 = 2/3.
    # AUC: (1, 2/3)-(1/2, 1)-(0, 1) = .5 * (5/3)/2 + .5 = 0.9167.
    assert "P 0.667  R 1.000  F1 0.800  AUC 0.917" in result.stdout
    assert "OpenIE-4          s,m       48.8  27.2  55.3  43.7" in result.stdout
    assert "TEST split" in result.stdout
    assert (tmp_path / "c.tsv").read_text().startswith("Precision\tRecall\tConfidence\n1.0\t0.5\t0.9\n")


def test_carb_scorer_cli_needs_one_source(tmp_path) -> None:
    gold = _write(tmp_path / "gold.tsv", ["S .\teat\tA\tB"])
    result = CliRunner().invoke(carb.main, ["--gold", str(gold)])
    assert result.exit_code == 2
    assert "exactly one of --system FILE or --run-kg" in result.output


def test_carb_scorer_run_kg_unavailable_is_a_clear_error(tmp_path, monkeypatch) -> None:
    missing = (sys.executable, "-c", "import sys; sys.exit(\"Error: No such command 'openie'.\")")
    with pytest.raises(KgOpenieUnavailable, match=r"not available yet .*No such command 'openie'"):
        run_kg_openie(tmp_path / "s.txt", command=missing)
    monkeypatch.setattr(carb, "KG_OPENIE", missing)
    gold = _write(tmp_path / "gold.tsv", ["S .\teat\tA\tB"])
    result = CliRunner().invoke(carb.main, ["--gold", str(gold), "--run-kg"])
    assert result.exit_code == 1
    assert "`kg openie` is not available yet" in result.output


def test_carb_scorer_run_kg_scores_its_output(tmp_path, monkeypatch) -> None:
    # A stand-in for `kg openie`: first word subject, second relation, rest object.
    fake = _write(
        tmp_path / "fake_kg.py",
        [
            "import sys",
            "if sys.argv[1] == '--help':",
            "    sys.exit(0)",
            "for line in open(sys.argv[1]):",
            "    words = line.split()",
            "    print(line.strip(), 1, words[1], words[0], ' '.join(words[2:]), sep='\\t')",
        ],
    )
    monkeypatch.setattr(carb, "KG_OPENIE", (sys.executable, str(fake)))
    sentences = _write(tmp_path / "s.txt", ["A eat B .", "X run Y ."])
    gold = _write(tmp_path / "gold.tsv", ["A eat B .\teat\tA\tB", "X run Y .\truns\tX\tY"])
    saved = tmp_path / "kg.tsv"
    result = CliRunner().invoke(
        carb.main, ["--gold", str(gold), "--run-kg", "--sentences", str(sentences), "--save-system", str(saved)]
    )
    assert result.exit_code == 0, result.output
    # Sentence 1: obj "B ." vs "B": p = 3/4, r = 3/3. Sentence 2: "run" vs
    # "runs" shares no token: 0. P = 3/4 / 2 = 0.375, R = 1/2.
    assert "P 0.375  R 0.500" in result.stdout
    assert "AUC n/a" not in result.stdout and "compare F1 only" in result.stdout
    assert saved.read_text().startswith("A eat B .\t1\teat\tA\tB .\n")


# ---------------------------------------------------------------- dev data


@needs_carb_data
def test_carb_scorer_dev_data_facts() -> None:
    gold = read_gold(DEFAULT_GOLD)
    arities = [len(x.args) for tuples in gold.values() for x in tuples]
    # SCORING.md §1.1: 638 sentences, 2,548 tuples, arity 61/1,787/583/117.
    assert (len(gold), len(arities)) == (638, 2548)
    assert [arities.count(n) for n in (1, 2, 3, 4)] == [61, 1787, 583, 117]
    sentences = DEFAULT_SENTENCES.read_text(encoding="utf-8").splitlines()
    keys = {sentence_key(s) for s in sentences}
    assert len(sentences) == 641 and set(gold) <= keys and len(keys - set(gold)) == 3


@needs_carb_data
def test_carb_scorer_dev_gold_as_system_regression() -> None:
    # SCORING.md §8: every gold line as `sentence, 1, relation, rest unchanged`.
    # Below 1 because system `C: ` fields are kept, and because 3 gold
    # sentences come with and without a trailing space: two system strings,
    # one key, so the later group replaces the earlier (9 tuples lost).
    lines = []
    for line in DEFAULT_GOLD.read_text(encoding="utf-8").splitlines():
        sentence, relation, *rest = line.split("\t")
        lines.append("\t".join([sentence, "1", relation, *rest]))
    system = read_system(lines)
    assert sum(map(len, system.values())) == 2548 - 9
    result = score(read_gold(DEFAULT_GOLD), system)
    got = tuple(round3(v) for v in (result.precision, result.recall, result.f1, result.auc))
    assert got == (0.990, 0.996, 0.993, 0.992)
