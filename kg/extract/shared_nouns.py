"""Names that share one plural place noun after them.

Rule ``shared place noun``: two names joined by "and" before one lower-case plural
noun of a place's kind (``type_cues.tsv``) are each such a place: "Drillers left
the Sarvak and Gachsaran oilfields" (NER: two people). A place is nobody's, so the
plural names the things themselves; a firm's name keeps its own type ("the Shell
and BP oilfields" are theirs), as do a person's and names before a noun of any
other kind ("the Nokia and Motorola phones" are their makers').
"""

from __future__ import annotations

from kg.extract.cues import looks_like_person, noun_cue
from kg.extract.words import Word, Words
from kg.types import EntityType

_PLACE_KINDS = frozenset({EntityType.PLACE, EntityType.CITY})
_NOMINAL = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj"})
_MAX_OTHER_WORDS = 3  # words of the other name between "and" and the noun


def shared_noun_type(words: Words, start: int, end: int, entity_type: EntityType, sport: frozenset[str]) -> EntityType | None:
    """The place type a plural noun shared by words ``start:end`` and a name joined to
    them by "and" gives, if any; ``entity_type`` is NER's (an organisation's name is
    left alone)."""
    if entity_type is EntityType.ORGANIZATION or looks_like_person(words.span_text(start, end)):
        return None
    noun = _shared_noun(words, start, end)
    found = noun_cue(noun, sport) if noun is not None else None
    return found if found in _PLACE_KINDS else None


def _shared_noun(words: Words, start: int, end: int) -> Word | None:
    """The lower-case plural noun after the last of two names joined by "and", the
    name at ``start:end`` being either of them."""
    tokens = words.words
    if end >= len(tokens):
        return None
    if _plural_noun(tokens[end]):  # "... and Jufeyr oilfields": the second name
        before_and = start >= 2 and tokens[start - 1].lower_ == "and" and tokens[start - 2].text[:1].isupper()
        return tokens[end] if before_and else None
    if tokens[end].lower_ != "and":  # "the Yadavaran and Jufeyr oilfields": the first name
        return None
    i = end + 1
    while i < len(tokens) and i <= end + _MAX_OTHER_WORDS and tokens[i].text[:1].isupper():
        i += 1
    return tokens[i] if end + 1 < i < len(tokens) and _plural_noun(tokens[i]) else None


def _plural_noun(word: Word) -> bool:
    """A lower-case plural noun; the tagger takes a plural it does not know for a verb
    ("oilfields" VBZ), which its role in the clause gives away."""
    return word.text.islower() and (word.tag_ == "NNS" or (word.tag_ == "VBZ" and word.dep_ in _NOMINAL))
