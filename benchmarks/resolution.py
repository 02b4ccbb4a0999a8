"""Entity-resolution benchmark: one node per real-world entity, within and across articles.

Builds the articles that ``benchmarks/gold/clusters/*.json`` describe, all in one
graph, and prints the entities, the merges made across documents, and for the
gold clusters the B-cubed precision, recall and F1 and the count of duplicate
nodes.

Gold: one file per article, named ``<category>-<number>.json`` for
``../shared/corpus/bbc/<category>/<number>.txt``, holding ``{canonical: [aliases]}``:
every name the article uses for each entity it names. The same canonical name in
two files is the same entity, so cross-article merging is scored too.

Scoring: the items are the gold (article, name) pairs. An item is found when
a node of that article carries the name as label or alias (compared without case,
diacritics, hyphens, possessive and a leading "The", which kg drops from every
name; a title-stripped form counts); an item no node carries is a singleton (it
costs recall). B-cubed is computed over items, each in the alphabetically first
node carrying it; a gold entity whose names are carried by k nodes (any of them,
not just the first) has k - 1 duplicates; a node holding items of two gold
entities is a wrong merge.

Usage::

    python3 -m benchmarks.resolution            # the gold articles
    python3 -m benchmarks.resolution --verbose  # also every entity and merge
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "clusters"
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    items: int
    missing: int
    duplicates: dict[str, int]
    wrong_merges: dict[str, list[str]]


def load_gold(folder: Path = GOLD) -> dict[str, dict[str, list[str]]]:
    """Gold clusters by article path (relative to the corpus): ``{path: {canonical: aliases}}``."""
    gold = {}
    for path in sorted(folder.glob("*.json")):
        category, number = path.stem.split("-", 1)
        gold[f"{category}/{number}.txt"] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def b_cubed(gold_of: dict[tuple, str], node_of: dict[tuple, str | None]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering of ``gold_of``'s items.

    >>> gold = {1: "a", 2: "a", 3: "b"}
    >>> b_cubed(gold, {1: "x", 2: "x", 3: "y"})
    (1.0, 1.0, 1.0)
    >>> [round(v, 3) for v in b_cubed(gold, {1: "x", 2: "y", 3: "y"})]
    [0.667, 0.667, 0.667]
    """
    system: dict[object, set] = defaultdict(set)
    for item, node in node_of.items():
        system[node if node is not None else ("missing", item)].add(item)
    truth: dict[str, set] = defaultdict(set)
    for item, entity in gold_of.items():
        truth[entity].add(item)
    precision = recall = 0.0
    for item, entity in gold_of.items():
        node = node_of[item]
        cluster = system[node if node is not None else ("missing", item)]
        overlap = len(cluster & truth[entity])
        precision += overlap / len(cluster)
        recall += overlap / len(truth[entity])
    precision, recall = precision / len(gold_of), recall / len(gold_of)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(graph, gold: dict[str, dict[str, list[str]]], document_of: dict[str, str]) -> Scores:
    """Score ``graph`` against ``gold``; ``document_of`` maps article paths to document ids."""
    gold_of: dict[tuple, str] = {}
    node_of: dict[tuple, str | None] = {}
    carriers: dict[tuple, set[str]] = {}
    for path, clusters in gold.items():
        names: dict[str, set[str]] = defaultdict(set)
        for entity in graph.parts[document_of[path]].entities:
            for name in (entity.label, *entity.aliases):
                names[_comparable(name)].add(entity.key)
                names[_comparable(_untitled(name))].add(entity.key)
        for canonical, aliases in clusters.items():
            for alias in set(aliases) or {canonical}:
                item = (path, _comparable(alias))
                gold_of[item] = canonical
                keys = names.get(_comparable(alias), set())
                node_of[item] = min(keys) if keys else None
                carriers[item] = keys
    precision, recall, f1 = b_cubed(gold_of, node_of)
    nodes_of_entity: dict[str, set[str]] = defaultdict(set)
    entities_of_node: dict[str, set[str]] = defaultdict(set)
    for item, canonical in gold_of.items():
        nodes_of_entity[canonical].update(carriers[item])
        for key in carriers[item]:
            entities_of_node[key].add(canonical)
    return Scores(
        precision=precision,
        recall=recall,
        f1=f1,
        items=len(gold_of),
        missing=sum(node is None for node in node_of.values()),
        duplicates={canonical: len(nodes) - 1 for canonical, nodes in sorted(nodes_of_entity.items()) if len(nodes) > 1},
        wrong_merges={node: sorted(names) for node, names in sorted(entities_of_node.items()) if len(names) > 1},
    )


def _comparable(name: str) -> str:
    from kg.resolve.names import normalise

    form = normalise(name)
    return form[4:] if form.startswith("the ") else form


def _untitled(name: str) -> str:
    from kg.lexicon import TITLE_WORDS

    words = name.split()
    while len(words) > 1 and words[0].rstrip(".").lower() in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of the BBC articles (default ../shared/corpus/bbc)")
    parser.add_argument("--verbose", action="store_true", help="print every entity and cross-article merge")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is not available", file=sys.stderr)
        return 0
    from kg.graph import KnowledgeGraph
    from kg.pipeline import build_parts, read_documents
    from kg.resolve.across import ArticleLinker

    gold = load_gold()
    paths = [args.corpus / path for path in gold]
    parts = list(build_parts(read_documents(paths, problems=[])))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all(parts)
    document_of = {}
    for part in parts:
        source = Path(part.document.source)
        document_of[f"{source.parent.name}/{source.name}"] = part.document.id

    merges = []
    for part in parts:
        filed = {(entity.label, entity.type): entity.key for entity in graph.parts[part.document.id].entities}
        for entity in part.entities:
            node = filed.get((entity.label, entity.type), entity.key)
            if node != entity.key:
                merges.append((part.document.id, entity.label, entity.key, node))
    stats = graph.stats()
    print(f"{len(parts)} articles, {stats['entities']} entities, {stats['relations']} relations")
    shared = [entity for entity in graph.entities() if len(entity.documents) > 1]
    print(f"nodes in more than one article: {len(shared)}; short forms re-filed across articles: {len(merges)}")
    if args.verbose:
        for entity in graph.entities():
            print(f"  {entity.key:45} {entity.type.value:12} {entity.label!r} aliases={list(entity.aliases)} docs={len(entity.documents)}")
    for document_id, label, key, node in merges:
        print(f"  merged: {document_id}: {label!r} ({key}) -> {node}")
    for entity in shared:
        print(f"  shared: {entity.key} in {len(entity.documents)} articles")
    result = score(graph, gold, document_of)
    print(f"gold items {result.items}, not found {result.missing}")
    print(f"B-cubed precision {result.precision:.3f} recall {result.recall:.3f} F1 {result.f1:.3f}")
    print(f"duplicate nodes: {sum(result.duplicates.values())} {result.duplicates}")
    print(f"wrong merges: {len(result.wrong_merges)} {result.wrong_merges}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
