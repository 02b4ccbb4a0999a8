"""The ``kg`` command line: thin wrappers that parse options and call the library.

Each command lives in its own module here and registers itself on ``main``.
"""

from __future__ import annotations

import click

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="kg", prog_name="kg")
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
from kg.cli import formats as _formats  # noqa: E402,F401
from kg.cli import query as _query  # noqa: E402,F401
from kg.cli import view as _view  # noqa: E402,F401
