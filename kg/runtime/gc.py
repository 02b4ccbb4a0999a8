"""How kg runs Python's cyclic garbage collector during its batch work.

kg's data is acyclic (records, dicts, tuples): reference counting frees it, and
the cyclic collector finds nothing. It still runs: every 700 net allocations of
container objects it scans the young ones, and now and then it walks every
object alive (the pipeline, the whole graph). Per-document extraction allocates
millions of small objects, so with the default thresholds a build of 2,200
articles spent ~4 s in the collector and the nine exports a quarter of their
time; plain spaCy, which allocates few, spends almost nothing there.

- ``batch_thresholds``: while a build runs, young collections wait for 10,000
  allocations instead of 700; most objects are freed before a collection ever
  scans them, and the older generations are reached correspondingly less often.
- ``paused``: while an export is written, no collection at all; it resumes
  (and catches up on any cycles) when the file is written.
- ``frozen_imports``: ``kg build`` imports some 600 modules of kg (and spaCy's) before it
  reads an article; each module's functions, classes and tables are container objects
  that live as long as the process, yet the collector scanned them again and again (three
  generations, two full collections: ~0.13 CPU-s a process). While the imports run, no
  collection; then everything alive is frozen (``gc.freeze``), out of every later scan.

Both restore the previous settings on the way out; worker processes keep the
batch thresholds for their life, which is the build.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

BATCH_THRESHOLDS = (10_000, 10, 10)
"""Young-generation threshold raised from Python's 700; the older two as Python's."""


def use_batch_thresholds() -> None:
    """Raise the thresholds to ``BATCH_THRESHOLDS`` for the rest of this process (a
    worker's life); one that someone has raised further is never lowered."""
    gc.set_threshold(*(max(mine, theirs) for mine, theirs in zip(BATCH_THRESHOLDS, gc.get_threshold(), strict=True)))


@contextlib.contextmanager
def batch_thresholds() -> Iterator[None]:
    """``use_batch_thresholds`` while the block runs (see the module docstring)."""
    previous = gc.get_threshold()
    use_batch_thresholds()
    try:
        yield
    finally:
        gc.set_threshold(*previous)


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection while the block runs (see the module docstring)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def frozen_imports() -> Iterator[None]:
    """No cyclic collection while the block imports a command's modules, then every object
    alive frozen out of later collections (see the module docstring). For a command's own
    process only: a library caller's objects are never frozen."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()  # before the collector resumes: else its first scan takes every object the imports made
    finally:
        if was_enabled:
            gc.enable()
