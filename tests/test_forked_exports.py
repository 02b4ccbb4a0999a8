"""Formats written at once by forked processes (``kg.write(..., processes=N)``,
``kg build --workers N``): the same files as a serial write, failures named per
format, a child that dies reported as its formats' failure."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

import kg
from kg.errors import ExportError
from kg.export import EXPORTERS, WriteError, Written
from kg.export.forked import FAMILIES, can_fork, shares

pytestmark = pytest.mark.skipif(not can_fork(), reason="forked exports need fork (POSIX)")

ALL = list(EXPORTERS)


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.mark.parametrize("processes", [2, 3, 9])
def test_forked_writes_give_the_same_files_as_a_serial_write(seed_graph, tmp_path, processes):
    serial, forked = tmp_path / "serial", tmp_path / "forked"
    kg.write(seed_graph, serial, ALL)
    reported: list[Written] = []
    paths = kg.write(seed_graph, forked, ALL, processes=processes, progress=reported.append)
    assert _files(forked) == _files(serial)
    assert [outcome.format for outcome in reported] == ALL  # reported in the order given
    assert list(paths) == ALL and all(path.parent == forked for path in paths.values())


@dataclass(frozen=True, slots=True)
class _Failing:
    """A format whose writer fails, or whose process dies (``os._exit``) where it is a child."""

    filename: str
    description: str
    die_unless: int | None = None

    def write(self, graph, folder):
        if self.die_unless is not None and os.getpid() != self.die_unless:
            os._exit(7)
        raise ExportError(str(Path(folder) / self.filename), "the disk is full")


def test_a_format_failing_in_a_child_is_named_and_the_others_are_written(seed_graph, tmp_path, monkeypatch):
    monkeypatch.setitem(EXPORTERS, "test-failing", _Failing("failing.out", "always fails"))
    # html is dealt to this process, the failing format to the child
    assert shares(["html", "test-failing"], 2) == [["html"], ["test-failing"]]
    with pytest.raises(WriteError) as caught:
        kg.write(seed_graph, tmp_path, ["html", "test-failing"], processes=2)
    assert set(caught.value.written) == {"html"} and (tmp_path / "graph.html").stat().st_size > 0
    error = caught.value.failed["test-failing"]
    assert isinstance(error, ExportError)
    assert str(error) == f"{(tmp_path / 'failing.out').as_posix()}: the disk is full"


def test_a_child_that_dies_fails_its_formats_only(seed_graph, tmp_path, monkeypatch):
    monkeypatch.setitem(EXPORTERS, "test-dying", _Failing("dying.out", "kills its process", os.getpid()))
    with pytest.raises(WriteError) as caught:
        kg.write(seed_graph, tmp_path, ["html", "test-dying"], processes=2)
    assert set(caught.value.written) == {"html"}
    assert "the process writing it died" in str(caught.value.failed["test-dying"])


def test_shares_put_each_format_in_one_share_keep_each_family_whole_and_balance_the_cost():
    rdf = [name for name in ALL if FAMILIES.get(name) == "rdf"]
    propgraph = [name for name in ALL if FAMILIES.get(name) == "propgraph"]
    units = {FAMILIES.get(name, name) for name in ALL}
    for processes in range(1, 6):
        dealt = shares(ALL, processes)
        assert sorted(name for share in dealt for name in share) == sorted(ALL)
        assert len(dealt) == min(processes, len(units))
        assert any(set(rdf) <= set(share) for share in dealt)  # the triples are made once, by one process
        assert any(set(propgraph) <= set(share) for share in dealt)  # and the property graph
    assert shares(ALL, 2) == [rdf, ["html", "cypher", "csv", "graphml"]]


def test_cypher_csv_and_graphml_share_one_process_that_makes_their_property_graph_once():
    # Dealt one by one, graphml went beside ttl and the other two made the same nodes again.
    assert shares(["ttl", "cypher", "csv", "graphml"], 2) == [["ttl"], ["cypher", "csv", "graphml"]]
    assert shares(ALL, 5)[2:] == [["cypher", "csv", "graphml"]]


def test_a_graph_on_disk_written_by_forked_processes_gives_the_same_files(nlp, tmp_path):
    """A streaming build's graph reads its files anew on each call, so forked
    children read it as the parent would (each sorts its runs under its own names)."""
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    graph = kg.build(seeds, nlp=nlp, spill=tmp_path / "spill")
    try:
        kg.write(graph, tmp_path / "serial", ALL)
        kg.write(graph, tmp_path / "forked", ALL, processes=2)
    finally:
        graph.close()
    assert _files(tmp_path / "forked") == _files(tmp_path / "serial")
    assert [path for path in (tmp_path / "spill").rglob("*") if path.is_file()] == []
