"""A fact of one document read once, not once per pronoun or speaker that asks for it.

Some rules ask the same question of a document's linker for every "he", "it" or speaker:
which people NER placed where a place stands (``kg.resolve.placednames``), which clause
subjects an unnamed "he" may take (``kg.resolve.pronouns``). The answer depends on the
linker alone, so it is read once: the last document's answer is kept per question, beside a
weak reference to its linker (an answer never outlives its document, and a new document's
linker is never taken for an old one's). The answer and its linker are read from the store in
one step, so two documents resolved side by side in one process (a Dask worker's threads)
never get each other's.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

__all__ = ["once_per_document"]

T = TypeVar("T")

_last: dict[str, tuple[weakref.ref[Linker], object]] = {}


def once_per_document(linker: Linker, question: str, read: Callable[[Linker], T]) -> T:
    """``read(linker)``, read once for each document however often ``question`` is asked of it."""
    kept = _last.get(question)
    if kept is not None and kept[0]() is linker:
        return cast("T", kept[1])
    answer = read(linker)
    _last[question] = (weakref.ref(linker), answer)
    return answer
