"""What a verb of excluding rules out, stated, did not happen and is no one's plan: negated.

"The minister ruled out an increase in taxes", "Tony Blair has already ruled out taking part in a
televised debate", "The club has ruled out selling Gerrard": no increase, no taking part, no selling
(verbs of kind ``excluding`` in ``factuality_cues.tsv``). Negated, the verb leaves the event open
("has not ruled out signing him", "did not rule out a move": possible; ``kg.extract.excluding``);
under a plan or a doubt the ruling out may not come ("may rule out a rise": possible).

Not "dismissed the proposal": a thing proposed or said that is dismissed was proposed or said, so
"dismiss" rules out only through a noun of prospect ("dismissed the possibility of a bid"); not an
-ing under another verb's control ("refused to rule out raising taxes": that verb's reading).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.excluding import EXCLUDING, excluding
from kg.extract.frames import NEGATIONS, denying_subject
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_STATED = frozenset({Factuality.ASSERTED, Factuality.REPORTED})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def ruled_out(ruler: Word, word: Word, ruling: Factuality) -> tuple[Factuality, str] | None:
    """The reading of the event noun ``word`` that the verb of excluding ``ruler`` (read ``ruling``)
    takes as its object or its prospect's ("ruled out an increase": negated), or ``None``."""
    cue = excluding(ruler)
    if cue is None:
        return None
    if ruling is Factuality.NEGATED:
        return EXCLUDING[cue], f"not {cue}"  # "did not rule out a move": possible
    if cue == "dismiss" and word.head.i == ruler.i:
        return None  # "dismissed the proposal": it was proposed
    return (Factuality.NEGATED, cue) if ruling in _STATED else (Factuality.POSSIBLE, cue)


def ruled_out_complement(verb: Word) -> tuple[Factuality, str] | None:
    """The reading of the -ing or infinitive a stated, unnegated verb of excluding governs
    ("has ruled out selling Gerrard": negated), or ``None``."""
    cue = excluding(verb)
    if cue is None or verb.dep_ == "xcomp" or any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS)
            or (c.dep_ in _SUBJECTS and denying_subject(c) is not None) for c in verb.children):
        return None  # "refused to rule out raising taxes", "has not ruled out signing", "Nobody has ruled out"
    return Factuality.NEGATED, cue
