"""The marks inside a name that do not cut it (rule ``bracket`` of ``kg.extract.namelike``).

A bracket or a double quote ends a name ("Academy of Motion Picture Arts and Sciences
(Ampas"), but two kinds of name hold them:

- a person's nickname in quotation marks: 'David "Fathead" Newman'
  (``kg.extract.markednames.quoted_nickname``);
- a law's title with a bracket of capitalised words before its head word: "the Health
  Service (Miscellaneous Provisions) Bill", "the Terrorism (Northern Ireland) Act" (a span
  NER or ``kg.extract.lawheads`` read as a law, ending in "Bill" or "Act").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.markednames import quoted_nickname

if TYPE_CHECKING:
    from kg.extract.words import Words

_LAW_HEADS = frozenset({"Bill", "Act"})


def kept_mark(words: Words, i: int, start: int, end: int, label: str) -> bool:
    """Whether the mark at word ``i`` of the name ``start:end`` (NER's ``label``) is the
    name's own (see the module docstring)."""
    if label == "PERSON":
        return quoted_nickname(words, i, start, end)
    return label == "LAW" and _law_bracket(words, i, start, end)


def _law_bracket(words: Words, i: int, start: int, end: int) -> bool:
    """Word ``i`` is a bracket of a pair inside a law's title, capitalised words between
    it and the head word right after the closing one: "(Miscellaneous Provisions) Bill"."""
    tokens = words.words
    if tokens[end - 1].text not in _LAW_HEADS or end - start < 5:
        return False
    close = end - 2
    if tokens[close].text != ")":
        return False
    opening = next((j for j in range(close - 1, start, -1) if tokens[j].text == "("), None)
    if opening is None or i not in {opening, close} or opening == start or close - opening < 2:
        return False
    return all(tokens[j].text[:1].isupper() or tokens[j].lower_ in {"and", "of"} for j in range(opening + 1, close))
