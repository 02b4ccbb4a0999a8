"""kg tunes Python's cyclic collector only while it builds and exports, and gives
the caller's settings back afterwards."""

from __future__ import annotations

import gc

import pytest

from kg.export import EXPORTERS
from kg.runtime import gc as gc_tuning


@pytest.fixture
def caller_settings():
    previous, enabled = gc.get_threshold(), gc.isenabled()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*previous)
    gc.enable() if enabled else gc.disable()


def test_batch_thresholds_hold_inside_and_are_restored_after(caller_settings):
    with gc_tuning.batch_thresholds():
        assert gc.get_threshold() == gc_tuning.BATCH_THRESHOLDS
    assert gc.get_threshold() == (700, 10, 10)


def test_batch_thresholds_never_lower_a_callers_higher_ones(caller_settings):
    gc.set_threshold(50_000, 5, 20)
    with gc_tuning.batch_thresholds():
        assert gc.get_threshold() == (50_000, 10, 20)
    assert gc.get_threshold() == (50_000, 5, 20)


def test_paused_restores_the_collector_even_when_the_block_fails(caller_settings):
    with pytest.raises(RuntimeError), gc_tuning.paused():
        assert not gc.isenabled()
        raise RuntimeError("writer bug")
    assert gc.isenabled()
    gc.disable()
    with gc_tuning.paused():
        pass
    assert not gc.isenabled()  # a caller's own choice is kept


def test_a_build_and_its_exports_leave_the_collector_as_they_found_it(caller_settings, tmp_path, nlp):
    from kg.pipeline import build

    seen = []
    graph = build([_seed()], progress=lambda _: seen.append(gc.get_threshold()))
    assert seen and all(threshold == gc_tuning.BATCH_THRESHOLDS for threshold in seen)
    assert gc.get_threshold() == (700, 10, 10)
    EXPORTERS["ttl"].write(graph, tmp_path)
    assert gc.isenabled() and gc.get_threshold() == (700, 10, 10)


def _seed():
    from pathlib import Path

    return next((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
