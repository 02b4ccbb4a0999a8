"""``kg formats``: the export formats and the files they write."""

from __future__ import annotations

import click

from kg.cli import main


@main.command(name="formats")
def formats_command() -> None:
    """List the export formats that --format accepts.

    \b
    Example:
        kg formats
    """
    from kg.export import EXPORTERS

    for exporter in EXPORTERS.values():
        click.echo(f"{exporter.name:10} {exporter.filename:18} {exporter.description}")
