"""The public API: kg.build, build_text, read_graph, write, load, query (lazy attributes of kg)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.errors import ConfigError, ExportError, KgError
from kg.export import EXPORTERS, LazyExporter, WriteError
from kg.stores import LoadError

PUBLIC = ["KnowledgeGraph", "__version__", "build", "build_text", "load", "query", "read_graph", "write"]


def test_public_api_names_are_listed_and_documented_with_an_example():
    assert sorted(kg.__all__) == sorted(PUBLIC)
    assert set(PUBLIC) <= set(dir(kg))
    for name in PUBLIC:
        if name not in ("KnowledgeGraph", "__version__"):
            assert ">>> " in (getattr(kg, name).__doc__ or ""), name
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        kg.nope  # noqa: B018


def test_public_api_import_kg_loads_nothing_else():
    code = (
        "import json, sys\n"
        "before = set(sys.modules)\n"
        "import kg\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))\n"
    )
    root = str(Path(kg.__file__).resolve().parent.parent)
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root).stdout
    loaded = json.loads(output)
    assert [name for name in loaded if name.split(".")[0] == "kg"] == ["kg"]  # no kg module imported yet
    assert [name for name in loaded if name.split(".")[0].lstrip("_") not in sys.stdlib_module_names | {"kg"}] == []


def test_public_api_write_writes_each_format_and_query_reads_the_graph_as_its_export(seed_graph, tmp_path):
    written = kg.write(seed_graph, tmp_path / "new" / "out", ["ttl", "nt", "ttl"])
    assert list(written) == ["ttl", "nt"]
    assert written["ttl"] == tmp_path / "new" / "out" / "graph.ttl" and written["nt"].is_file()
    question = (
        "SELECT ?label WHERE { ?e a <https://w3id.org/kg/ontology#Person> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"
    )
    from_graph = kg.query(seed_graph, question)
    assert from_graph.rows == kg.query(written["ttl"], question).rows == kg.query([tmp_path / "new" / "out"], question).rows
    assert ("Kassym-Jomart Tokayev",) in from_graph.rows


def test_public_api_write_checks_every_format_before_writing_any(seed_graph, tmp_path):
    with pytest.raises(ConfigError, match=r"unknown export format 'xlsx'; choose from ttl, nt, trig"):
        kg.write(seed_graph, tmp_path / "out", ["ttl", "xlsx"])
    assert not (tmp_path / "out").exists()


def _explode(graph, path):
    raise ExportError(str(path), "disk full (simulated)")


def test_public_api_write_goes_on_after_a_failed_format_and_names_it(seed_graph, tmp_path, monkeypatch):
    monkeypatch.setitem(EXPORTERS, "broken", LazyExporter("broken", "broken.txt", f"{__name__}:_explode", "fails"))
    seen = []
    with pytest.raises(WriteError) as caught:
        kg.write(seed_graph, tmp_path, ["broken", "nt"], progress=seen.append)
    assert list(caught.value.failed) == ["broken"] and "disk full (simulated)" in str(caught.value)
    assert caught.value.written == {"nt": tmp_path / "graph.nt"} and (tmp_path / "graph.nt").is_file()
    assert [(outcome.format, outcome.path is None, outcome.error is None) for outcome in seen] == [
        ("broken", True, False),
        ("nt", False, True),
    ]


def test_public_api_write_into_a_folder_that_cannot_be_made(seed_graph, tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(ExportError, match="cannot create the output folder"):
        kg.write(seed_graph, tmp_path / "file" / "out", ["nt"])


def test_public_api_load_takes_a_graph_or_an_export(seed_graph, tmp_path):
    written = kg.write(seed_graph, tmp_path / "out", ["ttl", "cypher"])
    from_graph = kg.load(seed_graph, str(tmp_path / "store-a"))
    from_file = kg.load(written["ttl"], str(tmp_path / "store-b"))
    assert from_graph.triples == from_file.triples > 100
    with pytest.raises(LoadError, match=r"a Cypher script loads into redis:// \(FalkorDB\) or bolt:// \(Neo4j\) only"):
        kg.load(written["cypher"], str(tmp_path / "store-c"))
    with pytest.raises(KgError, match="batch size must be at least 1"):
        kg.load(seed_graph, str(tmp_path / "store-d"), batch_size=0)


def test_public_api_readme_example_runs(nlp, tmp_path, monkeypatch, capsys):
    import re
    import shutil

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("The same from Python") :]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    shutil.copytree(Path(__file__).resolve().parent.parent / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "Kassym-Jomart Tokayev" in printed and "into Oxigraph store stores/news" in printed
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["graph.graphml", "graph.html", "graph.ttl"]
