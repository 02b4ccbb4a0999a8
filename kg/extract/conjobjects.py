"""A verb of intent or expectation reaches every noun of its coordinated object: "wanted electoral reform
and Sir Edward's resignation" (the parser's conjunct of the verb), "plans a merger with Sony and a sale of its music unit" (the resignation
and the sale planned, as the first noun is; ``object`` cues of factuality_cues.tsv)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import lemma_in
from kg.lexicon.events import FACTUALITY_CUES

if TYPE_CHECKING:
    from kg.extract.words import Word

_OBJECTS = FACTUALITY_CUES["object"]
_NOUNS = frozenset({"NOUN", "PROPN"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})


def object_conjunct(noun: Word) -> Word | None:
    """The first noun of the coordination ``noun`` ends when that noun is the object of a verb whose
    ``object`` cue frames it ("plans a merger and a sale": "merger" for "sale"); else ``None``."""
    if noun.dep_ != "conj":
        return None
    first = noun
    if noun.head.pos_ == "VERB" and noun.pos_ in _NOUNS:  # the parser's "wanted [reform] and [resignation]": the object's
        first = next((c for c in noun.head.children if c.dep_ == "dobj" and c.i < noun.i), noun)
    for _ in range(8):
        if first.dep_ != "conj" or first.head.pos_ not in _NOUNS:
            break
        first = first.head
    if first is noun or first.dep_ not in _OBJECT_DEPS:
        return None
    governor = first.head.head if first.dep_ == "pobj" else first.head
    if governor.pos_ != "VERB":
        return None
    lemma = lemma_in(governor, _OBJECTS)
    return first if lemma in _OBJECTS or f"{lemma} {first.head.lower_}" in _OBJECTS else None
