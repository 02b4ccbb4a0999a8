"""Where a description begins: its head noun with the modifiers before it, a
nationality among them.

"Russian authorities", "US firms", "Chinese authorities", "the US bankruptcy court":
the country or people word before the head says whose the described thing is, and a
description without it ("authorities", "firms") says less than the sentence did. NER
reads the word as a name of its own (a country or nationality mention, which stays);
the description's span takes it in when it stands right before the head or the head's
other modifiers ("US food and drug regulators" keeps its "US"; "government buildings"
is still about buildings). Other names before a head stay out ("Academy voters",
"Janco Partners analyst": an organisation's own people), and so does a nationality
before a description that says what a name beside it is ("Rosneft, a Russian oil firm").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import COUNTRIES, demonym_country

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

# NER labels of a country's or a people's word: "Russian" (NORP), "US" (GPE).
_NATIONALITY_LABELS = frozenset({"NORP", "GPE"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def description_start(words: Words, head: Word, named: set[int], determiners: frozenset[str]) -> int:
    """The first word of the description whose head is ``head``: its adjective and
    compound modifiers ("Russia-led security alliance"), a one-word nationality name
    among them ("Russian authorities"), after any punctuation or determiner."""
    start = head.i
    for child in reversed(head.lefts):
        if child.dep_ not in _MODIFIERS:
            break
        if child.i in named:
            if _nationality(words, child, named) and not _classifies(words, head):
                start = child.i
            break
        start = child.left_edge.i
    while start < head.i and (words[start].is_punct or words[start].lower_ in determiners):
        start += 1
    return start


def _classifies(words: Words, head: Word) -> bool:
    """Whether the description classifies a name beside it: an apposition or a copula's
    complement ("Rosneft, a Russian oil firm"), or a title before it ("US medical services
    firm HealthSouth"); those are read as what the name is (``kg.extract.nominal``), whose
    object stays the kind alone."""
    following = head.i + 1
    return head.dep_ in ("appos", "attr") or (following < len(words) and words[following].pos_ == "PROPN")


def _nationality(words: Words, word: Word, named: set[int]) -> bool:
    """A one-word country's or people's name ("US", "Russian"), no part of a longer name;
    not a city's, a party's or a club's ("Beijing", "Tory", "Corinthians")."""
    following = word.i + 1
    if word.ent_type_ not in _NATIONALITY_LABELS or word.ent_iob_ != "B" or word.tag_ == "POS" or (
            following in named and words[following].ent_iob_ == "I"):
        return False
    return demonym_country(word.text) is not None or fold(word.text) in COUNTRIES
