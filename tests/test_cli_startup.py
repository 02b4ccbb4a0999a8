"""Start-up (issue 16, item 5): each command imports only the libraries it uses.

Each case runs the command in a fresh interpreter through ``kg.cli.main`` and
lists the top-level modules loaded afterwards. spaCy (with thinc), pyvis (with
IPython) and the archive readers (trafilatura, lxml, feedparser, warcio) are
seconds of import between them; a command that does not need them must not
pay for them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PARSING = {"spacy", "thinc"}
VIEWER = {"pyvis", "IPython"}
ARCHIVES = {"trafilatura", "lxml", "feedparser", "warcio", "justext", "htmldate"}


def _loaded_after(*arguments: str, cwd: Path) -> set[str]:
    code = (
        "import json, sys\n"
        "import kg.cli\n"
        "try:\n"
        f"    kg.cli.main({list(arguments)!r})\n"
        "except SystemExit as stop:\n"
        "    assert not stop.code, stop.code\n"
        "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, check=True)
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def turtle(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "graph.ttl"
    path.write_text(
        '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<https://example.org/kg/entity/a> rdfs:label "A" .\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("arguments", "absent"),
    [
        (("--help",), PARSING | VIEWER | ARCHIVES | {"rdflib", "pyoxigraph", "networkx"}),
        (("formats",), PARSING | VIEWER | ARCHIVES | {"rdflib", "pyoxigraph", "networkx"}),
        (("build", "--help"), PARSING | VIEWER | ARCHIVES | {"rdflib", "pyoxigraph"}),
    ],
    ids=["help", "formats", "build-help"],
)
def test_commands_that_read_nothing_load_no_heavy_library(tmp_path, arguments, absent):
    assert _loaded_after(*arguments, cwd=tmp_path) & absent == set()


def test_kg_query_needs_pyoxigraph_only(turtle):
    loaded = _loaded_after("query", str(turtle), "ASK { ?s ?p ?o }", "--format", "csv", cwd=turtle.parent)
    assert "pyoxigraph" in loaded
    assert loaded & (PARSING | VIEWER | ARCHIVES | {"rdflib", "networkx"}) == set()


def test_building_turtle_from_text_loads_no_viewer_and_no_archive_reader(tmp_path):
    out = tmp_path / "out"
    loaded = _loaded_after("build", str(ROOT / "seeds"), "--out", str(out), "--format", "ttl", "--quiet", cwd=tmp_path)
    assert "spacy" in loaded and (out / "graph.ttl").is_file()
    assert loaded & (VIEWER | ARCHIVES) == set()
