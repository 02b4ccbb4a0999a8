"""A work's noun read as the adjective of a word inside the name after it is the name's cue.

Rule ``work noun on the name``: the parser reads some work nouns as an adjective ("single",
"musical": JJ) and hangs them on the name after them: on its last word ("the single Hey
Ya") or on a word inside it ("the Abba musical Mamma Mia": "musical" amod of "Mamma";
"tsunami charity single Grief Never Grows Old"). Either way the noun is the name's kind
(``kg.extract.cues.cue_type`` reads it). Not when a person's full name stands right before
the noun ("Elvis Presley musical Jailhouse Rock", ``kg.extract.workpeople``): there the
title keeps NER's reading, as typing it a work made "the show" of another programme ("The
show used Presley photos", Top of the Pops) stand for the musical.
"""

from __future__ import annotations

from kg.extract.words import Word
from kg.folding import fold
from kg.lexicon import GIVEN_NAMES


def adjective_of_name(adjective: Word, root: Word, start: int, end: int) -> bool:
    """``adjective`` (right before words ``start:end``) modifies the name's ``root``, or a
    word inside it with no person's full name right before the adjective (see the module docstring)."""
    if adjective.head is root:
        return True
    return start <= adjective.head.i < end and not _after_full_name(adjective)


def _after_full_name(adjective: Word) -> bool:
    """Two or three capitalised proper nouns, the first a given name, end right before ``adjective``."""
    tokens = adjective.doc.words
    first = adjective.i
    while first > 0 and adjective.i - first < 3 and tokens[first - 1].pos_ == "PROPN" and tokens[first - 1].text[:1].isupper():
        first -= 1
    return adjective.i - first >= 2 and fold(tokens[first].text) in GIVEN_NAMES
