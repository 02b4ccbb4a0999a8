"""A name given as a codename is a product's.

A product still to come is named by its codename: "the Xbox 2, codenamed Xenon",
"Xbox 2 (codename Xenon)", "an unreleased product code-named Asteroid", "the next
version of Windows, codenamed Longhorn". NER reads the codename as whatever its word
suggests (a person's "Xenon", a place's "Asteroid"), on every mention.

Rule ``codename``: a name right after "codename", "codenamed", "code-named" or "code
name(d)" is a product (``kg.extract.cues.cue_type``, through ``kg.extract.kindheads.kind_head``:
the cue types the mention, and outweighs NER's repeated reading in the vote), unless it
is a known place's or a country's name.
"""

from __future__ import annotations

from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import COUNTRIES
from kg.lexicon.gazetteer import gazetteer
from kg.types import EntityType

# The words that name what follows a codename, as the tokenizer writes them (lower case).
_CODENAME_WORDS = (("codename",), ("codenamed",), ("code", "-", "named"), ("code", "named"), ("code", "name"))


def codename_type(words: Words, start: int, end: int) -> EntityType | None:
    """``EntityType.PRODUCT`` when words ``start:end`` are a name given as a codename
    ("Xbox 2, codenamed Xenon"), else ``None`` (see the module docstring)."""
    before = tuple(word.lower_ for word in words.words[max(0, start - 3) : start])
    if not any(before[-len(form) :] == form for form in _CODENAME_WORDS):
        return None
    name = words.span_text(start, end)
    if fold(name) in COUNTRIES or gazetteer().is_place(name):
        return None
    return EntityType.PRODUCT
