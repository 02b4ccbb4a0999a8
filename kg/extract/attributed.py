"""An event given a cause is taken as known: "Consumers swapping old phones are thought to be responsible
for a 26% increase in the number of phones sold", "Hackers were blamed for the crash": what is thought or
claimed is the cause, not the increase or the crash, which keep only their clause's own plans and doubts
(a modal of that clause; attribution_words.tsv; not "speculation about the sale": a noun of doubt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Word

_ATTRIBUTING = frozenset((row.fields[0], row.fields[1]) for row in read_table("attribution_words.tsv"))


def attributed(noun: Word) -> bool:
    """Whether ``noun`` is the event a word of cause takes through its preposition ("responsible for a rise",
    "blamed X for the crash", "credited with the recovery")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    giver = preposition.head
    return (giver.lemma_.lower(), preposition.lower_) in _ATTRIBUTING or (giver.lower_, preposition.lower_) in _ATTRIBUTING
