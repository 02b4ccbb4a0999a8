"""Words written as one with hyphens: "editor-in-chief", "commander-in-chief".

The tokenizer cuts a hyphenated word into its parts and the hyphens between them, and the
parser tags each part on its own ("in" of "editor-in-chief" is a preposition). A reader that
walks a role phrase word by word stops at such a part and reads the role cut at the first
hyphen ("Elliott Wilson, editor-in-chief of hip-hop magazine XXL" read "editor", and lost
XXL). ``hyphen_joined`` tells that a word is part of a word written whole with hyphens, so the
walk goes on to its end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Words


def hyphen_joined(words: Words, i: int, start: int, end: int) -> bool:
    """Word ``i`` is a hyphen between two words it touches, or the word after such a hyphen,
    all within words ``start:end`` ("-", "in", "-", "chief" of "editor-in-chief")."""
    hyphen = i if words[i].text == "-" else i - 1
    if hyphen <= start or hyphen + 1 >= end or words[hyphen].text != "-":
        return False
    before, mark, after = words[hyphen - 1], words[hyphen], words[hyphen + 1]
    return before.idx + len(before.text) == mark.idx and mark.idx + 1 == after.idx
