"""Describing words NER fused before a person's full name at a sentence's head are no part of it.

NER runs a person's span, or a firm's it misreads, over the words that describe the person
when they open the sentence: "Veteran Spaniard Conchita Martinez came from a set down"
(NER: an organisation, the person's later "Martinez" apart), "Seeds Dominik Hrbaty, Ivan
Ljubicic and Mario Ancic made comfortable progress" (a person "Seeds Dominik Hrbaty"). The
rule ``leading`` of ``kg.extract.glued`` cuts one describing word when a person's full name
is left; ``kg.extract.nationals`` one demonym. Here a run of them goes: each a describing
word of ``leading_words.tsv`` ("Veteran", "Teenager"), a demonym ("Spaniard", "Americans"),
or a plural common noun the article also writes in lower case ("Seeds" beside "the top
seed", "Champions" beside "the champions"), when what is left is a person's full name: a
given name first (``looks_like_person``), or, in a span NER read as a person's, two or
three capitalised words with no name's head, suffix or place in them ("Dominik Hrbaty").
Not a word a name opens on ("Banks", "Rivers": a plural noun the article never writes in
lower case), nor a run that leaves one word ("Veteran Martinez": the rule ``leading``'s).
"""

from __future__ import annotations

from kg.extract.cues import looks_like_person
from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import DEMONYMS, GIVEN_NAMES, LEADING_WORDS, NAME_HEADS, ORG_SUFFIXES
from kg.lexicon.gazetteer import gazetteer

_PLURAL_TAGS = frozenset({"NNS", "NNPS", "NNP"})  # "Seeds" at a sentence's head: NNP


def after_fused(words: Words, start: int, end: int, label: str) -> int:
    """The first word of the person's name after the describing words NER fused before it
    at the sentence's head (see the module's docstring); ``start`` when nothing is cut."""
    tokens = words.words
    if tokens[start].sent.start != start:
        return start
    first = start
    while first < end - 2 and _describing(words, first):
        first += 1
    if first == start:
        return start
    rest = words.span_text(first, end)
    return first if looks_like_person(rest) or (label == "PERSON" and _bare_name(rest)) else start


def _describing(words: Words, i: int) -> bool:
    word = words.words[i]
    form = fold(word.text)
    if not word.text[:1].isupper() or not word.is_alpha or form in GIVEN_NAMES:
        return False
    if LEADING_WORDS.get(form) == "modifier" or form in DEMONYMS or (form.endswith("s") and form[:-1] in DEMONYMS):
        return True  # "Veteran", "Spaniard", "Americans"
    if not form.endswith("s") or word.tag_ not in _PLURAL_TAGS or gazetteer().is_place(word.text):
        return False
    lower = word.text.lower()
    return any(token.text in (lower, lower[:-1]) for token in words.words)  # "Seeds" beside "the top seed"


def _bare_name(rest: str) -> bool:
    """Two or three capitalised words, none a name's head, a suffix or a place's: "Dominik Hrbaty"."""
    parts = rest.split()
    if not 2 <= len(parts) <= 3 or not all(part[:1].isupper() and part.replace("-", "").isalpha() for part in parts):
        return False
    forms = fold(rest).split()
    return not any(form in NAME_HEADS or form in ORG_SUFFIXES or gazetteer().is_place(part) for form, part in zip(forms, parts))
