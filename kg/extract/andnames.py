"""A body's name NER cut at the "and" of its "of" or "for" phrase is one name.

spaCy's small model ends a public body's name before the second subject its preposition
takes, or keeps the "and" and leaves that subject out: "the Department for Education and
Skills" gives "the Department for Education" and a body "Skills"; "the Internet Corporation
for Assigned Names and Numbers" gives "... Assigned Names and" and "Numbers"; "the
Department for Culture Media and Sport" ends before "and Sport"; "the Guildhall School of
Speech and Drama" makes "Drama" a person. A span whose head noun (``body_heads.txt``) stands
before "of" or "for" with capitalised words after it goes on over "and" or "&" and the one
to three capitalised words after that, where no capitalised word follows (not over a
comma: "the Department for Culture, Media and Sport" is a list to the later cuts, which part
names at commas). Not when the words after "and" are a person's name (a given name and
more), a country, a region or a big city ("the Police Federation of England and Wales"
stays cut), a name of two words or more with a body's head of its own ("Bank of Africa and
Standard Trust"; one word may be a head: "... and Media"), nor a name the article gives
elsewhere ("the Institute of Directors and Tesco"); words NER read as a name are taken in.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import COUNTRIES, GIVEN_NAMES, NAME_HEADS
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Words

BODY_HEADS = read_words("body_heads.txt")
_PREPOSITIONS = frozenset({"of", "for"})
_ANDS = frozenset({"and", "&"})
_LABELS = frozenset({"ORG", "FAC"})
_MAX_ITEM = 3  # "Assigned Names and Numbers": at most this many words in one joined subject


def bodies_joined(spans: list[tuple[str, int, int]], doc: Words) -> list[tuple[str, int, int]]:
    """``spans`` (label, start, end in words) with each body's name cut at its "and" whole
    (see the module's docstring); the spans it takes in are dropped."""
    named = Counter(fold(doc.span_text(start, end)) for _, start, end in spans)
    out: list[tuple[str, int, int]] = []
    taken = 0
    for index, (label, start, end) in enumerate(spans):
        if start < taken:
            continue
        whole = _body_end(doc, start, end, named) if label in _LABELS else None
        later = spans[index + 1 :]
        if whole is not None and not any(s < whole < e for _, s, e in later):
            end = taken = whole
        out.append((label, start, end))
    return out


def _body_end(doc: Words, start: int, end: int, named: Counter[str]) -> int | None:
    """Where the body's name of span ``start:end`` ends when NER cut it at "and", or None."""
    if not any(doc[i].lower_ in BODY_HEADS and doc[i + 1].lower_ in _PREPOSITIONS for i in range(start, end - 2)):
        return None
    i = end - 1 if doc[end - 1].lower_ in _ANDS else end  # "Assigned Names and" + "Numbers"
    if i >= len(doc) - 1 or doc[i].lower_ not in _ANDS:
        return None
    last = i + 1
    while last < len(doc) and last - i <= _MAX_ITEM and _capital(doc, last):
        last += 1
    if last == i + 1 or (last < len(doc) and _capital(doc, last)) or not _own_item(doc, i + 1, last, named):
        return None
    return last


def _own_item(doc: Words, start: int, end: int, named: Counter[str]) -> bool:
    """Words ``start:end`` may be a subject of the body's name: no person's, country's,
    place's or body's name, nor one the article names elsewhere."""
    text = doc.span_text(start, end)
    form = fold(text)
    words = form.split()
    places = gazetteer()
    in_span = 1 if doc[start].ent_iob_ == "B" and (end == len(doc) or doc[end].ent_iob_ != "I") else 0
    return (
        not (len(words) > 1 and words[0] in GIVEN_NAMES)  # "Dan Gillmor"; not "Numbers" alone
        and form not in COUNTRIES and form not in places.countries and form not in places.regions
        and not places.is_big_city(text)  # "England and Wales", "Leeds and Manchester"; not "Drama" (a town)
        and (len(words) == 1 or NAME_HEADS.get(words[-1], (None,))[0] is None)  # "Standard Trust"; not "Media"
        and named[form] <= in_span
    )


def _capital(doc: Words, i: int) -> bool:
    word = doc[i]
    return word.text[:1].isupper() and word.is_alpha
