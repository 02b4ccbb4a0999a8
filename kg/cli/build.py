"""``kg build``: articles in, graph exports out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli import main
from kg.cli.options import (
    base_iri_option,
    model_option,
    parse_formats,
    quiet_option,
    resolve_formats,
    written_printer,
)
from kg.cli.scale import scale_options
from kg.errors import KgError, printable

if TYPE_CHECKING:
    from kg.graph import GraphView

# Exit codes: 0 done; 3 done, some inputs skipped; 1 failed (nothing or not all
# written); 2 bad usage (click); 130 interrupted (Ctrl-C), as shells report SIGINT.
EXIT_FAILED = 1
EXIT_SKIPPED = 3
"""Exit code of a build that finished but skipped some inputs."""
EXIT_INTERRUPTED = 130


@main.command(name="build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("exports"),
    show_default=True,
    help="Folder the exports are written to (created if missing).",
)
@click.option(
    "--format",
    "formats",
    default="ttl,html",
    show_default=True,
    callback=parse_formats,
    help="Comma-separated export formats (see `kg formats`).",
)
@model_option
@base_iri_option
@quiet_option
@scale_options
def build_command(
    paths: tuple[Path, ...], out: Path, formats: tuple[str, ...], model: str | None, base_iri: str, quiet: bool, **scale
) -> None:
    """Build one knowledge graph from article files and folders.

    PATHS are articles (.txt, .md, saved .html pages, .jsonl with one article a
    line), web archives (.warc, .warc.gz: each HTML page an article), RSS/Atom
    feeds (.rss, .atom, .xml: each item an article) or folders (read
    recursively, in sorted order). Writes OUT/graph.ttl (RDF
    Turtle) and OUT/graph.html (an offline, interactive view) and ends with a
    one-line summary on stderr. Inputs that cannot be read are named, with the
    reason, and skipped.

    Exit codes: 0 done; 3 done, some inputs skipped; 1 failed (no article
    readable, an export failed, no model); 2 bad usage; 130 interrupted. Exports
    are replaced atomically: a failed or interrupted build leaves the previous
    ones intact.

    \b
    Example:
        kg build seeds/ --out exports/
        kg build news/ --out out/ --format ttl --base-iri https://example.org/news/
        kg build archive/ --out out/ --workers 2        # cached in out/.kg-cache
    """
    from kg.runtime.gc import frozen_imports

    with frozen_imports():  # the modules live as long as the process: no collector's scans of them
        import kg
        from kg.cli.progress import ProgressPrinter
        from kg.pipeline import BuildReport

    _check_writable(out)
    resolve_formats(formats)
    report = BuildReport()
    from kg.cli.scale import build_settings, count_inputs

    printer = ProgressPrinter(quiet=quiet, total=None if quiet else count_inputs(paths))
    try:
        graph = kg.build(
            paths, model=model, base_iri=base_iri, progress=printer, report=report,
            **build_settings(out, paths, **scale),
        )
    except KgError as error:
        raise click.ClickException(str(error)) from error
    except KeyboardInterrupt:
        printer.done()
        click.echo(f"kg: interrupted; nothing written, exports in {printable(str(out))} left as they were", err=True)
        sys.exit(EXIT_INTERRUPTED)
    printer.done()
    for warning in report.warnings:
        click.echo(f"kg: warning: {warning}", err=True)
    for problem in report.skipped:
        click.echo(f"kg: skipped {problem}", err=True)
    try:
        if not graph.stats()["documents"]:
            # Writing an empty graph would replace the last good exports with nothing.
            raise click.ClickException(
                f"no article could be read ({len(report.skipped)} input(s) skipped); exports left as they were"
            )
        # The build's processes are free now: as many write formats at once (not
        # beside a Dask client, whose threads a fork must not copy).
        processes = 1 if scale.get("dask") else scale.get("workers", 1)
        failed = _write_exports(graph, out, formats, quiet=quiet, processes=processes)
        click.echo(report.summary(graph), err=True)
    finally:
        close = getattr(graph, "close", None)  # a graph built on disk: its files go
        if close is not None:
            close()
    if failed:
        sys.exit(EXIT_FAILED)
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


def _write_exports(
    graph: GraphView, out: Path, formats: tuple[str, ...], *, quiet: bool, processes: int = 1
) -> list[str]:
    """Write each format with ``kg.write``, naming each file written and each format
    that failed (the others are still written). Returns the formats that failed."""
    import kg
    from kg.export import WriteError, Written

    done: list[Written] = []
    try:
        kg.write(graph, out, formats, progress=written_printer(quiet=quiet, done=done), processes=processes)
    except WriteError as error:  # each failure is named above
        return list(error.failed)
    except KgError as error:  # the folder itself
        click.echo(f"kg: export failed: {error}", err=True)
        return list(formats)
    except KeyboardInterrupt:
        name = formats[min(len(done), len(formats) - 1)]
        click.echo(f"kg: interrupted while writing {name}; the previous {name} export is intact", err=True)
        sys.exit(EXIT_INTERRUPTED)
    return []


def _check_writable(out: Path) -> None:
    """Fail before the (long) build if the output folder cannot be created or written."""
    import tempfile

    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".kg-write-test.", suffix=".tmp"):
            pass
    except OSError as error:
        raise click.ClickException(
            f"{printable(str(out))}: output folder cannot be written ({error.strerror or error}); choose another --out"
        ) from error
