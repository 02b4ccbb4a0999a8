"""A firm's name of the form "X and Y" that NER cut at its "and" is one name.

spaCy's small model reads "The UK's biggest brewer, Scottish and Newcastle (S&N), is to
buy" as a people ("Scottish") and a city ("Newcastle"), and cuts "Smith and Nephew" into
"Smith and" and a person "Nephew": the firm is lost and its fragments become nodes. The
words around a lower-case "and" (or "&"), one to three capitalised words a side in one
sentence, are one organisation's name when the text shows it one firm:

- the article writes the initials of its two sides joined by "&" ("S&N", "M&S", "P&G");
- a singular noun of a firm's kind (``firm_kinds.txt``) stands right before it or sets it
  off as its apposition ("brewer Scottish and Newcastle", "The UK's biggest brewer,
  Scottish and Newcastle,");
- a company's suffix follows it ("Smith and Nephew plc", "... Group").

Not when a side is a country's name ("England and Wales"), a person's full name ("Matt
Lucas and David Walliams") or a courtesy title's ("Mr Blair and Mr Brown"), nor when the
article names a side alone ("American and Southwest ... American Airlines" is no cue
anyway; "Citizens and Canal" after "Citizens Bank": two banks), nor when NER's spans run
past the pair's words. The spans inside give way to one ``ORG`` span.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.firmkinds import FIRM_KINDS
from kg.folding import fold
from kg.lexicon import COUNTRIES, GIVEN_NAMES, TITLES

if TYPE_CHECKING:
    from kg.extract.words import Words

_ANDS = frozenset({"and", "&"})
_MAX_SIDE = 3  # "Ironhorse Oil and Gas": at most this many words a side
_SUFFIXES = frozenset({"plc", "ltd", "limited", "inc", "group", "llc", "corp"})  # of ORG_SUFFIXES


def firms_joined(spans: list[tuple[str, int, int]], words: Words) -> list[tuple[str, int, int]]:
    """``spans`` (label, start, end in words) with each firm's "X and Y" name one ``ORG``
    span, the spans inside it dropped (see the module's docstring)."""
    found = _pairs(words, spans)
    pairs = [pair for pair in found if _firm(words, spans, found, *pair)]
    if not pairs:
        return spans
    out = [(label, s, e) for label, s, e in spans if not any(start <= s and e <= end for start, _, end in pairs)]
    return sorted(out + [("ORG", start, end) for start, _, end in pairs], key=lambda span: (span[1], span[2]))


def _pairs(words: Words, spans: list[tuple[str, int, int]]) -> list[tuple[int, int, int]]:
    """(start, "and", end) of each run of capitalised words joined by one "and" that an
    entity span touches and no span runs past."""
    found = []
    every = words.words  # the list itself: no `Words.__getitem__` call for each of the article's words
    for middle in range(1, len(every) - 1):
        if every[middle].lower_ not in _ANDS or every[middle].text == "And":
            continue
        start, end = middle, middle + 1
        while start > 0 and middle - start < _MAX_SIDE and _capital(words, start - 1):
            start -= 1
        while end < len(words) and end - middle <= _MAX_SIDE and _capital(words, end):
            end += 1
        if start == middle or end == middle + 1 or _capital(words, start - 1) or _capital(words, end):
            continue
        if words[start].sent.start != words[end - 1].sent.start or (start == words[start].sent.start and words[start].tag_ not in ("NNP", "NNPS")):
            continue  # one sentence; its first word a proper noun ("Shares and" is no name)
        inside = [(s, e) for _, s, e in spans if s < end and e > start]
        if inside and all(start <= s and e <= end for s, e in inside) and not any(s <= start and end <= e for s, e in inside):
            found.append((start, middle, end))
    return found


def _capital(words: Words, i: int) -> bool:
    if i < 0 or i >= len(words):
        return False
    word = words[i]
    return word.text[:1].isupper() and word.text.isalpha() and word.tag_ in ("NNP", "NNPS", "JJ", "NN") and word.lower_ not in _SUFFIXES


def _firm(words: Words, spans: list[tuple[str, int, int]], found: list[tuple[int, int, int]],
          start: int, middle: int, end: int) -> bool:
    """Whether the pair at ``start:end`` is one firm's name: a cue and no side of its own
    (``found``: every pair, whose spans name no side alone)."""
    sides = [words.span_text(start, middle), words.span_text(middle + 1, end)]
    forms = [fold(side) for side in sides]
    for form in forms:
        first = form.split()[0]
        if form in COUNTRIES or first in TITLES or (len(form.split()) > 1 and first in GIVEN_NAMES):
            return False
    alone = {fold(words.span_text(s, e)) for _, s, e in spans if not any(a <= s and e <= b for a, _, b in found)}
    if alone & set(forms):
        return False
    return _initialled(words, sides) or _kind_before(words, start) or _suffix_after(words, end)


def _initialled(words: Words, sides: list[str]) -> bool:
    """The article writes the sides' initials joined by "&": "S&N" of "Scottish and Newcastle"."""
    initials = "&".join("".join(word[0] for word in side.split()) for side in sides)
    return any(word.text == initials for word in words)


def _kind_before(words: Words, start: int) -> bool:
    """A singular noun of a firm's kind right before the name, or before its comma."""
    before = start - 2 if start >= 2 and words[start - 1].text == "," else start - 1
    if before < 0:
        return False
    noun = words[before]
    return noun.tag_ in ("NN", "NNP") and noun.text.islower() and fold(noun.lemma_) in FIRM_KINDS  # NNP: "devices firm"


def _suffix_after(words: Words, end: int) -> bool:
    """A company's suffix right after the name: "plc", "Ltd", "Group"."""
    return end < len(words) and words[end].lower_ in _SUFFIXES
