"""A capitalised word that the article writes elsewhere as a name, whatever its tag.

A sentence's first word is capitalised whatever it is, so "Wolves chairman Rick
Hayward said" does not say by its case alone whether "Wolves" names what the
chairman is a role of or is part of the role ("Company spokesman Glenn Waller",
"Committee chairman Alan Beith"); and a tagger may take a name for a plain noun
("the new Wolves manager": "Wolves" a plural noun, no proper noun). The article
tells: a word it writes capitalised inside a sentence, after a word, more than
once or besides this use, and never in lower case ("... unveiled as the new Wolves
manager", "the massive potential that Wolves have got") is a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import ROLE_HEADS

if TYPE_CHECKING:
    from kg.extract.words import Word, Words


def named_elsewhere(words: Words, word: Word) -> bool:
    """Whether the capitalised ``word`` is one the article writes as a name elsewhere:
    capitalised inside a sentence, after a word, never in lower case."""
    text = word.text
    if not (text[:1].isupper() and text.isalpha()) or text.isupper() or word.ent_type_ not in ("", "ORG"):
        return False  # "a Jewish journalist": NER read a people (NORP), a date, a place: no organisation
    lowered = word.lower_
    if lowered in ROLE_HEADS:
        return False  # "Chief executive X": a role word, capitalised in titles anywhere
    inside = False
    for other in words.words:
        if other.lower_ != lowered or other.i == word.i:
            continue
        if other.text[:1].islower():
            return False  # "the company", "a committee": a word, not a name
        if other.text == text and other.i != other.sent.start and words[other.i - 1].text[:1].isalpha() and not _in_longer_name(
                words, other.i):
            inside = True  # not after a quotation mark or a dash, where a sentence may begin
    return inside


def _in_longer_name(words: Words, i: int) -> bool:
    """Whether word ``i`` is one word of a longer name NER found: "Church" of "the Fullness of
    Joy Church", "Robotics" of "the International Federation of Robotics" name no church, no
    robotics of their own."""
    word = words[i]
    if not word.ent_type_:
        return False
    return word.ent_iob_ == "I" or (i + 1 < len(words) and words[i + 1].ent_iob_ == "I")
