"""``kg formats``: the export formats and the files they write."""

from __future__ import annotations

import click

from kg.cli import main


@main.command(name="formats")
def formats_command() -> None:
    """List the export formats that --format accepts, plugins' included.

    A format from a plugin package (the kg.exporters entry-point group) is
    marked with the package it comes from. A plugin that cannot be loaded is
    named on stderr, with its entry point, and the command exits 1.

    \b
    Example:
        kg formats
    """
    from kg.errors import KgError
    from kg.export.registry import describe, format_names

    broken = []
    try:
        names = format_names()
    except KgError as error:
        raise click.ClickException(str(error)) from error
    for name in names:
        try:
            click.echo(describe(name))
        except KgError as error:
            broken.append(error)
    for problem in broken:
        click.echo(f"Error: {problem}", err=True)
    if broken:
        raise SystemExit(1)
