"""Titles in a ranking: what "followed" a work in a chart or a box office is a work.

Box office and chart news lists works by rank, and NER reads their titles by their
words ("Harry Potter" a person, "Finding Nemo" nothing at all):

- ``followed``: the items after "followed by" are works where the thing followed is
  a work (its title ends right before ", followed by" or "was followed by") or one
  of the items is one: "romantic drama Crying Out Love in the Centre of the World,
  followed by Be With You and Pocket Monsters Advanced Generation"; "It was followed
  by Harry Potter and the Prisoner of Azkaban, Finding Nemo and The Lord of the
  Rings: The Return of the King".

- ``listed``: a list of three items or more, one of them a title read from its slot
  or cue with a colon or three words or more, lists works: "when Bridget Jones: The
  Edge of Reason, Wimbledon and Thunderbirds were all filmed in the UK"; not where
  another item opens with a given name ("Hugh Grant, Bridget Jones: The Edge of
  Reason and Colin Firth": people and a film).

Items are parted by commas and "and"; an "and" followed by a lower-case "the" and a
capital stays inside the title ("Harry Potter and the Prisoner of Azkaban"), for a
list's "and" opens the next title with its capital ("and The Lord of the Rings").
What may be inside a title: see ``kg.extract.titlewords``.
"""

from __future__ import annotations

from kg.extract.titlewords import JOINERS, capital, names_no_work, title_end
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, GIVEN_NAMES

_SEPARATORS = frozenset({",", "and"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
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
    return found + _listed(words, titles)


def _listed(words: Words, titles: list[Bounds]) -> list[Bounds]:
    """The items of each list of three or more that holds a long title (see ``listed``)."""
    tokens = words.words
    long_titles = {(s, e) for s, e in titles if e - s >= 3}
    found: list[Bounds] = []
    for start, _ in sorted(long_titles):
        first = _list_start(tokens, start)
        items = _items(tokens, first)
        if len(items) < 3 or not any(item in long_titles for item in items):
            continue
        others = [item for item in items if item not in long_titles]
        if any(fold(tokens[s].text) in GIVEN_NAMES for s, _ in others):
            continue  # "Hugh Grant, Bridget Jones: The Edge of Reason and Colin Firth"
        found += [item for item in others if not names_no_work(words, tokens, *item) or _place_name_unread(words, tokens, *item)]
    return found


def _place_name_unread(words: Words, tokens: list[Word], start: int, end: int) -> bool:
    """A place's name NER did not read as a place, in a list of titles, is a title too
    ("Bridget Jones: The Edge of Reason, Wimbledon and Thunderbirds were all filmed":
    NER's event, a London district by GeoNames, the film here); a country's or an
    owner's never is."""
    owner = end < len(tokens) and tokens[end].tag_ == "POS"
    place = any(token.ent_type_ in _PLACE_LABELS for token in tokens[start:end])
    return not owner and not place and fold(words.span_text(start, end)) not in COUNTRIES


def _list_start(tokens: list[Word], start: int) -> int:
    """The first word of the list whose item opens at ``start``: back over the items
    and their commas while a capitalised run comes before each comma."""
    first = start
    j = start - 1
    while j > 0 and tokens[j].text == "," and capital(tokens[j - 1]) and tokens[j].sent.start != j:
        k = j - 1
        while k > 0 and tokens[k - 1].sent.start != k and (capital(tokens[k - 1]) or tokens[k - 1].text in JOINERS):
            k -= 1
        while not capital(tokens[k]):
            k += 1
        first, j = k, k - 1
    return first


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
