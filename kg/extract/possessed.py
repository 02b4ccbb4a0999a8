"""A person named after the owner before them is no word of the owner's title: "the
Observer's Philip French", "Entertainment Weekly's Dave Karger", "American Beauty's
Sam Mendes".

News names a critic, a writer or a director by the paper or the work they belong to.
A title runs over a possessive inside it ("Schindler's List", ``kg.extract.titlewords``),
so a paper's or a film's name NER gave would run on over the person's. When the words
after the possessive look like a person's name (``kg.extract.cues.looks_like_person``:
a given name, then a surname with no head word, suffix or place), the title ends
before the possessive. Anything else after it stays in the title ("Childe Harold's
Pilgrimage", "Charlie's Angels").
"""

from __future__ import annotations

from kg.extract.cues import looks_like_person
from kg.extract.words import Words

__all__ = ["person_after_possessive"]


def person_after_possessive(words: Words, start: int, end: int) -> bool:
    """Whether words ``start:end`` hold a possessive that a person's name follows to ``end``."""
    tokens = words.words
    marks = [i for i in range(start, end - 2) if tokens[i].tag_ == "POS"]
    return bool(marks) and looks_like_person(words.span_text(marks[0] + 1, end))
