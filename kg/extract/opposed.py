"""What someone opposes doing is not the opposer's own act.

"The US opposes ending the ban", "the US, which is opposed to ending the ban", "the unions
object to closing the plant", "the minister is against raising taxes": the -ing is what the
subject does not want done, and the text does not say who would do it. The factuality cues
make it possible (``factuality_cues.tsv``: "oppose", "object to", "be against"); this module
keeps the parse from giving it the opposer as its doer. The verbs and their prepositions are
data (``oppose_verbs.txt``); "decided against playing" stays the subject's own act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

OPPOSE_VERBS = read_words("oppose_verbs.txt")


def opposed(verb: Word) -> bool:
    """Whether ``verb`` is the -ing complement of a verb of opposing ("opposes ending",
    "is opposed to ending", "objects to closing", "is against raising")."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "xcomp":
        return verb.head.lemma_.lower() in OPPOSE_VERBS
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.dep_ != "prep":
        return False
    owner = preposition.head
    return any(f"{word} {preposition.lower_}" in OPPOSE_VERBS for word in (owner.lemma_.lower(), owner.lower_))
