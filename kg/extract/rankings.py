"""Titles in a ranking: what "followed" a work in a chart or a box office is a work.

Box office and chart news lists works by rank, and NER reads their titles by their
words ("Harry Potter" a person, "Finding Nemo" nothing at all):

- ``followed``: the items after "followed by" are works where the thing followed is
  a work (its title ends right before ", followed by" or "was followed by") or one
  of the items is one: "romantic drama Crying Out Love in the Centre of the World,
  followed by Be With You and Pocket Monsters Advanced Generation"; "It was followed
  by Harry Potter and the Prisoner of Azkaban, Finding Nemo and The Lord of the
  Rings: The Return of the King".

Items are parted by commas and "and"; an "and" followed by a lower-case "the" and a
capital stays inside the title ("Harry Potter and the Prisoner of Azkaban"), for a
list's "and" opens the next title with its capital ("and The Lord of the Rings").
What may be inside a title: see ``kg.extract.titlewords``.
"""

from __future__ import annotations

from kg.extract.titlewords import Bounds, capital, names_no_work, title_end
from kg.extract.words import Word, Words

_SEPARATORS = frozenset({",", "and"})
_BETWEEN = frozenset({",", "was", "is", "were", "are", "closely"})  # "X, followed by", "X was closely followed by"


def ranked_titles(words: Words, titles: list[Bounds], works: list[Bounds]) -> list[Bounds]:
    """The titles that follow a work in a ranking (see the module's docstring), as word
    spans; ``titles``: the works' titles read so far, ``works``: the mentions typed works."""
    tokens = words.words
    ends = {end for _, end in titles + works}
    found: list[Bounds] = []
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower_ != "by" or tokens[i - 1].lower_ != "followed":
            continue
        items = _items(tokens, i + 1)
        before = i - 2
        while before > 0 and tokens[before].lower_ in _BETWEEN:
            before -= 1
        after_work = before + 1 in ends
        if after_work or any(item in titles for item in items):
            found += [item for item in items if not names_no_work(words, tokens, *item)]
    return found


def _items(tokens: list[Word], i: int) -> list[Bounds]:
    """The titles of a ranking's list starting at word ``i``."""
    items = []
    while i < len(tokens) and capital(tokens[i]) and tokens[i].sent.start != i and tokens[i].text[:1].isalpha():
        end = _item_end(tokens, i)
        items.append((i, end))
        j = end
        while j < len(tokens) and tokens[j].lower_ in _SEPARATORS and tokens[j].sent.start != j:
            j += 1
        if j == end or j == len(tokens) or tokens[j].sent.start == j:
            break
        i = j
    return items


def _item_end(tokens: list[Word], i: int) -> int:
    """The end of the item at ``i``: a title, going on over "and the" before a capital."""
    end = title_end(tokens, i)
    while end + 2 < len(tokens) and tokens[end].lower_ == "and" and tokens[end + 1].text == "the":
        if not capital(tokens[end + 2]) or tokens[end + 2].sent.start == end + 2:
            break
        end = title_end(tokens, end + 2)
    return end
