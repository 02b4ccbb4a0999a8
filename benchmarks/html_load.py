"""How fast does the HTML view of a large graph load? Run by hand, never in CI.

Builds a synthetic KnowledgeGraph (default 5,000 entities and 10,000 edges,
seeded, so every run measures the same graph), writes its page and opens it
from disk in headless Chromium with the network off. Prints the time to build
the page, its size, and the time from navigation start until the layout is
stable and drawn (the page sets ``window.kgReady`` then), plus the time a
filter change and a search take once loaded.

Usage:
    python benchmarks/html_load.py [--nodes 5000] [--edges 10000] [--layout force] [--out FILE]

Needs Debian's ``chromium`` and ``chromium-driver`` and ``pip install selenium``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.export.html import LAYOUTS, to_html, write_html  # noqa: E402
from kg.graph import KnowledgeGraph  # noqa: E402
from kg.resolve.across import ArticleLinker  # noqa: E402
from kg.records import Document, DocumentGraph, Entity, Evidence, Relation  # noqa: E402
from kg.types import EntityType  # noqa: E402

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
    """A seeded random graph with skewed degrees (preferential attachment), like real news graphs."""
    rng = random.Random(seed)
    keys = [f"e{i:05d}" for i in range(node_count)]
    labels = {key: " ".join(rng.choice(WORDS).title() for _ in range(rng.randint(1, 3))) + f" {i}" for i, key in enumerate(keys)}
    types = {key: rng.choice(TYPES) for key in keys}
    by_document: dict[str, list[tuple[str, str, str]]] = {f"doc-{d:03d}": [] for d in range(documents)}
    targets = keys[:10]
    pairs: set[tuple[str, str, str]] = set()
    while len(pairs) < edge_count:
        subject = rng.choice(keys) if rng.random() < 0.5 else rng.choice(targets)
        obj = rng.choice(targets) if rng.random() < 0.7 else rng.choice(keys)
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
        document = Document(document_id, text, title=f"Synthetic article {index}", date=f"2024-01-{index % 28 + 1:02d}")
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
        for sentence, (subject, predicate, obj) in zip(sentences, triples):
            evidence = Evidence(document_id, sentence, offset, offset + len(sentence))
            relations.append(Relation(subject, predicate, obj, predicate, evidence, round(rng.uniform(0.3, 1.0), 2)))
            offset += len(sentence) + 1
        graph.add(DocumentGraph(document, entities, tuple(relations)))
    return graph


def measure(page: Path, *, timeout: float = 300.0) -> dict[str, float]:
    """Open ``page`` offline in headless Chromium; return timings in milliseconds."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

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
            parsed = driver.execute_script(
                "const t = performance.getEntriesByType('navigation')[0]; return t.domInteractive;")
            # One filter change (hide the first entity type) and one search, once loaded.
            filter_ms = driver.execute_script(
                "const box = document.querySelector('#kg-type-filter input'); const t0 = performance.now();"
                "box.click(); return performance.now() - t0;")
            search = driver.find_element(By.ID, "kg-search")
            t0 = time.perf_counter()
            search.send_keys("alias e04")
            search_ms = (time.perf_counter() - t0) * 1000
            return {"ready_ms": ready["ms"], "dom_interactive_ms": parsed, "filter_ms": filter_ms, "search_ms": search_ms}
        finally:
            driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=10000)
    parser.add_argument("--layout", choices=LAYOUTS, default="force")
    parser.add_argument("--out", type=Path, help="keep the page here (default: a temporary file)")
    args = parser.parse_args()

    t0 = time.perf_counter()
    graph = synthetic_graph(args.nodes, args.edges)
    graph_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    page_text = to_html(graph, layout=args.layout)
    build_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as folder:
        page = args.out or Path(folder) / "large.html"
        write_html(graph, page, layout=args.layout)
        figures = measure(page)
    stats = graph.stats()
    print(f"graph: {stats['entities']} entities, {stats['relations']} edges, {stats['documents']} documents "
          f"(synthetic, built in {graph_s:.1f} s)")
    print(f"page: {len(page_text.encode()) / 1e6:.1f} MB, to_html {build_s:.2f} s, layout {args.layout}")
    print(f"browser: DOM interactive {figures['dom_interactive_ms'] / 1000:.2f} s, "
          f"load + stabilise {figures['ready_ms'] / 1000:.2f} s (navigation start to drawn, physics off)")
    print(f"interaction: type filter {figures['filter_ms']:.0f} ms, search keystrokes {figures['search_ms']:.0f} ms")


if __name__ == "__main__":
    main()
