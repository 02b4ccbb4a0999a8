"""A language is no entity: rule ``language`` of ``kg.extract.namelike``.

A language or a script no demonym names (``languages.tsv``: "Hindi", "Braille") is none
either: NER reads it as a place ("learning Hindi", "print them in Braille"). A word that
names only a language is no entity wherever it stands alone; one that names a people too
("Zulu", "Tamil") only in a language's place, by the rules below.

NER reads a language named by its people's adjective as a group of people or a place:
"Bono said in French", "will be performed in Swedish", "vocal pieces in German". The
word names the language where it stands as a noun of its own, in a demonym's singular
form (``demonyms.tsv``; "Russians" are people), with no determiner or number before it
("the French want ...", "one Korean died" are people), and is

- the object of "in" or "into": "said in French", "translated into French";
- the object of a verb of speaking or learning: "learning English", "speaks Welsh";
- joined by "and" or "or" to such a word: "in English and Spanish".

Its use as an adjective ("French inconsistency", "a Welsh striker") is rule ``adjective``'s.
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.folding import fold
from kg.lexicon import DEMONYMS, LANGUAGES

_CARRIERS = frozenset({"in", "into"})
_LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "study", "translate", "understand", "write"})
_PEOPLE_MARKS = frozenset({"det", "nummod", "predet", "amod", "compound"})


def names_language(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are one demonym or listed language that names a language (see the module's rules)."""
    if end - start != 1:
        return False
    token = words.words[start]
    form = fold(token.text)
    if LANGUAGES.get(form) == "none":
        return True  # "Braille", "Hindi": only a language's or a script's name
    if (form not in DEMONYMS and form not in LANGUAGES) or any(child.dep_ in _PEOPLE_MARKS for child in token.children):
        return False
    while token.dep_ == "conj" and token.head is not token and _language_word(token.head.text):
        token = token.head  # "in English and Spanish", "in Hindi and English"
    return _carried(token)


def _language_word(text: str) -> bool:
    form = fold(text)
    return form in DEMONYMS or form in LANGUAGES


def _carried(token: Word) -> bool:
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in _CARRIERS:
        return True
    return token.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _LANGUAGE_VERBS
