"""Who did what a ranked noun's infinitive tells: the one the copula ranks.

"Jackie Stallone has become the first star to be evicted from Celebrity Big Brother": the
parse hangs "to be evicted" on "star", whose own subject it takes, and "the first star" is
no one a reader can look up; the one evicted is Jackie Stallone, the subject of "become".
So for an infinitive on a noun ranked by an ordinal or a superlative of order
(``ranked_words.txt``: "the first star", "the last person", "the latest comedy star", or
the ranking word alone: "were the first to implement") that is the complement of "be" or
"become", the doer is the copula's subject.

Only what the copula states as done: not under a modal or a future ("could become the first
soap to win": not won), nor negated; not a noun whose infinitive is no deed of the one
ranked ("was the first choice to play Bond", "the latest attempt to turn", "the only way to
cut": ``unrealised_nouns.txt`` and the nouns of intent and content,
``kg.extract.factuality.NOUNS``), nor "it", "there" or a relative word as the subject, nor a
people's word ("the Mallorcan became the youngest player to win": one person, whom
resolution would take for the people).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.factuality import NOUNS
from kg.extract.spans import noun_phrase
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["ranked_doer"]

RANKED_WORDS = read_words("ranked_words.txt")
UNREALISED_NOUNS = read_words("unrealised_nouns.txt")
_COPULAS = frozenset({"be", "become"})
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve"})  # "has become": done; not "will", "could"
_EMPTY = frozenset({"it", "there", "this", "that", "which", "who", "what"})


def ranked_doer(verb: Word) -> list[Word]:
    """The subject of the copula whose ranked complement noun ``verb`` (an infinitive)
    hangs on, as its words; nothing when ``verb`` is none such (see the module's docstring)."""
    if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return []
    noun = verb.head
    lemma = noun.lemma_.lower()
    if noun.dep_ != "attr" or lemma in UNREALISED_NOUNS or lemma in NOUNS:
        return []
    if noun.lower_ not in RANKED_WORDS and not any(c.dep_ == "amod" and c.lower_ in RANKED_WORDS for c in noun.children):
        return []
    copula = noun.head
    if copula.lemma_.lower() not in _COPULAS or copula.dep_ in ("xcomp", "acl", "relcl", "advcl") or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ not in _PERFECT) for c in copula.children):
        return []  # "could become the first soap to win", "hopes to be the first to"
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _EMPTY or subject.ent_type_ == "NORP":
        return []  # "the Mallorcan became the youngest player to win": a person, no people (a group in resolution)
    return cast("list[Word]", noun_phrase(cast(Any, subject)))  # a Word answers as its Token
