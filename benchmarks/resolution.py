"""Entity-resolution benchmark: one correctly typed node per real-world entity.

Builds the articles of both golds, all in one graph, and scores:

- the entity gold (``benchmarks/gold/entities/*.json``, 55 articles over all five
  BBC categories and the founding article; format in ``benchmarks/gold/README.md``):
  B-cubed P/R/F1 over the gold mentions, duplicate nodes, type accuracy, the
  junk-label rate, entity recall (missed named entities) and place-linking
  precision/recall against the gold's GeoNames ids (see ``score_entities``);
- the first clusters gold (``benchmarks/gold/clusters/*.json``, 16 articles, names
  only), kept so that its B-cubed figure can be compared with earlier builds.

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

    python3 -m benchmarks.resolution            # both golds
    python3 -m benchmarks.resolution --verbose  # also every error: types, junk, missed, links
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "clusters"
ENTITY_GOLD = ROOT / "benchmarks" / "gold" / "entities"
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
    duplicate_nodes: dict[str, list[str]]  # each duplicated gold entity's node keys, for the verbose listing


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
        duplicate_nodes={canonical: sorted(nodes) for canonical, nodes in sorted(nodes_of_entity.items()) if len(nodes) > 1},
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


@dataclass(frozen=True)
class GoldEntity:
    """One entity of the entity gold: its canonical name, type, surface forms and GeoNames id."""

    article: str
    name: str
    type: str
    mentions: tuple[str, ...]
    geonames: int | None = None


@dataclass(frozen=True)
class EntityScores:
    """What ``score_entities`` measures on the entity gold."""

    clusters: Scores
    entities: int
    found: int
    typed: int
    correct_types: int
    wrong_types: list[tuple[str, str, str, str]]
    nodes: int
    junk: list[tuple[str, str]]
    described: int
    described_junk: int
    missed: list[tuple[str, str]]
    links: int
    correct_links: int
    gold_links: int
    wrong_links: list[tuple[str, str, int | None, int]]
    missed_links: list[tuple[str, str, int]]

    @property
    def type_accuracy(self) -> float:
        return self.correct_types / self.typed if self.typed else 0.0

    @property
    def junk_rate(self) -> float:
        return len(self.junk) / self.nodes if self.nodes else 0.0

    @property
    def junk_rate_all(self) -> float:
        """The junk rate were description nodes claimed names: over every node."""
        nodes = self.nodes + self.described
        return (len(self.junk) + self.described_junk) / nodes if nodes else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.entities if self.entities else 0.0

    @property
    def link_precision(self) -> float:
        return self.correct_links / self.links if self.links else 0.0

    @property
    def link_recall(self) -> float:
        return self.correct_links / self.gold_links if self.gold_links else 0.0


def load_entity_gold(folder: Path = ENTITY_GOLD) -> dict[str, list[GoldEntity]]:
    """The entity gold by article path (``sport/157.txt``, or ``seeds/...`` for the founding article)."""
    gold: dict[str, list[GoldEntity]] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        article = data["article"]
        gold[article] = [
            GoldEntity(article, entity["name"], entity["type"], tuple(entity["mentions"]) or (entity["name"],),
                       entity.get("geonames"))
            for entity in data["entities"]
        ]
    return gold


def _names_of(entity) -> set[str]:
    return {_comparable(name) for name in (entity.label, *entity.aliases)} | {
        _comparable(_untitled(name)) for name in (entity.label, *entity.aliases)
    }


def _is_named(entity) -> bool:
    """Named nodes only, not the nodes the article only describes ("protesters", "the
    bloc": ``Entity.described``); a document-local node with a name NER missed in it
    ("Interfax news agency") is a named one."""
    return not entity.described


def _country(name: str) -> str:
    """A country's name as kg labels it ("UK" -> "united kingdom"), else the comparable name."""
    from kg.resolve.forms import country_form

    return _comparable(country_form(name) or name)


def _demonym_countries(text: str) -> set[str]:
    """The countries an article names by a demonym ("British actor Clive Owen": the United
    Kingdom): no junk when a node of the article is labelled with one (kg makes the country
    of a state post's demonym and of a nationality a node).

    >>> sorted(_demonym_countries("British actor Clive Owen and South African flanker Schalk Burger"))
    ['south africa', 'united kingdom']
    """
    from kg.lexicon import demonym_country

    words = re.findall(r"[A-Z][a-z]+", text)
    phrases = [*words, *(" ".join(pair) for pair in pairwise(words))]
    return {_country(country) for phrase in phrases if (country := demonym_country(phrase)) is not None}


def _identities(gold: dict[str, list[GoldEntity]]) -> dict[GoldEntity, str]:
    """One name for each real entity of the gold: articles' gold entities are one
    when they share a GeoNames id, or a surface form and a type ("Labour" in one
    article, "Labour Party" with the form "Labour" in another), unless two entities
    of one article share that form ("Howard": Michael and Sandra Howard). The
    writers chose canonical names article by article ("UK" here, "Britain" there)."""
    from networkx.utils import UnionFind

    entities = [entity for entities in gold.values() for entity in entities]
    groups = UnionFind(range(len(entities)))
    first: dict[tuple, int] = {}
    # A surface form two entities of one article share ("Howard" for Michael and for
    # Sandra Howard) identifies neither.
    shared: set[tuple] = set()
    for article_entities in gold.values():
        seen: dict[tuple, GoldEntity] = {}
        for entity in article_entities:
            for name in {entity.name, *entity.mentions}:
                key = (entity.article, entity.type, _comparable(name))
                if seen.setdefault(key, entity) is not entity:
                    shared.add(key)
    for i, entity in enumerate(entities):
        keys = [
            (entity.type, _comparable(name))
            for name in (entity.name, *entity.mentions)
            if (entity.article, entity.type, _comparable(name)) not in shared
        ]
        if entity.geonames is not None:
            keys.append(("geonames", entity.geonames))
        for key in keys:
            groups.union(first.setdefault(key, i), i)
    names: dict[int, str] = {}
    for i, entity in enumerate(entities):
        names.setdefault(groups[i], f"{entity.name} ({entity.type})")
    return {entity: names[groups[i]] for i, entity in enumerate(entities)}


def score_entities(graph, gold: dict[str, list[GoldEntity]], document_of: dict[str, str]) -> EntityScores:
    """Score ``graph`` against the entity gold.

    - B-cubed and duplicates as ``score`` computes them, over the gold mentions;
    - an entity is *found* when a node of its article carries one of its mentions
      (entity recall = found / gold entities); its type is the type of the node
      that carries its canonical name (else the node that carries most of its
      mentions), compared exactly with the gold's (type accuracy over found ones);
    - a *junk label* is a named node of a gold article whose label (also without a
      title) is no mention of any gold entity of the article, nor the canonical name
      the gold gives such an entity in any article ("Academy Awards" for "the
      Oscars"): a span no reader would list as a name (rate = junk / named nodes; a
      node the article only describes, ``Entity.described``, claims no name, and the
      rate over all nodes, descriptions counted as junk unless a gold name, is the
      second figure);
    - place links: a node that carries a gold entity and has ``Entity.place``
      is a link; it is correct when its GeoNames id is the gold's (a gold entity
      without an id counts a link as wrong: the gold says it is a guess);
      recall is over the gold entities with an id.
    """
    identity = _identities(gold)
    clusters: dict[str, dict[str, list[str]]] = {
        path: {identity[entity]: list(entity.mentions) for entity in entities} for path, entities in gold.items()
    }
    cluster_scores = score(graph, clusters, document_of)
    names_of_identity: dict[str, set[str]] = defaultdict(set)
    for entities in gold.values():
        for entity in entities:
            names_of_identity[identity[entity]].add(entity.name)
    counts = {"found": 0, "typed": 0, "correct": 0, "nodes": 0, "links": 0, "correct_links": 0, "gold_links": 0,
              "described": 0, "described_junk": 0}
    wrong_types, junk, missed, wrong_links, missed_links = [], [], [], [], []
    for path, entities in gold.items():
        nodes = [entity for entity in graph.parts[document_of[path]].entities if _is_named(entity)]
        carriers: dict[str, list] = defaultdict(list)
        for node in nodes:
            for name in _names_of(node):
                carriers[name].append(node)
        gold_names = {_country(name) for entity in entities for name in (entity.name, *entity.mentions)}
        gold_names |= {_country(name) for entity in entities for name in names_of_identity[identity[entity]]}
        gold_names |= _demonym_countries(graph.parts[document_of[path]].document.text)
        for node in nodes:
            counts["nodes"] += 1
            if not {_country(node.label), _comparable(_untitled(node.label))} & gold_names:
                junk.append((path, node.label))
        for node in graph.parts[document_of[path]].entities:
            if not _is_named(node):
                counts["described"] += 1
                counts["described_junk"] += not {_country(node.label), _comparable(_untitled(node.label))} & gold_names
        for entity in entities:
            counts["gold_links"] += entity.geonames is not None
            holders = [node for name in entity.mentions for node in carriers.get(_comparable(name), [])]
            if not holders:
                missed.append((path, entity.name))
                if entity.geonames is not None:
                    missed_links.append((path, entity.name, entity.geonames))
                continue
            counts["found"] += 1
            by_name = carriers.get(_comparable(entity.name))
            node = by_name[0] if by_name else max(holders, key=lambda n: (holders.count(n), n.key))
            counts["typed"] += 1
            if node.type.value == entity.type:
                counts["correct"] += 1
            else:
                wrong_types.append((path, entity.name, entity.type, node.type.value))
            place = getattr(node, "place", None)
            if place is not None:
                counts["links"] += 1
                if place.geonames_id == entity.geonames:
                    counts["correct_links"] += 1
                else:
                    wrong_links.append((path, entity.name, entity.geonames, place.geonames_id))
            elif entity.geonames is not None:
                missed_links.append((path, entity.name, entity.geonames))
    return EntityScores(
        clusters=cluster_scores,
        entities=sum(len(entities) for entities in gold.values()),
        found=counts["found"],
        typed=counts["typed"],
        correct_types=counts["correct"],
        wrong_types=wrong_types,
        nodes=counts["nodes"],
        junk=junk,
        described=counts["described"],
        described_junk=counts["described_junk"],
        missed=missed,
        links=counts["links"],
        correct_links=counts["correct_links"],
        gold_links=counts["gold_links"],
        wrong_links=wrong_links,
        missed_links=missed_links,
    )


def _article_paths(corpus: Path, articles: list[str]) -> list[Path]:
    return [ROOT / article if article.startswith("seeds/") else corpus / article for article in articles]


def _print_entity_scores(result: EntityScores, *, verbose: bool) -> None:
    c = result.clusters
    print("== entity gold (benchmarks/gold/entities) ==")
    print(f"gold entities {result.entities}, mentions {c.items}, mentions not found {c.missing}")
    print(f"B-cubed precision {c.precision:.3f} recall {c.recall:.3f} F1 {c.f1:.3f}")
    print(f"duplicate nodes: {sum(c.duplicates.values())} {c.duplicates}")
    print(f"wrong merges: {len(c.wrong_merges)} {c.wrong_merges}")
    print(f"type accuracy {result.type_accuracy:.3f} ({result.correct_types}/{result.typed})")
    print(f"junk labels {result.junk_rate:.3f} ({len(result.junk)}/{result.nodes} named nodes); "
          f"with the {result.described} description nodes as names {result.junk_rate_all:.3f} "
          f"({len(result.junk) + result.described_junk}/{result.nodes + result.described})")
    print(f"entity recall {result.recall:.3f} ({result.found}/{result.entities})")
    print(
        f"place links precision {result.link_precision:.3f} ({result.correct_links}/{result.links}) "
        f"recall {result.link_recall:.3f} ({result.correct_links}/{result.gold_links})"
    )
    if verbose:
        for path, name, expected, got in result.wrong_types:
            print(f"  type: {path}: {name!r} gold {expected}, kg {got}")
        for path, label in result.junk:
            print(f"  junk: {path}: {label!r}")
        for canonical, keys in c.duplicate_nodes.items():
            print(f"  duplicate: {canonical!r} carried by nodes {keys}")
        for key, names in c.wrong_merges.items():
            print(f"  wrong merge: node {key!r} carries {names}")
        for path, name in result.missed:
            print(f"  missed: {path}: {name!r}")
        for path, name, expected, got in result.wrong_links:
            print(f"  link: {path}: {name!r} gold {expected}, kg {got}")
        for path, name, expected in result.missed_links:
            print(f"  no link: {path}: {name!r} gold {expected}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of the BBC articles (default ../shared/corpus/bbc)")
    parser.add_argument("--verbose", action="store_true", help="print every error: types, junk labels, missed entities, links")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is not available", file=sys.stderr)
        return 0
    from kg.graph import KnowledgeGraph
    from kg.pipeline import build_parts, read_documents
    from kg.resolve.across import ArticleLinker

    gold = load_gold()
    entity_gold = load_entity_gold()
    articles = sorted(set(gold) | set(entity_gold))
    parts = list(build_parts(read_documents(_article_paths(args.corpus, articles), problems=[])))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all(parts)
    document_of = {}
    for part in parts:
        source = Path(part.document.source)
        document_of[f"{source.parent.name}/{source.name}"] = part.document.id
    stats = graph.stats()
    print(f"{len(parts)} articles, {stats['entities']} entities, {stats['relations']} relations")
    _print_entity_scores(score_entities(graph, entity_gold, document_of), verbose=args.verbose)
    result = score(graph, gold, document_of)
    print("== clusters gold (benchmarks/gold/clusters, 16 articles) ==")
    print(f"gold items {result.items}, not found {result.missing}")
    print(f"B-cubed precision {result.precision:.3f} recall {result.recall:.3f} F1 {result.f1:.3f}")
    print(f"duplicate nodes: {sum(result.duplicates.values())} {result.duplicates}")
    print(f"wrong merges: {len(result.wrong_merges)} {result.wrong_merges}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
