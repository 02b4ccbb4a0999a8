"""A sentence that opens with an imperative of imagining tells a case, not a fact.

"Picture the scene: Wales camp on the English line and score a try", "Imagine the company
buys its rival next year", "Suppose the bank raises rates in March": what follows the
verb is to be pictured, so its events and propositions are possible, the verb their cue
(``imagining_verbs.txt``). The parser often misreads such a sentence ("Picture" a
complement of "camp"), so the test is the sentence's first word: a base form of a verb
of imagining with no subject of its own. A negation or a doubt of its own, stronger than
possible, is kept ("Imagine the firm did not pay": not paying, negated).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from kg.extract.factuality import RANK
from kg.lexicon.table import read_words
from kg.records import EventMention, Proposition
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

IMAGINING_VERBS = read_words("imagining_verbs.txt")
_OPENING = frozenset({'"', "'", "“", "‘", "``"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
Told = TypeVar("Told", EventMention, Proposition)


def imagining(words: list[Word]) -> Word | None:
    """The verb of imagining a sentence opens with in the imperative, or ``None``."""
    first = next((w for w in words if not w.is_space and w.text not in _OPENING), None)
    if first is None or first.tag_ != "VB" or first.lemma_.lower() not in IMAGINING_VERBS:
        return None
    return None if any(c.dep_ in _SUBJECTS for c in first.children) else first


def imagined(found: list[Told], words: list[Word]) -> list[Told]:
    """``found`` (one sentence's events or propositions) read as a case to picture when
    the sentence opens with an imperative of imagining (see the module)."""
    verb = imagining(words)
    if verb is None:
        return found
    cue = verb.lower_
    return [replace(item, factuality=Factuality.POSSIBLE, cue=cue)
            if RANK[item.factuality] < RANK[Factuality.POSSIBLE] else item for item in found]
