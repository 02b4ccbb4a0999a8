"""Pieces of one name NER cut at a mark inside it: a saint's possessive, the "of" it
began with, a nickname's quotation marks.

- ``saint``: "St David's Shopping Centre", "St Egwin's Middle School", "St Stephen's
  Green Shopping Centre": NER stops at the saint's possessive ("St David's", a firm
  or a person) and reads the rest as another name. A span that opens with "St" or
  "Saint" and ends at a possessive goes on over the capitalised words right after it,
  a place's name (not "St Patrick's Day", nor "St Andrews' Old Course" and the like
  that NER reads whole).
- ``of``: a span that starts with a lower-case "of" ("Republic of Ireland manager":
  NER's "of Ireland") starts at the capitalised words right before it, in no entity;
  so does one that starts with a capitalised linking word, which opens no name
  ("Reporters Without Borders": NER's "Without Borders", read as a person; "League
  Against Cruel Sports"), and that name is no person's.
- ``nickname``: a nickname in quotation marks between a person's given name and
  surname is part of the name: "Ahmed 'Mido' Hossam" (NER: "Ahmed", "Hossam"),
  'David "Fathead" Newman' (NER whole, no longer cut at its quotation marks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Words

_SAINTS = frozenset({"St", "St.", "Saint"})
_POSSESSIVES = frozenset({"'s", "'", "’s", "’"})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "``", "''"})
_MAX_NICKNAME = 2  # "Ahmed 'Mido' Hossam": at most this many words between the marks
_MAX_LEFT = 3  # "Democratic Republic of Congo": at most this many words before "of"


def _capital(doc: Words, i: int) -> bool:
    word = doc[i]
    return word.text[:1].isupper() and word.is_alpha and word.sent.start != i


def saint_end(doc: Words, start: int, end: int) -> int | None:
    """Where a saint's name that NER cut at its possessive ends (rule ``saint``), or None."""
    first = start + 1 if doc[start].lower_ == "the" and end - start > 1 else start
    if doc[first].text not in _SAINTS:
        return None
    mark = end - 1 if doc[end - 1].text in _POSSESSIVES else end
    if mark >= len(doc) or doc[mark].text not in _POSSESSIVES or mark - first < 2:
        return None
    after = mark + 1
    while after < len(doc) and _capital(doc, after):
        after += 1
    if after == mark + 1 or doc[after - 1].text == "Day":
        return None  # "St Patrick's Day": a day (kg.nlp.nameddays)
    return after


# Linking words that, capitalised, stand inside a name and never open one: "Reporters Without Borders".
LINKING_WORDS = frozenset({"Without", "Against", "Sans", "Beyond"})


def of_start(doc: Words, start: int, floor: int) -> int | None:
    """Where a name starts that NER began at its "of" or a capitalised linking word (rule
    ``of``), or None; ``floor`` is the end of the entity before (its words are never taken)."""
    if doc[start].text != "of" and doc[start].text not in LINKING_WORDS:
        return None
    first = start
    while first > max(floor, start - _MAX_LEFT) and doc[first - 1].ent_iob_ == "O" and doc[first - 1].is_alpha and (
            doc[first - 1].text[:1].isupper() and doc[first].sent.start != first):
        first -= 1  # the sentence's first word too: "Republic of Ireland manager Brian Kerr admitted"
    return first if first < start else None


def nickname_joined(doc: Words, before: tuple[str, int, int], start: int) -> bool:
    """The person's span ``before`` and the person's span at ``start`` are one name, a
    nickname in quotation marks between them (rule ``nickname``)."""
    label, _, end = before
    gap = range(end, start)
    if label != "PERSON" or not 3 <= len(gap) <= _MAX_NICKNAME + 2:
        return False
    return doc[end].text in _QUOTES and doc[start - 1].text in _QUOTES and all(
        doc[i].text[:1].isupper() and doc[i].is_alpha for i in range(end + 1, start - 1))


def quoted_nickname(words: Words, i: int, start: int, end: int) -> bool:
    """The quotation mark at word ``i`` of the person's name ``start:end`` opens or closes a
    nickname between the given name and the surname (rule ``nickname``)."""
    tokens = words.words
    marks = [j for j in range(start, end) if tokens[j].text in _QUOTES]
    if len(marks) != 2 or i not in marks or marks[0] == start or marks[1] == end - 1:
        return False
    inside = range(marks[0] + 1, marks[1])
    return 1 <= len(inside) <= _MAX_NICKNAME and all(tokens[j].text[:1].isupper() for j in inside)
