"""How sure a that-clause is when "it" and an adjective of likelihood stand before it.

"It is likely that the bank will raise rates", "It is unlikely that the firm will sell the
unit", "it was inconceivable that the lord chancellor would overrule his concerns": the
clause is as sure as the adjective says (``factuality_cues.tsv``, kind ``adjective``:
"likely" possible, "unlikely" and "inconceivable" negated), not the plan its own "will"
would make it; so is "It is more likely the flanker will return", "it was getting more likely
that networks would be found" and "made it more likely that the bank would increase rates". Only with an "it" subject of "be" (the extraposed order); "He is likely to
..." is the adjective's infinitive, read by its own rule.

An extraposed infinitive tells of no event (``extraposed_infinitive``): "it was important to
cut costs", "it was extremely heartening to see British talent recognised", "it was a shame to lose
him" say what would be good or hard, and that "it" is
no doer (``kg.extract.false_events``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_ADJECTIVES = FACTUALITY_CUES["adjective"]
_COPULAS = frozenset({"be", "become", "get", "seem"})  # "it is", "it was getting more likely that"


def extraposed(head: Word, content: Word) -> tuple[Factuality, str] | None:
    """The reading and adjective of ``content``, the that-clause of ``head`` (the copula or
    its adjective), when "it" + "be" + an adjective of likelihood open it; else ``None``. The "that"
    may be left out ("It is more likely the flanker will return"), the copula be a verb of becoming
    ("it was getting more likely that"), or the "it" and adjective the small clause of "make" ("made
    it more likely that the bank would increase rates")."""
    if content.dep_ != "ccomp" or any(c.dep_ == "mark" and c.lower_ != "that" for c in content.children):
        return None
    adjective = head if head.pos_ == "ADJ" and head.dep_ in ("acomp", "ccomp") else next(
        (c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if adjective is None or not (_it_subject(adjective) or (
            adjective.dep_ == "acomp" and adjective.head.lemma_.lower() in _COPULAS and _it_subject(adjective.head))):
        return None
    value = _ADJECTIVES.get(adjective.lower_)
    return (value, adjective.lower_) if value is not None and value is not Factuality.ASSERTED else None


def _it_subject(word: Word) -> bool:
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in word.children)


def extraposed_infinitive(infinitive: Word) -> bool:
    """Whether ``infinitive`` is the extraposed subject of a copula whose subject is "it"
    (see the module docstring). The parser hangs it on the copula, after the adjective or
    noun complement (not a preposition's: "it is in final negotiations to buy" is the firm's). An
    adjective whose infinitive is the subject's own act ("it is due to announce", "it was
    ready to", "unable to": ``factuality_cues.tsv``, kind ``adjective``) keeps its event."""
    copula = infinitive.head
    if infinitive.dep_ != "xcomp" or copula.lemma_.lower() != "be" or not any(
            c.lower_ == "to" and c.dep_ == "aux" for c in infinitive.children):
        return False
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    complements = [c for c in copula.children if c.dep_ in ("acomp", "attr") and copula.i < c.i < infinitive.i]
    return subject is not None and subject.lower_ == "it" and bool(complements) and not any(
        c.lower_ in _ADJECTIVES for c in complements)
