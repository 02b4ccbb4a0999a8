"""A body's name whose head noun two modifiers share, NER cut at their "and", is one name.

spaCy's small model cuts "the Public and Commercial Services Union" into "Public" and
"Commercial Services Union", "the World Travel and Tourism Council" into "the World
Travel" and "Tourism Council", "the Texas Parks and Wildlife Department" into "the Texas
Parks" and "Wildlife Department": a fragment node and the body under a shorter name. The
parse still hangs the first piece on the body's head noun, which both modifiers share.
So a name right before "and", followed by an organisation's or a facility's name ending in
a body's head noun (``body_heads.txt``, or an organisation's head of ``name_heads.tsv``:
"Union", "Council", "Department"), is part of that name when the parse makes the head noun
the first name's head. Not a first name that has a head noun of its own ("the Bank of
England and Financial Services Authority"), an acronym ("Both the IMF and World Bank have
urged"), nor one the article names alone elsewhere (two bodies then); nor a person's,
a place's or a time's name before the "and".
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from kg.extract.andnames import BODY_HEADS
from kg.folding import fold
from kg.lexicon import NAME_HEADS
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Words

_LABELS = frozenset({"ORG", "FAC"})
_FIRST_LABELS = frozenset({"ORG", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"})


def shared_heads_joined(spans: list[tuple[str, int, int]], doc: Words) -> list[tuple[str, int, int]]:
    """``spans`` (label, start, end in words) with each body's name cut at the "and" of its
    shared head's modifiers whole (see the module's docstring)."""
    # Names written alone: not right before an "and" (each cut piece stands there).
    named = Counter(_form(doc, start, end) for _, start, end in spans if end >= len(doc) or doc[end].lower_ != "and")
    out: list[tuple[str, int, int]] = []
    for label, start, end in spans:
        if out and label in _LABELS and _shares_head(doc, out[-1], start, end, named):
            out.append((label, out.pop()[1], end))  # "Public" + "and" + "Commercial Services Union"
        else:
            out.append((label, start, end))
    return out


def _shares_head(doc: Words, first: tuple[str, int, int], start: int, end: int, named: Counter[str]) -> bool:
    label, first_start, first_end = first
    if label not in _FIRST_LABELS or first_end + 1 != start or doc[first_end].lower_ != "and":
        return False
    head = doc[end - 1]
    if not (_body_head(head.lower_) or head.lower_ in BODY_HEADS):
        return False
    words = [doc[i] for i in range(first_start, first_end) if doc[i].lower_ != "the"]
    if not words or _body_head(words[-1].lower_) or all(word.text.isupper() for word in words):
        return False  # "the Bank of England and ...", "the IMF and World Bank"
    if named[_form(doc, first_start, first_end)]:
        return False  # named alone elsewhere: two bodies
    return doc.root(first_start, first_end).head is head


def _body_head(word: str) -> bool:
    return NAME_HEADS.get(word, (None, ""))[0] is EntityType.ORGANIZATION


def _form(doc: Words, start: int, end: int) -> str:
    words = fold(doc.span_text(start, end)).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)
