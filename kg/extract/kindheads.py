"""A product's kind that heads the phrase after its name, over words of its own.

Rule ``kind over modifiers``: "the Windows operating system", "the PSP games console",
"The Gizmondo combined media player": the name modifies a chain of lower-case words
whose last, read with the word before it ("operating system") or alone ("console"),
is a product's kind in
``type_cues.tsv``. ``kg.extract.cues.cue_type`` reads a kind noun right after the
name ("the Xbox console"); here words stand between, and NER took the name for a
place ("Windows": a location, on every mention). Singular only, as there: "Spike Lee
movies" are his, and "the Nokia mobile phones" are Nokia's. Only a product's kind,
and not for a name NER read as an organisation, which is the maker ("the Sony games
console" is Sony's), nor a known place ("the London bus network").
"""

from __future__ import annotations

from kg.extract.codenames import codename_type
from kg.extract.listheads import list_head_type
from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, TYPE_CUES
from kg.lexicon.gazetteer import gazetteer
from kg.types import EntityType

# The words a chain of modifiers between the name and its kind may be.
_MODIFIER_TAGS = frozenset({"NN", "NNS", "JJ", "VBG", "VBN"})  # "combined media player"


def kind_over_modifiers(words: Words, start: int, end: int) -> EntityType | None:
    """``EntityType.PRODUCT`` when the name ``start:end`` heads a chain of lower-case
    modifiers whose head is a product's kind ("the Windows operating system"), else ``None``."""
    tokens = words.words
    root = words.root(start, end)
    if root.dep_ not in {"compound", "nmod"} or tokens[start].ent_type_ == "ORG":
        return None
    head = root.head
    while head.dep_ in {"compound", "amod"} and head.head.i == head.i + 1:
        head = head.head  # "PSP games console": PSP -> games -> console
    between = tokens[end : head.i]
    if not between or head.pos_ != "NOUN" or head.tag_ == "NNS" or not head.text.islower():
        return None
    if any(not word.text.islower() or word.tag_ not in _MODIFIER_TAGS for word in between):
        return None
    kind = TYPE_CUES.get(f"{tokens[head.i - 1].lower_} {head.lemma_.lower()}") or TYPE_CUES.get(head.lemma_.lower())
    if kind is not EntityType.PRODUCT:
        return None
    name = words.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    return None if fold(name) in COUNTRIES or gazetteer().is_place(name) else kind


def kind_head(words: Words, start: int, end: int) -> EntityType | None:
    """The type a kind noun that heads the name's phrase or its list gives: a product's
    kind over modifiers (``kind_over_modifiers``), a list's kind (``kg.extract.listheads``),
    a codename's (``kg.extract.codenames``: "the Xbox 2, codenamed Xenon")."""
    return kind_over_modifiers(words, start, end) or list_head_type(words, start, end) or codename_type(words, start, end)
