"""Shared fixtures. The spaCy pipeline and the founding article's graph are built
once per test session."""

from __future__ import annotations

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
