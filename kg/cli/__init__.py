"""The ``kg`` command line: thin wrappers that parse options and call the library.

Each command lives in its own module here and registers itself on ``main``.
"""

from __future__ import annotations

import click

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    # Eager and lazy: `kg --help` and the commands never read the package metadata.
    if not value or ctx.resilient_parsing:
        return
    from kg.version import __version__

    click.echo(f"kg, version {__version__}")
    ctx.exit()


@click.group(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
    help="Show the version and exit.",
)
def main() -> None:
    """Build a knowledge graph from news articles.

    kg finds the people, organisations, places, dates and events in articles and
    the relations between them, merges them into one graph in which every edge
    points back to the sentence it came from, and exports it as RDF, an offline
    HTML view and graph-database formats.

    \b
    Example:
        kg build seeds/ --out exports/
    """


# Commands register themselves on `main` when imported.
from kg.cli import build as _build  # noqa: E402,F401
from kg.cli import export as _export  # noqa: E402,F401
from kg.cli import formats as _formats  # noqa: E402,F401
from kg.cli import load as _load  # noqa: E402,F401
from kg.cli import openie as _openie  # noqa: E402,F401
from kg.cli import query as _query  # noqa: E402,F401
from kg.cli import view as _view  # noqa: E402,F401
