"""``kg build`` options for large corpora: workers, the per-document cache, Dask, batch size."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

STREAM_ABOVE_BYTES = 16 << 20
"""Inputs larger than this (about 7,000 news articles) are built on disk unless --no-stream:
in memory the graph takes some 20 times the size of the text."""

_OPTIONS = (
    click.option(
        "--workers",
        "-j",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Processes that parse, then write the export formats, in parallel; the exports are the "
        "same bytes for any number.",
    ),
    click.option(
        "--cache",
        "cache",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Folder of the per-document cache [default: OUT/.kg-cache]. Unchanged articles "
        "are not parsed again.",
    ),
    click.option("--no-cache", is_flag=True, help="Neither read nor write the per-document cache."),
    click.option(
        "--dask",
        metavar="ADDRESS",
        default=None,
        help='Run the per-document work on the Dask cluster whose scheduler is at ADDRESS '
        '(tcp://host:8786); needs pip install "kg[dask]".',
    ),
    click.option(
        "--stream/--no-stream",
        "stream",
        default=None,
        help="Build on disk, with memory bounded whatever the archive's size, and write every export "
        f"from there [default: when the inputs exceed {STREAM_ABOVE_BYTES >> 20} MB].",
    ),
    click.option(
        "--spill",
        "spill",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Folder for the files of a build on disk (implies --stream) [default: OUT]; "
        "with --dask, storage every worker reads and writes at the same path.",
    ),
    click.option(
        "--batch-size",
        type=click.IntRange(min=1),
        default=32,
        show_default=True,
        help="Documents given to spaCy's nlp.pipe at once.",
    ),
)


def scale_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--workers``, ``--cache``/``--no-cache``, ``--dask``, ``--stream``/``--no-stream``,
    ``--spill`` and ``--batch-size``."""
    for option in reversed(_OPTIONS):
        command = option(command)
    return command


def build_settings(
    out: Path, paths: Iterable[Path], *, workers: int, cache: Path | None, no_cache: bool, dask: str | None,
    batch_size: int, stream: bool | None, spill: Path | None,
) -> dict:
    """Keyword arguments for ``kg.build`` from the options above."""
    if no_cache:
        folder = None
    else:
        from kg.runtime.cache import CACHE_DIRNAME

        folder = cache if cache is not None else out / CACHE_DIRNAME
    if stream is None:
        stream = spill is not None or input_bytes(paths) > STREAM_ABOVE_BYTES
    settings = {"workers": workers, "cache": folder, "dask": dask, "batch_size": batch_size}
    if stream:
        settings["spill"] = spill if spill is not None else out
    return settings


def input_bytes(paths: Iterable[Path]) -> int:
    """The size of the article files ``paths`` hold (listing only, no reading)."""
    from kg.sources import find_sources

    total = 0
    for source in find_sources(paths, problems=[]):
        try:
            total += source.path.stat().st_size
        except OSError:
            continue  # named when it is read
    return total


def count_inputs(paths: Iterable[Path]) -> int:
    """How many article files ``paths`` hold (for the progress bar's ETA); listing only, no reading."""
    from kg.sources import find_sources

    return sum(1 for _ in find_sources(paths, problems=[]))
