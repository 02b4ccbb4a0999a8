"""``kg build``: articles in, graph exports out."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import main
from kg.cli.options import base_iri_option, model_option, quiet_option
from kg.cli.scale import scale_options
from kg.errors import KgError

EXIT_SKIPPED = 3
"""Exit code of a build that finished but skipped some inputs."""


def _parse_formats(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[str, ...]:
    from kg.export import EXPORTERS

    names = tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    unknown = [name for name in names if name not in EXPORTERS]
    if unknown or not names:
        raise click.BadParameter(f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(EXPORTERS)}")
    return names


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
    callback=_parse_formats,
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

    PATHS are .txt or .md articles, or folders (read recursively, in sorted
    order). Writes OUT/graph.ttl (RDF Turtle) and OUT/graph.html (an offline,
    interactive view) and ends with a one-line summary on stderr. Inputs that
    cannot be read are named and skipped; the exit code is then 3.

    \b
    Example:
        kg build seeds/ --out exports/
        kg build news/ --out out/ --format ttl --base-iri https://example.org/news/
        kg build archive/ --out out/ --workers 2        # cached in out/.kg-cache
    """
    import kg
    from kg.cli.progress import ProgressPrinter
    from kg.export import EXPORTERS
    from kg.pipeline import BuildReport

    report = BuildReport()
    from kg.cli.scale import build_settings, count_inputs

    printer = ProgressPrinter(quiet=quiet, total=None if quiet else count_inputs(paths))
    try:
        graph = kg.build(
            paths, model=model, base_iri=base_iri, progress=printer, report=report, **build_settings(out, **scale)
        )
    except KgError as error:
        raise click.ClickException(str(error)) from error
    printer.done()
    for problem in report.skipped:
        click.echo(f"kg: skipped {problem}", err=True)
    failed = []
    for name in formats:
        try:
            written = EXPORTERS[name].write(graph, out)
        except KgError as error:
            failed.append(name)
            click.echo(f"kg: {name} export failed: {error}", err=True)
            continue
        if not quiet:
            click.echo(f"kg: wrote {written}", err=True)
    click.echo(report.summary(graph), err=True)
    if failed:
        sys.exit(1)
    if report.skipped:
        sys.exit(EXIT_SKIPPED)
