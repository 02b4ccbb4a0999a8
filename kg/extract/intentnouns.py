"""Nouns of intent: "plans", "a bid", "an attempt" (``factuality_cues.tsv``, kind "noun"), whose
infinitive is what is intended ("a bid to buy Yukos"), read by their lemma; a plural one after "in"
by its form too ("in talks to buy": the tagger gives "talk", a noun of no intent alone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES

if TYPE_CHECKING:
    from kg.extract.words import Word

INTENT_NOUNS = FACTUALITY_CUES["noun"]


def intends(noun: Word) -> bool:
    """Whether ``noun`` is a noun of intent (see the module)."""
    return noun.lemma_.lower() in INTENT_NOUNS or (noun.lower_ in INTENT_NOUNS and noun.head.lower_ == "in")
