"""An intent that came to nothing: the act its infinitive names did not happen.

A noun of intent ("a bid", "an attempt", "plans"; ``kg.extract.intentnouns``) makes its
infinitive planned ("a bid to buy the club"). A word that says the intent failed or was
ended settles it (``thwarting_words.tsv``): its verb's object or passive subject ("regulators
blocked the bid to buy the club", "the producers have abandoned plans to premiere the show",
"his attempt to enter Westminster was thwarted"), the "in" phrase of a verb or adjective of
failing ("the record company has failed in an attempt to sue the producer", "was unsuccessful
in his bid to win the seat") or an adjective of the noun ("an unsuccessful bid to stave off
relegation"): no buying, premiere, suing or winning (negated).

Left alone: a noun of claim or charge ("the charges of running an illegal bar were dropped":
still alleged); a verb that is itself negated, under a modal or a condition ("did not block the
bid", "could scrap plans to list", "if they abandon plans to"), whose end of the intent is not
told; and a word that judges the intent without ending it ("vetoed", "rejected": denied).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import MODALS
from kg.extract.intentnouns import INTENT_NOUNS, intends
from kg.extract.particles import phrasal_lemma
from kg.lexicon.table import read_table
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["thwarted"]

_WORDS = {slot: frozenset(row.fields[0] for row in read_table("thwarting_words.tsv") if row.fields[1] == slot)
          for slot in ("object", "in", "amod")}
_OPEN_MARKS = frozenset({"if", "unless", "whether"})
_AIMS = frozenset({Factuality.PLANNED, Factuality.POSSIBLE})  # an intent or a hope; not a claim or a charge


def thwarted(noun: Word) -> tuple[Factuality, str] | None:
    """``(negated, cue)`` when the intent ``noun`` names came to nothing (see the module), else ``None``."""
    if not intends(noun) or INTENT_NOUNS.get(noun.lemma_.lower(), INTENT_NOUNS.get(noun.lower_)) not in _AIMS:
        return None  # "the charges of running an illegal bar were dropped": still alleged
    ended = next((w.lower_ for c in noun.children if c.dep_ == "amod" for w in (c, *c.conjuncts)
                  if w.lower_ in _WORDS["amod"]), None)
    if ended is not None:
        return Factuality.NEGATED, ended  # "an unsuccessful bid to stave off", "a desperate and unsuccessful bid"
    head, governor = noun.head, None
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and phrasal_lemma(head) in _WORDS["object"]:
        governor = head  # "blocked the bid to", "the attempt ... was thwarted"
    elif noun.dep_ == "pobj" and head.lower_ == "in":
        governor = _failing(head.head)  # "failed in an attempt to", "was unsuccessful in his bid to"
    if governor is None or _open(governor):
        return None
    return Factuality.NEGATED, phrasal_lemma(governor) if governor.pos_ == "VERB" else governor.lower_


def _failing(word: Word) -> Word | None:
    """The verb or adjective of failing an "in" phrase hangs on: ``word`` itself, or the
    adjective of a "be" the parser gave the phrase ("was unsuccessful in his bid")."""
    if word.pos_ == "VERB" and phrasal_lemma(word) in _WORDS["in"]:
        return word
    if word.pos_ == "ADJ" and word.lower_ in _WORDS["in"]:
        return word
    if word.lemma_ == "be":
        return next((c for c in word.children if c.dep_ == "acomp" and c.lower_ in _WORDS["in"]), None)
    return None


def _open(word: Word) -> bool:
    """Whether the verb (or the "be" of the adjective) that ends the intent is itself negated,
    under a modal or a condition: then the end is not told."""
    verb = word.head if word.dep_ == "acomp" else word
    return any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS)
               or (c.dep_ == "mark" and c.lower_ in _OPEN_MARKS) for c in verb.children)
