"""``kg query``: SPARQL over exported files."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import main
from kg.errors import KgError


@main.command(name="query")
@click.argument("arguments", nargs=-1, required=True)
@click.option("--query", "-e", "query_text", metavar="SPARQL", help="The query text (or give it as the last argument).")
@click.option(
    "--query-file",
    "-f",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the query from a file.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query_command(arguments: tuple[str, ...], query_text: str | None, query_file: Path | None, fmt: str) -> None:
    """Run a read-only SPARQL query over graph files kg exported.

    FILES are .ttl, .nt, .trig, .jsonld (or folders holding graph.ttl). The
    query is the last argument, or --query / --query-file. SPARQL Update and
    SERVICE are refused.

    \b
    Example:
        kg query exports/graph.ttl 'SELECT ?name WHERE { ?p a <https://w3id.org/kg/ontology#Person> ;
            <http://www.w3.org/2000/01/rdf-schema#label> ?name }'
        kg query exports/graph.ttl -f who-did-what.rq --format csv
    """
    from kg.stores.sparql import format_result, run_query

    # Not click.Path: a query given as the last argument must stay byte for byte.
    paths = list(arguments)
    if query_file is not None:
        query = query_file.read_text(encoding="utf-8")
    elif query_text is not None:
        query = query_text
    elif len(paths) >= 2 and not Path(paths[-1]).exists():
        query = paths.pop()
    else:
        raise click.UsageError("give a query: as the last argument, with --query or with --query-file")
    try:
        result = run_query(paths, query)
    except KgError as error:
        raise click.ClickException(str(error)) from error
    click.echo(format_result(result, fmt), nl=False)
