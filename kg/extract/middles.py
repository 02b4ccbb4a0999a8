"""A verb of sale in the middle voice: its subject is what was sold.

"Four suits sold for £20,000 at the auction": no object, and a price after "for"
(``middle_price_verbs.txt``). The subject is what changed hands, as in "Four suits were
sold for £20,000", never the seller. The parse reads the same words either as a main
clause with the suits its subject or as a participle hung on "suits"; both are the
passive's reading, as is a verb its subject controls ("the PS2 is supposed to sell for
£104.99"). A verb with an object ("The firm sold its stake for $3m"), a particle
("sold out for"), an auxiliary of the passive or a "for" with no amount after it ("sold
for scrap") keeps its usual reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["middle_sale"]

_MIDDLE_VERBS = read_words("middle_price_verbs.txt")


def middle_sale(verb: Word) -> bool:
    """Whether ``verb`` is a sale in the middle voice: its subject (or the noun a participle
    is hung on) is what was sold."""
    if verb.lemma_.lower() not in _MIDDLE_VERBS or verb.dep_ not in ("ROOT", "conj", "ccomp", "xcomp", "acl", "relcl"):
        return False
    if any(c.dep_ in ("dobj", "dative", "prt", "auxpass", "agent", "ccomp", "xcomp") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "the PS2 is supposed to sell for £104.99"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return False
    if subject is None:
        if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            return False
    elif subject.pos_ not in ("NOUN", "PROPN") and subject.tag_ != "WDT":
        return False  # "he sold for $5m", "the shares he sold for $5": a person's sale is the seller's
    return any(c.dep_ == "prep" and c.lower_ == "for" and _price(c) for c in verb.children)


def _price(preposition: Word) -> bool:
    """Whether the object of "for" is an amount of money ("for £20,000", "for $9.4bn")."""
    return any(t.ent_type_ == "MONEY" or t.tag_ == "$" for c in preposition.children if c.dep_ == "pobj"
               for t in c.subtree)
