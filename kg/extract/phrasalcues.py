"""A particle verb is its own cue word.

"Souness is closing in on signing Babayaro" is near doing it: "close in" (possible), not
the "close" of "came close to signing" (it did not happen: negated). A verb with a particle
is looked up in a cue table as verb and particle when the table lists that pair
(``factuality_cues.tsv``), else as its lemma.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word


def cue_lemma(verb: Word, table: Mapping[str, object]) -> str:
    """The key ``verb`` has in ``table``: "close in" for "closing in" when listed, else its lemma."""
    lemma = verb.lemma_.lower()
    for particle in (c for c in verb.children if c.dep_ == "prt"):
        if (pair := f"{lemma} {particle.lower_}") in table:
            return pair
    return lemma
