"""What a verb of appointment says of a post: the status and factuality its hedges leave
("resigned as" former, "will be named" planned, "is expected to be appointed" possible)
and its date ("was appointed chairman on Monday"), for ``kg.extract.positions``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

# Hedges on a verb of appointment: what the position's factuality becomes.
MODALS = {"will": Factuality.PLANNED, "shall": Factuality.PLANNED, "would": Factuality.POSSIBLE,
          "could": Factuality.POSSIBLE, "may": Factuality.POSSIBLE, "might": Factuality.POSSIBLE}
HEDGING_HEADS = {"expect": Factuality.POSSIBLE, "set": Factuality.PLANNED, "due": Factuality.PLANNED,
                 "tip": Factuality.SPECULATED, "rumour": Factuality.SPECULATED, "tout": Factuality.SPECULATED,
                 "likely": Factuality.POSSIBLE, "plan": Factuality.PLANNED, "want": Factuality.PLANNED,
                 "hope": Factuality.POSSIBLE, "favourite": Factuality.SPECULATED, "poise": Factuality.PLANNED}


def verb_status(verb: Word, lemma: str, leaving: bool) -> tuple[str, Factuality]:
    """Status and factuality a verb of appointment leaves: "resigned as" (former), "will be
    named" (future, planned), "is expected to be appointed" (future, possible)."""
    factuality = Factuality.ASSERTED
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in MODALS:
            factuality = MODALS[child.lower_]
        if child.dep_ == "neg":
            factuality = Factuality.NEGATED
    head = verb.head
    if verb.dep_ == "xcomp" and head is not verb and head.lemma_.lower() in HEDGING_HEADS:
        factuality = HEDGING_HEADS[head.lemma_.lower()]
    elif verb.dep_ == "xcomp" and head is not verb and head.dep_ in ("acomp", "attr") and head.lemma_.lower() in HEDGING_HEADS:
        factuality = HEDGING_HEADS[head.lemma_.lower()]
    if leaving:
        return ("former" if factuality is Factuality.ASSERTED else "current"), factuality
    if factuality in (Factuality.ASSERTED, Factuality.NEGATED) or lemma == "be":
        return "current", factuality
    return "future", factuality


def time_of(words: Words, verb: Word) -> tuple[int, int] | None:
    """The first date or time expression among the verb's own words ("on Monday")."""
    for word in verb.subtree:
        if (word.ent_type_ in ("DATE", "TIME") and word.head.ent_type_ not in ("DATE", "TIME")) or (
            word.ent_type_ in ("DATE", "TIME") and word.head is word
        ):
            tokens = [w for w in word.subtree if w.ent_type_ in ("DATE", "TIME")]
            first, last = tokens[0], tokens[-1]
            return first.idx, last.idx + len(last.text)
    return None
