"""A measured noun in the plural with an owner is the owner's figure, not an event.

"Mitsubishi's sales have slid 41%", "Tesco's sales rose 5%", "half of India's domestic car
sales": the sales are a figure someone has (``measured_nouns.tsv``), not a sale of Mitsubishi,
Tesco or India, which the event noun "sale" would read (its possessor the thing sold: "Rover's
sale to Nanjing"). The change event keeps the figure as its theme and the owner as its owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import MEASURED_NOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word


def owned_figure(noun: Word) -> bool:
    """Whether ``noun`` is a plural measured noun with a possessor ("Tesco's sales")."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in MEASURED_NOUNS and any(c.dep_ == "poss" for c in noun.children)
