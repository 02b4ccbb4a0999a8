"""A "to" infinitive that tells what beating an opponent brought, not a purpose
(``continues`` in ``kg.extract.frames`` reads "went on to win" the same way).

- A verb of beating (``event_lemmas.tsv``: a performance whose object is the
  opponent) has it as its outcome (``outcome_verbs.txt``): "Safin beat Hewitt to win
  the Australian Open", "defeated Venus Williams to reach the final", "thrashed
  Everton to go top". The winner does it (not the beaten object, as with "ordered
  Bellamy to attend"), and it is as sure as the win: "must beat Arsenal to go top"
  leaves going top as possible as the beating.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to
from kg.folding import fold
from kg.lexicon.events import VERB_TRIGGERS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

OUTCOME_VERBS = read_words("outcome_verbs.txt")


def contest_outcome(verb: Word) -> bool:
    """Whether ``verb`` is the "to" infinitive of what beating an opponent brought."""
    if verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp") or not has_to(verb):
        return False
    head = verb.head
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
    trigger = VERB_TRIGGERS.get(f"{head.lemma_.lower()} {particle}") if particle else None
    trigger = trigger or VERB_TRIGGERS.get(head.lemma_.lower())
    return (trigger is not None and trigger.event_class == "performance" and trigger.object == "opponent"
            and fold(verb.lemma_) in OUTCOME_VERBS)
