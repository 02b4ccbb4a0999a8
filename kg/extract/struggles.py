"""A struggle to do something tells no deed: "Insurers are struggling to assess the cost of the
damage", "LG Card has been struggling to avoid bankruptcy", "the firm struggled to maintain its
market share": the attempt is told and its outcome in doubt, so the "to" infinitive of a verb of
struggling (``struggle_verbs.txt``) heads no event, as "found it difficult to satisfy" heads none
(``kg.extract.difficulties``). Read before, it was possible ("maintain [possible]": a share that
may yet be kept, which turns the sentence's point). A verb coordinated with it goes too ("struggled
to find and keep staff"). Not a negated struggle ("did not struggle to find a buyer": found, the
ordinary reading), nor "tried to" or "battled to" (attempts read planned), nor the noun ("in a
struggle to survive").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

STRUGGLE_VERBS = read_words("struggle_verbs.txt")


def struggled(verb: Word) -> bool:
    """Whether ``verb`` is the "to" infinitive of a verb of struggling that is not negated, a
    conjunct of one, or an infinitive one governs (see the module docstring)."""
    for _ in range(4):  # up the conjuncts and infinitives: "struggled to find and keep staff"
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        head = verb.head
        if head.lemma_.lower() in STRUGGLE_VERBS and head.i < verb.i:
            return not any(c.dep_ == "neg" for c in head.children)
        verb = head
    return False
