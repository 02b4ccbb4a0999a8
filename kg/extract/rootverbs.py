"""A past verb the parser read as a participle hung on the sentence's subject: where the
sentence's root is that noun (no verb heads it) and the participle has no auxiliary, no
"by" of someone and no apposition of the noun after it, it is the sentence's own verb in
the simple past, active, and the noun its subject: "Vincent Cable, for the Liberal
Democrats, called on Mr Brown to open up the government's books" (no one called
Cable), "The 18-year-old Mirza, who got a wild card, lost to Williams in the third
round", "Imports gained by 13%". A participle before an apposition the parse made of
the sentence's verb and its object is still a reduced passive: "The honour, awarded
since 1986, honours figures in cinema".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["root_participle"]

_AMOUNTS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


def root_participle(verb: Word) -> bool:
    """Whether ``verb``, a participle the parser hung on a noun (``acl``), is the past verb
    of a sentence whose root is that noun."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or verb.i < head.i:
        return False
    if any(c.dep_.startswith("aux") or (c.dep_ == "agent" and not _amount(c)) for c in verb.children):
        return False
    return not any(c.dep_ == "appos" and c.i > verb.i for c in head.children)


def _amount(prep: Word) -> bool:
    """ "gained by 13%": a "by" of how much, no one who acts."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _AMOUNTS for c in prep.children)
