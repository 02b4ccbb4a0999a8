"""CoNLL04 typed-relation benchmark: how many of kg's graph edges the text's gold
annotation says, and how many it says that kg misses.

CoNLL04 (Roth & Yih 2004; SpERT JSON split, ``shared/eval/conll04/README.md``)
gives each news sentence its entity mentions (Peop, Org, Loc, Other) and its
typed relations (Work_For, Kill, OrgBased_In, Live_In, Located_In). This
module runs kg's real pipeline (parse → ``kg.extract.extract`` →
``kg.resolve.resolve``, exactly what ``kg.pipeline.build_parts`` does) with
each sentence as one document, reads every graph edge as a CoNLL04 relation
through ``ontology/conll04.tsv`` (kg: property + entity types → relation),
maps its entities back to gold token spans, and scores:

* strict (SpERT's "RE+"): relation type, both mentions' exact token spans and
  their CoNLL04 types must match a gold triple; micro P/R/F1 over triples,
  plus macro F1 over the five types;
* boundaries: the same without entity types;
* relaxed: relation type and direction, and each predicted mention overlaps
  its gold mention by at least one token (kg strips titles such as
  "President", which CoNLL04 sometimes keeps);
* NER: every named mention kg finds, typed by its resolved entity, against
  the gold mentions (exact span + type; and overlap + type).

Entity types: Person → Peop; Organization → Org; Country, City, Place,
Facility → Loc; every other kg type → Other.

Run ``python benchmarks/conll04.py [--errors]``; it is run by hand (about 25 s).

Dev figures (micro F1): before ``kg.extract.roles`` strict 0.063 (P 0.34,
R 0.035), relaxed 0.159; with it strict 0.299 (P 0.58, R 0.20), relaxed
0.403 (P 0.78, R 0.27). Published supervised systems reach about 0.71-0.75
strict on test; a zero-shot rule pipeline is not comparable with them.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from kg.types import EntityType  # noqa: E402

DEFAULT_GOLD = REPO_ROOT.parent / "shared" / "eval" / "conll04" / "conll04_dev.json"
MAPPING_PATH = REPO_ROOT / "ontology" / "conll04.tsv"
RELATION_TYPES = ("Work_For", "Kill", "OrgBased_In", "Live_In", "Located_In")
ENTITY_TYPES = ("Peop", "Org", "Loc", "Other")
CONLL_TYPE = {
    EntityType.PERSON: "Peop",
    EntityType.ORGANIZATION: "Org",
    EntityType.COUNTRY: "Loc",
    EntityType.CITY: "Loc",
    EntityType.PLACE: "Loc",
    EntityType.FACILITY: "Loc",
}

# Tokens written without a space before them, and after them.
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "...", "''"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "`", "``"})

TokenSpan = tuple[int, int]
"""Half-open token range ``(start, end)``, CoNLL04's ``start``/``end``."""
Mention = tuple[int, int, str]
"""A typed mention: token start, token end (exclusive), CoNLL04 type."""
Triple = tuple[str, Mention, Mention]
"""A relation: its CoNLL04 type, head mention, tail mention."""


def conll_type(entity_type: EntityType) -> str:
    """The CoNLL04 type of a kg entity type.

    >>> conll_type(EntityType.CITY), conll_type(EntityType.EVENT)
    ('Loc', 'Other')
    """
    return CONLL_TYPE.get(entity_type, "Other")


def detokenise(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text a reader would write, and each token's character span in it.

    PTB quotes written as two tokens (`` ` ` `` and ``' '``) become one ``"``;
    both tokens map to it. Punctuation hugs the word before it, brackets and
    currency signs the word after.

    >>> text, spans = detokenise(["He", "said", "`", "`", "hi", "'", "'", "(", "IBM", "'s", ")", "."])
    >>> text
    'He said "hi" (IBM\\'s).'
    >>> [text[s:e] for s, e in spans[7:11]]
    ['(', 'IBM', "'s", ')']
    """
    text = ""
    spans: list[tuple[int, int]] = []
    quote_open = False
    glue = True  # no space before the next token
    i = 0
    while i < len(tokens):
        token = tokens[i]
        pair = token in ("`", "'") and i + 1 < len(tokens) and tokens[i + 1] == token
        if pair or token in ("``", "''"):
            opening = token.startswith("`")
            quote_open = opening if token in ("``", "''") or pair else quote_open
            if text and not glue and opening:
                text += " "
            start = len(text)
            text += '"'
            count = 2 if pair else 1
            spans.extend([(start, len(text))] * count)
            glue = opening
            i += count
            continue
        if text and not glue and token not in _NO_SPACE_BEFORE:
            text += " "
        start = len(text)
        text += token
        spans.append((start, len(text)))
        glue = token in _NO_SPACE_AFTER
        i += 1
    return text, spans


def token_span(start: int, end: int, spans: Sequence[tuple[int, int]]) -> TokenSpan | None:
    """The tokens a character range covers (any overlap), or ``None``.

    >>> token_span(3, 8, [(0, 2), (3, 5), (6, 8), (9, 10)])
    (1, 3)
    """
    covered = [i for i, (s, e) in enumerate(spans) if s < end and start < e and s < e]
    return (covered[0], covered[-1] + 1) if covered else None


@dataclass(frozen=True, slots=True)
class MappingRow:
    """One row of ``ontology/conll04.tsv``."""

    property: str
    subject: str
    object: str
    relation: str
    swap: bool


def load_mapping(path: Path = MAPPING_PATH) -> dict[tuple[str, str, str], MappingRow]:
    """The rows of the property → CoNLL04 table, by (property, subject type, object type).

    Raises:
        ValueError: A row has an unknown type or relation; the message names file:line.
    """
    rows: dict[tuple[str, str, str], MappingRow] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    data = [(number, line) for number, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    for number, line in data[1:]:  # the first is the header
        record = next(csv.reader([line], delimiter="\t"))
        if len(record) < 5:
            raise ValueError(f"{path}:{number}: expected 5 or 6 tab-separated fields, got {len(record)}")
        prop, subject, obj, relation, swap = (field.strip() for field in record[:5])
        if subject not in ENTITY_TYPES or obj not in ENTITY_TYPES or relation not in RELATION_TYPES or swap not in ("yes", "no"):
            raise ValueError(f"{path}:{number}: bad row {record[:5]!r}")
        rows[(prop, subject, obj)] = MappingRow(prop, subject, obj, relation, swap == "yes")
    return rows


# ---------------------------------------------------------------- scoring


@dataclass
class Score:
    """Counts for one class; P/R/F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Per-class scores and their micro/macro averages."""

    classes: dict[str, Score] = field(default_factory=dict)

    def score(self, name: str) -> Score:
        return self.classes.setdefault(name, Score())

    @property
    def micro(self) -> Score:
        total = Score()
        for score in self.classes.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total

    def macro_f1(self, names: Iterable[str]) -> float:
        names = list(names)
        return sum(self.score(name).f1 for name in names) / len(names) if names else 0.0


def _overlaps(a: Mention, b: Mention) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same_mention(gold: Mention, predicted: Mention, *, overlap: bool) -> bool:
    """Equal mentions; with ``overlap``, mentions of one type whose spans overlap."""
    if overlap:
        return gold[2] == predicted[2] and _overlaps(gold, predicted)
    return gold == predicted


def score_relations(gold: Sequence[set[Triple]], predicted: Sequence[set[Triple]], mode: str = "strict") -> Report:
    """Micro-scores predicted triples against gold, sentence by sentence.

    Args:
        gold: Each sentence's gold triples.
        predicted: Each sentence's predicted triples (duplicates already removed).
        mode: ``"strict"`` (type, exact spans and entity types), ``"boundaries"``
            (exact spans, entity types ignored) or ``"relaxed"`` (each mention
            overlaps its gold mention; entity types ignored). Matching is one to one.

    >>> g = [{("Kill", (0, 3, "Peop"), (6, 8, "Peop"))}]
    >>> p = [{("Kill", (0, 3, "Peop"), (7, 8, "Peop"))}]
    >>> score_relations(g, p).micro.tp, score_relations(g, p, "relaxed").micro.tp
    (0, 1)
    """
    report = Report()
    for gold_set, predicted_set in zip(gold, predicted, strict=True):
        unmatched = sorted(gold_set)
        for triple in sorted(predicted_set):
            match = next((g for g in unmatched if _same(triple, g, mode)), None)
            if match is None:
                report.score(triple[0]).fp += 1
            else:
                unmatched.remove(match)
                report.score(triple[0]).tp += 1
        for triple in unmatched:
            report.score(triple[0]).fn += 1
    return report


def _same(predicted: Triple, gold: Triple, mode: str) -> bool:
    if predicted[0] != gold[0]:
        return False
    if mode == "strict":
        return predicted[1:] == gold[1:]
    if mode == "boundaries":
        return predicted[1][:2] == gold[1][:2] and predicted[2][:2] == gold[2][:2]
    if mode == "relaxed":
        return _overlaps(predicted[1], gold[1]) and _overlaps(predicted[2], gold[2])
    raise ValueError(f"unknown mode {mode!r}: use strict, boundaries or relaxed")


def score_entities(gold: Sequence[set[Mention]], predicted: Sequence[set[Mention]], *, overlap: bool = False) -> Report:
    """NER scores by CoNLL04 type: exact span and type (or, with ``overlap``, any
    token overlap and the same type), one to one.

    >>> score_entities([{(0, 2, "Peop")}], [{(1, 2, "Peop"), (3, 4, "Loc")}], overlap=True).micro.tp
    1
    """
    report = Report()
    for gold_set, predicted_set in zip(gold, predicted, strict=True):
        unmatched = sorted(gold_set)
        for mention in sorted(predicted_set):
            match = next((g for g in unmatched if _same_mention(g, mention, overlap=overlap)), None)
            if match is None:
                report.score(mention[2]).fp += 1
            else:
                unmatched.remove(match)
                report.score(mention[2]).tp += 1
        for mention in unmatched:
            report.score(mention[2]).fn += 1
    return report


# ---------------------------------------------------------------- kg's side


@dataclass(frozen=True, slots=True)
class Sentence:
    """One gold sentence: tokens, gold mentions and gold triples."""

    tokens: tuple[str, ...]
    mentions: frozenset[Mention]
    triples: frozenset[Triple]


def read_gold(path: Path) -> list[Sentence]:
    """Sentences of a SpERT-format CoNLL04 JSON file."""
    sentences = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        mentions = [(e["start"], e["end"], e["type"]) for e in item["entities"]]
        triples = {(r["type"], mentions[r["head"]], mentions[r["tail"]]) for r in item["relations"]}
        sentences.append(Sentence(tuple(item["tokens"]), frozenset(mentions), frozenset(triples)))
    return sentences


@dataclass
class Prediction:
    """What kg said about one sentence, in CoNLL04 terms, plus what was not mappable."""

    mentions: set[Mention] = field(default_factory=set)
    triples: set[Triple] = field(default_factory=set)
    unmapped: list[str] = field(default_factory=list)


def predict(sentences: Sequence[Sentence], *, model: str | None = None) -> list[Prediction]:
    """Run kg's pipeline on each sentence and read its graph in CoNLL04 terms."""
    from kg.extract import extract
    from kg.extract.edges import graph_edges
    from kg.nlp import load_pipeline, parse
    from kg.ontology.predicates import property_for
    from kg.records import Document
    from kg.resolve import resolve

    mapping = load_mapping()
    texts = [detokenise(sentence.tokens) for sentence in sentences]
    documents = [Document(id=f"s{i}", text=text) for i, (text, _) in enumerate(texts)]
    nlp = load_pipeline(model)
    predictions = []
    for (document, doc), (_, spans) in zip(parse(nlp, documents), texts, strict=True):
        extraction = extract(document, doc)
        part = resolve(extraction)
        text = document.text
        names = [m for m in extraction.mentions if m.kind == "name"]
        by_key: dict[str, list] = {}
        types: dict[str, str] = {}
        for entity in part.entities:
            forms = {entity.label, *entity.aliases}
            by_key[entity.key] = [m for m in names if m.text in forms or " ".join((*m.titles, m.text)) in forms]
            types[entity.key] = conll_type(entity.type)
        prediction = Prediction()
        typed: dict[tuple[int, int], str] = {}
        for key, mentions in by_key.items():
            for mention in mentions:
                typed[(mention.start, mention.end)] = types[key]
        for mention in names:
            span = token_span(mention.start, mention.end, spans)
            if span is not None:
                prediction.mentions.add((*span, typed.get((mention.start, mention.end), conll_type(mention.type))))
        edges = [edge for proposition in extraction.propositions if not proposition.negated for edge in graph_edges(proposition, text)]
        for relation in part.relations:
            prop = str(property_for(relation.key)).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            subject_type, object_type = types.get(relation.subject, "Other"), types.get(relation.object, "Other")
            row = mapping.get((prop, subject_type, object_type))
            if row is None:
                prediction.unmapped.append(f"{relation.key} [{prop}] {subject_type}->{object_type}")
                continue
            pair = _mention_pair(relation, edges, by_key)
            if pair is None:
                continue
            head, tail = (token_span(m.start, m.end, spans) for m in pair)
            if head is None or tail is None:
                continue
            head_m, tail_m = (*head, subject_type), (*tail, object_type)
            if row.swap:
                head_m, tail_m = tail_m, head_m
            prediction.triples.add((row.relation, head_m, tail_m))
        predictions.append(prediction)
    return predictions


def _mention_pair(relation, edges, by_key):
    """The subject and object mentions a relation was read from: the ones inside
    the arguments of an edge with the same key, else the nearest pair."""
    subjects, objects = by_key.get(relation.subject, []), by_key.get(relation.object, [])
    if not subjects or not objects:
        return None
    for edge in edges:
        if edge.key != relation.key or edge.object is None:
            continue
        inside_s = [m for m in subjects if m.start < edge.subject.end and edge.subject.start < m.end]
        inside_o = [m for m in objects if m.start < edge.object.end and edge.object.start < m.end]
        if inside_s and inside_o:
            return inside_s[0], inside_o[0]
    return min(((s, o) for s in subjects for o in objects), key=lambda pair: abs(pair[0].start - pair[1].start))


# ---------------------------------------------------------------- report


def format_report(title: str, report: Report, names: Sequence[str]) -> str:
    lines = [f"{title}", f"  {'':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name in (*names, "micro"):
        s = report.micro if name == "micro" else report.score(name)
        lines.append(f"  {name:<12}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6d}{s.fp:6d}{s.fn:6d}")
    lines.append(f"  {'macro F1':<12}{report.macro_f1(names):21.3f}")
    return "\n".join(lines)


@click.command()
@click.option("--gold", "gold_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=DEFAULT_GOLD,
              show_default=True, help="SpERT-format CoNLL04 JSON file.")
@click.option("--model", default=None, help="spaCy pipeline (default: kg's).")
@click.option("--errors", is_flag=True, help="Also list each sentence's missed and wrong relations (strict).")
def main(gold_path: Path, model: str | None, errors: bool) -> None:
    """Score kg's graph edges on CoNLL04 (strict, boundaries, relaxed) and its NER."""
    sentences = read_gold(gold_path)
    predictions = predict(sentences, model=model)
    gold_triples = [set(s.triples) for s in sentences]
    predicted_triples = [p.triples for p in predictions]
    click.echo(f"{gold_path.name}: {len(sentences)} sentences, {sum(map(len, gold_triples))} gold relations, "
               f"{sum(map(len, predicted_triples))} predicted")
    for mode in ("strict", "boundaries", "relaxed"):
        click.echo(format_report(f"relations, {mode}", score_relations(gold_triples, predicted_triples, mode), RELATION_TYPES))
    gold_mentions = [set(s.mentions) for s in sentences]
    predicted_mentions = [p.mentions for p in predictions]
    click.echo(format_report("entities, exact span + type", score_entities(gold_mentions, predicted_mentions), ENTITY_TYPES))
    click.echo(format_report("entities, overlap + type", score_entities(gold_mentions, predicted_mentions, overlap=True), ENTITY_TYPES))
    unmapped = Counter(item for p in predictions for item in p.unmapped)
    click.echo(f"graph edges with no CoNLL04 reading: {sum(unmapped.values())}; most common:")
    for item, count in unmapped.most_common(12):
        click.echo(f"  {count:4d}  {item}")
    if errors:
        for sentence, prediction in zip(sentences, predictions, strict=True):
            missed = sentence.triples - prediction.triples
            wrong = prediction.triples - sentence.triples
            if not missed and not wrong:
                continue
            click.echo("\n" + " ".join(sentence.tokens))
            for tag, triples in (("MISS", missed), ("WRONG", wrong)):
                for rel, head, tail in sorted(triples):
                    click.echo(f"  {tag:5} {rel:11} {_show(sentence, head)} -> {_show(sentence, tail)}")


def _show(sentence: Sentence, mention: Mention) -> str:
    return f"{' '.join(sentence.tokens[mention[0]:mention[1]])}/{mention[2]}"


if __name__ == "__main__":
    main()
