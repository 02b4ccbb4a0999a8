"""``kg openie``: open relation extraction over sentences, in the CaRB tabbed format."""

from __future__ import annotations

import click

from kg.cli import main
from kg.cli.options import model_option


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@model_option
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out extractions scored below this.")
@click.option("--all", "include_all", is_flag=True, help="Also write negated and hedged (modal) propositions.")
@click.option("--quiet", is_flag=True, help="Do not print the timing summary.")
def openie(file, model: str | None, min_confidence: float, include_all: bool, quiet: bool) -> None:
    """Extract open propositions from sentences, one per line.

    Reads pre-tokenised sentences (tokens separated by spaces, as in CaRB) from
    FILE or stdin and writes one extraction a line to stdout:
    SENTENCE, CONFIDENCE, RELATION, ARG1, ARG2 ... separated by tabs. Parse and
    extraction time per sentence go to stderr.

    \b
    Example:
        kg openie ../shared/eval/carb/dev.txt --all > dev.tsv
    """
    from kg.errors import KgError
    from kg.extract.tabbed import Timing, openie_lines
    from kg.nlp.load import load_pipeline

    try:
        nlp = load_pipeline(model)
    except KgError as error:
        raise click.ClickException(str(error)) from error
    timing = Timing()
    for line in openie_lines(nlp, file, min_confidence=min_confidence, include_all=include_all, timing=timing):
        click.echo(line)
    if not quiet:
        click.echo(timing.summary(), err=True)
