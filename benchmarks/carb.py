"""CaRB open-IE scorer, reimplemented from ``shared/eval/carb/SCORING.md``.

CaRB (Bhardwaj, Aggarwal & Mausam, EMNLP-IJCNLP 2019) scores open-IE tuples
against crowdsourced gold tuples with a token-overlap matcher, at every
distinct confidence threshold of the system. This module reproduces the
official scorer (``dair-iitd/CaRB``, default matcher, tabbed system format)
including its quirks, so that our figures can sit beside published ones:

* the matcher needs one shared relation token, collapses arguments 2..n
  into one object, looks at no system argument beyond the gold tuple's,
  has the "be" rule (which can push recall above 1) and the "said" swap;
* sentences are joined on a key without spaces and ASCII punctuation;
* recall is many-to-one, precision a greedy one-to-one assignment
  (``single_match=True`` gives OpenIE6's CaRB(s,s): greedy recall too);
* best F1 is the first maximum in ascending-confidence order; AUC is the
  trapezoidal area of the raw (recall, precision) points plus (0, 1).

Run ``python benchmarks/carb.py --help`` for the command line.
"""

from __future__ import annotations

import math
import string
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import click
import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
CARB_DIR = REPO_ROOT.parent / "shared" / "eval" / "carb"
DEFAULT_GOLD = CARB_DIR / "dev_gold.tsv"
DEFAULT_SENTENCES = CARB_DIR / "dev.txt"
KG_OPENIE = (sys.executable, "-m", "kg", "openie")

CONTEXT_MARKER = "C: "
BE_FORMS = ("be", "is", "am", "are", "was", "were", "been", "being")
SAID_VERBS = ("said", "told", "added", "adds", "says")
PTB_ESCAPES = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_DELETE_PUNCTUATION = str.maketrans("", "", string.punctuation)

# Published figures on the CaRB *test* split (SCORING.md §9), x100:
# (system, metric, F1, AUC, P at best F1, R at best F1); None = not stated.
REFERENCE: tuple[tuple[str, str, float, float, float | None, float | None], ...] = (
    ("OpenIE-4", "s,m", 48.8, 27.2, 55.3, 43.7),
    ("OpenIE-5", "s,m", 46.7, 24.5, 52.1, 42.4),
    ("ClausIE", "s,m", 45.0, 22.4, 41.1, 49.6),
    ("OLLIE", "s,m", 41.1, 22.4, 50.5, 34.6),
    ("PropS", "s,m", 31.9, 12.6, 34.0, 30.0),
    ("ReVerb", "s,m", 36.8, 20.2, 75.7, 24.3),
    ("IMoJIE", "s,m", 53.5, 33.3, 64.7, 45.6),
    ("OpenIE6", "s,m", 52.7, 33.7, None, None),
    ("OpenIE6", "s,s", 46.4, 26.8, None, None),
    ("Multi2OIE", "s,m", 52.3, 32.6, None, None),
)


class CarbFormatError(ValueError):
    """A gold or system file line the scorer cannot read."""

    def __init__(self, source: str, line: int | None, reason: str) -> None:
        self.source, self.line, self.reason = source, line, reason
        where = source if line is None else f"{source}:{line}"
        super().__init__(f"{where}: {reason}")


class KgOpenieUnavailable(RuntimeError):
    """``kg openie`` cannot be run (not written yet, or it failed)."""


@dataclass(frozen=True, slots=True)
class OieTuple:
    """One extraction: relation, arguments (subject first), confidence."""

    relation: str
    args: tuple[str, ...]
    confidence: float = 1.0


# Sentence key -> that sentence's tuples in file order.
Corpus = dict[str, tuple[OieTuple, ...]]


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """Corpus scores for the extractions with confidence >= ``threshold``."""

    threshold: float
    precision: float
    recall: float
    f1: float | None  # None when P + R = 0 (the official NaN)
    selected: int  # extractions on gold sentences at or above the threshold


@dataclass(frozen=True, slots=True)
class CarbResult:
    """Best-F1 point, AUC and the whole PR curve (ascending confidence)."""

    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float | None
    curve: tuple[CurvePoint, ...]

    @property
    def single_point(self) -> bool:
        """True for a constant-confidence system, whose AUC is not comparable."""
        return len(self.curve) == 1


def round3(value: float) -> float:
    """Round like ``numpy.round(value, 3)`` (scale, round half to even, unscale).

    >>> round3(0.99249), round3(2 / 3)
    (0.992, 0.667)
    """
    return round(value * 1000) / 1000


def sentence_key(sentence: str) -> str:
    """Join key for a sentence: no spaces, PTB brackets unescaped, no ASCII punctuation.

    >>> sentence_key("He said -LRB- twice -RRB- : `` no '' . ")
    'Hesaidtwiceno'
    """
    text = sentence.replace(" ", "")
    for escape, bracket in PTB_ESCAPES.items():
        text = text.replace(escape, bracket)
    return text.translate(_DELETE_PUNCTUATION)


def _by_key(groups: dict[str, list[OieTuple]]) -> Corpus:
    # Two sentence strings with one key: the one first seen later replaces the
    # earlier, as the official dict comprehension over raw strings does.
    corpus: Corpus = {}
    for sentence, tuples in groups.items():
        corpus[sentence_key(sentence)] = tuple(tuples)
    return corpus


def parse_gold(lines: Iterable[str], *, source: str = "<gold>") -> Corpus:
    """Read gold lines ``SENTENCE<TAB>RELATION<TAB>ARG1[<TAB>ARG2...]``.

    Fields containing ``C: `` (context markers) are dropped; stripping the
    whole line first drops trailing empty fields but keeps internal ones.

    >>> parse_gold(["A b c .\\tb\\tA\\tc\\tC: X said\\t\\n"])
    {'Abc': (OieTuple(relation='b', args=('A', 'c'), confidence=1.0),)}
    """
    groups: dict[str, list[OieTuple]] = {}
    for number, line in enumerate(lines, 1):
        fields = line.strip().split("\t")
        if fields == [""]:
            continue
        if len(fields) < 2:
            raise CarbFormatError(source, number, "expected SENTENCE<TAB>RELATION<TAB>ARG..., found no tab")
        args = tuple(field.strip() for field in fields[2:] if CONTEXT_MARKER not in field)
        groups.setdefault(fields[0].strip(), []).append(OieTuple(fields[1].strip(), args))
    return _by_key(groups)


def read_gold(path: Path | str) -> Corpus:
    """Read a CaRB gold file (``dev_gold.tsv``); see ``parse_gold``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CarbFormatError(str(path), None, f"not UTF-8 ({error.reason} at byte {error.start})") from error
    return parse_gold(text.splitlines(), source=str(path))


def read_system(lines: Iterable[str], *, source: str = "<system>") -> Corpus:
    """Read tabbed system lines ``SENTENCE<TAB>CONFIDENCE<TAB>RELATION[<TAB>ARG...]``.

    Arguments are kept as written, ``C: `` fields included (only gold drops them).

    >>> read_system(["A b c .\\t0.5\\tb\\tA\\tc", ""])
    {'Abc': (OieTuple(relation='b', args=('A', 'c'), confidence=0.5),)}
    """
    groups: dict[str, list[OieTuple]] = {}
    for number, line in enumerate(lines, 1):
        fields = line.strip().split("\t")
        if fields == [""]:
            continue
        if len(fields) < 3:
            raise CarbFormatError(
                source, number, f"expected SENTENCE<TAB>CONFIDENCE<TAB>RELATION[<TAB>ARG...], found {len(fields)} field(s)"
            )
        try:
            confidence = float(fields[1])
        except ValueError:
            raise CarbFormatError(source, number, f"confidence {fields[1]!r} is not a number") from None
        if math.isnan(confidence):
            raise CarbFormatError(source, number, "confidence is NaN; thresholds need ordered values")
        groups.setdefault(fields[0], []).append(OieTuple(fields[2], tuple(fields[3:]), confidence))
    return _by_key(groups)


def _consume_overlap(gold_tokens: Sequence[str], unused: list[str]) -> int:
    """Multiset intersection size; removes the matched tokens from ``unused``."""
    count = 0
    for token in gold_tokens:
        if token in unused:
            unused.remove(token)
            count += 1
    return count


def _collapse(args: tuple[str, ...]) -> tuple[str, ...]:
    # Step A: n-ary and binary tuples compare on the same footing.
    return (args[0], " ".join(args[1:])) if len(args) >= 2 else args


def _lenient(gold_relation: str, gold_args: tuple[str, ...], relation: str, args: tuple[str, ...]) -> tuple[float, float]:
    gold_words = gold_relation.split()
    unused = relation.split()
    precision_den, recall_den = len(unused), len(gold_words)
    shared = _consume_overlap(gold_words, unused)
    # "be" rule: a leftover system "be" stands for any form of it in gold,
    # even one already matched (so gold "is" vs system "is be" has r = 2).
    if "be" in unused and any(form in gold_words for form in BE_FORMS):
        shared += 1
    if shared == 0:
        return (0.0, 0.0)
    precision_num = recall_num = shared
    for position, gold_arg in enumerate(gold_args):
        gold_tokens = gold_arg.split()
        recall_den += len(gold_tokens)
        if position >= len(args):
            return (0.0, 0.0)
        tokens = args[position].split()
        precision_den += len(tokens)
        overlap = _consume_overlap(gold_tokens, tokens)
        precision_num += overlap
        recall_num += overlap
    return (
        precision_num / precision_den if precision_den else 0.0,
        recall_num / recall_den if recall_den else 0.0,
    )


def match(gold: OieTuple, system: OieTuple) -> tuple[float, float]:
    """Score one (gold, system) pair with CaRB's default matcher: ``(p, r)``.

    Relation 2 of 2 system / 3 gold tokens, subject 1/1, object 1 of 3 system / 1 gold:

    >>> match(OieTuple("was born in", ("Obama", "Hawaii")), OieTuple("born in", ("Obama", "Honolulu , Hawaii")))
    (0.6666666666666666, 0.8)
    """
    gold_args, args = _collapse(gold.args), _collapse(system.args)
    straight = _lenient(gold.relation, gold_args, system.relation, args)
    # Attribution relations ("X said Y") are often annotated with the quote as
    # subject; a substring test on the raw gold relation, so "unsaid" counts.
    if len(system.args) < 2 or not any(verb in gold.relation for verb in SAID_VERBS):
        return straight
    swapped = _lenient(gold.relation, gold_args, system.relation, (args[1], args[0]))
    return max(straight, swapped)  # p first, r breaks ties


def _greedy_sum(scores: list[list[tuple[float, float]]], selected: list[int], which: int) -> float:
    """Greedy one-to-one assignment maximising score ``which`` (0 = p, 1 = r)."""
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    total = 0.0
    for _ in range(min(len(scores), len(selected))):
        best, best_row, best_col = -1.0, -1, -1
        for row, row_scores in enumerate(scores):
            if row in used_rows:
                continue
            for col in selected:
                # Strictly larger: ties go to the earliest gold, then system, tuple.
                if col not in used_cols and row_scores[col][which] > best:
                    best, best_row, best_col = row_scores[col][which], row, col
        used_rows.add(best_row)
        used_cols.add(best_col)
        total += best
    return total


def _sentence_steps(
    gold: tuple[OieTuple, ...], system: tuple[OieTuple, ...], *, single_match: bool
) -> list[tuple[float, float, float, int]]:
    """(confidence, precision sum, recall sum, selected) per distinct confidence, ascending.

    A sentence's sums only change at its own confidences, so each value holds
    for every global threshold from just above the previous one up to it.
    """
    scores = [[match(g, x) for x in system] for g in gold]
    steps = []
    for confidence in sorted({x.confidence for x in system}):
        selected = [col for col, x in enumerate(system) if x.confidence >= confidence]
        if single_match:
            recall_sum = _greedy_sum(scores, selected, 1)
        else:
            recall_sum = 0.0
            for row_scores in scores:  # many-to-one: each gold takes its best
                recall_sum += max(row_scores[col][1] for col in selected)
        steps.append((confidence, _greedy_sum(scores, selected, 0), recall_sum, len(selected)))
    return steps


def score(gold: Corpus, system: Corpus, *, single_match: bool = False) -> CarbResult:
    """Score a system corpus against gold: best-F1 point, AUC and PR curve.

    Args:
        gold: from ``read_gold``/``parse_gold``.
        system: from ``read_system``; sentences not in ``gold`` are ignored
            except that their confidences are thresholds too.
        single_match: OpenIE6's CaRB(s,s): recall by greedy one-to-one matching.

    >>> gold = parse_gold(["S .\\tis\\tA\\tB"])
    >>> result = score(gold, read_system(["S .\\t0.9\\tis\\tA\\tB", "S .\\t0.2\\tis\\tB\\tA"]))
    >>> round3(result.precision), round3(result.recall), round3(result.auc), result.threshold
    (1.0, 1.0, 1.0, 0.9)
    """
    thresholds = sorted({x.confidence for tuples in system.values() for x in tuples})
    if not thresholds:
        return CarbResult(0.0, 0.0, 0.0, 0.0, None, ())
    position = {confidence: index for index, confidence in enumerate(thresholds)}
    precision_num = np.zeros(len(thresholds))
    selected = np.zeros(len(thresholds), dtype=np.int64)
    recall_num = np.zeros(len(thresholds))
    gold_total = 0
    # Per threshold, sentences add up in gold order, exactly as the naive
    # definition sums them; slices just skip the thresholds where a sentence
    # adds nothing (above its top confidence).
    for key, gold_tuples in gold.items():
        gold_total += len(gold_tuples)
        start = 0
        for confidence, precision_sum, recall_sum, count in _sentence_steps(
            gold_tuples, system.get(key, ()), single_match=single_match
        ):
            stop = position[confidence] + 1
            precision_num[start:stop] += precision_sum
            selected[start:stop] += count
            recall_num[start:stop] += recall_sum
            start = stop
    curve = []
    for index, threshold in enumerate(thresholds):
        count = int(selected[index])
        precision = float(precision_num[index]) / count if count else 1.0
        recall = float(recall_num[index]) / gold_total if gold_total else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else None
        curve.append(CurvePoint(threshold, precision, recall, f1, count))
    return _summarise(tuple(curve))


def _summarise(curve: tuple[CurvePoint, ...]) -> CarbResult:
    # Best F1 as numpy.nanargmax: the first maximum, undefined F1s skipped.
    best: CurvePoint | None = None
    for point in curve:
        if point.f1 is not None and (best is None or point.f1 > best.f1):  # type: ignore[operator]
            best = point
    recalls = [point.recall for point in curve] + [0.0]
    precisions = [point.precision for point in curve] + [1.0]
    # Recall never rises with the threshold, so the trapezoid area is negative
    # or zero; the official sklearn.metrics.auc returns its absolute value.
    auc = abs(float(np.trapezoid(precisions, recalls)))
    if best is None:
        return CarbResult(0.0, 0.0, 0.0, auc, None, curve)
    return CarbResult(best.precision, best.recall, best.f1, auc, best.threshold, curve)  # type: ignore[arg-type]


def format_curve(result: CarbResult) -> str:
    """The official PR-curve dump: header, then points sorted by recall (stable)."""
    lines = ["Precision\tRecall\tConfidence"]
    for point in sorted(result.curve, key=lambda point: point.recall):
        # The official code writes the integer 1 when nothing is selected.
        precision = "1" if point.selected == 0 else repr(point.precision)
        lines.append(f"{precision}\t{point.recall!r}\t{point.threshold!r}")
    return "\n".join(lines) + "\n"


def run_kg_openie(sentences: Path, *, command: Sequence[str] | None = None, options: Sequence[str] = ()) -> list[str]:
    """Run ``kg openie SENTENCES`` from the repository root; return its stdout lines.

    Args:
        sentences: one sentence a line.
        command: the program to run instead of ``KG_OPENIE`` (read at call time).
        options: extra options for ``kg openie``, e.g. ``("--all",)``.

    Raises:
        KgOpenieUnavailable: the command does not exist yet or failed.
    """
    command = KG_OPENIE if command is None else command
    probe = subprocess.run([*command, "--help"], cwd=REPO_ROOT, capture_output=True, text=True)
    if probe.returncode != 0:
        errors = [line for line in probe.stderr.splitlines() if line.strip()]
        reason = errors[-1].strip() if errors else f"exit status {probe.returncode}"
        raise KgOpenieUnavailable(
            f"`kg openie` is not available yet ({' '.join(command)} --help failed: {reason}); "
            "score a file of tabbed extractions with --system OUT.tsv instead"
        )
    # stderr is inherited so that kg's own progress and messages show.
    run = subprocess.run([*command, *options, str(sentences)], cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    if run.returncode != 0:
        raise KgOpenieUnavailable(f"`kg openie {sentences}` failed with exit status {run.returncode} (see its messages above)")
    return run.stdout.splitlines()


def _report(result: CarbResult, *, name: str, single_match: bool) -> str:
    metric = "s,s" if single_match else "s,m"
    auc = "n/a" if result.single_point else f"{round3(result.auc) * 100:.1f}"
    lines = [
        f"CaRB({metric}) dev: P {round3(result.precision):.3f}  R {round3(result.recall):.3f}  "
        f"F1 {round3(result.f1):.3f}  AUC {round3(result.auc):.3f}  "
        f"(best F1 at confidence >= {result.threshold}, {len(result.curve)} thresholds)",
    ]
    if result.single_point:
        lines.append("note: one confidence value, one curve point: AUC = R(1+P)/2 rewards no ranking; compare F1 only")
    lines += ["", "Published reference, CaRB TEST split (not dev; x100):", f"{'system':<18}{'metric':<8}{'F1':>6}{'AUC':>6}{'P':>6}{'R':>6}"]
    for system, ref_metric, f1, ref_auc, precision, recall in REFERENCE:
        cells = [f"{v:>6.1f}" if v is not None else f"{'-':>6}" for v in (f1, ref_auc, precision, recall)]
        lines.append(f"{system:<18}{ref_metric:<8}{''.join(cells)}")
    ours = [round3(v) * 100 for v in (result.f1, result.precision, result.recall)]
    lines.append(f"{name[:11] + ' (dev)':<18}{metric:<8}{ours[0]:>6.1f}{auc:>6}{ours[1]:>6.1f}{ours[2]:>6.1f}")
    return "\n".join(lines)


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=DEFAULT_GOLD,
              show_default=True, help="CaRB gold tuples (tsv).")
@click.option("--system", "system_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="System extractions, tabbed: SENTENCE, CONFIDENCE, RELATION, ARG1, ARG2...")
@click.option("--run-kg", is_flag=True, help="Run `python -m kg openie` on --sentences and score its output.")
@click.option("--sentences", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_SENTENCES,
              show_default=True, help="Input sentences for --run-kg, one a line.")
@click.option("--save-system", type=click.Path(dir_okay=False, path_type=Path),
              help="With --run-kg: also write kg's extractions here.")
@click.option("--curve", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the PR curve (Precision, Recall, Confidence) here.")
@click.option("--single-match", is_flag=True, help="CaRB(s,s) of OpenIE6: one-to-one recall as well.")
@click.option("--kg-all", is_flag=True, help="With --run-kg: pass --all (negated and hedged propositions too).")
def main(gold: Path, system_path: Path | None, run_kg: bool, sentences: Path, save_system: Path | None,
         curve: Path | None, single_match: bool, kg_all: bool) -> None:
    """Score open-IE extractions with the CaRB metric (SCORING.md).

    Prints P/R/F1 at the best-F1 threshold and AUC (3 decimals) beside the
    published test-split figures.

    \b
    Example:
        python benchmarks/carb.py --system out.tsv --curve curve.tsv
        python benchmarks/carb.py --run-kg --save-system kg_dev.tsv
        python benchmarks/carb.py --run-kg --kg-all
    """
    if run_kg == (system_path is not None):
        raise click.UsageError("give exactly one of --system FILE or --run-kg")
    try:
        if run_kg:
            started = time.perf_counter()
            lines = run_kg_openie(sentences, options=("--all",) if kg_all else ())
            click.echo(f"kg openie: {len(lines)} lines in {time.perf_counter() - started:.1f} s", err=True)
            if save_system is not None:
                save_system.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            name, system = "kg", read_system(lines, source="kg openie")
        elif system_path is not None:
            with system_path.open(encoding="utf-8") as handle:
                name, system = system_path.stem, read_system(handle, source=str(system_path))
        gold_corpus = read_gold(gold)
    except (CarbFormatError, KgOpenieUnavailable, UnicodeDecodeError) as error:
        raise click.ClickException(str(error)) from error
    total = sum(len(tuples) for tuples in system.values())
    on_gold = sum(len(tuples) for key, tuples in system.items() if key in gold_corpus)
    click.echo(f"{total} extractions, {on_gold} on gold sentences ({total - on_gold} ignored); "
               f"{sum(map(len, gold_corpus.values()))} gold tuples in {len(gold_corpus)} sentences", err=True)
    started = time.perf_counter()
    result = score(gold_corpus, system, single_match=single_match)
    click.echo(f"scored in {time.perf_counter() - started:.2f} s", err=True)
    if curve is not None:
        curve.write_text(format_curve(result), encoding="utf-8")
    click.echo(_report(result, name=name, single_match=single_match))


if __name__ == "__main__":
    main()
