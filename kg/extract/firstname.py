"""A capitalised word that opens a sentence and that the article writes elsewhere as a name.

A sentence's first word is capitalised whatever it is, so "Wolves chairman Rick
Hayward said" does not say by its case alone whether "Wolves" names what the
chairman is a role of or is part of the role ("Company spokesman Glenn Waller",
"Committee chairman Alan Beith"). The article tells: a word it writes capitalised
inside a sentence, after a word, and never in lower case ("... unveiled as the
new Wolves manager", "the massive potential that Wolves have got") is a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import ROLE_HEADS

if TYPE_CHECKING:
    from kg.extract.words import Word, Words


def named_elsewhere(words: Words, word: Word) -> bool:
    """Whether ``word``, a capitalised sentence's first word, is one the article writes as a
    name elsewhere: capitalised inside a sentence, after a word, never in lower case."""
    text = word.text
    if word.i != word.sent.start or not (text[:1].isupper() and text.isalpha()) or text.isupper():
        return False
    lowered = word.lower_
    if lowered in ROLE_HEADS:
        return False  # "Chief executive X": a role word, capitalised in titles anywhere
    inside = False
    for other in words.words:
        if other.lower_ != lowered or other.i == word.i:
            continue
        if other.text[:1].islower():
            return False  # "the company", "a committee": a word, not a name
        if other.text == text and other.i != other.sent.start and words[other.i - 1].text[:1].isalpha():
            inside = True  # not after a quotation mark or a dash, where a sentence may begin
    return inside
