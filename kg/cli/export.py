"""``kg export``: convert a graph kg already built into other formats, without re-parsing."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import main
from kg.cli.options import parse_formats, quiet_option, resolve_formats, written_printer
from kg.errors import KgError


@main.command(name="export")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "formats",
    required=True,
    callback=parse_formats,
    help="Comma-separated export formats, e.g. cypher,csv,graphml (see `kg build --help`).",
)
@click.option(
    "--out",
    "-o",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder to write into (default: the folder GRAPH is in).",
)
@quiet_option
def export_command(graph_path: Path, formats: tuple[str, ...], out: Path | None, quiet: bool) -> None:
    """Write an existing graph in other formats.

    GRAPH is a graph.ttl written by `kg build` (or the folder holding it). The
    formats: cypher (graph.cypher, MERGE statements for Neo4j 5 and FalkorDB),
    csv (nodes.csv and relationships.csv for neo4j-admin database import),
    graphml (graph.graphml for Gephi, yEd, networkx), ttl, html, and any other
    that `kg formats` lists, plugins' included.

    \b
    Example:
        kg export exports/graph.ttl --format cypher,csv,graphml
        kg export exports/ --format graphml --out gephi/
    """
    import kg
    from kg.graph import describe_stats

    resolve_formats(formats)
    try:
        graph = kg.read_graph(graph_path)
    except KgError as error:
        raise click.ClickException(str(error)) from error
    folder = out if out is not None else (graph_path if graph_path.is_dir() else graph_path.parent)
    try:
        kg.write(graph, folder, formats, progress=written_printer(quiet=quiet))
    except KgError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"kg: {describe_stats(graph.stats())} exported", err=True)
