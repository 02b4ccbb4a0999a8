"""A subject "<share> of <plural nouns of organisations>" is that part of them, never a bare number.

"A third of firms plan to cut jobs", "The majority of European top 50 companies publish
them": the parse heads the subject with the share ("third", "majority", "%"), so the
argument read as a quantity and the act lost its doer. What the argument is, is what its
plural noun is, as for a count (``kg.extract.countof``); ``share_of_group`` answers for the
extractor and ``share_of_doers`` for the resolver, which keeps the share as a described
agent (``kg.resolve.counted``). Only a subject's share: a percentage ("44%", "44 per cent")
or a word of share_words.txt ("half", "a third", "the majority") right before "of", and a
plural noun of an organisation after it (``DOERS``: "firms", "banks", "companies"); not a
share of people ("86% of visitors carry laptops", "44% of searchers use": a survey's
figure of how common a habit is, which stays as before), nor a pronoun ("half of them"),
nor a measured amount ("half of its profits", "a third of its sales").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.ofgroups import of_group, plural_in
from kg.extract.quantities import AMOUNT_NOUNS
from kg.lexicon import DESCRIPTION_NOUNS, MEASURED_NOUNS, SHARE_WORDS
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Word
    from kg.records import Argument

__all__ = ["DOERS", "share_of_doers", "share_of_group"]

DOERS = frozenset(noun for noun, kind in DESCRIPTION_NOUNS.items() if kind is EntityType.ORGANIZATION)
"""Nouns for organisations, whose share acts: "a third of firms", "half of the banks"."""
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PERCENT = frozenset({"%", "percent", "cent"})


def _share_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a share: "third", "two-thirds", "%", "44%", "percent"."""
    return word in _PERCENT or word.endswith("%") or word.rsplit("-", 1)[-1] in SHARE_WORDS


def _share(head: Word) -> bool:
    """Whether ``head`` heads a share: "third", "thirds" (of "two-thirds"), "half", "%" with its number."""
    word = head.lower_
    if word in _PERCENT:
        return any(c.dep_ == "nummod" and c.like_num for c in head.children)
    return _share_word(word)


def share_of_group(head: Word) -> Word | None:
    """The plural noun of "<share> of <nouns>" when ``head`` is that share, a subject; else ``None``."""
    if head.dep_ not in _SUBJECTS or not _share(head):
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.i == head.i + 1), None)
    if prep is None or prep.lower_ != "of":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.tag_ not in _PLURAL_TAGS or noun.lemma_.lower() in MEASURED_NOUNS \
            or noun.lower_ in AMOUNT_NOUNS:
        return None
    return noun if noun.lemma_.lower() in DOERS else None


def share_of_doers(span: Argument, text: str, doers: frozenset[str] | set[str] = DOERS) -> bool:
    """Whether the argument is "<share> of <doers>": what part of a group of people or organisations.

    >>> from kg.records import Argument
    >>> doers = {"firm", "voter"}
    >>> text = "A third of firms"
    >>> share_of_doers(Argument(text, 0, len(text), 2, 7), text, doers)
    True
    >>> text = "44% of voters"
    >>> share_of_doers(Argument(text, 0, len(text), 2, 3), text, doers)
    True
    >>> text = "Four of the first five games"
    >>> share_of_doers(Argument(text, 0, len(text), 0, 4), text, doers)
    False
    >>> text = "half of its profits"
    >>> share_of_doers(Argument(text, 0, len(text), 0, 4), text, doers)
    False
    """
    found = of_group(span, text)
    return found is not None and _share_word(found[0]) and plural_in(found[1], doers)  # "firms", "companies"
