"""``kg build`` imports its modules with the cyclic collector paused, then freezes what they
made out of every later scan (kg.runtime.gc.frozen_imports): the caller's collector settings
come back, an import that fails freezes nothing, and the exports are the same bytes."""

from __future__ import annotations

import gc

import pytest

from kg.runtime.gc import frozen_imports


@pytest.fixture
def unfrozen():
    enabled = gc.isenabled()
    gc.unfreeze()
    yield
    gc.unfreeze()  # the test process's objects back in the oldest generation
    gc.enable() if enabled else gc.disable()


def test_no_collection_inside_and_everything_alive_frozen_after(unfrozen):
    gc.enable()
    with frozen_imports():
        assert not gc.isenabled()
        made = [[] for _ in range(100)]
    assert gc.isenabled()
    assert gc.get_freeze_count() > len(made)
    assert gc.get_count()[0] < 100  # the collector starts afresh, not with the imports' objects young


def test_a_failed_import_freezes_nothing_and_restores_the_collector(unfrozen):
    gc.enable()
    with pytest.raises(ImportError), frozen_imports():
        raise ImportError("no module named spacy")
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_caller_s_disabled_collector_stays_disabled(unfrozen):
    gc.disable()
    with frozen_imports():
        pass
    assert not gc.isenabled()


def test_the_build_command_writes_the_same_exports(tmp_path):
    """The command's own process (the collector's state is the process's): seeds/ built by
    ``python -m kg build`` gives the committed exports byte for byte."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    environment = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, "-m", "kg", "build", "seeds/", "--out", str(tmp_path), "--no-cache", "-q"],
                   cwd=root, env=environment, check=True, capture_output=True)
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / name).read_bytes() == (root / "exports" / name).read_bytes(), name
