"""A plain word NER named in a sports report is a club's name when the article writes it as one.

The name rules reject one capitalised word the tagger read as a common noun
("Broadband is ...", "Millions of ..."): a word, not a name. In a sports report a
club's name is often such a word ("Rangers", "Saints", "Wolves", "Harlequins"), so
one word NER labelled an organisation, a person or a place stays a name there when
the article never writes it in lower case and either writes it inside a sentence
("Celtic beat Rangers on Sunday"; ``kg.extract.firstname.named_elsewhere``) or puts a
club's post and a person's name after it ("Rangers manager Alex McLeish ...",
``kg.extract.clubroles.before_club_post``). Not a generic term ("Olympic"), a people
("the Scots"), nor a word the article also opens a longer name with ("the South pack"
beside "South Africa").
"""

from __future__ import annotations

from kg.extract.clubroles import before_club_post
from kg.extract.firstname import named_elsewhere
from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import GENERIC_TERMS, demonym_country

_CLUB_LABELS = frozenset({"ORG", "PERSON", "GPE"})
# What a common noun's reading rejects: the tag ("generic"), a lower-case twin ("sentence-initial").
_REJECTIONS = frozenset({"generic", "sentence-initial"})


def club_word(words: Words, start: int, end: int, label: str, sport: frozenset[str], rule: str | None) -> bool:
    """Whether the one word at ``start`` that a name rule rejected (``rule``) is a club's
    name all the same (see the module docstring)."""
    if rule not in _REJECTIONS or not sport or end - start != 1 or label not in _CLUB_LABELS:
        return False
    word = words.words[start]
    text = word.text
    if not (text.istitle() and text.isalpha()) or fold(text) in GENERIC_TERMS or demonym_country(text) is not None:
        return False  # "Olympic"; "the Scots", a people
    tokens = words.words
    for other in tokens:
        if other.lower_ != word.lower_ or other.i == start:
            continue
        if other.text[:1].islower():
            return False  # "the rangers", "saints": a word the article writes as one
        if other.i + 1 < len(tokens) and tokens[other.i + 1].text.istitle():
            return False  # "the South pack" beside "South Africa": a word of a longer name
    inside = start != word.sent.start and tokens[start - 1].text[:1].isalpha()
    return inside or named_elsewhere(words, word) or before_club_post(words, end)
