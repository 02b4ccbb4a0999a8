"""How sure a that-clause is when "it" and an adjective of likelihood stand before it.

"It is likely that the bank will raise rates", "It is unlikely that the firm will sell the
unit", "it was inconceivable that the lord chancellor would overrule his concerns": the
clause is as sure as the adjective says (``factuality_cues.tsv``, kind ``adjective``:
"likely" possible, "unlikely" and "inconceivable" negated), not the plan its own "will"
would make it. Only with an "it" subject of "be" (the extraposed order); "He is likely to
..." is the adjective's infinitive, read by its own rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_ADJECTIVES = FACTUALITY_CUES["adjective"]


def extraposed(head: Word, content: Word) -> tuple[Factuality, str] | None:
    """The reading and adjective of ``content``, the that-clause of ``head`` (the copula or
    its adjective), when "it" + "be" + an adjective of likelihood open it; else ``None``."""
    if content.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in content.children):
        return None
    adjective = head if head.pos_ == "ADJ" and head.dep_ == "acomp" else next(
        (c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if adjective is None or adjective.head.lemma_.lower() != "be" or not any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in adjective.head.children):
        return None
    value = _ADJECTIVES.get(adjective.lower_)
    return (value, adjective.lower_) if value is not None and value is not Factuality.ASSERTED else None
