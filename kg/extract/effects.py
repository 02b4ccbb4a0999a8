"""A "would" of an effect foreseen: the speaker's prediction, not a plan.

"would" makes a plan of an act someone decides ("said he would resign"), but of an effect or
an outcome nobody sets out to bring about (``effect_verbs.txt``) it tells what the speaker (or
the writer) foresees: "GM said higher healthcare costs would hurt its performance", "Steve
Green said innocent people would suffer", "it would result in a Tory government", "the trade
body says jobs would be lost", "lifting the arms embargo would damage Britain's relations":
possible, the speaker still its source (the gerund subject that shares the modal too,
``kg.extract.gerunds``: "capping donations would mean ..."). Only "would": "The deal will mean
..." may be a decision's announced effect. Not a perfect ("would have hurt": a case that did not
come about, read first by ``frames.modal_value``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

EFFECT_VERBS = read_words("effect_verbs.txt")
_WOULD = frozenset({"would", "'d"})


def foreseen_effect(verb: Word, modal: str) -> bool:
    """Whether ``modal`` on ``verb`` foretells an effect (see the module docstring)."""
    return modal in _WOULD and verb.pos_ == "VERB" and verb.lemma_.lower() in EFFECT_VERBS
