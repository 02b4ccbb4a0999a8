"""Several export formats written at once, each share in a forked process.

Every format reads the same finished graph and writes its own file, so nine
formats need not wait for one another. ``fork`` gives each child the graph as
it is in memory (copy-on-write pages: nothing pickled, nothing rebuilt); a child
sends back only each format's path or error message. The parent writes the
first share itself, then collects the others in the order the formats were
given, so ``progress`` reports (and the files) are the same as a serial write.
Where ``fork`` does not exist (Windows), ``kg.write`` writes the formats one
after another.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ExportError, KgError

if TYPE_CHECKING:
    from kg.export.registry import Exporter
    from kg.graph import GraphView

COST: Mapping[str, int] = {
    "ttl": 1, "nt": 2, "trig": 2, "jsonld": 3, "ttl-star": 3, "html": 9, "cypher": 1, "csv": 1, "graphml": 2,
}
"""Tenths of a second each format took on 200 BBC articles (76,000 triples), once
its family's shared work was made; any other format counts 2. Used only to balance shares."""

FAMILIES: Mapping[str, str] = {
    **{name: "rdf" for name in ("ttl", "nt", "trig", "jsonld", "ttl-star")},
    **{name: "propgraph" for name in ("cypher", "csv", "graphml")},
}
"""Formats that share work made once per process (the RDF triples: ``kg.export.triples``;
the property graph's nodes and relationships: ``kg.export.propgraph.shared``): a family
goes to one process, so that work is done once."""

FAMILY_COST: Mapping[str, int] = {"rdf": 4, "propgraph": 1}
"""Tenths of a second the shared work of a family took on the same graph."""

Outcome = tuple[str, str | None, tuple[str, str] | None]
"""A format's name, then the path written, or the (file, reason) of its failure."""

_JOB: tuple[GraphView, Mapping[str, Exporter], Path] | None = None
"""What a forked child writes from: set in the parent just before the fork."""


def can_fork() -> bool:
    """Whether this platform can fork (POSIX); elsewhere formats are written serially."""
    return "fork" in multiprocessing.get_all_start_methods()


def shares(names: list[str], processes: int) -> list[list[str]]:
    """``names`` dealt into at most ``processes`` shares of about equal cost, a
    family (``FAMILIES``) kept whole: the costliest unit first, each to the
    cheapest share so far; each share in the given order.

    >>> shares(["ttl", "nt", "html", "csv", "graphml"], 2)
    [['html'], ['ttl', 'nt', 'csv', 'graphml']]
    >>> shares(["ttl", "nt"], 4)
    [['ttl', 'nt']]
    """
    units: dict[str, list[str]] = {}
    for name in names:
        units.setdefault(FAMILIES.get(name, name), []).append(name)

    def cost(unit: str) -> int:
        return FAMILY_COST.get(unit, 0) + sum(COST.get(name, 2) for name in units[unit])

    count = max(1, min(processes, len(units)))
    dealt: list[list[str]] = [[] for _ in range(count)]
    totals = [0] * count
    for unit in sorted(units, key=lambda unit: -cost(unit)):
        cheapest = totals.index(min(totals))
        dealt[cheapest] += units[unit]
        totals[cheapest] += cost(unit)
    order = {name: index for index, name in enumerate(names)}
    return [sorted(share, key=order.__getitem__) for share in dealt]


def write_share(names: list[str]) -> list[Outcome]:
    """Write each format of ``names`` from the job the parent set (``_JOB``)."""
    assert _JOB is not None, "write_share runs in a process forked by write_forked"
    graph, exporters, folder = _JOB
    outcomes: list[Outcome] = []
    for name in names:
        try:
            outcomes.append((name, str(exporters[name].write(graph, folder)), None))
        except ExportError as error:
            outcomes.append((name, None, (error.path, error.reason)))
        except (KgError, OSError) as error:
            outcomes.append((name, None, (str(folder / exporters[name].filename), str(error))))
    return outcomes


def write_forked(
    graph: GraphView, exporters: Mapping[str, Exporter], folder: Path, processes: int
) -> dict[str, Path | ExportError]:
    """Write every format of ``exporters`` into ``folder`` with ``processes``
    processes (this one included; needs ``can_fork``).

    Returns:
        Each format's path, or the error that stopped it, in the order of ``exporters``.
    """
    global _JOB
    dealt = shares(list(exporters), processes)
    outcomes: dict[str, Outcome] = {}
    _JOB = (graph, exporters, folder)
    try:
        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=max(1, len(dealt) - 1), mp_context=fork) as pool:
            futures = [pool.submit(write_share, share) for share in dealt[1:]]
            outcomes.update((outcome[0], outcome) for outcome in write_share(dealt[0]))
            for share, future in zip(dealt[1:], futures, strict=True):
                try:
                    outcomes.update((outcome[0], outcome) for outcome in future.result())
                except BrokenProcessPool as error:  # the child died (killed, out of memory)
                    for name in share:
                        reason = f"the process writing it died ({error})"
                        outcomes[name] = (name, None, (str(folder / exporters[name].filename), reason))
    finally:
        _JOB = None
    results: dict[str, Path | ExportError] = {}
    for name in exporters:
        _, path, failure = outcomes[name]
        results[name] = ExportError(*failure) if failure is not None else Path(str(path))
    return results
