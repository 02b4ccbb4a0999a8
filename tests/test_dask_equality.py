"""``--dask``: the per-document work on a Dask cluster gives the same bytes as a local build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_cache_incremental import ARTICLES, write_articles

import kg
from kg.export.rdf import to_ntriples, to_turtle
from kg.pipeline import BuildReport

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def client():
    # The worker processes import kg from this checkout even when it is not installed.
    path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), path]))
    try:
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        )
        with cluster, distributed.Client(cluster) as client:
            yield client
    finally:
        os.environ["PYTHONPATH"] = path
        if not path:
            del os.environ["PYTHONPATH"]


def test_dask_local_cluster_of_two_workers_gives_the_same_bytes(tmp_path, client):
    corpus = write_articles(tmp_path / "corpus", ARTICLES)
    local = kg.build([corpus, ROOT / "seeds"])
    report = BuildReport()
    remote = kg.build([corpus, ROOT / "seeds"], dask=client, batch_size=1, report=report)
    assert report.documents == 4
    assert to_turtle(remote) == to_turtle(local)
    assert to_ntriples(remote) == to_ntriples(local)
    # Both workers took part (one batch a document, four batches).
    assert len(client.scheduler_info()["workers"]) == 2


def test_dask_by_scheduler_address_with_the_cache(tmp_path, client):
    corpus = write_articles(tmp_path / "corpus", ARTICLES)
    cache = tmp_path / "cache"
    remote = kg.build([corpus], dask=client.scheduler.address, cache=cache)
    report = BuildReport()
    again = kg.build([corpus], cache=cache, report=report)
    assert report.cached == 3
    assert to_turtle(again) == to_turtle(remote) == to_turtle(kg.build([corpus]))


def test_dask_unreachable_scheduler_is_a_clear_error(monkeypatch):
    import kg.runtime.dask
    from kg.errors import ConfigError

    monkeypatch.setattr(kg.runtime.dask, "CONNECT_TIMEOUT", "2s")

    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        kg.build([ROOT / "seeds"], dask="tcp://127.0.0.1:9")


def test_dask_merge_of_a_build_on_disk_gives_the_same_bytes(tmp_path, client):
    """``--dask`` with ``--stream``: linking, filing and reducing run as Dask bags on
    the workers (the parts cut into two files, so two partitions meet in each
    shuffle) and the exports equal the local in-memory build's."""
    from kg.export.cypher import to_cypher
    from kg.pipeline import build_parts, read_documents
    from kg.runtime.stream import StreamingBuild

    corpus = write_articles(tmp_path / "corpus", ARTICLES)
    paths = [corpus, ROOT / "seeds"]
    local = kg.build(paths)
    report = BuildReport()
    parts = list(build_parts(read_documents(paths, problems=[]), dask=client, report=report))
    build = StreamingBuild(tmp_path / "graph", base_iri=local.base_iri, parts_per_file=2)
    remote = build.add_all(parts).finish(pipeline=report.pipeline, dask=client)
    try:
        assert len(build.parts_files) == 2 and remote.stats()["documents"] == 4
        assert to_turtle(remote) == to_turtle(local)
        assert to_ntriples(remote) == to_ntriples(local)
        assert to_cypher(remote) == to_cypher(local)
    finally:
        remote.close()
