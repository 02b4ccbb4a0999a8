"""``kg load``: put a built graph into a graph database or triple store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli import main
from kg.cli.options import quiet_option
from kg.errors import KgError

if TYPE_CHECKING:
    from kg.stores import LoadProgress


class _LoadPrinter:
    """Progress of a load on stderr: one line per stage, updated in place on a terminal."""

    def __init__(self, *, quiet: bool) -> None:
        import sys

        self.quiet = quiet
        self.interactive = sys.stderr.isatty()
        self._stage = ""

    def __call__(self, progress: LoadProgress) -> None:
        if self.quiet:
            return
        line = f"kg: {progress.stage} {progress.done}/{progress.total}"
        if self.interactive:
            click.echo("\r" + line.ljust(60), nl=progress.done >= progress.total, err=True)
        elif progress.done >= progress.total or progress.stage != self._stage:
            click.echo(line, err=True)
        self._stage = progress.stage


@main.command(name="load")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(exists=True, path_type=Path))
@click.option("--into", "url", required=True, metavar="URL", help="Where to load (see above).")
@click.option(
    "--batch-size",
    default=500,
    show_default=True,
    type=click.IntRange(min=1),
    help="Nodes or relationships per query (FalkorDB, Neo4j).",
)
@click.option("--graph-iri", metavar="IRI", default=None, help="Named graph for RDF stores (default: <base IRI>graph).")
@quiet_option
def load_command(graph_path: Path, url: str, batch_size: int, graph_iri: str | None, quiet: bool) -> None:
    """Load a built graph into a live store; loading again creates no duplicates.

    GRAPH is a graph.ttl written by `kg build` (or its folder), or a graph.cypher
    script (run statement by statement; FalkorDB and Neo4j only). URL:

    \b
      redis://[user:pass@]host:6379/NAME   FalkorDB graph NAME (default kg)
      bolt://user:pass@host:7687[/DB]      Neo4j (pip install 'kg[neo4j]'); also neo4j://
      http(s)://host/store                 SPARQL 1.1 Graph Store endpoint (Oxigraph /store,
                                           Fuseki /DATASET/data): PUT into one named graph
      PATH                                 embedded Oxigraph store in folder PATH
      SCHEME://...                         a store a plugin serves (kg.stores entry points)

    \b
    Example:
        kg load exports/graph.ttl --into redis://localhost:6379/news
        kg load exports/graph.cypher --into bolt://neo4j:secret@localhost:7687
        kg load exports/ --into http://localhost:7878/store
    """
    import kg

    printer = _LoadPrinter(quiet=quiet)
    try:
        report = kg.load(graph_path, url, batch_size=batch_size, graph_iri=graph_iri, progress=printer)
    except KgError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"kg: {report.summary()}", err=True)
