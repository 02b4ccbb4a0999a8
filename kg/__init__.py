"""kg: a knowledge-graph builder for news text.

>>> import kg
>>> kg.__version__
'0.1.0'

Importing ``kg`` loads nothing heavy; the spaCy pipeline loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph
    from kg.pipeline import build, build_text

__all__ = ["KnowledgeGraph", "build", "build_text", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy: `import kg` must stay cheap and free of side effects.
    if name == "__version__":
        from kg.version import __version__

        return __version__
    if name in {"build", "build_text"}:
        from kg import pipeline

        return getattr(pipeline, name)
    if name == "KnowledgeGraph":
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
