"""Check that a spaCy pipeline gives what kg reads, before the first document.

kg's rules read dependency parses, sentences and named entities with labels of
``kg/lexicon/data/labels.tsv``. A pipeline that lacks one fails here with one
line naming what is missing and the fix, not with a spaCy traceback from deep
inside the extraction (``spacy.blank("en")`` has no parser: ``Doc.sents``
raises E030).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import ModelError
from kg.nlp.labels import KNOWN_LABELS

if TYPE_CHECKING:
    from spacy.language import Language

SUGGESTION = "use en_core_web_sm or another pipeline with"

# What kg needs, as (what a component must assign, what is missing, why kg needs it, the fix).
NEEDS = (
    (("token.dep",), "no parser", "kg needs dependency parses", f"{SUGGESTION} a parser"),
    (("doc.ents",), "no entity recognizer", "kg needs named entities", f"{SUGGESTION} NER"),
    (
        ("token.is_sent_start", "doc.sents"),
        "no sentence boundaries",
        "kg reads one sentence at a time",
        f"{SUGGESTION} a parser or a sentence recognizer",
    ),
)


def pipeline_name(nlp: Language) -> str:
    """How messages name a loaded pipeline: ``blank:en`` for one without components,
    else its language and name (``en_core_web_sm``)."""
    if not nlp.pipe_names:
        return f"blank:{nlp.lang}"
    return f"{nlp.lang}_{nlp.meta.get('name', 'pipeline')}"


def check_pipeline(nlp: Language, name: str) -> None:
    """Refuse a pipeline kg cannot read: no parser, no NER, no sentences, or NER
    labels that ``labels.tsv`` does not list.

    Args:
        nlp: The loaded pipeline.
        name: How the message names it (the name it was loaded by).

    Raises:
        ModelError: one line: what is missing and the fix.
    """
    assigned = {attribute for pipe in nlp.pipe_names for attribute in nlp.get_pipe_meta(pipe).assigns}
    for attributes, missing, why, fix in NEEDS:
        if not assigned.intersection(attributes):
            raise ModelError(f"pipeline {name!r} has {missing}: {why}; {fix}")
    labels = {
        label
        for pipe in nlp.pipe_names
        if "doc.ents" in nlp.get_pipe_meta(pipe).assigns
        for label in getattr(nlp.get_pipe(pipe), "labels", ())
    }
    unknown = sorted(labels - KNOWN_LABELS)
    if unknown:
        raise ModelError(
            f"pipeline {name!r} predicts NER labels kg does not know ({', '.join(unknown)}): "
            "add each to kg/lexicon/data/labels.tsv with the entity type and roles it stands for"
        )
