"""``--workers N`` and any batch size give the same graph, byte for byte, as one worker."""

from __future__ import annotations

import itertools
from pathlib import Path

from click.testing import CliRunner
from test_cache_incremental import ARTICLES, write_articles

import kg
from kg.cli import main
from kg.export import EXPORTERS
from kg.export.rdf import to_ntriples, to_turtle
from kg.runtime.runners import Done, batches, ordered

ROOT = Path(__file__).resolve().parent.parent


def test_workers_two_processes_give_the_same_bytes_as_one(tmp_path):
    corpus = write_articles(tmp_path / "corpus", ARTICLES)
    one = kg.build([corpus, ROOT / "seeds"], batch_size=2)
    two = kg.build([corpus, ROOT / "seeds"], workers=2, batch_size=1)
    assert list(two.documents) == list(one.documents)
    assert to_turtle(two) == to_turtle(one)
    assert to_ntriples(two) == to_ntriples(one)


def test_workers_batch_size_does_not_change_the_graph(tmp_path):
    corpus = write_articles(tmp_path / "corpus", ARTICLES)
    assert to_turtle(kg.build([corpus], batch_size=1)) == to_turtle(kg.build([corpus], batch_size=64))


def test_workers_cli_exports_are_identical(tmp_path):
    """``--workers 2`` parses in two processes and writes the formats in two (forked) too."""
    corpus = write_articles(tmp_path / "corpus", ARTICLES)
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        result = CliRunner().invoke(
            main,
            ["build", str(corpus), "--out", str(out), "--format", ",".join(EXPORTERS), "--workers", workers,
             "--no-cache", "-q"],
        )
        assert result.exit_code == 0, result.output
        outputs.append({path.name: path.read_bytes() for path in sorted(out.iterdir()) if path.is_file()})
    assert "graph.html" in outputs[0] and "graph.graphml" in outputs[0]
    assert outputs[0] == outputs[1]


def test_workers_ordered_keeps_order_and_a_bounded_window():
    taken = itertools.count()
    in_flight = []

    def tasks():
        for task in range(100):
            next(taken)
            yield task

    def submit(task):
        in_flight.append(task)
        return Done(task * 2)

    results = []
    for result in ordered(submit, tasks(), window=3):
        # Never more than `window` tasks taken ahead of the results handed out.
        assert len(in_flight) - len(results) <= 3
        results.append(result)
    assert results == [task * 2 for task in range(100)]


def test_workers_batches_are_lazy():
    consumed = []

    def documents():
        for number in itertools.count():
            consumed.append(number)
            yield number

    first = next(batches(documents(), 4))
    assert first == [0, 1, 2, 3] and len(consumed) == 4
