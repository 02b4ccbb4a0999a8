"""A chance declined or missed is an act that did not happen; a chance taken, one that did.

"chance", "opportunity", "offer" and "invitation" read as possible the act their infinitive
names ("the chance to consult the fourth official"): a chance is not the act. The verb that
has the chance for its object settles it (``chance_verbs.tsv``): "Kaplan declined the chance
to consult the fourth official" (no consulting: negated), "Henry missed the chance to
equalise", "Brown refused an invitation to attend the summit"; "Smith took the opportunity
to criticise the plans" (he did: asserted). A negated verb ("did not take the chance to") is
left to the rules of negation, and a verb the table does not name ("had the chance to",
"was given the chance to") leaves the chance possible; so does a verb of the table still to
come, under a modal or a "to" ("will take the opportunity to attack", "wants to seize the
chance to"): what is not yet taken settles nothing. "opportunity" is a chance too, but one
no verb settles is a noun of content, no event (``kg.extract.contents``). Daring settles its
act through its own verbs (``daring_nouns.txt``, ``daring_verbs.tsv``): "Mr Kennedy had the
courage to oppose the war" (he did: asserted), "lacked the nerve to", "did not have the nerve to" (negated); "should have
the courage to try" is still to come (possible).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.particles import phrasal_lemma
from kg.lexicon.table import read_table, read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["chance_settled"]

CHANCE_NOUNS = read_words("chance_nouns.txt")
CHANCE_VERBS = {row.fields[0]: Factuality(row.fields[1]) for row in read_table("chance_verbs.tsv")}
DARING_NOUNS = read_words("daring_nouns.txt")
DARING_VERBS = {row.fields[0]: Factuality(row.fields[1]) for row in read_table("daring_verbs.tsv")}


def chance_settled(noun: Word) -> tuple[Factuality, str] | None:
    """The factuality, with its cue, that the verb taking ``noun`` (a chance, an offer) as its object
    gives the act of the noun's infinitive; ``None`` when the noun is no chance or its verb settles nothing."""
    daring = noun.lemma_.lower() in DARING_NOUNS  # "had the courage to": its own verbs
    if noun.dep_ != "dobj" or not (daring or noun.lemma_.lower() in CHANCE_NOUNS):
        return None
    verb = noun.head
    if daring and verb.lemma_.lower() in DARING_VERBS and any(c.dep_ == "neg" for c in verb.children) and not any(
            c.tag_ == "MD" for c in verb.children):
        return Factuality.NEGATED, "not"  # "did not have the nerve to": no act
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ in ("MD", "TO")) for c in verb.children):
        return None  # "did not take the chance": negation's; "will take the chance": still to come
    lemma = phrasal_lemma(verb)  # "turned down the offer"; "took up the offer to" (a plan) is no "take"
    value = (DARING_VERBS if daring else CHANCE_VERBS).get(lemma)
    return (value, lemma) if value is not None else None
