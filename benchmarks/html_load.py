"""How fast does the HTML view of a large graph load and answer? Run by hand, never in CI.

Builds seeded synthetic KnowledgeGraphs (by default 1,000, 5,000 and 20,000
entities with 2.5 edges per entity, a fifth of the entities mentioned without
a relation, articles dated over a year), writes each page with the default
``auto`` layout and opens it from disk in headless Chromium with the network
off. For each it prints the page size, the time to write it, the time from
navigation start until the page is drawn and answers clicks (``window.kgReady``),
and how long each filter takes until its result is painted: an entity type off,
a date range, the unrelated entities shown, a focus on the best-connected
entity, colour by community.

Usage:
    python benchmarks/html_load.py [--nodes 1000,5000,20000] [--edges-per-node 2.5] [--layout auto] [--out DIR]

Needs Debian's ``chromium`` and ``chromium-driver`` and ``pip install selenium``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.export.html import LAYOUTS, write_html
from kg.graph import KnowledgeGraph
from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
from kg.resolve.across import ArticleLinker
from kg.types import EntityType

PREDICATES = (
    "say", "meet", "visit", "request from", "send to", "deploy to", "withdraw from", "blame on",
    "accuse of", "detain", "storm", "lead", "attend", "sign", "announce", "support", "criticise",
    "warn", "join", "leave", "locate in", "work for", "member of", "found", "own",
)
TYPES = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.CITY,
         EntityType.GROUP, EntityType.EVENT, EntityType.FACILITY)
WORDS = ("north", "river", "union", "bank", "council", "global", "national", "green", "alliance", "press",
         "stone", "harbour", "federal", "liberty", "mountain", "central", "east", "west", "trade", "energy")


def synthetic_graph(node_count: int, edge_count: int, *, documents: int = 100, seed: int = 0) -> KnowledgeGraph:
    """A seeded random graph with skewed degrees (preferential attachment), like real
    news graphs; the last fifth of the entities take part in no relation."""
    rng = random.Random(seed)
    keys = [f"e{i:05d}" for i in range(node_count)]
    linkable = keys[: max(10, node_count * 4 // 5)]
    labels = {key: " ".join(rng.choice(WORDS).title() for _ in range(rng.randint(1, 3))) + f" {i}" for i, key in enumerate(keys)}
    types = {key: rng.choice(TYPES) for key in keys}
    by_document: dict[str, list[tuple[str, str, str]]] = {f"doc-{d:03d}": [] for d in range(documents)}
    targets = keys[:10]
    pairs: set[tuple[str, str, str]] = set()
    while len(pairs) < edge_count:
        subject = rng.choice(linkable) if rng.random() < 0.5 else rng.choice(targets)
        obj = rng.choice(targets) if rng.random() < 0.7 else rng.choice(linkable)
        if subject == obj:
            continue
        triple = (subject, rng.choice(PREDICATES), obj)
        if triple in pairs:
            continue
        pairs.add(triple)
        targets.extend((subject, obj))
        by_document[f"doc-{rng.randrange(documents):03d}"].append(triple)
    graph = KnowledgeGraph(linker=ArticleLinker())
    unused = set(keys)
    for index, (document_id, triples) in enumerate(sorted(by_document.items())):
        sentences = [f"{labels[s]} did {p} with {labels[o]} on day {n}." for n, (s, p, o) in enumerate(triples)]
        text = " ".join(sentences)
        day = date(2024, 1, 1) + timedelta(days=index * 365 // documents)
        document = Document(document_id, text, title=f"Synthetic article {index}", date=day.isoformat())
        mentioned = sorted({key for s, _, o in triples for key in (s, o)})
        # Every entity belongs to some document, even one no edge touches.
        if index == len(by_document) - 1:
            mentioned = sorted(set(mentioned) | unused)
        unused.difference_update(mentioned)
        entities = tuple(
            Entity(key, labels[key], types[key], (f"{labels[key].split()[0]} alias {key}",), rng.randint(1, 12), (document_id,))
            for key in mentioned
        )
        relations, offset = [], 0
        for sentence, (subject, predicate, obj) in zip(sentences, triples, strict=True):
            evidence = Evidence(document_id, sentence, offset, offset + len(sentence))
            relations.append(Relation(subject, predicate, obj, predicate, evidence, round(rng.uniform(0.3, 1.0), 2)))
            offset += len(sentence) + 1
        graph.add(DocumentGraph(document, entities, tuple(relations)))
    return graph


# Each action runs in the page, and its time is taken when the frame after it is painted.
ACTIONS = {
    "type filter": "document.querySelector('#kg-type-filter input').click();",
    "date range": "const d = kgViewer.dates(); kgViewer.setDateRange(d[Math.floor(d.length / 4)], d[Math.floor(d.length / 2)]);",
    "all dates": "const d = kgViewer.dates(); kgViewer.setDateRange(d[0], d[d.length - 1]);",
    "show unrelated": "kgViewer.setShowUnrelated(true);",
    "focus on a hub": "kgViewer.focusEntity('e00000');",
    "colour by community": "kgViewer.setColourBy('community');",
    "show all": "kgViewer.showAll();",
}
TIMED = """
const done = arguments[arguments.length - 1];
const t0 = performance.now();
%s
requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
"""


def measure(page: Path, *, timeout: float = 600.0) -> dict[str, float]:
    """Open ``page`` offline in headless Chromium; return timings in milliseconds."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,900"):
        options.add_argument(flag)
    with tempfile.TemporaryDirectory() as profile:
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            driver.set_page_load_timeout(timeout)
            driver.set_script_timeout(timeout)
            driver.execute_cdp_cmd("Network.enable", {})
            driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                                   {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
            driver.get(page.resolve().as_uri())
            deadline = time.monotonic() + timeout
            ready = None
            while ready is None and time.monotonic() < deadline:
                ready = driver.execute_script("return window.kgReady || null")
                time.sleep(0.05)
            if ready is None:
                raise SystemExit(f"page not ready after {timeout:.0f} s")
            figures = {"ready_ms": ready["ms"]}
            for name, action in ACTIONS.items():
                figures[name] = driver.execute_async_script(TIMED % action)
            return figures
        finally:
            driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", default="1000,5000,20000", help="comma-separated entity counts")
    parser.add_argument("--edges-per-node", type=float, default=2.5)
    parser.add_argument("--layout", choices=LAYOUTS, default="auto")
    parser.add_argument("--out", type=Path, help="keep the pages in this folder (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = args.out or Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        for count in (int(n) for n in args.nodes.split(",")):
            report(count, round(count * args.edges_per_node), args.layout, out / f"graph-{count}.html")


def report(node_count: int, edge_count: int, layout: str, page: Path) -> None:
    t0 = time.perf_counter()
    graph = synthetic_graph(node_count, edge_count)
    graph_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    write_html(graph, page, layout=layout)
    write_s = time.perf_counter() - t0
    figures = measure(page)
    stats = graph.stats()
    print(f"{stats['entities']:,} entities, {stats['relations']:,} edges, {stats['documents']} documents "
          f"(synthetic, built in {graph_s:.1f} s); layout {layout}")
    print(f"  page {page.stat().st_size / 1e6:.1f} MB, written in {write_s:.1f} s; "
          f"interactive after {figures.pop('ready_ms') / 1000:.1f} s (navigation start to drawn)")
    print("  " + ", ".join(f"{name} {ms:.0f} ms" for name, ms in figures.items()), flush=True)


if __name__ == "__main__":
    main()
