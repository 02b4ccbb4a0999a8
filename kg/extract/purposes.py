"""Whether a verb's "to" infinitive is its subject's purpose, not yet done, or its complement.

Two constructions, for ``kg.extract.factuality``'s control rules (what an infinitive that
continues a verb's clause says of it when the verb is no control verb of its own):

- an active verb whose own argument stands between it and the infinitive: "travelled to
  Paris to meet the president", "withdrew from the line-up to face Gloucester" (a purpose,
  the meeting planned), not a verb's complement ("was designed to appear"), nor an -ing or
  any other form the parser hung there without "to" ("Sean Devine twice volleying wide and
  Andrew Taylor forcing Tim Howard to save": Taylor forced him, no purpose of Devine's);
- a bare past participle, a reduced passive with no auxiliary and no subject of its own:
  "the sale of Yugansk, auctioned off to pay a huge back-tax bill", "a fund, set aside to
  cover the losses": what it was done for, not what was done. Not after a verb that takes
  an infinitive for what it says of the noun (``raising_participles.tsv``: "a drug found to
  cause cancer", "money used to buy shares") or whose object does the infinitive
  (``control_verbs.txt``: "a player sent off to ...", read there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.controllers import CONTROL_VERBS
from kg.extract.event_arguments import has_to
from kg.extract.frames import lemma_in, passive
from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Word

# Verbs whose infinitive is no purpose: the raising participles and the object-control verbs, verb -> why.
NOT_PURPOSES = {row.fields[0]: row.fields[1] for row in read_table("raising_participles.tsv")} | dict.fromkeys(
    sorted(CONTROL_VERBS), "object control")
_OWN = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "csubj", "expl"})
_BETWEEN = frozenset({"prep", "npadvmod", "advmod", "dobj"})


def separated(verb: Word, complement: Word) -> bool:
    """Whether ``complement``, an infinitive continuing ``verb``'s clause, is a purpose
    (see the module): after the verb's own argument, or after a bare past participle."""
    if complement.tag_ != "VB" or not has_to(complement):
        return False  # "Andrew Taylor forcing Tim Howard to save", parsed as a complement of "volleying wide": no purpose
    if not passive(verb) and any(c.dep_ in _BETWEEN and verb.i < c.i < complement.i for c in verb.children):
        return True  # "travelled to Paris to meet"
    return bare_participle(verb) and lemma_in(verb, NOT_PURPOSES) not in NOT_PURPOSES


def bare_participle(verb: Word) -> bool:
    """Whether ``verb`` is a past participle with no auxiliary or subject of its own, that
    describes a noun or follows a clause: "Yugansk, auctioned off to ..."."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "conj", "advcl") and not any(
        c.dep_ in _OWN for c in verb.children)
