"""``kg view GRAPH``: write the HTML view of an existing graph and open it."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from kg.cli import main
from kg.errors import KgError
from kg.export.html import COLOUR_BY, LAYOUTS, SIZE_BY, write_html


@main.command(name="view")
@click.argument("graph_path", metavar="GRAPH", type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the page [default: graph.html next to GRAPH].")
@click.option("--focus", metavar="NAME",
              help="Write a page around one entity (name, alias or key), opened focused on it.")
@click.option("--steps", type=click.IntRange(1, 4), default=2, show_default=True,
              help="With --focus: how many links away from it the page reaches.")
@click.option("--layout", type=click.Choice(LAYOUTS), default="auto", show_default=True,
              help="force: physics until stable; hierarchical: left to right; static: precomputed (huge graphs).")
@click.option("--size-by", type=click.Choice(SIZE_BY), default="mentions", show_default=True,
              help="Initial node size.")
@click.option("--colour-by", type=click.Choice(COLOUR_BY), default="type", show_default=True,
              help="Initial node colour: entity type or community.")
@click.option("--title", help="Page title [default: the article title, or 'Knowledge graph'].")
@click.option("--no-open", is_flag=True, help="Only write the page; do not open a browser.")
def view(graph_path: Path, out: Path | None, focus: str | None, steps: int, layout: str, size_by: str,
         colour_by: str, title: str | None, no_open: bool) -> None:
    """Write the interactive HTML view of GRAPH and open it in your browser.

    GRAPH is a folder written by `kg build` or its graph.ttl. The page is one
    self-contained file that works offline: search, focus and walk outwards,
    filters by type, date and factuality, evidence on click. With --focus, the
    page holds only what is within --steps links of one entity (for archives
    too large to open whole).

    \b
    Example:
        kg view exports/ --out /tmp/graph.html --no-open
        kg view exports/ --focus "Tony Blair" --out /tmp/blair.html
    """
    from kg.export.reader import read_graph

    if out is None:
        out = (graph_path if graph_path.is_dir() else graph_path.parent) / "graph.html"
    try:
        graph = read_graph(graph_path)
        written = write_html(graph, out, title=title, layout=layout, size_by=size_by, colour_by=colour_by,
                             focus=focus, steps=steps)
    except KgError as e:
        raise click.ClickException(str(e)) from e
    click.echo(str(written))
    if not no_open:
        webbrowser.open(written.resolve().as_uri())
