"""What someone is warned or advised against doing is not the warner's own act.

"Labour MPs warned against raising taxes", "Analysts cautioned against reading too much into
the figures": the -ing after "against" is what others should not do. The factuality cues make
it possible (``factuality_cues.tsv``: "warn against"); this module keeps the parse from giving
it the warner as its doer, as it does for an -ing of manner ("cut costs by selling skis"). The
verbs are data (``counsel_against.txt``); "decided against playing" and "voted against raising"
stay the subject's own acts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

COUNSEL_VERBS = read_words("counsel_against.txt")


def counselled(verb: Word) -> bool:
    """Whether ``verb`` is the -ing after "against" of a verb of warning or advice ("warned against raising")."""
    preposition = verb.head
    return verb.dep_ == "pcomp" and preposition.lower_ == "against" and preposition.head.pos_ == "VERB" and (
        preposition.head.lemma_.lower() in COUNSEL_VERBS)
