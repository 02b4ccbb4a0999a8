"""Builds on disk (``kg.build(..., spill=DIR)``, ``kg build --stream``): the same
bytes as a build in memory, in every format, however the work is cut up."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SHARED
from test_cache_incremental import ARTICLES, write_articles

import kg
from kg.cli import main
from kg.export.registry import EXPORTERS
from kg.graph import GraphView
from kg.iris import DEFAULT_BASE_IRI
from kg.pipeline import BuildReport, build_parts, read_documents
from kg.runtime import spill
from kg.runtime.stream import StreamingBuild

ROOT = Path(__file__).resolve().parent.parent
FORMATS = tuple(sorted(EXPORTERS))


def _exports(graph: GraphView, folder: Path) -> dict[str, bytes]:
    kg.write(graph, folder, FORMATS)
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def _same_exports(memory: dict[str, bytes], disk: dict[str, bytes]) -> list[str]:
    assert sorted(memory) == sorted(disk) and len(memory) >= len(FORMATS)
    return [name for name in memory if memory[name] != disk[name]]


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[Path]:
    """Three short articles, the founding one and (where ``../shared`` is) twenty BBC ones."""
    paths = [write_articles(tmp_path_factory.mktemp("corpus"), ARTICLES), ROOT / "seeds"]
    if (SHARED / "corpus" / "bbc").is_dir():
        for category in ("business", "politics", "sport", "tech"):
            paths += sorted((SHARED / "corpus" / "bbc" / category).glob("*.txt"))[300:305]
    return paths


@pytest.fixture(scope="module")
def parts(articles, nlp) -> tuple[list, str]:
    """Every document's part, and the name of the pipeline that read them (the exports name it)."""
    report = BuildReport()
    return list(build_parts(read_documents(articles, problems=[]), nlp=nlp, report=report)), report.pipeline


@pytest.fixture(scope="module")
def in_memory(articles, nlp, tmp_path_factory) -> dict[str, bytes]:
    return _exports(kg.build(articles, nlp=nlp), tmp_path_factory.mktemp("memory"))


def test_a_build_on_disk_writes_every_format_as_the_build_in_memory(articles, nlp, in_memory, tmp_path):
    graph = kg.build(articles, nlp=nlp, spill=tmp_path / "spill")
    try:
        assert graph.stats()["documents"] == len(list(read_documents(articles, problems=[])))
        # The entities only described ("security forces") are counted as the merge writes them.
        assert graph.stats()["described"] == sum(entity.described for entity in graph.entities()) > 0
        assert _same_exports(in_memory, _exports(graph, tmp_path / "out")) == []
    finally:
        graph.close()
    # close() deletes the graph's files; nothing else was written in the spill folder.
    assert [path for path in (tmp_path / "spill").rglob("*") if path.is_file()] == []


@pytest.mark.parametrize(("run_size", "parts_per_file", "fan_in"), [(7, 1, 2), (50, 2, 3), (None, 1000, None)])
def test_exports_do_not_depend_on_how_the_sorts_and_parts_files_are_cut(parts, in_memory, tmp_path, monkeypatch,
                                                                        run_size, parts_per_file, fan_in):
    if fan_in is not None:  # runs merged into bigger runs every few runs (kg.runtime.spill.FAN_IN)
        monkeypatch.setattr(spill, "FAN_IN", fan_in)
    build = StreamingBuild(tmp_path / "graph", base_iri=DEFAULT_BASE_IRI, run_size=run_size,
                           parts_per_file=parts_per_file)
    documents, pipeline = parts
    graph = build.add_all(documents).finish(pipeline=pipeline)
    try:
        assert len(build.parts_files) == -(-len(documents) // parts_per_file)
        assert _same_exports(in_memory, _exports(graph, tmp_path / "out")) == []
    finally:
        graph.close()


def test_cli_stream_flag_builds_on_disk_and_leaves_only_the_exports(tmp_path):
    corpus = write_articles(tmp_path / "corpus", ARTICLES)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--stream", "--no-cache",
                                       "--format", "ttl,csv", "-q"])
    assert result.exit_code == 0, result.output
    # The build's own folder (parts, runs, merged records) is gone.
    assert not [path for path in out.iterdir() if path.is_dir()]
    memory = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "memory"), "--no-stream",
                                       "--no-cache", "--format", "ttl,csv", "-q"])
    assert memory.exit_code == 0, memory.output
    written = sorted(path.name for path in (tmp_path / "memory").iterdir())
    assert sorted(path.name for path in out.iterdir()) == written and "graph.ttl" in written
    for name in written:
        assert (out / name).read_bytes() == (tmp_path / "memory" / name).read_bytes(), name
